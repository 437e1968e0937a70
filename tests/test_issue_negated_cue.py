"""A negated reporting cue does not assert the side it names (issue #13): "would not endorse
the carbon tax" opposes it, "did not rule out a carbon tax" and "did not criticize the carbon
tax" take no side. The negating words are [cues] negators of configs/stance.toml. Hand-built
claims on a blank pipeline (no model)."""
from __future__ import annotations

import pytest

from pipeline.issues.detect import classify
from pipeline.issues.stance import cue_negated


@pytest.mark.parametrize("cue, stance, evidence", [
    ("would not endorse", "oppose", "cue:endorse(support)+negation:not"),
    ("won't back", "oppose", "cue:back(support)+negation:won't"),
    ("did not rule out", "neutral", "cue:rule out(oppose)+negation:not"),
    ("didn’t criticize", "neutral", "cue:criticize(oppose)+negation:didn't"),
    ("never warned about", "neutral", "cue:warn(warning)+negation:never"),
    # unchanged: the cue without a negator keeps its side
    ("endorsed", "support", "cue:endorse(support)"),
    ("ruled out", "oppose", "cue:rule out(oppose)"),
    # unchanged: a neutral cue with "no" is its own entry
    ("made no comment on", "neutral", "cue:no comment(neutral)"),
])
def test_negated_cue(blank, climate, cue, stance, evidence):
    text = "a carbon tax for the province"
    found = {r.issue: r for r in classify(blank(text), 0, len(text), cue, climate)}
    assert found["carbon_tax"].stance == stance, found["carbon_tax"].evidence
    assert found["carbon_tax"].evidence.startswith(evidence), found["carbon_tax"].evidence


@pytest.mark.parametrize("cue, word", [
    ("did not rule out", "not"), ("wouldn't endorse", "wouldn't"), ("has never backed", "never"),
    ("said", None), ("noted", None), ("knows", None), ("announced", None), (None, None),
])
def test_cue_negated_words(stance_rules, cue, word):
    assert cue_negated(cue, stance_rules) == word
