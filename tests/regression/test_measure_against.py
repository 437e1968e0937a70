"""A measure aimed against someone (hand-written rows, issue #13): in "the deportations
against undocumented immigrants" the preposition hangs on the measure itself (a signal of the
issue) and names whom it is aimed at; it is no objection and flips no side, so "stop the
deportations against X" opposes deportation. "Against" hung on a verb ("stood against the
deportations") or on a noun that is no signal ("the raids against X ... must end") still
flips. Each row is an attribution row (tests/regression_rows.py); STANCES says the stance and
evidence of its claim under the small taxonomy below."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row, check_stances, issue_params  # noqa: F401

TAXONOMY = '''
[[issue]]
id = "deportation"
label = "Deportation"
proposition = "Immigration law should be enforced strictly: deport people here illegally."
terms = ["deportation|deportations", "undocumented immigrant|immigrants"]
pro = ["deportations"]
con = ["undocumented immigrants"]
oppose = ["stop * deportations"]
'''

ROWS = [
    pytest.param("Governor Tom Hale said he would stop the deportations against undocumented "
                 "immigrants.",
                 [("he would stop the deportations against undocumented immigrants", "indirect",
                   "Hale")],
                 id="measure-against-stopped"),
    pytest.param("Senator Ana Reyes said the raids against undocumented immigrants must end.",
                 [("the raids against undocumented immigrants must end", "indirect", "Reyes")],
                 id="against-on-other-noun-still-flips"),
    pytest.param("Senator Ana Reyes said the deportations against undocumented immigrants must "
                 "go on.",
                 [("the deportations against undocumented immigrants must go on", "indirect",
                   "Reyes")],
                 id="measure-against-advocated"),
    pytest.param("Senator Ana Reyes said the council stood against the deportations.",
                 [("the council stood against the deportations", "indirect", "Reyes")],
                 id="against-on-verb-still-opposes"),
    pytest.param("The deportations against undocumented immigrants resumed on Monday.", [],
                 id="measure-against-no-claim-none"),
]

# row id -> the stance and evidence of its claim (no claim: nothing to classify)
STANCES = {
    "measure-against-stopped": {"deportation": ("oppose",
                                                "lexicon:stop the deportations(oppose)")},
    "against-on-other-noun-still-flips": {"deportation": (
        "oppose", "negation:against+restrict:end>undocumented immigrants(con)")},
    "measure-against-advocated": {"deportation": ("support", "advocacy:must")},
    "against-on-verb-still-opposes": {"deportation": ("oppose", "negation:against>deportations")},
    "measure-against-no-claim-none": None,
}


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,stances", issue_params(ROWS, STANCES))
def test_stances(nlp, taxonomy, text, expected, stances):
    check_stances(nlp, taxonomy, text, expected, stances)
