"""Credit given: 'X credited Y with Z' is X's claim, 'Y with Z' its content (credit is a
[characterisation] likeness verb: its to/with phrase is a complement); the passive 'Y is
credited with Z' has no holder and finds nothing.  Hand-built Docs."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

CREDITED_WITH = parse("Senator Ruiz credited the governor with cutting crime.", '''
    Senator    PROPN NNP  compound  1
    Ruiz       PROPN NNP  nsubj     2
    credited   VERB  VBD  ROOT      2   credit
    the        DET   DT   det       4
    governor   NOUN  NN   dobj      2
    with       ADP   IN   prep      2
    cutting    VERB  VBG  pcomp     5   cut
    crime      NOUN  NN   dobj      6
    .          PUNCT .    punct     2
''', ents=[("PERSON", 1, 2)])

IS_CREDITED = parse("The governor is credited with cutting crime.", '''
    The        DET   DT   det        1
    governor   NOUN  NN   nsubjpass  3
    is         AUX   VBZ  auxpass    3   be
    credited   VERB  VBN  ROOT       3   credit
    with       ADP   IN   prep       3
    cutting    VERB  VBG  pcomp      4   cut
    crime      NOUN  NN   dobj       5
    .          PUNCT .    punct      3
''')


@pytest.mark.parametrize("doc, expected", [
    (CREDITED_WITH, [("the governor with cutting crime", "Ruiz")]),
    (IS_CREDITED, []),
], ids=["credited-with", "passive-none"])
def test_credit_grounds(doc, expected):
    assert [(c, s) for c, _, s in claims(doc)] == expected
