"""'cast / frame X as Y' on hand-built Docs ([cues.characterize]): 'Cruz cast him as weak'
-> 'him as weak', Cruz's; 'Lee cast her vote' (no as-phrase) is none."""
from __future__ import annotations

import pytest
from hand_docs import cue_claims, parse

from pipeline.attribution.passes.clauses import characterisation

CAST_AS = parse('Cruz cast him as weak.', '''
    Cruz  PROPN NNP  nsubj  1
    cast  VERB  VBD  ROOT   1
    him   PRON  PRP  dobj   1   he
    as    ADP   IN   prep   1
    weak  ADJ   JJ   pobj   3
    .     PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])

CAST_VOTE = parse('Lee cast her vote.', '''
    Lee   PROPN NNP  nsubj  1
    cast  VERB  VBD  ROOT   1
    her   PRON  PRP$ poss   3
    vote  NOUN  NN   dobj   1
    .     PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])


@pytest.mark.parametrize("doc, expected", [
    (CAST_AS, [("him as weak", "cue-clause:characterize", "Cruz")]),
    (CAST_VOTE, []),
], ids=["cast-as", "cast-vote-none"])
def test_cast_as(doc, expected):
    assert cue_claims(characterisation, doc) == expected
