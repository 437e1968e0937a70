"""The issue named only as the topic of some talk (hand-written rows, issue #13): a claim that
names its issue only as what a debate, a question or a platform is about ('joined the transit
levy debate', 'questions about the transit levy', 'the transit levy would become the main
issue') takes no side; the same issue named as the thing itself keeps the rules' stance. Each
row is an attribution row (tests/regression_rows.py); STANCES says the stance and the deciding
rule of its claim under the small taxonomy below."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row, claim_issues, issue_params  # noqa: F401

TAXONOMY = '''
[[issue]]
id = "transit"
label = "Transit levy"
proposition = "The city should fund buses with a transit levy."
terms = ["transit levy", "bus lanes"]
'''

ROWS = [
    pytest.param("Council member Ana Reyes said she had joined the transit levy debate only "
                 "last month.",
                 [("she had joined the transit levy debate only last month", "indirect", "Reyes")],
                 id="topic-debate"),
    pytest.param("Mayor Tom Hale said reporters had pressed him with questions about the "
                 "transit levy all week.",
                 [("reporters had pressed him with questions about the transit levy all week",
                   "indirect", "Hale")], id="topic-questions-about"),
    pytest.param("Mayor Tom Hale said the tensions over the council's plans for a transit levy "
                 "had grown all spring.",
                 [("the tensions over the council's plans for a transit levy had grown all spring",
                   "indirect", "Hale")], id="topic-tensions-over-plans"),
    pytest.param("Mayor Tom Hale said the transit levy would become the main issue of the "
                 "autumn campaign.",
                 [("the transit levy would become the main issue of the autumn campaign",
                   "indirect", "Hale")], id="topic-copula-issue"),
    pytest.param("Council member Ana Reyes said the transit levy would pay for new buses on "
                 "every route.",
                 [("the transit levy would pay for new buses on every route", "indirect",
                   "Reyes")], id="topic-issue-itself"),
    pytest.param("The transit levy debate ran late into the night at city hall.", [],
                 id="topic-no-claim-none"),
]

# row id -> the stance of its claim and the start of its evidence (rows with a claim)
STANCES = {
    "topic-debate": ("neutral", "topic:debate>transit levy"),
    "topic-questions-about": ("neutral", "topic:questions>transit levy"),
    "topic-tensions-over-plans": ("neutral", "topic:tensions>transit levy"),
    "topic-copula-issue": ("neutral", "topic:issue>transit levy"),
    "topic-issue-itself": ("support", "default:support"),
}



@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,stance",
                         issue_params([r for r in ROWS if r.id in STANCES], STANCES))
def test_stances(nlp, taxonomy, text, expected, stance):
    found = {r.issue: r for r in claim_issues(nlp, taxonomy, text, expected[0][0])}
    assert found["transit"].stance == stance[0], found["transit"].evidence
    assert found["transit"].evidence.startswith(stance[1]), found["transit"].evidence
