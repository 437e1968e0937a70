"""A poll phrase that opens the sentence frames it wherever the parser hung it (hand-built
Docs): 'In a poll released Sunday, most voters backed the plan.' with the phrase on the
subject noun (a fragment parse) is the poll's finding; the same phrase closing the sentence
on a noun ('Ruiz took 6 percent of the vote in a poll released Sunday.') gives nothing."""
from __future__ import annotations

import pytest
from hand_docs import context, cue_claims, parse

from pipeline.attribution.passes.clauses import according_to

FRONTED_ON_NOUN = parse('In a poll released Sunday, most voters backed the plan.', '''
    In        ADP   IN   prep   7
    a         DET   DT   det    2
    poll      NOUN  NN   pobj   0
    released  VERB  VBN  acl    2   release
    Sunday    PROPN NNP  npadvmod 3
    ,         PUNCT ,    punct  7
    most      ADJ   JJS  amod   7
    voters    NOUN  NNS  ROOT   7   voter
    backed    VERB  VBD  acl    7   back
    the       DET   DT   det    10
    plan      NOUN  NN   dobj   8
    .         PUNCT .    punct  7
''')

CLOSING_ON_NOUN = parse('Ruiz took 6 percent of the vote in a poll released Sunday.', '''
    Ruiz      PROPN NNP  nsubj  1
    took      VERB  VBD  ROOT   1   take
    6         NUM   CD   nummod 3
    percent   NOUN  NN   dobj   1
    of        ADP   IN   prep   3
    the       DET   DT   det    6
    vote      NOUN  NN   pobj   4
    in        ADP   IN   prep   6
    a         DET   DT   det    9
    poll      NOUN  NN   pobj   7
    released  VERB  VBN  acl    9   release
    Sunday    PROPN NNP  npadvmod 10
    .         PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])


@pytest.mark.parametrize("doc, cues, expected", [
    (FRONTED_ON_NOUN, ["In"], [("most voters backed the plan", "cue-clause:prepositional",
                                "poll")]),
    (CLOSING_ON_NOUN, [], []),
], ids=["fronted-on-noun", "closing-on-noun-none"])
def test_framing_poll(doc, cues, expected):
    assert [c.text for c in context(doc).cues.values()] == cues
    assert cue_claims(according_to, doc) == expected
