"""A finding placed in a poll on hand-built Docs ([prepositional] source_preps/source_nouns):
'In a new poll, most voters back the plan.' -> 'most voters back the plan' (speaker: the
poll); 'Ruiz trails in the polls.' (polls at large) and 'Her lead in the poll shrank.' (the
preposition on a noun) give nothing."""
from __future__ import annotations

import pytest
from hand_docs import context, cue_claims, parse

from pipeline.attribution.passes.clauses import according_to

IN_A_POLL = parse('In a new poll, most voters back the plan.', '''
    In      ADP   IN   prep   7
    a       DET   DT   det    3
    new     ADJ   JJ   amod   3
    poll    NOUN  NN   pobj   0
    ,       PUNCT ,    punct  7
    most    ADJ   JJS  amod   6
    voters  NOUN  NNS  nsubj  7   voter
    back    VERB  VBP  ROOT   7
    the     DET   DT   det    9
    plan    NOUN  NN   dobj   7
    .       PUNCT .    punct  7
''')

IN_THE_POLLS = parse('Ruiz trails badly in the polls.', '''
    Ruiz    PROPN NNP  nsubj  1
    trails  VERB  VBZ  ROOT   1   trail
    badly   ADV   RB   advmod 1
    in      ADP   IN   prep   1
    the     DET   DT   det    5
    polls   NOUN  NNS  pobj   3   poll
    .       PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])

LEAD_IN_POLL = parse('Her lead in the poll shrank.', '''
    Her     PRON  PRP$ poss   1
    lead    NOUN  NN   nsubj  5
    in      ADP   IN   prep   1
    the     DET   DT   det    4
    poll    NOUN  NN   pobj   2
    shrank  VERB  VBD  ROOT   5   shrink
    .       PUNCT .    punct  5
''')


@pytest.mark.parametrize("doc, cues, expected", [
    (IN_A_POLL, ["In"], [("most voters back the plan", "cue-clause:prepositional", "poll")]),
    (IN_THE_POLLS, [], []),
    (LEAD_IN_POLL, [], []),
], ids=["in-a-poll", "in-the-polls-none", "lead-in-poll-none"])
def test_in_poll(doc, cues, expected):
    assert [c.text for c in context(doc).cues.values()] == cues
    assert cue_claims(according_to, doc) == expected
