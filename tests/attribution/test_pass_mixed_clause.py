"""A quotation inside a reported clause: 'said that "X" before Y' is one mixed claim (the
whole clause), not a direct quotation of the fragment (cue_then_quote.clause_goes_on)."""
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


@pytest.mark.parametrize("doc, goes_on", [(RUNS_ON, True), (ENDS, False)],
                         ids=["runs-on", "ends-sentence"])
def test_clause_goes_on(doc, goes_on):
    assert clause_goes_on(context(doc), 0) is goes_on


@pytest.mark.parametrize("rule, doc, expected", [
    (cue_then_quote, RUNS_ON, []),
    (reported_clause, RUNS_ON, [('"we need time" before the vote', "cue-clause:say", "He")]),
    (cue_then_quote, ENDS, [("we need more time.", "cue-before-quote", "He")]),
], ids=["fragment-not-direct", "whole-clause", "whole-quotation-direct"])
def test_quotation_inside_clause(rule, doc, expected):
    assert cue_claims(rule, doc) == expected
