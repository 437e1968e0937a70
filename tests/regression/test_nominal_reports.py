"""Nominal reports (hand-written rows): 'X's claim / promise / warning that CLAUSE' and 'X's
pledge to ...' are claims of X, the possessor; 'X made / repeated the argument that ...' of
the subject; a report noun nobody holds ('rejected the claim that ...') or a relative clause
('the claim that he made') is none."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Despite Mayor Ortiz's repeated claims that the budget is balanced, the auditors "
                 "found a large gap.",
                 [("the budget is balanced", "indirect", "Ortiz")], id="nominal-possessor-claims"),
    pytest.param("Senator Hale's promise to close every coal plant in the state by 2030 cost him "
                 "votes in the north.",
                 [("to close every coal plant in the state by 2030", "indirect", "Hale")],
                 id="nominal-promise-to"),
    pytest.param("Governor Ana Reyes made the argument that the state could not afford another "
                 "round of tax cuts.",
                 [("the state could not afford another round of tax cuts", "indirect", "Reyes")],
                 id="nominal-made-the-argument"),
    pytest.param("Economists have long studied the claim that a new stadium pays for itself within "
                 "a decade.", [], id="nominal-nobodys-claim-none"),
    pytest.param("Mayor Ortiz's claim that he made on the radio on Monday was quickly corrected by "
                 "his staff.", [], id="nominal-relative-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
