"""A "with" figure right before "according to X" is what X vouches for (hand-built Docs):
'Sales rose, with 40 percent from abroad, according to the firm.' -> '40 percent from
abroad'; without a "with" phrase the clause is the claim, as before."""
# (with no number in the phrase the whole clause stays: tests/regression/test_according_with_figure.py)
from __future__ import annotations

import pytest
from hand_docs import cue_claims, parse

from pipeline.attribution.passes.clauses import according_to

WITH_FIGURE = parse('Sales rose, with 40 percent from abroad, according to the firm.', '''
    Sales      NOUN  NNS  nsubj   1   sale
    rose       VERB  VBD  ROOT    1   rise
    ,          PUNCT ,    punct   1
    with       ADP   IN   prep    1
    40         NUM   CD   nummod  5
    percent    NOUN  NN   pobj    3
    from       ADP   IN   prep    5
    abroad     ADV   RB   pcomp   6
    ,          PUNCT ,    punct   1
    according  VERB  VBG  prep    1   accord
    to         ADP   IN   prep    9
    the        DET   DT   det     12
    firm       NOUN  NN   pobj    10
    .          PUNCT .    punct   1
''')

NO_WITH = parse('Sales rose sharply last year, according to the firm.', '''
    Sales      NOUN  NNS  nsubj   1   sale
    rose       VERB  VBD  ROOT    1   rise
    sharply    ADV   RB   advmod  1
    last       ADJ   JJ   amod    4
    year       NOUN  NN   npadvmod 1
    ,          PUNCT ,    punct   1
    according  VERB  VBG  prep    1   accord
    to         ADP   IN   prep    6
    the        DET   DT   det     9
    firm       NOUN  NN   pobj    7
    .          PUNCT .    punct   1
''')


@pytest.mark.parametrize("doc, expected", [
    (WITH_FIGURE, [("40 percent from abroad", "cue-clause:prepositional", "firm")]),
    (NO_WITH, [("Sales rose sharply last year", "cue-clause:prepositional", "firm")]),
], ids=["with-figure", "no-with-clause"])
def test_according_with_figure(doc, expected):
    assert cue_claims(according_to, doc) == expected
