"""A poll phrase that opens the sentence frames it wherever the parser hung it (hand-built
Docs): 'In a poll released Sunday, most voters backed the plan.' with the phrase on the
subject noun (a fragment parse) is the poll's finding; so is one poll named by a phrase
closing the sentence, hung on the main verb's object ('Ruiz took 6 percent of the vote in a
poll released Sunday.', cues._closing); polls at large ('in private polling') and a poll in a
comparison ('..., compared with 52 percent in a May survey.') give nothing."""
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


POLLING_AT_LARGE = parse('There was no sign of a shift in private polling.', '''
    There     PRON  EX   expl   1   there
    was       AUX   VBD  ROOT   1   be
    no        DET   DT   det    3
    sign      NOUN  NN   attr   1
    of        ADP   IN   prep   3
    a         DET   DT   det    6
    shift     NOUN  NN   pobj   4
    in        ADP   IN   prep   6
    private   ADJ   JJ   amod   9
    polling   NOUN  NN   pobj   7
    .         PUNCT .    punct  1
''')

IN_COMPARISON = parse('Lee got 40 percent, compared with 52 percent in a May survey.', '''
    Lee       PROPN NNP  nsubj  1
    got       VERB  VBD  ROOT   1   get
    40        NUM   CD   nummod 3
    percent   NOUN  NN   dobj   1
    ,         PUNCT ,    punct  1
    compared  VERB  VBN  prep   1   compare
    with      ADP   IN   prep   5
    52        NUM   CD   nummod 8
    percent   NOUN  NN   pobj   6
    in        ADP   IN   prep   8
    a         DET   DT   det    12
    May       PROPN NNP  compound 12
    survey    NOUN  NN   pobj   9
    .         PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])


@pytest.mark.parametrize("doc, cues, expected", [
    (FRONTED_ON_NOUN, ["In"], [("most voters backed the plan", "cue-clause:prepositional",
                                "poll")]),
    (CLOSING_ON_NOUN, ["in"], [("Ruiz took 6 percent of the vote", "cue-clause:prepositional",
                                "poll")]),
    (POLLING_AT_LARGE, [], []),
    (IN_COMPARISON, [], []),
], ids=["fronted-on-noun", "closing-on-object", "polling-at-large-none", "in-comparison-none"])
def test_framing_poll(doc, cues, expected):
    assert [c.text for c in context(doc).cues.values()] == cues
    assert cue_claims(according_to, doc) == expected
