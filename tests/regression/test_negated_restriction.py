"""A negated aim whose negated verb acts against something (hand-written rows, issue #13):
"Planned Parenthood shouldn't be defunded" keeps the aim for it, as "should keep its funds"
would: the negator negates the restrictive word ("defund", "cut"), and not acting against a
thing is no objection to it, so the two cancel (advocacy ... +negation+restrict -> support).
A negated aim with no such word still opposes ("should not get more money"), and a restrictive
word in a clause below the negated verb holds no negator and cancels nothing ("should not let
Congress cut it"). Each row is an attribution row (tests/regression_rows.py); STANCES says the
stance and evidence of its claim under the small taxonomy below (its terms name no side, so
the signal rule leaves the decision to the aim)."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row, check_stances, issue_params  # noqa: F401

TAXONOMY = '''
[[issue]]
id = "clinic_funds"
label = "Clinic funding"
proposition = "Women's health clinics should keep their federal funds."
terms = ["health clinic|health clinics", "planned parenthood"]
'''

ROWS = [
    pytest.param("Senator Ana Reyes said Planned Parenthood should not be defunded.",
                 [("Planned Parenthood should not be defunded", "indirect", "Reyes")],
                 id="negated-defund-supports"),
    pytest.param("Senator Ana Reyes said Planned Parenthood must never be defunded.",
                 [("Planned Parenthood must never be defunded", "indirect", "Reyes")],
                 id="never-defund-supports"),
    pytest.param("Senator Ana Reyes said Planned Parenthood should not get more money.",
                 [("Planned Parenthood should not get more money", "indirect", "Reyes")],
                 id="negated-aim-still-opposes"),
    pytest.param("Senator Ana Reyes said the state should not let Congress cut Planned "
                 "Parenthood.",
                 [("the state should not let Congress cut Planned Parenthood", "indirect",
                   "Reyes")],
                 id="restriction-below-negated-verb-cancels-nothing"),
    pytest.param("Under the new budget, Planned Parenthood will not be defunded this year.", [],
                 id="negated-defund-no-claim-none"),
]

# row id -> the stance and evidence of its claim (no claim: nothing to classify)
STANCES = {
    "negated-defund-supports": {"clinic_funds": (
        "support", "advocacy:should+negation:not+restrict:defunded")},
    "never-defund-supports": {"clinic_funds": (
        "support", "advocacy:must+negation:never+restrict:defunded")},
    "negated-aim-still-opposes": {"clinic_funds": ("oppose", "advocacy:should+negation:not")},
    "restriction-below-negated-verb-cancels-nothing": {"clinic_funds": (
        "oppose", "advocacy:should+negation:not")},
    "negated-defund-no-claim-none": None,
}


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,stances", issue_params(ROWS, STANCES))
def test_stances(nlp, taxonomy, text, expected, stances):
    check_stances(nlp, taxonomy, text, expected, stances)
