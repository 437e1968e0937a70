"""A cue of agreeing takes a side only as "agree with" (issue #13): "agreed to a meeting"
agrees to an event, "agreed on one point: the tax will become an issue" on a fact, and
"agreed that X" asserts X, whose own content decides. Bare "agree" was a support cue, so such
claims came out support whatever their content (a topic of talk, a process). Hand-built Docs,
no model."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.issues.detect import classify
from pipeline.issues.stance import cue_class


@pytest.mark.parametrize("cue, expected", [
    ("agrees with", ("support", "agree with")),
    ("has agreed with", ("support", "agree with")),
    # no side of its own: the content decides
    ("agreed", (None, None)),
    ("agreed to", (None, None)),
    ("agreed on one point:", (None, None)),
])
def test_agree_takes_a_side_only_with_with(stance_rules, cue, expected):
    assert cue_class(cue, stance_rules) == expected


def _topic_doc() -> Doc:
    """'The carbon tax will become an issue': the issue named as the topic of talk."""
    words = ["The", "carbon", "tax", "will", "become", "an", "issue"]
    return Doc(Vocab(), words=words, heads=[2, 2, 4, 4, 4, 6, 4],
               deps=["det", "compound", "nsubj", "aux", "ROOT", "det", "attr"],
               pos=["DET", "NOUN", "NOUN", "AUX", "VERB", "DET", "NOUN"],
               lemmas=["the", "carbon", "tax", "will", "become", "an", "issue"])


@pytest.mark.parametrize("cue, stance, evidence", [
    # agreeing on a fact about the issue: the topic rule decides, neutral
    ("agreed on one point:", "neutral", "topic:issue>carbon tax"),
    ("agreed", "neutral", "topic:issue>carbon tax"),
    # unchanged: a plain speech cue
    ("said", "neutral", "topic:issue>carbon tax"),
    # unchanged: siding with someone still composes as support
    ("agrees with", "support", "cue:agree with(support)"),
])
def test_agreeing_on_a_fact_takes_no_side(climate, cue, stance, evidence):
    doc = _topic_doc()
    found = {r.issue: r for r in classify(doc, 0, len(doc.text), cue, climate)}
    assert found["carbon_tax"].stance == stance, found["carbon_tax"].evidence
    assert evidence in found["carbon_tax"].evidence
