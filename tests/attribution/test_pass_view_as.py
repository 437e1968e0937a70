"""Views ([cues.view], requires = "as") on hand-built Docs: 'Lee sees the gains as evidence
that the losses were flukes' -> the object and its "as" phrase, the that-clause inside
(it belongs to 'evidence', not to 'sees': content.that_clause stops at the "as" phrase), held
by Lee; 'Various rivals see him as a threat' -> held by the rivals (an anonymous group, [speakers.words]
anonymous); nothing for 'Lee sees the car' (no "as" phrase)."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

AS_EVIDENCE = parse('Lee sees the gains as evidence that the losses were flukes.', '''
    Lee       PROPN NNP  nsubj  1
    sees      VERB  VBZ  ROOT   1   see
    the       DET   DT   det    3
    gains     NOUN  NNS  dobj   1   gain
    as        ADP   IN   prep   1
    evidence  NOUN  NN   pobj   4
    that      SCONJ IN   mark   9
    the       DET   DT   det    8
    losses    NOUN  NNS  nsubj  9   loss
    were      AUX   VBD  acl    5   be
    flukes    NOUN  NNS  attr   9   fluke
    .         PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])

RIVALS = parse('Various rivals see him as a threat.', '''
    Various   ADJ   JJ   amod   1
    rivals    NOUN  NNS  nsubj  2   rival
    see       VERB  VBP  ROOT   2
    him       PRON  PRP  dobj   2   he
    as        ADP   IN   prep   2
    a         DET   DT   det    6
    threat    NOUN  NN   pobj   4
    .         PUNCT .    punct  2
''')

SEES_CAR = parse('Lee sees the car.', '''
    Lee       PROPN NNP  nsubj  1
    sees      VERB  VBZ  ROOT   1   see
    the       DET   DT   det    3
    car       NOUN  NN   dobj   1
    .         PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])


@pytest.mark.parametrize("doc, expected", [
    (AS_EVIDENCE, [("the gains as evidence that the losses were flukes", "cue-clause:view", "Lee")]),
    (RIVALS, [("him as a threat", "cue-clause:view", "Various rivals")]),
    (SEES_CAR, []),
], ids=["as-evidence-that", "rivals-see-as", "sees-object-none"])
def test_view_as(doc, expected):
    assert claims(doc) == expected
