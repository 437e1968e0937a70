"""'such' before a noun refers back (hand-written rows, issue #13): a claim that names no issue
but holds "such a ..." ("she would back such a bill", "such a tax would hurt renters") takes
the issue named just before, whatever the noun; "such as" (examples: "cities such as Leeds")
refers to nothing. Each row is an attribution row (tests/regression_rows.py); ISSUES says what
its claim addresses under the small taxonomy below."""
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
    pytest.param("The council debated a transit levy on Monday. Council member Ana Reyes said "
                 "she would back such a bill.",
                 [("she would back such a bill", "indirect", "Reyes")], id="such-a-bill"),
    pytest.param("The council debated a transit levy on Monday. Council member Ana Reyes said "
                 "such a tax would hurt renters.",
                 [("such a tax would hurt renters", "indirect", "Reyes")], id="such-a-tax"),
    pytest.param("The council debated a transit levy on Monday. Council member Ana Reyes said "
                 "cities such as Leeds already pay for their buses.",
                 [("cities such as Leeds already pay for their buses", "indirect", "Reyes")],
                 id="such-as-none"),
]

# row id -> the issues of its claim (empty: it must find none) and the evidence of each
ISSUES = {
    "such-a-bill": {"transit": "context:such>transit levy"},
    "such-a-tax": {"transit": "context:such>transit levy"},
    "such-as-none": {},
}



@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,issues", issue_params(ROWS, ISSUES))
def test_issues(nlp, taxonomy, text, expected, issues):
    check_issues(nlp, taxonomy, text, expected, issues)
