"""A view held by a possessor, framing the sentence, on hand-built Docs: 'In her view, the
court has erred.' -> 'the court has erred', speaker 'her' ([prepositional] held_preps and
held_nouns, the possessor as speaker); not a noun of no view ('In her absence, ...'), nor a
phrase inside the sentence ('The court, in her view, has erred.')."""
from __future__ import annotations

import pytest
from hand_docs import cue_claims, parse

from pipeline.attribution.passes.clauses import according_to

IN_VIEW = parse('In her view, the court has erred.', '''
    In     ADP   IN   prep   7
    her    PRON  PRP$ poss   2
    view   NOUN  NN   pobj   0
    ,      PUNCT ,    punct  7
    the    DET   DT   det    5
    court  NOUN  NN   nsubj  7
    has    AUX   VBZ  aux    7
    erred  VERB  VBN  ROOT   7   err
    .      PUNCT .    punct  7
''')

BY_ADMISSION = parse("By Ruiz's own admission, the plan failed.", '''
    By         ADP   IN   prep   8
    Ruiz       PROPN NNP  poss   4
    's         PART  POS  case   1
    own        ADJ   JJ   amod   4
    admission  NOUN  NN   pobj   0
    ,          PUNCT ,    punct  8
    the        DET   DT   det    7
    plan       NOUN  NN   nsubj  8
    failed     VERB  VBD  ROOT   8   fail
    .          PUNCT .    punct  8
''', ents=[("PERSON", 1, 2)])

IN_ABSENCE = parse('In her absence, the court has erred.', '''
    In       ADP   IN   prep   7
    her      PRON  PRP$ poss   2
    absence  NOUN  NN   pobj   0
    ,        PUNCT ,    punct  7
    the      DET   DT   det    5
    court    NOUN  NN   nsubj  7
    has      AUX   VBZ  aux    7
    erred    VERB  VBN  ROOT   7   err
    .        PUNCT .    punct  7
''')

INSIDE = parse('The court, in her view, has erred.', '''
    The    DET   DT   det    1
    court  NOUN  NN   nsubj  8
    ,      PUNCT ,    punct  8
    in     ADP   IN   prep   8
    her    PRON  PRP$ poss   5
    view   NOUN  NN   pobj   3
    ,      PUNCT ,    punct  8
    has    AUX   VBZ  aux    8
    erred  VERB  VBN  ROOT   8   err
    .      PUNCT .    punct  8
''')


@pytest.mark.parametrize("doc, expected", [
    (IN_VIEW, [("the court has erred", "cue-clause:prepositional", "her")]),
    (BY_ADMISSION, [("the plan failed", "cue-clause:prepositional", "Ruiz")]),
    (IN_ABSENCE, []),
    (INSIDE, []),
], ids=["in-her-view", "by-own-admission", "no-view-noun", "inside-sentence"])
def test_held_view(doc, expected):
    assert cue_claims(according_to, doc) == expected
