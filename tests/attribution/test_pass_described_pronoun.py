"""resolve.described_pronoun: a demonstrative or quantifier pronoun ([speakers] described)
with a modifier after it, the subject of a speech verb reporting a clause, is the speaker
as the whole phrase ('those surveyed said ...'); a bare pronoun ('those said ...') gives
nothing."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

# 'Those surveyed said the plan failed.'
PARTICIPLE = parse('Those surveyed said the plan failed.', '''
    Those     PRON  DT   nsubj   2   those
    surveyed  VERB  VBN  acl     0   survey
    said      VERB  VBD  ROOT    2   say
    the       DET   DT   det     4
    plan      NOUN  NN   nsubj   5
    failed    VERB  VBD  ccomp   2   fail
    .         PUNCT .    punct   2
''')

# 'Those close to the mayor said she would retire.'
ADJECTIVE = parse('Those close to the mayor said she would retire.', '''
    Those   PRON  DT   nsubj   5   those
    close   ADJ   JJ   amod    0
    to      ADP   IN   prep    1
    the     DET   DT   det     4
    mayor   NOUN  NN   pobj    2
    said    VERB  VBD  ROOT    5   say
    she     PRON  PRP  nsubj   8
    would   AUX   MD   aux     8
    retire  VERB  VB   ccomp   5
    .       PUNCT .    punct   5
''')

# a bare pronoun: nothing
BARE = parse('Those said the plan failed.', '''
    Those   PRON  DT   nsubj   1   those
    said    VERB  VBD  ROOT    1   say
    the     DET   DT   det     3
    plan    NOUN  NN   nsubj   4
    failed  VERB  VBD  ccomp   1   fail
    .       PUNCT .    punct   1
''')

# a described pronoun without a report: nothing
NO_REPORT = parse('Those who attended left early.', '''
    Those     PRON  DT   nsubj   3   those
    who       PRON  WP   nsubj   2
    attended  VERB  VBD  relcl   0   attend
    left      VERB  VBD  ROOT    3   leave
    early     ADV   RB   advmod  3
    .         PUNCT .    punct   3
''')


@pytest.mark.parametrize("doc, expected", [
    (PARTICIPLE, [("the plan failed", "cue-clause:say", "Those surveyed")]),
    (ADJECTIVE, [("she would retire", "cue-clause:say", "Those close to the mayor")]),
    (BARE, []),
    (NO_REPORT, []),
], ids=["participle", "adjective-phrase", "bare-none", "no-report-none"])
def test_described_pronoun(doc, expected):
    assert claims(doc) == expected
