"""Cues of talk and of appearance take no side, and putting a measure off acts against it
(configs/stance.toml [cues] neutral "discuss", "look"; [negation] restrictive "defer",
"delay", "postpone"), on hand-built Docs (no model).

"The senators discussed the carbon tax" reports talks, as the process marker "discuss" does
inside a claim; "the carbon tax looks dead" is an appearance like "appears" / "seems"; "the
city will defer the carbon tax" acts against the tax as "suspend" does."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.issues.detect import classify
from pipeline.issues.stance import cue_class

VOCAB = Vocab()
LEMMAS = {"will": "will", "deferred": "defer", "delayed": "delay", "postponed": "postpone"}


def parsed(words, heads, deps, pos) -> Doc:
    lemmas = [LEMMAS.get(w.lower(), w.lower()) for w in words]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


# "the new carbon tax"
TAX = (["the", "new", "carbon", "tax"], [3, 3, 3, 3], ["det", "amod", "compound", "ROOT"],
       ["DET", "ADJ", "NOUN", "NOUN"])


@pytest.mark.parametrize("cue, kind", [
    ("discussed", "neutral"), ("met to discuss", "neutral"), ("looks", "neutral"),
    ("looked", "neutral"),
    # unchanged
    ("said", None), ("called for", "support"),
])
def test_talk_and_appearance_cues(stance_rules, cue, kind):
    assert cue_class(cue, stance_rules)[0] == kind


@pytest.mark.parametrize("cue, evidence", [
    ("discussed", "cue:discuss(neutral)"), ("looks", "cue:look(neutral)")])
def test_talk_and_appearance_cues_take_no_side(climate, cue, evidence):
    doc = parsed(*TAX)
    found = {r.issue: r for r in classify(doc, 0, len(doc.text), cue, climate)}
    assert (found["carbon_tax"].stance,
            found["carbon_tax"].evidence.split(" | issue:")[0]) == ("neutral", evidence)


@pytest.mark.parametrize("verb", ["defer", "delay", "postpone"])
def test_putting_a_measure_off_acts_against_it(climate, verb):
    # "the city will <verb> the carbon tax"
    doc = parsed(["the", "city", "will", verb, "the", "carbon", "tax"], [1, 3, 3, 3, 6, 6, 3],
                 ["det", "nsubj", "aux", "ROOT", "det", "compound", "dobj"],
                 ["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "NOUN"])
    found = {r.issue: r for r in classify(doc, 0, len(doc.text), "said", climate)}
    assert (found["carbon_tax"].stance,
            found["carbon_tax"].evidence.split(" | issue:")[0]) == (
        "oppose", f"restrict:{verb}>carbon tax")


def test_a_delay_noun_is_no_restriction(climate):
    # "the delay of the carbon tax worried farmers": only the verb acts against what it governs
    doc = parsed(["the", "delay", "of", "the", "carbon", "tax", "worried", "farmers"],
                 [1, 6, 1, 5, 5, 2, 6, 6],
                 ["det", "nsubj", "prep", "det", "compound", "pobj", "ROOT", "dobj"],
                 ["DET", "NOUN", "ADP", "DET", "NOUN", "NOUN", "VERB", "NOUN"])
    found = {r.issue: r for r in classify(doc, 0, len(doc.text), "said", climate)}
    assert "restrict:delay" not in found["carbon_tax"].evidence
