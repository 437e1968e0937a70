"""Negators of several words (hand-written rows, issue #13): "no longer" negates the verb it
hangs on, as "not" does ("would no longer raise the carbon tax" opposes it); inside a clause of
its own it negates only that clause. Each row is an attribution row (tests/regression_rows.py);
STANCES says the stance and evidence of its claim under the small taxonomy below."""
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
    pytest.param("Mayor Tom Hale said the city would no longer raise the carbon tax.",
                 [("the city would no longer raise the carbon tax", "indirect", "Hale")],
                 id="no-longer-raise"),
    pytest.param("Ana Reyes said farmers who no longer grow corn backed the carbon tax.",
                 [("farmers who no longer grow corn backed the carbon tax", "indirect", "Reyes")],
                 id="no-longer-own-clause"),
    pytest.param("The carbon tax no longer appears on the city ballot.", [],
                 id="no-longer-no-claim-none"),
]

# row id -> the stance and evidence of its claim (no claim: nothing to classify)
STANCES = {
    "no-longer-raise": {"carbon_tax": ("oppose", "negation:no longer>carbon tax")},
    "no-longer-own-clause": {"carbon_tax": ("support", "advocacy:backed")},
    "no-longer-no-claim-none": None,
}



@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,stances", issue_params(ROWS, STANCES))
def test_stances(nlp, taxonomy, text, expected, stances):
    check_stances(nlp, taxonomy, text, expected, stances)
