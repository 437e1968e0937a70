"""An elided verb phrase whose antecedent lies in the claim itself takes no issue from before
(hand-written rows, issue #13): in "people cannot ask to be heard and then say no, you can't"
the bare "can't" stands for the claim's own "ask to be heard", so the claim does not refer back
to the transit levy named in the sentence before (it did: context:ca>transit levy). A claim
that is a subject and an auxiliary alone still refers back ("she can't"), as does one whose
only other verbs govern the auxiliary ("she thinks the council should") or sit in its own
clause ("riders who need buses will"). Each row is an attribution row
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

BEFORE = "The council may pass a transit levy this month. Council member Ana Reyes said "

ROWS = [
    pytest.param(BEFORE + "people cannot ask to be heard and then say no, you can't.",
                 [("people cannot ask to be heard and then say no, you can't", "indirect",
                   "Reyes")], id="inner-antecedent-none"),
    pytest.param(BEFORE + "she can't.", [("she can't", "indirect", "Reyes")],
                 id="bare-cannot-refers-back"),
    pytest.param(BEFORE + "she thinks the council should.",
                 [("she thinks the council should", "indirect", "Reyes")],
                 id="governing-verb-refers-back"),
    pytest.param(BEFORE + "riders who need buses will.",
                 [("riders who need buses will", "indirect", "Reyes")],
                 id="verb-in-subject-refers-back"),
    pytest.param("The council met on Monday, and riders who need buses waited outside.", [],
                 id="no-claim-none"),
]

# row id -> the issues of its claim (empty: it must find none) and the evidence of each
ISSUES = {
    "inner-antecedent-none": {},
    "bare-cannot-refers-back": {"transit": "context:ca>transit levy"},
    "governing-verb-refers-back": {"transit": "context:should>transit levy"},
    "verb-in-subject-refers-back": {"transit": "context:will>transit levy"},
}
# the no-claim row has no claim to classify


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,issues", issue_params(ROWS[:-1], ISSUES))
def test_issues(nlp, taxonomy, text, expected, issues):
    check_issues(nlp, taxonomy, text, expected, issues)
