"""A closing indefinite noun phrase the parser made a second object (hand-written rows): 'X
said retirees would pay more in fees, an admission that ...' - the noun phrase after the
comma comments on the whole reported clause (a sentential apposition: 'a move that ...',
'an acknowledgment that ...'); it is the writer's gloss and stays out of the claim.  An
object after a comma-enclosed phrase ('bought, after years of saving, a restaurant') is
the verb's own object and stays."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("The senator said some retirees would pay slightly more in fees, an admission that "
                 "her rivals quickly seized on.",
                 [("some retirees would pay slightly more in fees", "indirect", "senator")],
                 id="second-object-gloss-cut"),
    pytest.param("Officials said the agency would close three offices, a move that could save millions "
                 "of dollars a year.",
                 [("the agency would close three offices", "indirect", "Officials")],
                 id="apposition-gloss-cut"),
    pytest.param("The chef said she finally bought, after years of saving, a small restaurant in the "
                 "old harbour district.",
                 [("she finally bought, after years of saving, a small restaurant in the old harbour "
                   "district", "indirect", "chef")], id="late-object-kept"),
    pytest.param("Retirees will pay slightly more in fees, an increase that takes effect in May.",
                 [], id="no-report-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
