"""A reporting cue that only relays ([cues] channel: "reported") gives way to the content when
the content holds a reporting verb of its own ([markers] speech): the principal's words decide,
not the channel's (hand-built parsed Docs, no model)."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.issues.detect import classify

VOCAB = Vocab()
LEMMAS = {"said": "say", "was": "be", "needed": "need", "passed": "pass"}


def parsed(words, heads, deps, pos) -> Doc:
    lemmas = [LEMMAS.get(w.lower(), w.lower()) for w in words]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


# "the mayor said the carbon tax was needed"
RELAYED = (["the", "mayor", "said", "the", "carbon", "tax", "was", "needed"],
           [1, 2, 2, 5, 5, 7, 7, 2],
           ["det", "nsubj", "ROOT", "det", "compound", "nsubjpass", "auxpass", "ccomp"],
           ["DET", "NOUN", "VERB", "DET", "NOUN", "NOUN", "AUX", "VERB"])
# "the council passed the carbon tax"
UNRELAYED = (["the", "council", "passed", "the", "carbon", "tax"], [1, 2, 2, 5, 5, 2],
             ["det", "nsubj", "ROOT", "det", "compound", "dobj"],
             ["DET", "NOUN", "VERB", "DET", "NOUN", "NOUN"])


@pytest.mark.parametrize("parts, cue, stance, evidence", [
    (RELAYED, "reported", "support", "advocacy:needed"),      # the mayor's words decide
    (UNRELAYED, "reported", "neutral", "cue:report(neutral)"),  # nothing relayed: neutral
    (RELAYED, "asked", "neutral", "cue:ask(neutral)"),        # not a channel cue
])
def test_relayed_words_decide(climate, parts, cue, stance, evidence):
    doc = parsed(*parts)
    found = {r.issue: r for r in classify(doc, 0, len(doc.text), cue, climate)}
    assert (found["carbon_tax"].stance,
            found["carbon_tax"].evidence.split(" | issue:")[0]) == (stance, evidence)
