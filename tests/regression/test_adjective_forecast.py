"""Attitude adjectives (hand-written rows): 'is sure / confident that X' is the holder's
claim; 'make sure X' is a deed and 'is sure / certain to V' the writer's forecast about the
subject: nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("The mayor's aides make sure the council members get short breaks during "
                 "the long budget meetings.", [], id="make-sure-none"),
    pytest.param("Mayor Ana Lee made certain that the council members received the budget "
                 "plan on time.", [], id="made-certain-none"),
    pytest.param("The council is certain to approve the new budget plan at its meeting next "
                 "month.", [], id="certain-to-none"),
    pytest.param("Mayor Ana Lee is sure to face hard questions about the parking fees at the "
                 "next town hall.", [], id="sure-to-none"),
    pytest.param("Mayor Ana Lee is sure that the council will approve the new budget plan "
                 "next month.",
                 [("the council will approve the new budget plan next month", "indirect",
                   "Lee")], id="sure-that-claim"),
    pytest.param("Mayor Ana Lee is confident the new parking fees will cover the budget gap.",
                 [("the new parking fees will cover the budget gap", "indirect", "Lee")],
                 id="confident-claim"),
    pytest.param("Mayor Ana Lee is determined to push the new budget plan through the council "
                 "this year.",
                 [("to push the new budget plan through the council this year", "indirect",
                   "Lee")], id="determined-to-claim"),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
