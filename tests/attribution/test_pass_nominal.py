"""Nominal reports on hand-built Docs ([nominal]): 'Cole's claim that taxes rose' -> 'taxes
rose', held by the possessor; 'Lee made the argument that X' -> X, held by the subject of
the light verb; nothing for a noun nobody holds ('rejected the claim that X': the claim is
not the senator's) or a relative clause ('the claim that he made')."""
from __future__ import annotations

import pytest
from hand_docs import cue_claims, parse

from pipeline.attribution.passes.clauses import reported_clause

POSSESSOR = parse("Cole's claim that taxes rose is false.", '''
    Cole    PROPN NNP  poss   2
    's      PART  POS  case   0
    claim   NOUN  NN   nsubj  6
    that    SCONJ IN   mark   5
    taxes   NOUN  NNS  nsubj  5   tax
    rose    VERB  VBD  acl    2   rise
    is      AUX   VBZ  ROOT   6   be
    false   ADJ   JJ   acomp  6
    .       PUNCT .    punct  6
''', ents=[("PERSON", 0, 1)])

LIGHT_VERB = parse('Lee made the argument that talks failed.', '''
    Lee       PROPN NNP  nsubj  1
    made      VERB  VBD  ROOT   1   make
    the       DET   DT   det    3
    argument  NOUN  NN   dobj   1
    that      SCONJ IN   mark   6
    talks     NOUN  NNS  nsubj  6   talk
    failed    VERB  VBD  acl    3   fail
    .         PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])

PROMISE_TO = parse('His promise to cut taxes won votes.', '''
    His      PRON  PRP$ poss   1
    promise  NOUN  NN   nsubj  5
    to       PART  TO   aux    3
    cut      VERB  VB   acl    1
    taxes    NOUN  NNS  dobj   3   tax
    won      VERB  VBD  ROOT   5   win
    votes    NOUN  NNS  dobj   5   vote
    .        PUNCT .    punct  5
''')

NOBODYS = parse('Voters doubted the claim that taxes rose.', '''
    Voters  NOUN  NNS  nsubj  1   voter
    doubted VERB  VBD  ROOT   1   doubt
    the     DET   DT   det    3
    claim   NOUN  NN   dobj   1
    that    SCONJ IN   mark   6
    taxes   NOUN  NNS  nsubj  6   tax
    rose    VERB  VBD  acl    3   rise
    .       PUNCT .    punct  1
''')

RELATIVE = parse("Cole's claim that he made was false.", '''
    Cole    PROPN NNP  poss   2
    's      PART  POS  case   0
    claim   NOUN  NN   nsubj  6
    that    PRON  WDT  dobj   5
    he      PRON  PRP  nsubj  5
    made    VERB  VBD  relcl  2   make
    was     AUX   VBD  ROOT   6   be
    false   ADJ   JJ   acomp  6
    .       PUNCT .    punct  6
''', ents=[("PERSON", 0, 1)])


@pytest.mark.parametrize("doc, expected", [
    (POSSESSOR, [("taxes rose", "cue-clause:argue", "Cole")]),
    (LIGHT_VERB, [("talks failed", "cue-clause:argue", "Lee")]),
    (PROMISE_TO, [("to cut taxes", "cue-clause:argue", "His")]),
    (RELATIVE, []),
], ids=["possessor-that", "made-the-argument", "promise-to", "relative-none"])
def test_nominal(doc, expected):
    assert cue_claims(reported_clause, doc) == expected


def test_nobodys_claim_is_no_cue():
    """'doubted the claim that ...': the noun is no cue; the believe-verb 'doubted' reports
    the whole object instead."""
    assert all(c[1] != "cue-clause:argue" for c in cue_claims(reported_clause, NOBODYS))
