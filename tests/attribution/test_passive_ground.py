"""The ground of a passive judgement with an agent (hand-built Docs): 'Lee was criticized
by rivals for skipping the debate' is the rivals' claim 'for skipping the debate', as the
active 'Rivals criticized Lee for skipping the debate' is; without an agent ('was
criticized for ...') no one holds it: nothing."""
from __future__ import annotations

from hand_docs import claims, parse

WITH_AGENT = parse('Lee was criticized by rivals for skipping the debate.', '''
    Lee         PROPN NNP  nsubjpass  2
    was         AUX   VBD  auxpass    2   be
    criticized  VERB  VBN  ROOT       2   criticize
    by          ADP   IN   agent      2
    rivals      NOUN  NNS  pobj       3   rival
    for         ADP   IN   prep       2
    skipping    VERB  VBG  pcomp      5   skip
    the         DET   DT   det        8
    debate      NOUN  NN   dobj       6
    .           PUNCT .    punct      2
''', ents=[("PERSON", 0, 1)])

NO_AGENT = parse('Lee was criticized for skipping the debate.', '''
    Lee         PROPN NNP  nsubjpass  2
    was         AUX   VBD  auxpass    2   be
    criticized  VERB  VBN  ROOT       2   criticize
    for         ADP   IN   prep       2
    skipping    VERB  VBG  pcomp      3   skip
    the         DET   DT   det        6
    debate      NOUN  NN   dobj       4
    .           PUNCT .    punct      2
''', ents=[("PERSON", 0, 1)])


def test_agent_holds_the_ground():
    assert [(c, s) for c, _, s in claims(WITH_AGENT)] == [("for skipping the debate", "rivals")]


def test_no_agent_no_claim():
    assert claims(NO_AGENT) == []
