"""A report opened by 'as' and set off before the clause it frames (hand-written rows): 'As
the minister put it, ...', 'As Lee told reporters, ...', 'as the mayor later explained';
not 'As Lee spoke, ...' nor 'put it' after another mark ('When the mayor put it on the
agenda, ...')."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("As the minister put it in a statement, the plan to close the plant is dead.",
                 [("the plan to close the plant is dead", "indirect", "minister")],
                 id="as-put-it"),
    pytest.param("As Lee told reporters on Monday, the tax relief is given in exchange for new "
                 "jobs.", [("the tax relief is given in exchange for new jobs", "indirect",
                            "Lee")], id="as-told-reporters"),
    pytest.param("As Lee spoke, protesters outside the hall chanted for more than an hour.", [],
                 id="as-spoke-nothing"),
    pytest.param("When the mayor put it on the agenda, the council approved the plan quickly.",
                 [], id="when-put-it-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
