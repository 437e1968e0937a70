"""Proper names that hold a signal term (hand-written rows, issue #13): 'the World Bank', 'the
Wall Street Journal' name other things than banks or Wall Street, so a claim about them takes
no issue; the term on its own ('the big banks', 'Wall Street') still signals it. Each row is an
attribution row (tests/regression_rows.py); ISSUES says what its claim addresses under the
small taxonomy below."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row, claim_issues, issue_params  # noqa: F401

TAXONOMY = '''
[[issue]]
id = "bank_rules"
label = "Stricter rules for banks"
proposition = "Wall Street and big banks should be regulated more strictly."
terms = ["Wall Street", "bank|banks"]
'''

ROWS = [
    pytest.param("Analyst Maria Lopez said the World Bank would lend more to poor countries next "
                 "year.",
                 [("the World Bank would lend more to poor countries next year", "indirect",
                   "Lopez")], id="name-world-bank-none"),
    pytest.param("Analyst Maria Lopez said the big banks would lend less to small firms next year.",
                 [("the big banks would lend less to small firms next year", "indirect", "Lopez")],
                 id="name-big-banks"),
    pytest.param("Analyst Maria Lopez said the Wall Street Journal had misread the lending "
                 "figures.",
                 [("the Wall Street Journal had misread the lending figures", "indirect",
                   "Lopez")], id="name-newspaper-none"),
    pytest.param("Analyst Maria Lopez said Wall Street had misread the lending figures.",
                 [("Wall Street had misread the lending figures", "indirect", "Lopez")],
                 id="name-wall-street"),
]

# row id -> the issues of its claim (empty: it must find none)
ISSUES = {
    "name-world-bank-none": [],
    "name-big-banks": ["bank_rules"],
    "name-newspaper-none": [],
    "name-wall-street": ["bank_rules"],
}



@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,issues", issue_params(ROWS, ISSUES))
def test_issues(nlp, taxonomy, text, expected, issues):
    found = [r.issue for r in claim_issues(nlp, taxonomy, text, expected[0][0])]
    assert found == issues
