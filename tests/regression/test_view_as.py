"""Views (hand-written rows): 'X sees / views / regards Y as Z' is X's claim, the object
and its "as" phrase the content (a that-clause inside the "as" phrase included: 'sees the
polls as proof that ...'), as PolNeAR annotates it; a group word ('rivals') holds a view as
an anonymous speaker.  Nothing for a sight ('saw the car in the lot': no "as" phrase)."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Senator Maya Ortiz sees the new polls as proof that the party has recovered "
                 "in the suburbs.",
                 [("the new polls as proof that the party has recovered in the suburbs",
                   "indirect", "Ortiz")], id="sees-as-proof-that"),
    pytest.param("Several rivals see the governor as a threat to their own plans for the "
                 "nomination.",
                 [("the governor as a threat to their own plans for the nomination", "indirect",
                   "rivals")], id="rivals-see-as"),
    pytest.param("Mayor Ana Lind saw the red car in the parking lot of the town hall on Monday.",
                 [], id="saw-object-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
