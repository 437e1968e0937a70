"""Accusations with a clause (hand-written rows): 'X charged that Y' is X's claim, also as
a conjoined verb; 'charged with', 'charged a fee' and a charging animal find nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Tom Redding, the head of the watchdog group, charged that the mayor hid "
                 "the audit from the council for two years.",
                 [("the mayor hid the audit from the council for two years", "indirect",
                   "Redding")],
                 id="charged-that"),
    pytest.param("The senator was charged with fraud and bribery by federal prosecutors "
                 "in April.", [],
                 id="charged-with-nothing"),
    pytest.param("The club charged its members a fee of forty dollars for the new season.",
                 [], id="charged-a-fee-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
