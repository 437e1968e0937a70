"""Criticising the other side supports the proposition (issue #13): an `oppose` cue
(criticize, attack, blame) whose content takes no side of its own and names only the con side
of the issue ("criticized the senator for his ties to Wall Street", Wall Street being what
stricter bank rules act against) supports the proposition; the evidence says so:
cue:criticize(oppose)>Wall Street(con). A con term that only modifies another noun ("his Wall
Street proposals": the proposals are the measure) does not count; content that decides keeps
composing with the cue. Hand-built Docs, no model."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.issues.detect import classify
from pipeline.issues.taxonomy import load_taxonomy

STREET = """
[taxonomy]
name = "street-test"
description = "one issue with a con side"

[[issue]]
id = "street_rules"
label = "Stricter rules for Wall Street"
proposition = "Wall Street should be regulated more strictly (higher capital rules)."
terms = ["Wall Street", "capital rules"]
pro = ["capital rules"]
con = ["Wall Street"]

[[issue]]
id = "rival_power"
label = "Pressure on the rival power"
proposition = "The country should keep up pressure on Wall Street."
terms = ["Wall Street"]
adversary = true
"""


@pytest.fixture()
def street(tmp_path):
    path = tmp_path / "street.toml"
    path.write_text(STREET, encoding="utf-8")
    return load_taxonomy(path)


def _stance(doc, cue, taxonomy, issue="street_rules"):
    found = {r.issue: r for r in classify(doc, 0, len(doc.text), cue, taxonomy)}
    return found[issue]


@pytest.mark.parametrize("text, cue, stance, evidence", [
    # the criticism is of the con side: support
    ("the senator for his ties to Wall Street", "criticized", "support",
     "cue:criticize(oppose)>Wall Street(con)"),
    ("Wall Street", "attacked", "support", "cue:attack(oppose)>Wall Street(con)"),
    # unchanged: criticising the pro side opposes
    ("the new capital rules", "criticized", "oppose", "cue:criticize(oppose) |"),
    # unchanged: content that takes a side composes with the cue ("plans to regulate Wall
    # Street": the plans are the measure, criticised)
    ("plans to regulate Wall Street", "criticized", "oppose",
     "cue:criticize(oppose)*restrict:regulate>Wall Street(con)"),
])
def test_criticising_the_con_side_supports(blank, street, text, cue, stance, evidence):
    result = _stance(blank(text), cue, street)
    assert result.stance == stance, result.evidence
    assert evidence in result.evidence


def test_adversary_issue_keeps_the_cue(blank, street):
    # on an adversary issue the con side is the threat itself: no flip
    result = _stance(blank("Wall Street"), "attacked", street, "rival_power")
    assert result.stance == "oppose", result.evidence
    assert "(con)" not in result.evidence


def test_con_term_modifying_a_noun_does_not_count(street):
    # "his Wall Street proposals": Wall Street modifies the proposals, the criticised measure
    words = ["his", "Wall", "Street", "proposals"]
    doc = Doc(Vocab(), words=words, heads=[3, 2, 3, 3], deps=["poss", "compound", "compound",
                                                            "ROOT"],
              pos=["PRON", "PROPN", "PROPN", "NOUN"], lemmas=[w.lower() for w in words])
    result = _stance(doc, "criticized", street)
    assert result.stance == "oppose", result.evidence
    assert "(con)" not in result.evidence


@pytest.mark.xfail(strict=True, reason="support cues are not flipped by a con-only content: "
                   "measured worse on the unseen taxonomy (con sides of signals are too "
                   "coarse), see the commit of this file")
def test_praising_the_con_side_opposes(blank, street):
    result = _stance(blank("Wall Street"), "praised", street)
    assert result.stance == "oppose", result.evidence


TOPICAL = STREET.replace('terms = ["Wall Street", "capital rules"]',
                         'terms = ["Wall Street", "capital rules", "banking"]', 1)


@pytest.mark.parametrize("text, cue, stance, evidence", [
    # a topic word of the issue ("banking": no side) beside the con side: still a criticism
    # of the con side
    ("the banking lobby and Wall Street", "attacked", "support",
     "cue:attack(oppose)>Wall Street(con)"),
    ("Wall Street and its banking friends", "criticized", "support",
     "cue:criticize(oppose)>Wall Street(con)"),
    # unchanged: the pro side named beside it, or the topic word alone, take the cue's side
    ("Wall Street and the capital rules", "attacked", "oppose", "cue:attack(oppose) |"),
    ("the banking lobby", "attacked", "oppose", "cue:attack(oppose) |"),
])
def test_a_topic_word_beside_the_con_side(blank, tmp_path, text, cue, stance, evidence):
    path = tmp_path / "topical.toml"
    path.write_text(TOPICAL, encoding="utf-8")
    result = _stance(blank(text), cue, load_taxonomy(path))
    assert result.stance == stance, result.evidence
    assert evidence in result.evidence
