"""'According to X, CLAUSE.' followed by a sentence that opens with a phrase and a comma
(hand-written rows): the clause after X is X's claim, not the rest of the next sentence."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("According to Tribune contributor and housing historian Ann Marsh, U.S. and "
                 "European rents have moved in opposite directions six times since 1950. Each "
                 "time, prices in the capital have followed.",
                 [("U.S. and European rents have moved in opposite directions six times since "
                   "1950", "indirect", "Marsh")],
                 id="according-comma-next-sentence"),
    pytest.param("The council met on Monday. Each time, the vote was delayed by a day.", [],
                 id="according-none-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
