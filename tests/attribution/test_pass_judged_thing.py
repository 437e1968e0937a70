"""Judgements of a thing on hand-built Docs ([characterisation] ground_verbs): 'Hale
criticized the new draft of the party platform' -> the object (a claim-sized object that is
a thing needs no complement after a verb of judging); 'Hale accused the mayor of lying' ->
'the mayor of lying' (the of-phrase the parser hung on the object); nothing for 'Hale
criticized the platform' (two words: object_min_words) or 'Hale praised the team' (a
person or group judged, no ground given)."""
from __future__ import annotations

import pytest
from hand_docs import cue_claims, parse

from pipeline.attribution.passes.clauses import characterisation

CRITICIZED_PLATFORM = parse('Hale criticized the platform.', '''
    Hale        PROPN NNP  nsubj  1
    criticized  VERB  VBD  ROOT   1   criticize
    the         DET   DT   det    3
    platform    NOUN  NN   dobj   1
    .           PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])

CRITICIZED_DRAFT = parse('Hale criticized the new draft of the party platform.', '''
    Hale        PROPN NNP  nsubj  1
    criticized  VERB  VBD  ROOT   1   criticize
    the         DET   DT   det    4
    new         ADJ   JJ   amod   4
    draft       NOUN  NN   dobj   1
    of          ADP   IN   prep   4
    the         DET   DT   det    8
    party       NOUN  NN   compound 8
    platform    NOUN  NN   pobj   5
    .           PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])

ACCUSED_OF = parse('Hale accused the mayor of lying.', '''
    Hale     PROPN NNP  nsubj  1
    accused  VERB  VBD  ROOT   1   accuse
    the      DET   DT   det    3
    mayor    NOUN  NN   dobj   1
    of       ADP   IN   prep   3
    lying    VERB  VBG  pcomp  4   lie
    .        PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])

PRAISED_TEAM = parse('Hale praised the team.', '''
    Hale     PROPN NNP  nsubj  1
    praised  VERB  VBD  ROOT   1   praise
    the      DET   DT   det    3
    team     NOUN  NN   dobj   1
    .        PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])


@pytest.mark.parametrize("doc, expected", [
    (CRITICIZED_DRAFT, [("the new draft of the party platform", "cue-clause:characterize",
                         "Hale")]),
    (CRITICIZED_PLATFORM, []),
    (ACCUSED_OF, [("the mayor of lying", "cue-clause:characterize", "Hale")]),
    (PRAISED_TEAM, []),
], ids=["criticized-thing", "criticized-short-none", "accused-of-on-object",
        "praised-group-none"])
def test_judged_thing(doc, expected):
    assert cue_claims(characterisation, doc) == expected
