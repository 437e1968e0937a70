"""'made the case (to X) that CLAUSE' (hand-built Docs): make + determiner + a [make_clear]
noun, then a "that" within a few words, is a cue of the [nominal] group even when the
parser hangs the clause elsewhere (here a relative clause of 'donors'); 'made a case for
lower taxes' has no clause: nothing."""
from __future__ import annotations

from hand_docs import claims, parse

CASE_THAT = parse('Lee made the case to donors that taxes would fall.', '''
    Lee     PROPN NNP  nsubj    1
    made    VERB  VBD  ROOT     1   make
    the     DET   DT   det      3
    case    NOUN  NN   dobj     1
    to      ADP   IN   prep     1
    donors  NOUN  NNS  pobj     4   donor
    that    SCONJ IN   mark     9
    taxes   NOUN  NNS  nsubj    9   tax
    would   AUX   MD   aux      9
    fall    VERB  VB   relcl    5
    .       PUNCT .    punct    1
''', ents=[("PERSON", 0, 1)])

CASE_FOR = parse('Lee made a case for lower taxes.', '''
    Lee     PROPN NNP  nsubj    1
    made    VERB  VBD  ROOT     1   make
    a       DET   DT   det      3
    case    NOUN  NN   dobj     1
    for     ADP   IN   prep     3
    lower   ADJ   JJR  amod     6   low
    taxes   NOUN  NNS  pobj     4   tax
    .       PUNCT .    punct    1
''', ents=[("PERSON", 0, 1)])


def test_case_that_clause_is_the_claim():
    assert [(c, s) for c, _, s in claims(CASE_THAT)] == [("taxes would fall", "Lee")]


def test_case_for_is_no_claim():
    assert claims(CASE_FOR) == []
