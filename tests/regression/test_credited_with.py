"""Credit given (hand-written rows): 'X credited Y with Z' and 'crediting <a claim-sized
thing>' are X's claims, as PolNeAR annotates them; the passive 'is credited with' has no
holder and finds nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Professor Ana Jacobs credited the chancellor with holding the union together "
                 "through the crisis.",
                 [("the chancellor with holding the union together through the crisis",
                   "indirect", "Jacobs")], id="credited-with"),
    pytest.param("Ibarra thanked his volunteers, crediting the new canvassing software that had "
                 "helped the campaign reach voters.",
                 [("the new canvassing software that had helped the campaign reach voters",
                   "indirect", "Ibarra")], id="crediting-thing"),
    pytest.param("The mayor is credited with cutting crime in the city by half.", [],
                 id="passive-credited-none"),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
