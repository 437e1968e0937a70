"""Relayed reports and words that look like negators (hand-written rows, issue #13): a cue that
only passes words on ("reported") takes no side unless its content holds another speaker's
reporting verb, whose words then decide (the principal, not the channel); "noted" and
"counted on" are no negations of what they govern. Each row is an attribution row
(tests/regression_rows.py); STANCES says the stance and evidence of its claim, classified with
the claim's own cue, under the small taxonomy below."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row, check_stances, issue_params  # noqa: F401

TAXONOMY = '''
[[issue]]
id = "carbon_tax"
label = "Carbon tax"
proposition = "The city should put a tax on carbon emissions."
terms = ["carbon tax"]
pro = ["carbon tax"]
'''

ROWS = [
    pytest.param("The Herald reported that the mayor said the carbon tax was badly needed.",
                 [("the mayor said the carbon tax was badly needed", "indirect", "Herald")],
                 id="relay-speech"),
    pytest.param("The Herald reported that the city council passed the carbon tax on Monday.",
                 [("the city council passed the carbon tax on Monday", "indirect", "Herald")],
                 id="relay-no-speech"),
    pytest.param("Ana Reyes said the mayor noted that the carbon tax was needed.",
                 [("the mayor noted that the carbon tax was needed", "indirect", "Reyes")],
                 id="relay-noted"),
    pytest.param("Ana Reyes said farmers counted on the carbon tax.",
                 [("farmers counted on the carbon tax", "indirect", "Reyes")],
                 id="relay-counted-on"),
    pytest.param("A note on the carbon tax was posted in the town hall.", [],
                 id="relay-no-claim-none"),
]

# row id -> the stance and evidence of its claim (no claim: nothing to classify)
STANCES = {
    "relay-speech": {"carbon_tax": ("support", "advocacy:needed")},
    "relay-no-speech": {"carbon_tax": ("neutral", "cue:report(neutral)")},
    "relay-noted": {"carbon_tax": ("support", "advocacy:needed")},
    "relay-counted-on": {"carbon_tax": ("support", "default:support")},
    "relay-no-claim-none": None,
}



@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,stances", issue_params(ROWS, STANCES))
def test_stances(nlp, taxonomy, text, expected, stances):
    check_stances(nlp, taxonomy, text, expected, stances, own_cue=True)
