"""Datelines are no speakers (hand-written rows): 'PLACE, STATE — Name did X, saying Y' with
the parser taking the dateline for the subject; the name after the dash speaks.  A
hyphenated place inside a name's description is no dateline, and a dateline paragraph
with no report finds nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("MYRTLE BEACH, S.C. — Senator Dan Wexler on Tuesday took aim at his rival, "
                 "questioning whether he could ever win a general election.",
                 [("whether he could ever win a general election", "indirect", "Wexler")],
                 id="dateline-state-participle"),
    pytest.param("WASHINGTON (AFP) – Democrat Mara Quill has taken a swipe at her rival's "
                 "stance on trade, saying that loud promises do more harm than good.",
                 [("that loud promises do more harm than good", "indirect", "Quill")],
                 id="dateline-agency-saying"),
    pytest.param("Ann Brodie, a Denver-based developer, said many of the new towers had "
                 "helped the poorer districts of the city.",
                 [("many of the new towers had helped the poorer districts of the city",
                   "indirect", "Brodie")],
                 id="hyphenated-place-no-dateline"),
    pytest.param("DENVER — The city council met on Tuesday to discuss the budget for the "
                 "coming year.", [],
                 id="dateline-no-report-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
