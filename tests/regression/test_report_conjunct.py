"""'X said A but added B' with 'added' parsed as a conjunct of A's verb (hand-written rows): a
speech verb with no subject and a report of its own, coordinated with the reported clause,
is the speaker's next report: A ends before the conjunction and B is the same speaker's.
A reported verb that is itself a report ('the firm had denied ... and promised ...') keeps
its conjunct."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param('Aung Lwin, 64, said it was too early to name a winner but added, "I think you all '
                 'know how this ends."',
                 [("it was too early to name a winner", "indirect", "Lwin"),
                  ("I think you all know how this ends.", "direct", "Lwin")],
                 id="added-quote-after-clause"),
    pytest.param("The coach said the team played hard but admitted that the defence was far too slow "
                 "all night.",
                 [("the team played hard", "indirect", "coach"),
                  ("the defence was far too slow all night", "indirect", "coach")],
                 id="admitted-that-after-clause"),
    pytest.param("The team played hard but the defence was far too slow all night, and the crowd "
                 "left early.",
                 [], id="no-report-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
