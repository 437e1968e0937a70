"""A name in apposition to a subject that names nobody (hand-written rows): 'One of the
authors of the report, Ari Baker, said X' is Baker's claim.  A number subject with no
name, and an apposition that only describes, keep their mention."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("One of the authors of that 2014 report, Ari Baker, said the nomination "
                 "will test the validity of their conclusions.",
                 [("the nomination will test the validity of their conclusions", "indirect",
                   "Baker")],
                 id="number-then-apposed-name"),
    pytest.param("Harold Finch, the president of Common Cause, said that the donors should "
                 "not get special access to the new administration.",
                 [("the donors should not get special access to the new administration",
                   "indirect", "Finch")],
                 id="name-then-apposed-role"),
    pytest.param("One of the authors of that 2014 report left the party in the spring.", [],
                 id="number-subject-no-report-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
