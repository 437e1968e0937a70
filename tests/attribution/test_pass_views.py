"""Views on hand-built Docs ([cues.view], requires = "as"): 'Experts see the vote as a test'
-> 'the vote as a test'; without an "as" phrase nothing, even with a quotation after the
verb ('She saw the film "Jaws"')."""
from __future__ import annotations

import pytest
from hand_docs import cue_claims, parse

from pipeline.attribution.passes.clauses import characterisation, reported_clause

SEE_AS = parse('Experts see the vote as a test.', '''
    Experts  NOUN  NNS  nsubj  1   expert
    see      VERB  VBP  ROOT   1
    the      DET   DT   det    3
    vote     NOUN  NN   dobj   1
    as       ADP   IN   prep   1
    a        DET   DT   det    6
    test     NOUN  NN   pobj   4
    .        PUNCT .    punct  1
''')

SAW_FILM = parse('Experts saw the film "Jaws".', '''
    Experts  NOUN  NNS  nsubj  1   expert
    saw      VERB  VBD  ROOT   1   see
    the      DET   DT   det    3
    film     NOUN  NN   dobj   1
    "        PUNCT ``   punct  5
    Jaws     PROPN NNP  appos  3
    "        PUNCT ''   punct  5
    .        PUNCT .    punct  1
''')


@pytest.mark.parametrize("rule, doc, expected", [
    (characterisation, SEE_AS, [("the vote as a test", "cue-clause:view", "Experts")]),
    (characterisation, SAW_FILM, []),
    (reported_clause, SAW_FILM, []),
], ids=["see-as", "saw-quoted-title-none", "saw-not-a-clause-either"])
def test_views(rule, doc, expected):
    assert cue_claims(rule, doc) == expected
