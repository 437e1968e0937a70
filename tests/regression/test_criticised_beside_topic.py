"""Criticising the con side beside a topic word (hand-written rows, issue #13): an oppose cue
whose content names the con side of the issue and, beside it, only words of the issue that
take no side ("banking") criticises the other side, which supports the proposition. Each row
is an attribution row (tests/regression_rows.py); STANCES says the stance and evidence of its
claim, classified with the claim's own cue, under the small taxonomy below."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row, check_stances, issue_params  # noqa: F401

TAXONOMY = '''
[[issue]]
id = "street_rules"
label = "Stricter rules for Wall Street"
proposition = "Wall Street should be regulated more strictly (higher capital rules)."
terms = ["Wall Street", "capital rules", "banking"]
pro = ["capital rules"]
con = ["Wall Street"]
'''

ROWS = [
    pytest.param("Senator Ana Reyes criticized Wall Street and the banking lobby on Monday.",
                 [("Wall Street and the banking lobby on Monday", "indirect", "Reyes")],
                 id="criticized-con-and-topic"),
    pytest.param("Senator Ana Reyes criticized the capital rules and the banking lobby on Monday.",
                 [("the capital rules and the banking lobby on Monday", "indirect", "Reyes")],
                 id="criticized-pro-and-topic"),
    pytest.param("The banking lobby met Wall Street lawyers on Monday.", [],
                 id="no-cue-none"),
    pytest.param("Wall Street and the banking lobby were criticized in an editorial.", [],
                 id="passive-no-speaker-none"),
]

# row id -> the stance and evidence of its claim (no claim: nothing to classify)
STANCES = {
    "criticized-con-and-topic": {
        "street_rules": ("support", "cue:criticize(oppose)>Wall Street(con)")},
    "criticized-pro-and-topic": {"street_rules": ("oppose", "cue:criticize(oppose)")},
    "no-cue-none": None,
    "passive-no-speaker-none": None,
}



@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,stances", issue_params(ROWS, STANCES))
def test_stances(nlp, taxonomy, text, expected, stances):
    check_stances(nlp, taxonomy, text, expected, stances, own_cue=True)
