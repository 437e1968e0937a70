"""A quotation inside a reported clause: 'said that "X" before Y' and 'said "zero" voters
would come' are one mixed claim (the whole clause, its marks kept), not a direct quotation
of the fragment (cue_then_quote.clause_goes_on, _clause_runs_on); 'posted "RIP Seoul" on Twitter'
is the quotation (what follows hangs on the cue).  'said that "A," and that B' (a second "that"
clause coordinated with the first or a second complement of the cue) is one mixed claim of
both clauses (cue_then_quote._second_that_clause); '..., and others agreed that B' is not."""
from __future__ import annotations

import pytest
from hand_docs import context, cue_claims, parse

from pipeline.attribution.passes.clauses import reported_clause
from pipeline.attribution.passes.cue_then_quote import clause_goes_on, cue_then_quote

RUNS_ON = parse('He said that "we need time" before the vote.', '''
    He      PRON  PRP  nsubj  1
    said    VERB  VBD  ROOT   1   say
    that    SCONJ IN   mark   5
    "       PUNCT ``   punct  5
    we      PRON  PRP  nsubj  5
    need    VERB  VBP  ccomp  1
    time    NOUN  NN   dobj   5
    "       PUNCT ''   punct  5
    before  ADP   IN   prep   5
    the     DET   DT   det    10
    vote    NOUN  NN   pobj   8
    .       PUNCT .    punct  1
''')

ENDS = parse('He said that "we need more time."', '''
    He      PRON  PRP  nsubj  1
    said    VERB  VBD  ROOT   1   say
    that    SCONJ IN   mark   5
    "       PUNCT ``   punct  5
    we      PRON  PRP  nsubj  5
    need    VERB  VBP  ccomp  1
    more    ADJ   JJR  amod   7
    time    NOUN  NN   dobj   5
    .       PUNCT .    punct  1
    "       PUNCT ''   punct  1
''')

BARE_RUNS_ON = parse('He said "zero" voters would come.', '''
    He      PRON  PRP  nsubj  1
    said    VERB  VBD  ROOT   1   say
    "       PUNCT ``   punct  3
    zero    NUM   CD   nummod 5
    "       PUNCT ''   punct  3
    voters  NOUN  NNS  nsubj  7   voter
    would   AUX   MD   aux    7
    come    VERB  VB   ccomp  1
    .       PUNCT .    punct  1
''')

BARE_OBJECT = parse('She posted "RIP Seoul" on Twitter.', '''
    She     PRON  PRP  nsubj  1
    posted  VERB  VBD  ROOT   1   post
    "       PUNCT ``   punct  4
    RIP     PROPN NNP  compound 4
    Seoul   PROPN NNP  dobj   1
    "       PUNCT ''   punct  4
    on      ADP   IN   prep   1
    Twitter PROPN NNP  pobj   6
    .       PUNCT .    punct  1
''')


SECOND_THAT = parse('He said that "we need time," and that the vote would wait.', '''
    He      PRON  PRP  nsubj  1
    said    VERB  VBD  ROOT   1   say
    that    SCONJ IN   mark   5
    "       PUNCT ``   punct  5
    we      PRON  PRP  nsubj  5
    need    VERB  VBP  ccomp  1
    time    NOUN  NN   dobj   5
    ,       PUNCT ,    punct  5
    "       PUNCT ''   punct  5
    and     CCONJ CC   cc     5
    that    SCONJ IN   mark   14
    the     DET   DT   det    12
    vote    NOUN  NN   nsubj  14
    would   AUX   MD   aux    14
    wait    VERB  VB   conj   5
    .       PUNCT .    punct  1
''')

SECOND_COMPLEMENT = parse('He told us that "we need time," and that the vote would wait.', '''
    He      PRON  PRP  nsubj  1
    told    VERB  VBD  ROOT   1   tell
    us      PRON  PRP  dobj   1   we
    that    SCONJ IN   mark   6
    "       PUNCT ``   punct  6
    we      PRON  PRP  nsubj  6
    need    VERB  VBP  ccomp  1
    time    NOUN  NN   dobj   6
    ,       PUNCT ,    punct  1
    "       PUNCT ''   punct  1
    and     CCONJ CC   cc     1
    that    SCONJ IN   mark   15
    the     DET   DT   det    13
    vote    NOUN  NN   nsubj  15
    would   AUX   MD   aux    15
    wait    VERB  VB   ccomp  1
    .       PUNCT .    punct  1
''')

OTHER_REPORT = parse('He said that "we need time," and aides agreed that it would wait.', '''
    He      PRON  PRP  nsubj  1
    said    VERB  VBD  ROOT   1   say
    that    SCONJ IN   mark   5
    "       PUNCT ``   punct  5
    we      PRON  PRP  nsubj  5
    need    VERB  VBP  ccomp  1
    time    NOUN  NN   dobj   5
    ,       PUNCT ,    punct  5
    "       PUNCT ''   punct  5
    and     CCONJ CC   cc     1
    aides   NOUN  NNS  nsubj  11  aide
    agreed  VERB  VBD  conj   1   agree
    that    SCONJ IN   mark   15
    it      PRON  PRP  nsubj  15
    would   AUX   MD   aux    15
    wait    VERB  VB   ccomp  11
    .       PUNCT .    punct  1
''')


@pytest.mark.parametrize("doc, goes_on", [(RUNS_ON, True), (ENDS, False)],
                         ids=["runs-on", "ends-sentence"])
def test_clause_goes_on(doc, goes_on):
    assert clause_goes_on(context(doc), 0) is goes_on


@pytest.mark.parametrize("rule, doc, expected", [
    (cue_then_quote, RUNS_ON, []),
    (reported_clause, RUNS_ON, [('"we need time" before the vote', "cue-clause:say", "He")]),
    (cue_then_quote, ENDS, [("we need more time.", "cue-before-quote", "He")]),
    (cue_then_quote, BARE_RUNS_ON, []),
    (reported_clause, BARE_RUNS_ON, [('"zero" voters would come', "cue-clause:say", "He")]),
    (cue_then_quote, BARE_OBJECT, [("RIP Seoul", "cue-before-quote", "She")]),
    (cue_then_quote, SECOND_THAT, []),
    (reported_clause, SECOND_THAT,
     [('"we need time," and that the vote would wait', "cue-clause:say", "He")]),
    (cue_then_quote, SECOND_COMPLEMENT, []),
    (reported_clause, SECOND_COMPLEMENT,
     [('"we need time," and that the vote would wait', "cue-clause:say", "He")]),
    (cue_then_quote, OTHER_REPORT, [("we need time,", "cue-before-quote", "He")]),
], ids=["fragment-not-direct", "whole-clause", "whole-quotation-direct", "bare-fragment-not-direct",
        "bare-whole-clause", "bare-quotation-object-direct", "second-that-not-direct",
        "second-that-whole", "second-complement-not-direct", "second-complement-whole",
        "other-report-direct"])
def test_quotation_inside_clause(rule, doc, expected):
    assert cue_claims(rule, doc) == expected
