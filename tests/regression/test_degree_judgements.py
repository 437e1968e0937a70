"""Judgements of degree toward a side (hand-written rows, issue #13): a claim that calls what
a side does too little ('inadequate', 'not enough') wants more of it and supports; one that
calls it enough wants no more and opposes. A negated quality word keeps its reading ('not a
sensible plan' opposes). Each row is an attribution row (tests/regression_rows.py); STANCES
says the stance and evidence of its claim under the small taxonomy below."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row, check_stances, issue_params  # noqa: F401

TAXONOMY = '''
[[issue]]
id = "levees"
label = "Stronger flood defences"
proposition = "The city should build stronger levees along the river."
terms = ["levee|levees", "flood defence|defences"]
pro = ["levees", "flood defences"]
'''

ROWS = [
    pytest.param("Council member Ana Reyes said the new levees along the river were inadequate.",
                 [("the new levees along the river were inadequate", "indirect", "Reyes")],
                 id="degree-inadequate"),
    pytest.param("Engineer Mia Long said the old levees were not enough to hold back the spring "
                 "floods.",
                 [("the old levees were not enough to hold back the spring floods", "indirect",
                   "Long")], id="degree-not-enough"),
    pytest.param("Mayor Tom Hale said the city already had enough levees along the river.",
                 [("the city already had enough levees along the river", "indirect", "Hale")],
                 id="degree-enough"),
    pytest.param("Ana Reyes said the new levees were not a sensible plan.",
                 [("the new levees were not a sensible plan", "indirect", "Reyes")],
                 id="degree-quality-negated"),
    pytest.param("Heavy rain fell on the levees along the river all night.", [],
                 id="degree-no-claim-none"),
]

# row id -> the stance and evidence of its claim (no claim: nothing to classify)
STANCES = {
    "degree-inadequate": {"levees": ("support", "eval:inadequate>levees(pro)")},
    "degree-not-enough": {"levees": ("support", "eval:enough+negation:not>levees(pro)")},
    "degree-enough": {"levees": ("oppose", "eval:enough>levees(pro)")},
    "degree-quality-negated": {"levees": ("oppose", "negation:not>levees")},
    "degree-no-claim-none": None,
}



@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,stances", issue_params(ROWS, STANCES))
def test_stances(nlp, taxonomy, text, expected, stances):
    check_stances(nlp, taxonomy, text, expected, stances)
