"""Agreeing on a fact or to an event takes no side (hand-written rows, issue #13): the cue
"agreed" has no side of its own ("agree with" has), so the claim's content decides: a fact
about the issue as a topic of talk is neutral, an evaluation of it decides as usual. Each row
is an attribution row (tests/regression_rows.py); STANCES says the stance and evidence of its
claim, classified with the claim's own cue, under the small taxonomy below."""
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
    pytest.param("The mayor and the council agreed on one point: the soda tax will become a "
                 "bigger issue in the fall.",
                 [("the soda tax will become a bigger issue in the fall", "indirect", "mayor")],
                 id="agreed-on-a-fact"),
    pytest.param("Council members agreed that the soda tax was a fair way to pay for parks.",
                 [("the soda tax was a fair way to pay for parks", "indirect", "Council")],
                 id="agreed-that-praise"),
    pytest.param("The council agreed to the soda tax in a late vote on Monday.", [],
                 id="agreed-deed-none"),
]

# row id -> the stance and evidence of its claim (no claim: nothing to classify)
STANCES = {
    "agreed-on-a-fact": {"soda_tax": ("neutral", "topic:issue>soda tax")},
    "agreed-that-praise": {"soda_tax": ("support", "eval:fair>soda tax(pro)")},
    "agreed-deed-none": None,
}


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,stances", issue_params(ROWS, STANCES))
def test_stances(nlp, taxonomy, text, expected, stances):
    check_stances(nlp, taxonomy, text, expected, stances, own_cue=True)
