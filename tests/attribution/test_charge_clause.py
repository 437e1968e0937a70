"""[cues.charge]: 'charged that X' is an accusation, a claim with its clause; 'charged Y
with fraud' (an object, no clause) reports nothing.  Hand-built Docs."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

THAT = parse("Lee charged that the agency hid the files.", '''
    Lee      PROPN NNP  nsubj     1
    charged  VERB  VBD  ROOT      1   charge
    that     SCONJ IN   mark      5
    the      DET   DT   det       4
    agency   NOUN  NN   nsubj     5
    hid      VERB  VBD  ccomp     1   hide
    the      DET   DT   det       7
    files    NOUN  NNS  dobj      5   file
    .        PUNCT .    punct     1
''', ents=[("PERSON", 0, 1)])

WITH = parse("Prosecutors charged Lee with fraud.", '''
    Prosecutors NOUN  NNS  nsubj  1   prosecutor
    charged     VERB  VBD  ROOT   1   charge
    Lee         PROPN NNP  dobj   1
    with        ADP   IN   prep   1
    fraud       NOUN  NN   pobj   3
    .           PUNCT .    punct  1
''', ents=[("PERSON", 2, 3)])


@pytest.mark.parametrize("doc, expected", [
    (THAT, [("the agency hid the files", "Lee")]),
    (WITH, []),
], ids=["charged-that", "charged-with-nothing"])
def test_charge_clause(doc, expected):
    assert [(c, s) for c, _, s in claims(doc)] == expected
