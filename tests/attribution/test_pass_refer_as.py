"""'refer to X as Y' on hand-built Docs ([cues.characterize] phrase "refer to"): 'Hale
referred to Ruiz as a leader' -> 'Ruiz as a leader', Hale's; 'Hale referred to the office'
(no as-phrase or quotation) is no characterisation."""
from __future__ import annotations

import pytest
from hand_docs import cue_claims, parse

from pipeline.attribution.passes.clauses import characterisation, reported_clause

REFER_AS = parse('Hale referred to Ruiz as a leader.', '''
    Hale      PROPN NNP  nsubj  1
    referred  VERB  VBD  ROOT   1   refer
    to        ADP   IN   prep   1
    Ruiz      PROPN NNP  pobj   2
    as        ADP   IN   prep   1
    a         DET   DT   det    6
    leader    NOUN  NN   pobj   4
    .         PUNCT .    punct  1
''', ents=[("PERSON", 0, 1), ("PERSON", 3, 4)])

REFER_TO = parse('Hale referred to the office.', '''
    Hale      PROPN NNP  nsubj  1
    referred  VERB  VBD  ROOT   1   refer
    to        ADP   IN   prep   1
    the       DET   DT   det    4
    office    NOUN  NN   pobj   2
    .         PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])


@pytest.mark.parametrize("rule, doc, expected", [
    (characterisation, REFER_AS, [("Ruiz as a leader", "cue-clause:characterize", "Hale")]),
    (characterisation, REFER_TO, []),
    (reported_clause, REFER_TO, []),
], ids=["refer-to-as", "refer-to-none", "refer-to-not-a-clause-either"])
def test_refer_as(rule, doc, expected):
    assert cue_claims(rule, doc) == expected
