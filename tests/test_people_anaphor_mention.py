"""A claim that takes its issue through a people anaphor ("they": the speakers, the voters)
may still name the measure with a later anaphor of its own ("they fear the council will pass
the measure"): that anaphor is the claim's mention of the issue, so a negative predicate
("fear") or an evaluation of it decides (issue #13). "they" alone is still no mention: negating
or judging the people says nothing of the issue. Hand-built Docs, no model."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.issues.detect import _mentions, classify
from pipeline.issues.stance import Hit

LEMMAS = {"unveiled": "unveil", "fear": "fear", "will": "will", "are": "be"}
FIRST = ["The", "government", "unveiled", "a", "carbon", "tax", "."]
FIRST_HEADS = [1, 2, 2, 5, 5, 2, 2]
FIRST_DEPS = ["det", "nsubj", "ROOT", "det", "compound", "dobj", "punct"]
FIRST_POS = ["DET", "NOUN", "VERB", "DET", "NOUN", "NOUN", "PUNCT"]


def _doc(words, heads, deps, pos) -> Doc:
    """The first sentence above, then `words` (heads relative to the second sentence)."""
    n = len(FIRST)
    return Doc(Vocab(), words=FIRST + words, heads=FIRST_HEADS + [h + n for h in heads],
               deps=FIRST_DEPS + deps, pos=FIRST_POS + pos,
               lemmas=[LEMMAS.get(w.lower(), w.lower()) for w in FIRST + words])


# "They fear the council will pass the measure."
FEAR = (["They", "fear", "the", "council", "will", "pass", "the", "measure", "."],
        [1, 1, 3, 5, 5, 1, 7, 5, 1],
        ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "det", "dobj", "punct"],
        ["PRON", "VERB", "DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"])
# "They are furious." - the people judged, not the measure
FURIOUS = (["They", "are", "furious", "."], [1, 1, 1, 1],
           ["nsubj", "ROOT", "acomp", "punct"], ["PRON", "AUX", "ADJ", "PUNCT"])


@pytest.mark.parametrize("sentence, stance, evidence", [
    (FEAR, "oppose", "negation:fear>the measure | issue:context:They>carbon tax"),
    (FURIOUS, "support", "default:support | issue:context:They>carbon tax"),
])
def test_a_later_anaphor_is_the_mention(climate, sentence, stance, evidence):
    doc = _doc(*sentence)
    start = doc[len(FIRST)].idx
    found = {r.issue: r for r in classify(doc, start, len(doc.text) - 1, "said", climate)}
    assert found["carbon_tax"].stance == stance, found["carbon_tax"].evidence
    assert found["carbon_tax"].evidence == evidence


def _hit(kind, issue, text, start, side=1):
    return Hit(kind, issue, text, start, start + 1, 0, 1, side)


@pytest.mark.parametrize("in_claim, expected", [
    # "they ... the measure": the measure
    ([_hit("anaphor", None, "they", 0), _hit("anaphor", None, "the measure", 5)],
     [("signal", "the measure", 5)]),
    # "they" alone: no mention
    ([_hit("anaphor", None, "they", 0)], []),
    # unchanged: "it" first
    ([_hit("anaphor", None, "it", 0), _hit("anaphor", None, "the measure", 5)],
     [("signal", "it", 0)]),
])
def test_mentions_skip_people(in_claim, expected):
    signals = [_hit("signal", "tax", "tax", 9)]
    found = _mentions(signals, in_claim, in_claim + signals, "context:they", "tax",
                      frozenset({"they", "them"}))
    assert [(h.kind, h.text, h.start) for h in found] == expected
