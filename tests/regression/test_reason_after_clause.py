"""A reason or comparison after the reported clause (hand-written rows): 'said X, because Y'
and 'said X, compared with Y' are one claim, wherever the parser hangs the second part; a
time clause after it is not."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Senator Hal Pruitt said the audit was a sham, because the agency had refused to hand "
                 "over its own records.",
                 [("the audit was a sham, because the agency had refused to hand over its own records",
                   "indirect", "Pruitt")], id="reason-because-after-clause"),
    pytest.param("The mayor said crime fell by a third last year, compared with a drop of 5 percent in "
                 "the rest of the state.",
                 [("crime fell by a third last year, compared with a drop of 5 percent in the rest of "
                   "the state", "indirect", "mayor")], id="reason-compared-after-clause"),
    pytest.param("Governor Ada Lind told reporters the bridge would reopen in May, after she toured the "
                 "site.",
                 [("the bridge would reopen in May", "indirect", "Lind")], id="reason-time-clause-stays-out"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
