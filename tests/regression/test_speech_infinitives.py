"""Speech verbs as to-infinitives (hand-written rows): 'X was quick to add that Y', 'X were
more likely to say Y', 'X went on to say Y' are X's claims; an infinitive of purpose after
an object ('sent an aide to explain') and an adjective with a deed ('eager to win') find
nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Governor Ann Pryce was quick to add that the new budget does not include "
                 "any cuts to the schools.",
                 [("the new budget does not include any cuts to the schools", "indirect",
                   "Pryce")],
                 id="quick-to-add"),
    pytest.param("Younger voters in the county were more likely to say the mayor still has a "
                 "real chance to win the race.",
                 [("the mayor still has a real chance to win the race", "indirect", "voters")],
                 id="more-likely-to-say"),
    pytest.param("Senator Ann Pryce went on to say she is confident that the two parties "
                 "will reach a deal this year.",
                 [("she is confident that the two parties will reach a deal this year",
                   "indirect", "Pryce")],
                 id="went-on-to-say"),
    pytest.param("The mayor was eager to win the vote before the summer break began.", [],
                 id="eager-to-win-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
