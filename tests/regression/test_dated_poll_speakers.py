"""A day or another time word owning or naming a poll says when it was taken, not whose it
is: the poll is the speaker ("In Tuesday's poll, ..." -> Tuesday's poll, not 'Tuesday'), and
a pollster named after the date stays the speaker (hand-written rows); a dated poll inside a
noun phrase frames nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("In Tuesday's poll, most renters said the council should cap rents.",
                 [("most renters said the council should cap rents", "indirect", "poll")],
                 id="day-owned-poll-fronted"),
    pytest.param("The challenger dropped to 41 percent in Thursday's poll.",
                 [("The challenger dropped to 41 percent", "indirect", "poll")],
                 id="day-owned-poll-closing"),
    pytest.param("A June poll found that most commuters wanted later trains.",
                 [("most commuters wanted later trains", "indirect", "poll")],
                 id="month-named-poll"),
    pytest.param("According to a September Marist poll, most parents favour a longer school day.",
                 [("most parents favour a longer school day", "indirect", "Marist")],
                 id="month-then-pollster"),
    pytest.param("Her lead in Tuesday's poll worried the campaign's donors.", [],
                 id="day-owned-poll-inside-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
