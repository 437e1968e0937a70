"""Closing asides that carry a report of their own (hand-written rows): a relative clause or
apposition after the reported clause is the writer's gloss even when it holds a quotation,
if a report inside the aside opens that quotation ('..., who faces what auditors called
"reckless spending"'): the quoted words are the aside's speaker's, not the claim's.  A
quotation the aside holds without a report of its own stays in the claim."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Two county commissioners said they would not campaign alongside the governor, who "
                 "has faced weeks of criticism since auditors called the program \"a costly failure.\"",
                 [("they would not campaign alongside the governor", "indirect", "commissioners")],
                 id="aside-relative-with-inner-report-cut"),
    pytest.param("The union's president said members would hold off on a strike until March, when "
                 "management promised \"a full and fair offer\" to the workers.",
                 [("members would hold off on a strike until March", "indirect", "president")],
                 id="aside-when-with-inner-report-cut"),
    pytest.param('Carla Mendez said turnout in the district was low, which "hurts every single '
                 'candidate on the ballot this year".',
                 [('turnout in the district was low, which "hurts every single candidate on the '
                   'ballot this year"', "mixed", "Mendez")], id="aside-quote-without-report-kept"),
    pytest.param("The governor, who has faced weeks of criticism over the program, left the capital "
                 "on Monday for a trade visit.",
                 [], id="aside-no-report-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
