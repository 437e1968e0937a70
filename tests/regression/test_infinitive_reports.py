"""Infinitival reports (hand-written rows): 'X called upon Y to + VP' is X's request, as
'called on' is; 'X promised / threatened to + VP should Y ...' keeps its inverted condition
(the speaker's, as PolNeAR annotates it), up to the condition's first comma.  Nothing for a
'should' clause that is not a condition of a report."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Mayor Ana Lind called upon the county board to pay for the repairs to the old "
                 "bridge.",
                 [("the county board to pay for the repairs to the old bridge", "indirect",
                   "Lind")], id="called-upon-to"),
    pytest.param("Senator Dale Price promised to cut the fuel tax should he win the governor's race.",
                 [("to cut the fuel tax should he win the governor's race", "indirect", "Price")],
                 id="promised-should-he-win"),
    pytest.param("One council member threatened to block the budget, should the mayor refuse to "
                 "release the audit, in a sharp letter to the board.",
                 [("to block the budget, should the mayor refuse to release the audit", "indirect",
                   "council member")], id="threatened-comma-should"),
    pytest.param("Should the river rise again this spring, the old bridge will close for good.",
                 [], id="fronted-should-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
