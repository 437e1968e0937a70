"""Definite noun phrases that refer back (hand-written rows, issue #13): a claim that names no
issue but holds a definite noun phrase whose noun heads a compound term named just before ('the
wall' after 'a new sea wall') takes that issue; an indefinite phrase ('a wall'), another
compound ('the garden wall') or a noun no compound term of the context ends in gives none.
Each row is an attribution row (tests/regression_rows.py); ISSUES says what its claim addresses
under the small taxonomy below."""
from __future__ import annotations

import pytest
from regression_rows import X, check_issues, check_row, issue_params  # noqa: F401

TAXONOMY = '''
[[issue]]
id = "seawall"
label = "Harbour sea wall"
proposition = "The city should build a sea wall around the harbour."
terms = ["sea wall", "flood barrier"]

[[issue]]
id = "transit"
label = "Transit levy"
proposition = "The city should fund buses with a transit levy."
terms = ["transit levy", "bus lanes"]
'''

ROWS = [
    pytest.param("Work began last spring on a new sea wall for the harbour. Council member Ana Reyes "
                 "said the wall would cost far more than the city had planned.",
                 [("the wall would cost far more than the city had planned", "indirect", "Reyes")],
                 id="bridge-the-wall"),
    pytest.param("The mayor backed a transit levy in March. Council member Tom Hale said this levy "
                 "would fall hardest on commuters from the suburbs.",
                 [("this levy would fall hardest on commuters from the suburbs", "indirect", "Hale")],
                 id="bridge-this-levy"),
    pytest.param("Work began last spring on a new sea wall for the harbour. Council member Ana Reyes "
                 "said a wall around the school yard would keep the children safe.",
                 [("a wall around the school yard would keep the children safe", "indirect",
                   "Reyes")], id="bridge-indefinite-none"),
    pytest.param("Work began last spring on a new sea wall for the harbour. Ana Reyes said the garden "
                 "wall of her house had collapsed in the storm.",
                 [("the garden wall of her house had collapsed in the storm", "indirect", "Reyes")],
                 id="bridge-other-compound-none"),
    pytest.param("The city opened new bus lanes last year. Ana Reyes said the wall of the old depot "
                 "had collapsed in the storm.",
                 [("the wall of the old depot had collapsed in the storm", "indirect", "Reyes")],
                 id="bridge-no-antecedent-none"),
]

# row id -> the issues of its claim (empty: it must find none) and the evidence of each
ISSUES = {
    "bridge-the-wall": {"seawall": "context:the wall>sea wall"},
    "bridge-this-levy": {"transit": "context:this levy>transit levy"},
    "bridge-indefinite-none": {},
    "bridge-other-compound-none": {},
    "bridge-no-antecedent-none": {},
}



@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,issues", issue_params(ROWS, ISSUES))
def test_issues(nlp, taxonomy, text, expected, issues):
    check_issues(nlp, taxonomy, text, expected, issues)
