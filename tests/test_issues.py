"""Issue detection: taxonomy loading, the term language, classify(), the component, scoring."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from pipeline.config import ConfigError
from pipeline.issues.detect import classify
from pipeline.eval.score import score_issues
from pipeline.issues.taxonomy import load_taxonomy
from pipeline.records import Attribution, IssueStance

DATA = Path(__file__).parent / "data"
CLIMATE = DATA / "taxonomy_climate.toml"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed-gold"


def run(nlp, taxonomy, text: str, cue: str | None = "said") -> dict[str, str]:
    doc = nlp(text)
    return {r.issue: r.stance for r in classify(doc, 0, len(text), cue, taxonomy)}


# ---------------------------------------------------------------------------------- loading

def test_default_taxonomy_has_the_eleven_guideline_issues(korea):
    assert set(korea.ids()) == {
        "alliance_modernization", "strategic_flexibility", "defense_spending", "cost_sharing",
        "usfk_posture", "trade_tariffs", "north_korea", "china", "trilateral",
        "election_integrity", "nuclear_armament"}
    assert all(i.label and i.proposition for i in korea.issues)


def test_second_taxonomy_loads_without_code_change(climate):
    assert climate.ids() == ["coal_phaseout", "carbon_tax", "nuclear_power", "renewables"]


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "tax.toml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize("body, message", [
    ('[[issue]]\nid = "x"\nproposition = "p"\nterms = ["a"]\n', "[issue[0].label]: missing key"),
    ('[[issue]]\nid = "x"\nlabel = "l"\nterms = ["a"]\n', "[issue[0].proposition]: missing key"),
    ('[[issue]]\nid = "x"\nlabel = "l"\nproposition = "p"\nterms = ["a"]\nsuport = ["b"]\n',
     "[issue[0].suport]: unknown key"),
    ('[[issue]]\nid = "x"\nlabel = "l"\nproposition = "p"\nterms = "a"\n',
     "[issue[0].terms]: input should be a valid list"),
    ('[[issue]]\nid = "x"\nlabel = "l"\nproposition = "p"\n',
     "[issue[0]]: issue 'x' needs at least one of"),
    ('[[issue]]\nlabel = "l"\nproposition = "p"\nterms = ["a"]\n', "[issue[0].id]: missing key"),
    ('[[issue]]\nid = "x"\nlabel = "l"\nproposition = "p"\nterms = ["a"]\n'
     '[[issue]]\nid = "x"\nlabel = "l"\nproposition = "p"\nterms = ["a"]\n',
     "[issue[1].id]: duplicate id 'x'"),
    ('[[issue]]\nid = "x"\nlabel = "l"\nproposition = "p"\n[[issue.cooccur]]\n'
     'terms = ["a"]\nanchors = ["b"]\nscope = "page"\n', "[issue[0].cooccur[0].scope]: input should be 'claim' or 'sentence'"),
    ('[[issue]]\nid = "x"\nlabel = "l"\nproposition = "p"\n[[issue.cooccur]]\nterms = ["a"]\n',
     "[issue[0].cooccur[0].anchors]: missing key"),
    ('[[issue]]\nid = "x"\nlabel = "l"\nproposition = "p"\nterms = ["* a"]\n',
     "[issue[0].terms]: bad term"),
    ('[taxonomy]\nname = "n"\n', "[issue]: missing key"),
    ('[[issue]]\nid = "x"\nlabel = "l"\nproposition = "p"\nterms = ["a"]\npro = [1]\n',
     "[issue[0].pro[0]]: input should be a valid string"),
    ('[taxonomy]\nnme = "n"\n[[issue]]\nid = "x"\nlabel = "l"\nproposition = "p"\nterms = ["a"]\n',
     "[taxonomy.nme]: unknown key"),
    ('[[issue]\n', "not valid TOML"),
])
def test_bad_taxonomy_is_a_one_line_config_error(tmp_path, body, message):
    path = _write(tmp_path, body)
    with pytest.raises(ConfigError) as err:
        load_taxonomy(path)
    assert message in str(err.value) and str(path) in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_taxonomy_file(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_taxonomy(tmp_path / "nope.toml")


def test_bad_raw_pattern_names_the_issue(tmp_path, blank):
    tax = load_taxonomy(_write(tmp_path, '[[issue]]\nid = "x"\nlabel = "l"\nproposition = "p"\n'
                                         'patterns = [[{NOT_AN_ATTR = "a"}]]\n'))
    with pytest.raises(ConfigError, match="issue 'x'"):
        classify(blank("some text"), 0, 9, None, tax)


def test_raw_spacy_patterns_work(tmp_path, blank):
    tax = load_taxonomy(_write(tmp_path, '[[issue]]\nid = "x"\nlabel = "l"\nproposition = "p"\n'
                                         'patterns = [[{LOWER = "tariff"}]]\n'))
    assert run(blank, tax, "He said the tariff was fine.") == {"x": "support"}


# ------------------------------------------------------------------ default taxonomy, blank

KOREA_CASES = [
    # (text, cue, expected {issue: stance})
    ("The official said alliance modernization talks were expected to continue.", "said",
     {"alliance_modernization": "neutral"}),
    ("Seoul should raise its defense spending, he said.", "said",
     {"defense_spending": "support"}),
    ("He said Seoul would never raise defense spending.", "said",
     {"defense_spending": "oppose"}),
    ("It would be difficult for Seoul to accept greater flexibility for US troops.", "said",
     {"strategic_flexibility": "oppose"}),
    ("the possibility of changes to the size and role of US Forces Korea", "dismissed",
     {"usfk_posture": "oppose"}),
    ("a bigger South Korean contribution to the cost of stationing US troops", "called for",
     {"cost_sharing": "support"}),
    ("The election was free and fair.", "said", {"election_integrity": "oppose"}),
    ("The election was rigged.", "said", {"election_integrity": "support"}),
    ("We remain opposed to Chinese interference in democracies.", "said", {"china": "support"}),
    ("He said Seoul needs to balance its relations with China and the United States.", "said",
     {"china": "neutral"}),
    ("North Korea's nuclear threat is growing.", "warned", {"north_korea": "support"}),
    ("We will deepen US-Japan-ROK trilateral cooperation.", "said", {"trilateral": "support"}),
    ("Seoul must avoid being drawn into a regional conflict over strategic flexibility.", "said",
     {"strategic_flexibility": "oppose"}),
    ("whether the US might reduce its military presence in Korea", "question",
     {"usfk_posture": "neutral"}),
    # claims on no issue
    ("We congratulate the new president on his victory.", "said", {}),
    ("The weather in Seoul was mild on Monday.", "said", {}),
    ("The company is flexible about working hours.", "said", {}),          # flexibility, no anchor
    ("He said the trade-off was worth it, but the alliance is ironclad.", "said", {}),
    ("This is terrible.", "added", {}),
]


@pytest.mark.parametrize("text, cue, expected", KOREA_CASES)
def test_korea_taxonomy_blank(blank, korea, text, cue, expected):
    assert run(blank, korea, text, cue) == expected


def test_every_stance_has_evidence(blank, korea):
    for text, cue, expected in KOREA_CASES:
        for r in classify(blank(text), 0, len(text), cue, korea):
            assert r.evidence and "issue:" in r.evidence
            assert r.stance in ("support", "oppose", "neutral")


def test_anaphor_takes_the_issue_of_the_previous_sentence(blank, korea):
    text = ("On alliance modernization, opinions have been coordinated, the official said. "
            "Things are moving in that direction.")
    start = text.index("Things")
    res = classify(blank(text), start, len(text), "said", korea)
    assert [r.issue for r in res] == ["alliance_modernization"]
    assert "context:that direction" in res[0].evidence


def test_no_anaphor_no_context(blank, korea):
    text = "On alliance modernization, opinions have been coordinated. Things are moving."
    start = text.index("Things")
    assert classify(blank(text), start, len(text), "said", korea) == ()


def test_anchor_in_the_sentence_outside_the_claim(blank, korea):
    text = "Asked about US forces, the minister said flexibility was under review."
    start = text.index("flexibility")
    res = classify(blank(text), start, len(text) - 1, "said", korea)
    assert {r.issue: r.stance for r in res} == {"strategic_flexibility": "neutral"}
    # claim-only context: no anchor, no issue
    assert classify(blank(text), start, len(text) - 1, "said", korea, context="claim") == ()


@pytest.mark.parametrize("start, end", [(0, 0), (5, 3), (-10, 5), (0, 10_000)])
def test_odd_offsets_never_crash(blank, korea, start, end):
    doc = blank("Seoul should raise defense spending.")
    assert isinstance(classify(doc, start, end, None, korea), tuple)


# ---------------------------------------------------------------- second taxonomy (climate)

CLIMATE_CASES = [
    ("The minister said the government would close the last coal plants by 2030.", "said",
     {"coal_phaseout": "support"}),
    ("plans to shut coal stations, which would cause blackouts", "rejected",
     {"coal_phaseout": "oppose"}),
    ("a carbon tax would hurt households already facing a cost of living crisis", "said",
     {"carbon_tax": "oppose"}),
    ("The party vowed to scrap the carbon tax.", "said", {"carbon_tax": "oppose"}),
    ("the country should build new nuclear reactors", "said", {"nuclear_power": "support"}),
    ("he would not support new nuclear plants", "said", {"nuclear_power": "oppose"}),
    ("more offshore wind", "called for", {"renewables": "support"}),
    ("talks on the solar targets were expected to continue", "said", {"renewables": "neutral"}),
    ("whether the carbon price would rise", "questioned", {"carbon_tax": "neutral"}),
    ("The mayor said the weather was lovely.", "said", {}),
    ("the coal in the cellar was wet", "said", {}),                 # coal without an energy anchor
    ("Seoul should raise its defense spending.", "said", {}),       # other domain: nothing
]


@pytest.mark.parametrize("text, cue, expected", CLIMATE_CASES)
def test_climate_taxonomy_blank(blank, climate, text, cue, expected):
    assert run(blank, climate, text, cue) == expected


# ------------------------------------------------------------------------------ component

def test_component_sets_claim_issues_parallel_to_attributions(blank):
    nlp = spacy.blank("en")
    comp = nlp.add_pipe("claims_issues", config={"taxonomy_path": str(CLIMATE)})
    text = "The minister said coal plants must close. She also said the weather was fine."
    doc = nlp(text)
    a1 = Attribution(start=text.index("coal"), end=text.index(" She") - 1, kind="indirect",
                     cue="said", speaker_mention="The minister", speaker=None,
                     speaker_type="person", sent_start=0, sent_end=text.index(" She"))
    a2 = Attribution(start=text.index("the weather"), end=len(text) - 1, kind="indirect",
                     cue="said", speaker_mention="She", speaker=None, speaker_type="person")
    doc._.attributions = [a1, a2]
    doc = comp(doc)
    assert len(doc._.claim_issues) == 2
    assert [r.issue for r in doc._.claim_issues[0]] == ["coal_phaseout"]
    assert isinstance(doc._.claim_issues[0][0], IssueStance)
    assert doc._.claim_issues[1] == ()
    assert not any(isinstance(k, tuple) and k and k[0] == "claims_issues_hits"
                   for k in doc.user_data)


def test_component_records_a_failed_claim_with_its_reason(monkeypatch, caplog):
    import pipeline.issues.component as component

    nlp = spacy.blank("en")
    comp = nlp.add_pipe("claims_issues", config={"taxonomy_path": str(CLIMATE)})
    text = "The minister said coal plants must close. She said coal plants must stay."
    doc = nlp(text)
    first = Attribution(start=text.index("coal"), end=text.index(" She") - 1, kind="indirect",
                        cue="said", speaker_mention="The minister", speaker=None,
                        speaker_type="person")
    second = Attribution(start=text.rindex("coal"), end=len(text) - 1, kind="indirect",
                         cue="said", speaker_mention="She", speaker=None, speaker_type="person")
    bad = Attribution(start=None, end=5, kind="indirect", cue="said", speaker_mention="He",
                      speaker=None, speaker_type="person")
    real = component._classify

    def flaky(doc, hits, start, *args):
        if start == second.start:
            raise RuntimeError("boom")
        return real(doc, hits, start, *args)

    monkeypatch.setattr(component, "_classify", flaky)
    doc._.attributions = [first, second, bad]
    with caplog.at_level("WARNING", logger="pipeline.issues.component"):
        doc = comp(doc)
    assert [r.issue for r in doc._.claim_issues[0]] == ["coal_phaseout"]
    assert doc._.claim_issues[1] == () and doc._.claim_issues[2] == ()
    reasons = {f.claim: f.reason for f in doc._.claim_issue_failures}
    assert reasons == {1: "RuntimeError: boom", 2: "bad offsets start=None end=5"}
    assert "claim 1 not classified: RuntimeError: boom" in caplog.text


def test_component_without_attributions(blank):
    nlp = spacy.blank("en")
    nlp.add_pipe("claims_issues")
    doc = nlp("Seoul should raise defense spending.")
    assert doc._.claim_issues == []


def test_component_bad_taxonomy_path_is_config_error(tmp_path):
    nlp = spacy.blank("en")
    with pytest.raises(ConfigError):
        nlp.add_pipe("claims_issues", config={"taxonomy_path": str(tmp_path / "x.toml")})


# -------------------------------------------------------------------------------- scoring

def test_score_issues():
    gold = [{"issues": ["a", "b"], "stance": {"a": "support", "b": "oppose"}},
            {"issues": [], "stance": {}},
            {"issues": ["a"], "stance": {"a": "neutral"}}]
    pred = [{"issues": ["a"], "stance": {"a": "support"}},
            {"issues": ["c"], "stance": {"c": "support"}},
            {"issues": ["a"], "stance": {"a": "support"}}]
    s = score_issues(gold, pred)
    assert (s["issue"]["tp"], s["issue"]["fp"], s["issue"]["fn"]) == (2, 1, 1)
    assert s["issue"]["p"] == pytest.approx(2 / 3)
    assert s["issue"]["f1"] == pytest.approx(2 / 3)
    assert s["stance"] == {"n": 2, "correct": 1, "accuracy": 0.5}
    assert s["per_issue"]["a"]["stance_accuracy"] == 0.5
    assert s["per_issue"]["b"]["fn"] == 1 and s["per_issue"]["c"]["fp"] == 1


def test_score_issues_empty_and_mismatch():
    assert score_issues([], [])["stance"]["accuracy"] is None
    with pytest.raises(ValueError):
        score_issues([{"issues": []}], [])


# ------------------------------------------------------------------------- with the model

@pytest.mark.model
@pytest.mark.parametrize("text, cue, expected", KOREA_CASES)
def test_korea_taxonomy_model(model, korea, text, cue, expected):
    assert run(model, korea, text, cue) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, cue, expected", CLIMATE_CASES)
def test_climate_taxonomy_model(model, climate, text, cue, expected):
    assert run(model, climate, text, cue) == expected


@pytest.mark.model
@pytest.mark.skipif(not (SEED / "claims.jsonl").is_file(), reason="seed gold not available")
def test_seed_gold_targets(model, korea):
    import importlib.util
    spec = importlib.util.spec_from_file_location(
        "dev_issues", Path(__file__).resolve().parents[1] / "scripts" / "dev_issues.py")
    dev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dev)
    claims = [json.loads(x) for x in (SEED / "claims.jsonl").read_text().splitlines() if x]
    articles = [json.loads(x) for x in (SEED / "articles.jsonl").read_text().splitlines() if x]
    corpus = Path(__file__).resolve().parents[1] / "corpus"
    preds = dev.predict(model, claims, articles, corpus, korea)
    gold = [{"issues": c["issues"], "stance": c["stance"] or {}} for c in claims]
    s = score_issues(gold, preds)
    assert s["issue"]["f1"] >= 0.85
    assert s["stance"]["accuracy"] >= 0.80
    assert all(p["evidence"][i] for p in preds for i in p["issues"])
