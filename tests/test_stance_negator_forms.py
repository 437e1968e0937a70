"""Words that share a stem with a negator are no negation (configs/stance.toml [negation]):
words match on a light stem of their lemma, so the negator "not" also matched "note" /
"noted", and the negative predicate "counter" (read as a comparative) also matched "count".
"not/PART" and "countered" keep the negations and drop the look-alikes (hand-built parsed
Docs, no model)."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.issues.detect import classify

VOCAB = Vocab()
LEMMAS = {"noted": "note", "counted": "count", "countered": "counter"}


def parsed(words, heads, deps, pos) -> Doc:
    lemmas = [LEMMAS.get(w.lower(), w.lower()) for w in words]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def _svo(verb: str) -> tuple:
    """'officials <verb> the carbon tax'"""
    return (["officials", verb, "the", "carbon", "tax"], [1, 1, 4, 4, 1],
            ["nsubj", "ROOT", "det", "compound", "dobj"], ["NOUN", "VERB", "DET", "NOUN", "NOUN"])


# "farmers counted on the carbon tax"
COUNTED_ON = (["farmers", "counted", "on", "the", "carbon", "tax"], [1, 1, 1, 5, 5, 2],
              ["nsubj", "ROOT", "prep", "det", "compound", "pobj"],
              ["NOUN", "VERB", "ADP", "DET", "NOUN", "NOUN"])
# "officials will not raise the carbon tax": "not" still negates
NOT = (["officials", "will", "not", "raise", "the", "carbon", "tax"], [3, 3, 3, 3, 6, 6, 3],
       ["nsubj", "aux", "neg", "ROOT", "det", "compound", "dobj"],
       ["NOUN", "AUX", "PART", "VERB", "DET", "NOUN", "NOUN"])


@pytest.mark.parametrize("parts, stance, evidence", [
    (_svo("noted"), "support", "default:support"),             # "noted" is no negator
    (COUNTED_ON, "support", "default:support"),                # "counted" is not "countered"
    (NOT, "oppose", "negation:not>carbon tax"),                # "not" still negates
    (_svo("countered"), "oppose", "negation:countered>carbon tax"),   # and "countered" too
])
def test_negator_look_alikes(climate, parts, stance, evidence):
    doc = parsed(*parts)
    found = {r.issue: r for r in classify(doc, 0, len(doc.text), "said", climate)}
    assert (found["carbon_tax"].stance,
            found["carbon_tax"].evidence.split(" | issue:")[0]) == (stance, evidence)


def test_not_without_parts_of_speech(blank, climate):
    """Without a tagger the part of speech is not read: "not" still negates."""
    text = "officials will not raise the carbon tax"
    found = {r.issue: r for r in classify(blank(text), 0, len(text), "said", climate)}
    assert found["carbon_tax"].stance == "oppose"
