"""cue_then_quote on hand-built Docs: a quotation introduced after a comma or colon that is
the cue's reported clause and runs on past its closing mark ('Lee said, "We have ten
days" until the vote.') is left to the clause rule, which takes the whole clause as a
mixed claim; a quotation followed by a conjunction ('..." and left.') or one that is no
clause ('"No way" twice') stays a direct quote."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

SPILLS = parse('Lee said, "We have ten days" until the vote.', '''
    Lee    PROPN NNP  nsubj     1
    said   VERB  VBD  ROOT      1   say
    ,      PUNCT ,    punct     1
    "      PUNCT ``   punct     1
    We     PRON  PRP  nsubj     5
    have   VERB  VBP  ccomp     1
    ten    NUM   CD   nummod    7
    days   NOUN  NNS  dobj      5   day
    "      PUNCT ''   punct     5
    until  ADP   IN   prep      5
    the    DET   DT   det       11
    vote   NOUN  NN   pobj      9
    .      PUNCT .    punct     1
''', ents=[("PERSON", 0, 1)])

CONJOINED = parse('Lee said, "We will win" and left.', '''
    Lee    PROPN NNP  nsubj     1
    said   VERB  VBD  ROOT      1   say
    ,      PUNCT ,    punct     1
    "      PUNCT ``   punct     1
    We     PRON  PRP  nsubj     6
    will   AUX   MD   aux       6
    win    VERB  VB   ccomp     1
    "      PUNCT ''   punct     6
    and    CCONJ CC   cc        6
    left   VERB  VBD  conj      6   leave
    .      PUNCT .    punct     1
''', ents=[("PERSON", 0, 1)])

NO_CLAUSE = parse('Lee said, "No way" twice.', '''
    Lee    PROPN NNP  nsubj     1
    said   VERB  VBD  ROOT      1   say
    ,      PUNCT ,    punct     1
    "      PUNCT ``   punct     1
    No     DET   DT   det       5
    way    NOUN  NN   dep       1
    "      PUNCT ''   punct     5
    twice  ADV   RB   advmod    5
    .      PUNCT .    punct     1
''', ents=[("PERSON", 0, 1)])


@pytest.mark.parametrize("doc, expected", [
    (SPILLS, [('"We have ten days" until the vote', "cue-clause:say", "Lee")]),
    (CONJOINED, [("We will win", "cue-before-quote", "Lee")]),
    (NO_CLAUSE, [("No way", "cue-before-quote", "Lee")]),
], ids=["clause-runs-on-mixed", "conjunction-after-direct", "no-clause-direct"])
def test_quote_spills(doc, expected):
    assert claims(doc) == expected
