"""Evidence adduced on hand-built Docs ([cues.cite]): 'She cited rising costs' -> 'rising
costs'; 'pointed to the report' -> 'the report'; 'pointed at the door' (not the phrase) and
'cited' with no object are nothing."""
from __future__ import annotations

import pytest
from hand_docs import cue_claims, parse

from pipeline.attribution.passes.clauses import reported_clause

CITED = parse('Reyes cited rising costs.', '''
    Reyes   PROPN NNP  nsubj  1
    cited   VERB  VBD  ROOT   1   cite
    rising  VERB  VBG  amod   3   rise
    costs   NOUN  NNS  dobj   1   cost
    .       PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])

POINTED_TO = parse('Reyes pointed to the jobs report.', '''
    Reyes    PROPN NNP  nsubj     1
    pointed  VERB  VBD  ROOT      1   point
    to       ADP   IN   prep      1
    the      DET   DT   det       5
    jobs     NOUN  NNS  compound  5   job
    report   NOUN  NN   pobj      2
    .        PUNCT .    punct     1
''', ents=[("PERSON", 0, 1)])

POINTED_AT = parse('Reyes pointed at the door.', '''
    Reyes    PROPN NNP  nsubj  1
    pointed  VERB  VBD  ROOT   1   point
    at       ADP   IN   prep   1
    the      DET   DT   det    4
    door     NOUN  NN   pobj   2
    .        PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])


@pytest.mark.parametrize("doc, expected", [
    (CITED, [("rising costs", "cue-clause:cite", "Reyes")]),
    (POINTED_TO, [("the jobs report", "cue-clause:cite", "Reyes")]),
    (POINTED_AT, []),
], ids=["cited-object", "pointed-to", "pointed-at-none"])
def test_cites(doc, expected):
    assert cue_claims(reported_clause, doc) == expected
