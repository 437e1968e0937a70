"""Attitude adjectives that are no attitude (hand-built Docs): 'make sure X' is a deed of
the subject ([content] adjective_action_heads) and 'is sure / certain to V' the writer's
forecast about the subject ([content] raising_adjectives); 'is sure that X' and 'is not
sure how to V' stay the subject's attitude."""
from __future__ import annotations

from hand_docs import claims, parse

MAKE_SURE = parse('Aides make sure the members get short breaks.', '''
    Aides    NOUN  NNS  nsubj  1   aide
    make     VERB  VBP  ROOT   1
    sure     ADJ   JJ   ccomp  1
    the      DET   DT   det    4
    members  NOUN  NNS  nsubj  5   member
    get      VERB  VBP  ccomp  2
    short    ADJ   JJ   amod   7
    breaks   NOUN  NNS  dobj   5   break
    .        PUNCT .    punct  1
''')

SURE_TO = parse('Lee is sure to anger the farmers who use the bridge.', '''
    Lee      PROPN NNP  nsubj  1
    is       AUX   VBZ  ROOT   1   be
    sure     ADJ   JJ   acomp  1
    to       PART  TO   aux    4
    anger    VERB  VB   xcomp  2
    the      DET   DT   det    6
    farmers  NOUN  NNS  dobj   4   farmer
    who      PRON  WP   nsubj  8
    use      VERB  VBP  relcl  6
    the      DET   DT   det    10
    bridge   NOUN  NN   dobj   8
    .        PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])

SURE_THAT = parse('Lee is sure that the members will get short breaks.', '''
    Lee      PROPN NNP  nsubj  1
    is       AUX   VBZ  ROOT   1   be
    sure     ADJ   JJ   acomp  1
    that     SCONJ IN   mark   7
    the      DET   DT   det    5
    members  NOUN  NNS  nsubj  7   member
    will     AUX   MD   aux    7
    get      VERB  VB   ccomp  2
    short    ADJ   JJ   amod   9
    breaks   NOUN  NNS  dobj   7   break
    .        PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])

SURE_HOW = parse('Lee is not sure how to stop the tower.', '''
    Lee      PROPN NNP  nsubj   1
    is       AUX   VBZ  ROOT    1   be
    not      PART  RB   neg     1
    sure     ADJ   JJ   acomp   1
    how      SCONJ WRB  advmod  6
    to       PART  TO   aux     6
    stop     VERB  VB   xcomp   3
    the      DET   DT   det     8
    tower    NOUN  NN   dobj    6
    .        PUNCT .    punct   1
''', ents=[("PERSON", 0, 1)])


def test_make_sure_is_a_deed():
    assert claims(MAKE_SURE) == []


def test_sure_to_is_a_forecast():
    assert claims(SURE_TO) == []


def test_sure_that_stays_an_attitude():
    assert [(c, s) for c, _, s in claims(SURE_THAT)] == [("the members will get short breaks", "Lee")]


def test_not_sure_how_stays_an_attitude():
    assert [(c, s) for c, _, s in claims(SURE_HOW)] == [("how to stop the tower", "Lee")]
