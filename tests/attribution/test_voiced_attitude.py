"""'voiced confidence that X', 'voiced reservations about X': voice + an attitude noun is
an express cue, as 'expressed concern that X' is; 'voiced the role' (no attitude noun) and
'voiced thanks' are not."""
from __future__ import annotations

import pytest
from hand_docs import cue_claims, parse

from pipeline.attribution.passes.clauses import reported_clause

CONFIDENCE = parse('Lee voiced confidence that the strike would end.', '''
    Lee         PROPN NNP  nsubj  1
    voiced      VERB  VBD  ROOT   1   voice
    confidence  NOUN  NN   dobj   1
    that        SCONJ IN   mark   7
    the         DET   DT   det    5
    strike      NOUN  NN   nsubj  7
    would       AUX   MD   aux    7
    end         VERB  VB   acl    2
    .           PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])

RESERVATIONS = parse('Lee voiced reservations about the new budget.', '''
    Lee           PROPN NNP  nsubj  1
    voiced        VERB  VBD  ROOT   1   voice
    reservations  NOUN  NNS  dobj   1   reservation
    about         ADP   IN   prep   2
    the           DET   DT   det    6
    new           ADJ   JJ   amod   6
    budget        NOUN  NN   pobj   3
    .             PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])

ROLE = parse('Lee voiced the role of a pirate in the film.', '''
    Lee     PROPN NNP  nsubj  1
    voiced  VERB  VBD  ROOT   1   voice
    the     DET   DT   det    3
    role    NOUN  NN   dobj   1
    of      ADP   IN   prep   3
    a       DET   DT   det    6
    pirate  NOUN  NN   pobj   4
    in      ADP   IN   prep   3
    the     DET   DT   det    9
    film    NOUN  NN   pobj   7
    .       PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])


@pytest.mark.parametrize("doc, expected", [
    (CONFIDENCE, [("the strike would end", "cue-clause:express", "Lee")]),
    (RESERVATIONS, [("about the new budget", "cue-clause:express", "Lee")]),
    (ROLE, []),
], ids=["confidence-that", "reservations-about", "role-none"])
def test_voiced_attitude(doc, expected):
    assert cue_claims(reported_clause, doc) == expected
