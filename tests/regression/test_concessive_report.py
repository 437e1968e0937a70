"""A closing 'though/although' clause holding a report of its own (hand-written rows): 'X said
A, although critics argued B' is two claims, as 'while others said' already was; A ends
before the concession.  A concessive adjective inside the content ('a modest, although
welcome, step') and a concession with no report stay in the content."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("The mayor said the new stadium would bring jobs, although critics argued that the "
                 "costs would fall on taxpayers.",
                 [("the new stadium would bring jobs", "indirect", "mayor"),
                  ("the costs would fall on taxpayers", "indirect", "critics")],
                 id="although-other-speaker-cut"),
    pytest.param("Most of the farmers surveyed said stricter water rules would protect the river, "
                 "though they blamed drought, not irrigation, for the low levels.",
                 [("stricter water rules would protect the river", "indirect", "farmers"),
                  ("drought, not irrigation, for the low levels", "indirect", "farmers")],
                 id="though-same-speaker-cut"),
    pytest.param("The senator said the bill was a modest, although welcome, step toward lower drug "
                 "prices.",
                 [("the bill was a modest, although welcome, step toward lower drug prices",
                   "indirect", "senator")], id="although-adjective-kept"),
    pytest.param("The river rose quickly overnight, although the dam held and the town stayed dry.",
                 [], id="although-no-report-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
