"""The one-speaker-one-side pass (issue #13, pipeline/issues/consistency.py) on plain claim
tuples and results: no model, no Doc. Results here are lists of (issue, stance, evidence)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.errors import ConfigError
from pipeline.issues.consistency import decider, same_speaker, speaker_key, speaker_sides
from pipeline.issues.stance import load_stance_rules
from pipeline.issues.taxonomy import load_taxonomy

# claims (start, end, speaker, kind, speaker type), one sentence each
BOUNDS = [(0, 10), (11, 20), (21, 30), (31, 40)]
REYES = [(0, 9, "Ana Reyes", "indirect", "person"), (11, 19, "Ana Reyes", "direct", "person")]
WASTE = [("seawall", "oppose", "lexicon:waste of money(oppose) | issue:sea wall")]
DEFAULT = [("seawall", "support", "default:support | issue:sea wall")]


@pytest.fixture(scope="module")
def rules():
    return load_taxonomy(None).stance


def run(claims, results, rules):
    def restance(r, issue, stance, evidence):
        return [(i, stance, evidence) if i == issue else (i, s, e) for i, s, e in r]
    return speaker_sides(claims, results, BOUNDS, rules, lambda r: list(r), restance)


def test_the_shipped_pass_is_on(rules):
    assert rules.side_scope == "article"
    assert "default" in rules.side_weak and "lexicon" in rules.side_deciders
    assert not rules.side_neutral_targets


@pytest.mark.parametrize("evidence,name", [
    ("default:support | issue:x", "default"),
    ("cue:urged(support) | issue:x", "cue"),
    ("cue:urged(support)*lexicon:hold hearings(support) | issue:x", "lexicon"),
    ("lexicon:x(support)+negation:not | issue:x", "lexicon"),
    ("negation:not>sea wall | issue:x", "negation"),
    ("speaker:lexicon(oppose)+default:support | issue:x", "speaker"),
])
def test_decider(evidence, name):
    assert decider(evidence) == name


def test_speakers(rules):
    assert speaker_key("Ana Reyes", "person", rules) == ("ana", "reyes")
    assert speaker_key("an official", "anonymous", rules) is None
    assert speaker_key("They", "unknown", rules) is None
    assert speaker_key(None, "person", rules) is None
    assert not same_speaker(("reyes",), ("ana", "reyes"), rules)
    both = replace(rules, side_name_suffix=True)
    assert same_speaker(("reyes",), ("ana", "reyes"), both)
    assert not same_speaker(("lena", "reyes"), ("ana", "reyes"), both)


def test_the_default_takes_the_speakers_side(rules):
    out = run(REYES, [WASTE, DEFAULT], rules)
    assert out[0] == WASTE
    assert out[1] == [("seawall", "oppose",
                       "speaker:lexicon(oppose)+default:support | issue:sea wall")]


def test_no_side_passes(rules):
    other = [REYES[0], (11, 19, "Tom Berg", "direct", "person")]
    assert run(other, [WASTE, DEFAULT], rules)[1] == DEFAULT                 # another speaker
    anon = [(0, 9, "an official", "indirect", "anonymous"),
            (11, 19, "an official", "direct", "anonymous")]
    assert run(anon, [WASTE, DEFAULT], rules)[1] == DEFAULT                  # anonymous
    transit = [("transit", "support", "default:support | issue:levy")]
    assert run(REYES, [WASTE, transit], rules)[1] == transit                 # another issue
    three = REYES + [(21, 29, "Ana Reyes", "direct", "person")]
    backs = [("seawall", "support", "lexicon:protect the harbour(support) | issue:sea wall")]
    assert run(three, [WASTE, backs, DEFAULT], rules)[2] == DEFAULT          # they disagree
    weak = [("seawall", "support", "advocacy:should | issue:sea wall")]
    assert run(REYES, [weak, DEFAULT], rules)[1] == DEFAULT                  # not a decider
    asked = [("seawall", "neutral", "cue:ask(neutral) | issue:sea wall")]
    assert run(REYES, [WASTE, asked], rules)[1] == asked                     # stays neutral
    assert run(REYES, [WASTE, DEFAULT], replace(rules, side_scope=""))[1] == DEFAULT   # off


def test_neutral_claims_neither_give_nor_block(rules):
    three = REYES + [(21, 29, "Ana Reyes", "direct", "person")]
    talks = [("seawall", "neutral", "process:talks | issue:sea wall")]
    out = run(three, [talks, WASTE, DEFAULT], rules)
    assert out[2][0][1] == "oppose" and out[0] == talks


def test_continued_scope_reads_the_claim_before_only(rules):
    cont = replace(rules, side_scope="continued")
    quoted = [REYES[0][:3] + ("direct", "person"), REYES[1]]
    assert run(quoted, [WASTE, DEFAULT], cont)[1][0][1] == "oppose"
    assert run(quoted, [DEFAULT, WASTE], cont)[0] == DEFAULT     # nothing before the first
    far = [quoted[0], (31, 39, "Ana Reyes", "direct", "person")]
    assert run(far, [WASTE, DEFAULT], cont)[1] == DEFAULT         # two sentences on


def test_unknown_keys_are_rejected(tmp_path, rules):
    text = open(rules.path, encoding="utf-8").read()
    path = tmp_path / "stance.toml"
    path.write_text(text.replace("[consistency]\n", "[consistency]\nspread = true\n"),
                    encoding="utf-8")
    with pytest.raises(ConfigError, match="spread"):
        load_stance_rules(path)
    path.write_text(text.replace('weak = ["default", "cue"]', 'weak = ["defualt"]'),
                    encoding="utf-8")
    with pytest.raises(ConfigError):
        load_stance_rules(path)
