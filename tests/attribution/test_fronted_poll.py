"""A sentence opened by polls of any number, on hand-built Docs: 'In exit polls, voters
backed the plan.' -> 'voters backed the plan' (speaker: the polls); a bare plural ('In
polls, voters backed the plan.') frames nothing."""
from __future__ import annotations

import pytest
from hand_docs import cue_claims, parse

from pipeline.attribution.passes.clauses import according_to

EXIT_POLLS = parse('In exit polls, voters backed the plan.', '''
    In      ADP   IN   prep      5
    exit    NOUN  NN   compound  2
    polls   NOUN  NNS  pobj      0   poll
    ,       PUNCT ,    punct     5
    voters  NOUN  NNS  nsubj     5   voter
    backed  VERB  VBD  ROOT      5   back
    the     DET   DT   det       7
    plan    NOUN  NN   dobj      5
    .       PUNCT .    punct     5
''')

BARE_POLLS = parse('In polls, voters backed the plan.', '''
    In      ADP   IN   prep      4
    polls   NOUN  NNS  pobj      0   poll
    ,       PUNCT ,    punct     4
    voters  NOUN  NNS  nsubj     4   voter
    backed  VERB  VBD  ROOT      4   back
    the     DET   DT   det       6
    plan    NOUN  NN   dobj      4
    .       PUNCT .    punct     4
''')


@pytest.mark.parametrize("doc, expected", [
    (EXIT_POLLS, [("voters backed the plan", "cue-clause:prepositional", "polls")]),
    (BARE_POLLS, []),
], ids=["fronted-exit-polls", "bare-plural-none"])
def test_fronted_poll(doc, expected):
    assert cue_claims(according_to, doc) == expected
