"""An infinitive cue completing a verb whose subject is inside a reported clause ('X said
she wanted to predict that ...', 'X said the vote was a gesture intended to highlight ...')
stays part of that clause: one claim, not a report cut
short (resolve._controlled_inside; hand-written rows)."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Senator Maria Lopez said she would like the governor to explain his position on "
                 "the tax plan before the vote.",
                 [("she would like the governor to explain his position on the tax plan before the "
                   "vote", "indirect", "Lopez")], id="infinitive-explain-inside"),
    pytest.param("Judge Hana Ortiz said she did not want to think about the possibility that the "
                 "court would be closed.",
                 [("she did not want to think about the possibility that the court would be closed",
                   "indirect", "Ortiz")], id="infinitive-think-inside"),
    pytest.param("Senator Maria Lopez said the vote was a gesture intended to highlight the cost of "
                 "the program, adding that she would vote no.",
                 [("the vote was a gesture intended to highlight the cost of the program", "indirect",
                   "Lopez"), ("she would vote no", "indirect", "Lopez")],
                 id="complement-highlight-inside"),
    pytest.param("Mayor Tom Hale clarified that the minister misspoke and intended to say that the tax "
                 "would fall next year.",
                 [("the minister misspoke and intended to say that the tax would fall next year",
                   "indirect", "Hale")], id="complement-say-inside"),
    pytest.param("The twins tried to explain the rules of the game to their younger cousins.",
                 [], id="infinitive-no-report-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
