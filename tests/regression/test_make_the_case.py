"""'made the case (to X) that CLAUSE' (hand-written rows): the clause is the subject's
claim wherever the parser hangs it; 'made a case for X' and a case in court say nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("On Monday the mayor privately made the case to a dozen union leaders that "
                 "the new contract would protect their pensions.",
                 [("the new contract would protect their pensions", "indirect", "mayor")],
                 id="case-to-listeners-that"),
    pytest.param("Senator Ruth Alvarez tried to make the case that the tunnel project is "
                 "already far over budget.",
                 [("the tunnel project is already far over budget", "indirect", "Alvarez")],
                 id="tried-to-make-case-that"),
    pytest.param("The coach made a strong case for a longer season at the league meeting.",
                 [], id="case-for-nothing"),
    pytest.param("The lawyers made the case in front of a packed courtroom on Tuesday.", [],
                 id="case-in-court-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
