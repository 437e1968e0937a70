"""Demonstrative pronouns that refer back (hand-written rows, issue #13): a claim that names no
issue but holds "this" or "that" standing alone ("she would back that") takes the issue
named just before; the relative pronoun "that" ("rules that protect riders") refers to the noun
before it and takes nothing, nor does "this" after a sentence naming two issues (which one it
stands for is unknown); a demonstrative before any noun refers back ("this fight"), one naming
a time ("this week") does not. Each row is an attribution row (tests/regression_rows.py); ISSUES says
what its claim addresses under the small taxonomy below."""
from __future__ import annotations

import pytest
from regression_rows import X, check_issues, check_row, issue_params  # noqa: F401

TAXONOMY = '''
[[issue]]
id = "seawall"
label = "Harbour sea wall"
proposition = "The city should build a sea wall around the harbour."
terms = ["sea wall"]

[[issue]]
id = "transit"
label = "Transit levy"
proposition = "The city should fund buses with a transit levy."
terms = ["transit levy"]
'''

ROWS = [
    pytest.param("The council voted for a transit levy on Monday. Council member Ana Reyes said "
                 "she would back that.",
                 [("she would back that", "indirect", "Reyes")], id="demonstrative-that"),
    pytest.param("The council voted for a transit levy on Monday. Council member Ana Reyes said "
                 "the city needs rules that protect riders.",
                 [("the city needs rules that protect riders", "indirect", "Reyes")],
                 id="relative-that-none"),
    pytest.param("The council voted for a transit levy and a new sea wall on Monday. Council "
                 "member Ana Reyes said this would cost far too much.",
                 [("this would cost far too much", "indirect", "Reyes")],
                 id="demonstrative-two-issues-none"),
    pytest.param("The council voted for a transit levy on Monday. Council member Ana Reyes said "
                 "this fight is far from over.",
                 [("this fight is far from over", "indirect", "Reyes")],
                 id="demonstrative-any-noun"),
    pytest.param("The council voted for a transit levy on Monday. Council member Ana Reyes said "
                 "this week was the busiest of the year.",
                 [("this week was the busiest of the year", "indirect", "Reyes")],
                 id="demonstrative-date-none"),
]

# row id -> the issues of its claim (empty: it must find none) and the evidence of each
ISSUES = {
    "demonstrative-that": {"transit": "context:that>transit levy"},
    "relative-that-none": {},
    "demonstrative-two-issues-none": {},
    "demonstrative-any-noun": {"transit": "context:this>transit levy"},
    "demonstrative-date-none": {},
}



@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,issues", issue_params(ROWS, ISSUES))
def test_issues(nlp, taxonomy, text, expected, issues):
    check_issues(nlp, taxonomy, text, expected, issues)
