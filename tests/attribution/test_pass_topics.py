"""Topics on hand-built Docs ([cues.topic], min_words = 6): 'Lee spoke about how the old
consulate had been looted' -> the about-object, Lee's; 'Lee spoke about the alliance'
names a topic only: nothing."""
from __future__ import annotations

import pytest
from hand_docs import cue_claims, parse

from pipeline.attribution.passes.clauses import reported_clause

SPOKE_HOW = parse('Lee spoke about how the old consulate had been looted.', '''
    Lee        PROPN NNP  nsubj      1
    spoke      VERB  VBD  ROOT       1   speak
    about      ADP   IN   prep       1
    how        SCONJ WRB  advmod     9
    the        DET   DT   det        6
    old        ADJ   JJ   amod       6
    consulate  NOUN  NN   nsubjpass  9
    had        AUX   VBD  aux        9   have
    been       AUX   VBN  auxpass    9   be
    looted     VERB  VBN  pcomp      2   loot
    .          PUNCT .    punct      1
''', ents=[("PERSON", 0, 1)])

SPOKE_TOPIC = parse('Lee spoke about the alliance.', '''
    Lee       PROPN NNP  nsubj  1
    spoke     VERB  VBD  ROOT   1   speak
    about     ADP   IN   prep   1
    the       DET   DT   det    4
    alliance  NOUN  NN   pobj   2
    .         PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])


@pytest.mark.parametrize("doc, expected", [
    (SPOKE_HOW, [("how the old consulate had been looted", "cue-clause:topic", "Lee")]),
    (SPOKE_TOPIC, []),
], ids=["spoke-about-clause", "spoke-about-bare-topic-none"])
def test_topics(doc, expected):
    assert cue_claims(reported_clause, doc) == expected
