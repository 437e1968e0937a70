"""Elided verb phrases refer back (hand-written rows, issue #13): a claim that is a subject and
an auxiliary alone ("she would", "she would not") stands for the verb phrase named before it
and takes the issue named just before; a claim with a verb of its own ("she would leave
early") takes nothing from the sentence before. Each row is an attribution row
(tests/regression_rows.py); ISSUES says what its claim addresses under the small taxonomy
below."""
from __future__ import annotations

import pytest
from regression_rows import X, check_issues, check_row, issue_params  # noqa: F401

TAXONOMY = '''
[[issue]]
id = "transit"
label = "Transit levy"
proposition = "The city should fund buses with a transit levy."
terms = ["transit levy"]
'''

ROWS = [
    pytest.param("The council may pass a transit levy this month. Council member "
                 "Ana Reyes said she would.",
                 [("she would", "indirect", "Reyes")], id="she-would"),
    pytest.param("The council may pass a transit levy this month. Council member "
                 "Ana Reyes said she would not.",
                 [("she would not", "indirect", "Reyes")], id="she-would-not"),
    pytest.param("The council may pass a transit levy this month. Council member "
                 "Ana Reyes said she would leave early.",
                 [("she would leave early", "indirect", "Reyes")], id="own-verb-none"),
]

# row id -> the issues of its claim (empty: it must find none) and the evidence of each
ISSUES = {
    "she-would": {"transit": "context:would>transit levy"},
    "she-would-not": {"transit": "context:would>transit levy"},
    "own-verb-none": {},
}



@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,issues", issue_params(ROWS, ISSUES))
def test_issues(nlp, taxonomy, text, expected, issues):
    check_issues(nlp, taxonomy, text, expected, issues)
