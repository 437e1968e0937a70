"""A negated word of certainty or decision is a hedge (hand-written rows, issue #13): "she is
not sure the clinics should lose their funds", "her plans for the clinics aren't set in stone",
"she has not decided whether to back the clinics" take no side (neutral,
hedge:<negator>+certain:<word>) where the negator would otherwise decide; a negator on
another word still opposes ("she will not back the clinics"), and "made clear" with the
negator in its own clause below is no negated certainty. Each row is an attribution row
(tests/regression_rows.py); STANCES says the stance and evidence of its claim under the
small taxonomy below."""
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
    pytest.param("Senator Ana Reyes said she is not sure Planned Parenthood should be defunded.",
                 [("she is not sure Planned Parenthood should be defunded", "indirect",
                   "Reyes")],
                 id="not-sure-hedges"),
    pytest.param("Senator Ana Reyes said her plans for Planned Parenthood aren't set in stone.",
                 [("her plans for Planned Parenthood aren't set in stone", "indirect", "Reyes")],
                 id="not-set-in-stone-hedges"),
    pytest.param("Senator Ana Reyes said she has not decided whether to back Planned "
                 "Parenthood.",
                 [("she has not decided whether to back Planned Parenthood", "indirect",
                   "Reyes")],
                 id="not-decided-hedges"),
    pytest.param("Senator Ana Reyes said she made clear that she will not back Planned "
                 "Parenthood.",
                 [("she made clear that she will not back Planned Parenthood", "indirect",
                   "Reyes")],
                 id="negator-below-certainty-still-opposes"),
    pytest.param("Nobody is sure yet whether Planned Parenthood will keep its funds this year.",
                 [], id="not-sure-no-claim-none"),
]

# row id -> the stance and evidence of its claim (no claim: nothing to classify)
STANCES = {
    "not-sure-hedges": {"clinic_funds": ("neutral", "hedge:not+certain:sure")},
    "not-set-in-stone-hedges": {"clinic_funds": ("neutral", "hedge:n't+certain:set in stone")},
    "not-decided-hedges": {"clinic_funds": ("neutral", "hedge:not+certain:decided")},
    "negator-below-certainty-still-opposes": {"clinic_funds": (
        "oppose", "advocacy:back+negation:not")},
    "not-sure-no-claim-none": None,
}


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,stances", issue_params(ROWS, STANCES))
def test_stances(nlp, taxonomy, text, expected, stances):
    check_stances(nlp, taxonomy, text, expected, stances)
