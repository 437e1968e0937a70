"""parenthetical_report on hand-built Docs: a reporting clause set off by commas inside the
sentence it reports ('The new rules, the minister said, would hurt farmers.')."""
from __future__ import annotations

import pytest
from hand_docs import claims, cue_claims, parse

from pipeline.attribution.passes.parenthetical import parenthetical_report

INSIDE = parse('The new rules, the minister said, would hurt farmers.', '''
    The       DET   DT   det        2
    new       ADJ   JJ   amod       2
    rules     NOUN  NNS  nsubj      9   rule
    ,         PUNCT ,    punct      6
    the       DET   DT   det        5
    minister  NOUN  NN   nsubj      6
    said      VERB  VBD  parataxis  9   say
    ,         PUNCT ,    punct      6
    would     AUX   MD   aux        9
    hurt      VERB  VB   ROOT       9
    farmers   NOUN  NNS  dobj       9   farmer
    .         PUNCT .    punct      9
''')

FRONTED = parse('In the end, she says, the vote was fair.', '''
    In     ADP   IN   prep       9
    the    DET   DT   det        2
    end    NOUN  NN   pobj       0
    ,      PUNCT ,    punct      5
    she    PRON  PRP  nsubj      5
    says   VERB  VBZ  parataxis  9   say
    ,      PUNCT ,    punct      5
    the    DET   DT   det        8
    vote   NOUN  NN   nsubj      9
    was    AUX   VBD  ROOT       9   be
    fair   ADJ   JJ   acomp      9
    .      PUNCT .    punct      9
''')

AFTER = parse('Talks failed, the minister said.', '''
    Talks     NOUN  NNS  nsubj      1   talk
    failed    VERB  VBD  ROOT       1   fail
    ,         PUNCT ,    punct      5
    the       DET   DT   det        4
    minister  NOUN  NN   nsubj      5
    said      VERB  VBD  parataxis  1   say
    .         PUNCT .    punct      1
''')

OPENS = parse('Police say, the driver fled.', '''
    Police  NOUN  NNS  nsubj      1   police
    say     VERB  VBP  parataxis  5
    ,       PUNCT ,    punct      1
    the     DET   DT   det        4
    driver  NOUN  NN   nsubj      5
    fled    VERB  VBD  ROOT       5   flee
    .       PUNCT .    punct      5
''')

HEADS = parse('The minister said talks would resume.', '''
    The       DET   DT   det       1
    minister  NOUN  NN   nsubj     2
    said      VERB  VBD  ROOT      2   say
    talks     NOUN  NNS  nsubj     5   talk
    would     AUX   MD   aux       5
    resume    VERB  VB   ccomp     2
    .         PUNCT .    punct     2
''')


@pytest.mark.parametrize("doc, expected", [
    (INSIDE, [("would hurt farmers", "parenthetical-cue", "minister")]),
    (FRONTED, [("the vote was fair", "parenthetical-cue", "she")]),
    (OPENS, [("the driver fled", "parenthetical-cue", "Police")]),
    (AFTER, []),                       # the aside ends the sentence: the clause rule's case
    (HEADS, []),                       # the cue heads its sentence
], ids=["inside", "after-fronted-phrase", "opens-sentence", "trailing-not-aside", "cue-is-root"])
def test_parenthetical_report(doc, expected):
    assert cue_claims(parenthetical_report, doc) == expected


def test_rule_book_takes_the_aside():
    """mid_frame, earlier in the rule book, takes the aside: the words before it are a claim
    too (PolNeAR marks both parts of a report split by its frame)."""
    assert [c[:2] for c in claims(INSIDE)] == [("The new rules", "mid-frame:say"),
                                              ("would hurt farmers", "mid-frame:say")]
