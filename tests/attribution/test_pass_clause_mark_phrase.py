"""cues._clause_mark_phrase: 'called (Wednesday) for X to Y' with the preposition parsed as
the mark of the to-infinitive clause is the phrase cue 'call for', its content the clause
after the mark; and cues._phrase: a preposition before the verb ('For weeks, Lee called
...') makes no phrase cue."""
from __future__ import annotations

from hand_docs import claims, parse

MARK = parse('Ann Lee called Wednesday for the council to resign.', '''
    Ann        PROPN NNP  compound  1
    Lee        PROPN NNP  nsubj     2
    called     VERB  VBD  ROOT      2   call
    Wednesday  PROPN NNP  npadvmod  2
    for        SCONJ IN   mark      8
    the        DET   DT   det       6
    council    NOUN  NN   nsubj     8
    to         PART  TO   aux       8
    resign     VERB  VB   advcl     2
    .          PUNCT .    punct     2
''', ents=[("PERSON", 0, 2)])

FRONT_FOR = parse('For weeks, Ann Lee called the mayor.', '''
    For     ADP   IN   prep      5
    weeks   NOUN  NNS  pobj      0   week
    ,       PUNCT ,    punct     5
    Ann     PROPN NNP  compound  4
    Lee     PROPN NNP  nsubj     5
    called  VERB  VBD  ROOT      5   call
    the     DET   DT   det       7
    mayor   NOUN  NN   dobj      5
    .       PUNCT .    punct     5
''', ents=[("PERSON", 3, 5)])


def test_for_as_clause_mark_is_call_for():
    assert claims(MARK) == [("the council to resign", "cue-clause:urge", "Ann Lee")]


def test_preposition_before_the_verb_makes_no_phrase():
    assert claims(FRONT_FOR) == []
