"""A people anaphor gives the issue, a later anaphor names the measure (hand-written rows,
issue #13): "Grocers said they fear the council will pass the measure" takes the issue named
before through "they", and "the measure" is its mention, governed by "fear": oppose. "they"
alone is no mention of the issue. Each row is an attribution row (tests/regression_rows.py);
STANCES says the stance and evidence of its claim, classified with the claim's own cue, under
the small taxonomy below."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row, check_stances, issue_params  # noqa: F401

TAXONOMY = '''
[[issue]]
id = "soda_tax"
label = "A tax on sugary drinks"
proposition = "The city should tax sugary drinks."
terms = ["soda tax", "sugar tax", "sugary drinks"]
pro = ["soda tax"]
con = ["beverage lobby"]
'''

ROWS = [
    pytest.param("The council is weighing a soda tax. Grocers said they fear the council will "
                 "pass the measure before the summer.",
                 [("they fear the council will pass the measure before the summer", "indirect",
                   "Grocers")], id="fear-the-measure"),
    pytest.param("The council is weighing a soda tax. Grocers said they think the measure is "
                 "a terrible idea.",
                 [("they think the measure is a terrible idea", "indirect", "Grocers")],
                 id="judge-the-measure"),
    pytest.param("The council is weighing a soda tax. Grocers said they were not consulted.",
                 [("they were not consulted", "indirect", "Grocers")], id="they-alone"),
    pytest.param("The soda tax passed on Monday. The grocers were furious about it.", [],
                 id="no-cue-none"),
]

# row id -> the stance and evidence of its claim (no claim: nothing to classify)
STANCES = {
    "fear-the-measure": {"soda_tax": ("oppose", "negation:fear>the measure")},
    "judge-the-measure": {"soda_tax": ("oppose", "eval:terrible>the measure(pro)")},
    "they-alone": {"soda_tax": ("neutral", "process:consulted")},
    "no-cue-none": None,
}


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,stances", issue_params(ROWS, STANCES))
def test_stances(nlp, taxonomy, text, expected, stances):
    check_stances(nlp, taxonomy, text, expected, stances, own_cue=True)
