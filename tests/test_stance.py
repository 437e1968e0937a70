"""Stance rules: cue polarity, negation and its scope, hedging, lexicons, evidence strings."""
from __future__ import annotations


import pytest

from pipeline.config import ConfigError, default_config_dir
from pipeline.issues.detect import classify
from pipeline.issues.taxonomy import load_taxonomy
from pipeline.issues.stance import cue_class, load_stance_rules, word_variants


@pytest.mark.parametrize("cue, kind", [
    ("said", None),
    ("told", None),
    (None, None),
    ("has called for", "support"),
    ("urged", "support"),
    ("welcomed", "support"),
    ("insists", "support"),
    ("dismissed", "oppose"),
    ("pushed back on", "oppose"),
    ("rejected", "oppose"),
    ("ruled out", "oppose"),
    ("warned", "warning"),
    ("expressed concern about", "warning"),
    ("expressed his desire", "support"),
    ("questioned", "neutral"),
    ("reported", "neutral"),
])
def test_cue_class(stance_rules, cue, kind):
    assert cue_class(cue, stance_rules)[0] == kind


@pytest.mark.parametrize("word, form", [
    ("call", "called"), ("call", "calling"), ("modernize", "modernised"),
    ("pledge", "pledging"), ("rally", "rallied"), ("defense", "defence"),
    ("cut", "cutting"), ("modernization", "modernisation"),
])
def test_word_variants(word, form):
    assert form in word_variants(word)


def test_short_and_non_alpha_words_are_not_inflected():
    assert word_variants("us") == {"us"}
    assert word_variants("u.s.") == {"u.s."}


# (text of the claim, cue, issue, expected stance, a word the evidence must name)
STANCE_CASES = [
    # cue polarity
    ("higher defense spending", "called for", "defense_spending", "support", "cue:call for"),
    ("the idea of higher defense spending", "dismissed", "defense_spending", "oppose",
     "cue:dismiss"),
    ("claims that the election was fair", "rejected", "election_integrity", "support",
     "lexicon:fair"),
    ("North Korea's missile threat is growing", "warned", "north_korea", "support",
     "warning"),
    ("expanded strategic flexibility", "warned against", "strategic_flexibility", "oppose",
     "warning"),
    # negation and its scope
    ("there is no concern about the size of US forces in Korea", "said", "usfk_posture",
     "oppose", "negation:no"),
    ("Seoul shall not be involved in a regional conflict", "said", "strategic_flexibility",
     "oppose", "caution:"),
    ("it would be difficult to accept strategic flexibility", "said", "strategic_flexibility",
     "oppose", "negation:difficult"),
    ("Seoul will not increase its defense spending", "said", "defense_spending", "oppose",
     "negation:not"),
    ("not only defense spending but also trade matters", "said", "defense_spending",
     "support", "default"),
    # modality / hedging / process
    ("Seoul might raise defense spending", "said", "defense_spending", "support", "lexicon:raise"),
    ("defense spending is likely to take center stage", "said", "defense_spending", "neutral",
     "process:"),
    ("talks on strategic flexibility are under way", "said", "strategic_flexibility",
     "neutral", "process:"),
    ("Lee would take a pragmatic approach toward China", "said", "china", "neutral", "hedge:"),
    ("a US request for greater strategic flexibility", "mentioned", "strategic_flexibility",
     "neutral", "report:request"),
    ("Seoul should revisit its cost-sharing contributions", "said", "cost_sharing", "support",
     ""),
    ("the allies held talks with the aim of modernizing the alliance", "said",
     "alliance_modernization", "support", "aim:"),
    # adversary issues: opposing the adversary supports the proposition
    ("the US remains opposed to Chinese interference", "said", "china", "support", ""),
    ("efforts to counter North Korea", "pledged", "north_korea", "support", "cue:pledge"),
    # issue lexicons
    ("their role will remain as it is today, US Forces Korea will stay", "said",
     "usfk_posture", "oppose", "lexicon:"),
    ("the election was free and fair", "said", "election_integrity", "oppose",
     "lexicon:free and fair"),
    # known misses (kept visible)
    pytest.param("alliance modernization should not necessarily be confined to the military "
                 "domain", "believes", "alliance_modernization", "support", "",
                 marks=pytest.mark.xfail(strict=True, reason="'not necessarily confined' is "
                                         "read as a hedge, not as a call to broaden")),
    pytest.param("Washington and Seoul were in talks to increase South Korea's defence "
                 "spending", "noting", "defense_spending", "support", "",
                 marks=pytest.mark.xfail(strict=True, reason="own government's negotiation "
                                         "reads as process (neutral)")),
    pytest.param("Korea already has one of the highest levels of defense spending", "said",
                 "defense_spending", "neutral", "",
                 marks=pytest.mark.xfail(strict=True, reason="pushback by fact: no rule")),
]


def _stance(nlp, korea, text, cue, issue):
    res = {r.issue: r for r in classify(nlp(text), 0, len(text), cue, korea)}
    assert issue in res, f"issue {issue} not found in {sorted(res)}"
    return res[issue]


@pytest.mark.parametrize("text, cue, issue, stance, evidence", STANCE_CASES)
def test_stance_blank(blank, korea, text, cue, issue, stance, evidence):
    r = _stance(blank, korea, text, cue, issue)
    assert r.stance == stance, r.evidence
    assert evidence in r.evidence


@pytest.mark.model
@pytest.mark.parametrize("text, cue, issue, stance, evidence", STANCE_CASES)
def test_stance_model(model, korea, text, cue, issue, stance, evidence):
    r = _stance(model, korea, text, cue, issue)
    assert r.stance == stance, r.evidence


# ---------------------------------------------------------------------------- rule files

def test_default_stance_is_configurable(tmp_path, blank):
    src = (default_config_dir() / "stance.toml").read_text(encoding="utf-8")
    path = tmp_path / "stance.toml"
    path.write_text(src.replace('default = "support"', 'default = "neutral"'), encoding="utf-8")
    tax = load_taxonomy(None, path)
    text = "Rubio said the United States is modernizing the alliance."
    res = classify(blank(text), 0, len(text), "said", tax)
    assert [(r.issue, r.stance) for r in res] == [("alliance_modernization", "neutral")]
    assert "default:neutral" in res[0].evidence


@pytest.mark.parametrize("body, message", [
    ('default = "maybe"\n', "[default]: input should be 'support', 'oppose' or 'neutral'"),
    ('[cues]\nsupport = "urge"\n', "[cues.support]: input should be a valid list"),
    ('[cues]\nsupprt = ["urge"]\n', "[cues.supprt]: unknown key"),
    ('[negation]\nwindow = -1\n', "[negation.window]: input should be greater than or equal to 0"),
    ('[evaluation]\nlexicon = "afinn"\n', "[evaluation.lexicon]: input should be '' or 'vader'"),
    ('[evaluation]\nmax_path = "3"\n', "[evaluation.max_path]: input should be a valid integer"),
    ('[mystery]\nx = 1\n', "[mystery]: unknown key"),
    ('[markers]\nhedge = ["* may"]\n', "[markers.hedge]: bad term"),
    ('[markers]\nfirst_year = 2100\nlast_year = 1800\n',
     "[markers]: value error, first_year 2100 is after last_year 1800"),
    ('[markers]\nlast_year = "2100"\n', "[markers.last_year]: input should be a valid integer"),
])
def test_bad_stance_file(tmp_path, body, message):
    path = tmp_path / "stance.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_taxonomy(None, path)
    assert f"{path}: {message}" in str(err.value)


def test_missing_stance_file(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_stance_rules(tmp_path / "missing.toml")
