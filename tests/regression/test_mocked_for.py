"""Mockery as judgement (hand-written rows): 'X mocked / chided / scolded Y for Z' and 'X
mocked <a claim-sized thing>' are X's claims, as PolNeAR annotates them and as 'criticized Y
for Z' is; a quotation after a comma is still framed as a direct quote; mocking a person
with no ground finds nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Ruiz chided the governor for failing to fund the schools for three years in a "
                 "row.",
                 [("the governor for failing to fund the schools for three years in a row",
                   "indirect", "Ruiz")], id="chided-for"),
    pytest.param("Senator Ruiz mocked the qualifications of her main rival for the nomination on "
                 "Tuesday.",
                 [("the qualifications of her main rival for the nomination on Tuesday",
                   "indirect", "Ruiz")], id="mocked-thing"),
    pytest.param('Ibarra mocked, "Where is the plan?"',
                 [("Where is the plan?", "direct", "Ibarra")], id="mocked-quotation"),
    pytest.param("The crowd at the rally mocked the speaker.", [], id="mocked-person-none"),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
