"""Speaker resolution: a capitalised number heading the subject ('One of the authors, Ari
Baker, said') is no name; the name in apposition is the speaker.  Hand-built Docs."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

ONE_OF = parse("One of the authors, Ari Baker, said the plan will fail.", '''
    One      NUM   CD   nsubj     8
    of       ADP   IN   prep      0
    the      DET   DT   det       3
    authors  NOUN  NNS  pobj      1   author
    ,        PUNCT ,    punct     0
    Ari      PROPN NNP  compound  6
    Baker    PROPN NNP  appos     0
    ,        PUNCT ,    punct     0
    said     VERB  VBD  ROOT      8   say
    the      DET   DT   det       10
    plan     NOUN  NN   nsubj     12
    will     AUX   MD   aux       12
    fail     VERB  VB   ccomp     8
    .        PUNCT .    punct     8
''', ents=[("CARDINAL", 0, 1), ("PERSON", 5, 7)])

# no apposition: the mention stays as written
ONE_ALONE = parse("One of the authors said the plan will fail.", '''
    One      NUM   CD   nsubj     4
    of       ADP   IN   prep      0
    the      DET   DT   det       3
    authors  NOUN  NNS  pobj      1   author
    said     VERB  VBD  ROOT      4   say
    the      DET   DT   det       6
    plan     NOUN  NN   nsubj     8
    will     AUX   MD   aux       8
    fail     VERB  VB   ccomp     4
    .        PUNCT .    punct     4
''', ents=[("CARDINAL", 0, 1)])


@pytest.mark.parametrize("doc, expected", [
    (ONE_OF, [("the plan will fail", "Ari Baker")]),
    (ONE_ALONE, [("the plan will fail", "One")]),
], ids=["number-with-apposed-name", "number-alone"])
def test_number_apposition(doc, expected):
    assert [(c, s) for c, _, s in claims(doc)] == expected
