"""Talk, appearance and putting a measure off (hand-written rows, issue #13): a claim that a
measure is put off ("defer", "delay", "postpone") takes the side against it; a sentence that
only reports talks about a measure or how it looks is no claim. Each row is an attribution row
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
    pytest.param("Ana Reyes said the city would defer the carbon tax until next year.",
                 [("the city would defer the carbon tax until next year", "indirect", "Reyes")],
                 id="defer"),
    pytest.param("The council will delay the carbon tax, Ana Reyes told reporters.",
                 [("The council will delay the carbon tax", "indirect", "Reyes")],
                 id="delay"),
    pytest.param("Ana Reyes said the carbon tax was delayed by a lawsuit.",
                 [("the carbon tax was delayed by a lawsuit", "indirect", "Reyes")],
                 id="delayed-passive"),
    pytest.param("The mayor discussed the carbon tax with farmers on Monday.", [],
                 id="discussed-none"),
    pytest.param("The carbon tax looks dead on arrival in the Senate.", [],
                 id="looks-none"),
]

# row id -> the stance and evidence of its claim (no claim: nothing to classify)
STANCES = {
    "defer": {"carbon_tax": ("oppose", "restrict:defer>carbon tax")},
    "delay": {"carbon_tax": ("oppose", "restrict:delay>carbon tax")},
    "delayed-passive": {"carbon_tax": ("oppose", "restrict:delayed>carbon tax")},
    "discussed-none": None,
    "looks-none": None,
}



@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,stances", issue_params(ROWS, STANCES))
def test_stances(nlp, taxonomy, text, expected, stances):
    check_stances(nlp, taxonomy, text, expected, stances, own_cue=True)
