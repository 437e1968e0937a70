"""content._verb_content on hand-built Docs: a second "that" clause the parser coordinated
with the cue verb is part of the content ('said that A and that B'); a verb coordinated
with the cue without "that" is the speaker's next deed and stays out; a speech verb with no
subject that the parser coordinated with the reported verb is the speaker's next report
('said it was early but added that ...'): the content ends before it; a conditional clause
the parser hung on the cue right before the reported clause opens that clause ('said if
prices rose voters would leave')."""
from __future__ import annotations

import pytest
from hand_docs import cue_claims, parse

from pipeline.attribution.passes.clauses import reported_clause

def said_contents(doc) -> list[str]:
    """The contents that the reported-clause pass gives the cue 'say' in ``doc``."""
    return [c for c, evidence, _ in cue_claims(reported_clause, doc) if evidence == "cue-clause:say"]


SECOND_THAT = parse('She said that prices rose and that wages fell.', '''
    She     PRON  PRP  nsubj  1
    said    VERB  VBD  ROOT   1   say
    that    SCONJ IN   mark   4
    prices  NOUN  NNS  nsubj  4   price
    rose    VERB  VBD  ccomp  1   rise
    and     CCONJ CC   cc     1
    that    SCONJ IN   mark   8
    wages   NOUN  NNS  nsubj  8   wage
    fell    VERB  VBD  conj   1   fall
    .       PUNCT .    punct  1
''')

NEXT_DEED = parse('She said that prices rose and left the room.', '''
    She     PRON  PRP  nsubj  1
    said    VERB  VBD  ROOT   1   say
    that    SCONJ IN   mark   4
    prices  NOUN  NNS  nsubj  4   price
    rose    VERB  VBD  ccomp  1   rise
    and     CCONJ CC   cc     1
    left    VERB  VBD  conj   1   leave
    the     DET   DT   det    8
    room    NOUN  NN   dobj   6
    .       PUNCT .    punct  1
''')


@pytest.mark.parametrize("doc, expected", [
    (SECOND_THAT, "prices rose and that wages fell"),
    (NEXT_DEED, "prices rose"),
], ids=["second-that-clause-in", "coordinated-deed-out"])
def test_coordinated_with_cue(doc, expected):
    assert said_contents(doc) == [expected]


ADDED = parse('She said it was early but added that hopes were high.', '''
    She     PRON  PRP  nsubj  1
    said    VERB  VBD  ROOT   1   say
    it      PRON  PRP  nsubj  3
    was     AUX   VBD  ccomp  1   be
    early   ADJ   JJ   acomp  3
    but     CCONJ CC   cc     3
    added   VERB  VBD  conj   3   add
    that    SCONJ IN   mark   9
    hopes   NOUN  NNS  nsubj  9   hope
    were    AUX   VBD  ccomp  6   be
    high    ADJ   JJ   acomp  9
    .       PUNCT .    punct  1
''')

TWO_REPORTS = parse('She said the firm denied it and promised to pay.', '''
    She       PRON  PRP  nsubj  1
    said      VERB  VBD  ROOT   1   say
    the       DET   DT   det    3
    firm      NOUN  NN   nsubj  4
    denied    VERB  VBD  ccomp  1   deny
    it        PRON  PRP  dobj   4
    and       CCONJ CC   cc     4
    promised  VERB  VBD  conj   4   promise
    to        PART  TO   aux    9
    pay       VERB  VB   xcomp  7
    .         PUNCT .    punct  1
''')


@pytest.mark.parametrize("doc, expected", [
    (ADDED, "it was early"),
    (TWO_REPORTS, "the firm denied it and promised to pay"),
], ids=["report-conjunct-cut", "reported-cue-conjunct-kept"])
def test_report_conjunct(doc, expected):
    assert said_contents(doc) == [expected]


def test_report_conjunct_speaker():
    """The conjunct's speaker is the reporting speaker, not the reported clause's subject."""
    got = [(c, head) for c, evidence, head in cue_claims(reported_clause, ADDED)
           if evidence == "cue-clause:add"]
    assert got == [("hopes were high", "She")]


FRONTED_IF = parse('He said if prices rose voters would leave.', '''
    He      PRON  PRP  nsubj  1
    said    VERB  VBD  ROOT   1   say
    if      SCONJ IN   mark   4
    prices  NOUN  NNS  nsubj  4   price
    rose    VERB  VBD  advcl  1   rise
    voters  NOUN  NNS  nsubj  7   voter
    would   AUX   MD   aux    7
    leave   VERB  VB   ccomp  1
    .       PUNCT .    punct  1
''')

IF_BEFORE_THAT = parse('He said, if pressed, that voters would leave.', '''
    He      PRON  PRP  nsubj  1
    said    VERB  VBD  ROOT   1   say
    ,       PUNCT ,    punct  1
    if      SCONJ IN   mark   4
    pressed VERB  VBN  advcl  1   press
    ,       PUNCT ,    punct  1
    that    SCONJ IN   mark   9
    voters  NOUN  NNS  nsubj  9   voter
    would   AUX   MD   aux    9
    leave   VERB  VB   ccomp  1
    .       PUNCT .    punct  1
''')


@pytest.mark.parametrize("doc, expected", [
    (FRONTED_IF, "if prices rose voters would leave"),
    (IF_BEFORE_THAT, "voters would leave"),
], ids=["fronted-condition-in", "condition-before-that-out"])
def test_fronted_condition(doc, expected):
    assert said_contents(doc) == [expected]


ANONYMITY = parse('Aides said, speaking privately, talks had stalled.', '''
    Aides     NOUN  NNS  nsubj  1   aide
    said      VERB  VBD  ROOT   1   say
    ,         PUNCT ,    punct  1
    speaking  VERB  VBG  advcl  8   speak
    privately ADV   RB   advmod 3
    ,         PUNCT ,    punct  8
    talks     NOUN  NNS  nsubj  8   talk
    had       AUX   VBD  aux    8   have
    stalled   VERB  VBN  ccomp  1   stall
    .         PUNCT .    punct  1
''')

IF_ELECTED = parse('He said, if elected, he would act.', '''
    He       PRON  PRP  nsubj  1
    said     VERB  VBD  ROOT   1   say
    ,        PUNCT ,    punct  1
    if       SCONJ IN   mark   4
    elected  VERB  VBN  advcl  8   elect
    ,        PUNCT ,    punct  8
    he       PRON  PRP  nsubj  8
    would    AUX   MD   aux    8
    act      VERB  VB   ccomp  1
    .        PUNCT .    punct  1
''')


@pytest.mark.parametrize("doc, expected", [
    (ANONYMITY, "talks had stalled"),
    (IF_ELECTED, "if elected, he would act"),
], ids=["leading-participle-aside-out", "leading-condition-kept"])
def test_leading_aside(doc, expected):
    assert said_contents(doc) == [expected]
