"""A speaker that opens a paragraph the parser glued onto the previous one (hand-written
rows): the previous paragraph ends on an abbreviation ('the U.S.'), the parser reads on
and hangs the name there, so the reporting verb has no subject; the noun phrase opening
the paragraph, up to the verb, is the speaker."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("The governor signed an order to tighten water rules in the U.S.\n\nNevada "
                 "Sen. Ann Carver says the governor is ignoring the needs of farmers in the valley.",
                 [("the governor is ignoring the needs of farmers in the valley", "indirect",
                   "Carver")],
                 id="title-name-says"),
    pytest.param("The council met late on Monday to debate the budget for the U.S.\n\n"
                 "Councilwoman Ann Carver often says she is not running for mayor next year.",
                 [("she is not running for mayor next year", "indirect", "Carver")],
                 id="name-adverb-says"),
    pytest.param("The new rules take effect in the U.S.\n\nCarver, speaking in Reno, told "
                 "reporters that the rules will be changed.",
                 [("the rules will be changed", "indirect", "Carver")],
                 id="name-aside-told"),
    pytest.param("The council met late on Monday to debate the budget for the U.S.\n\n"
                 "The final vote tells a different story about the budget this year.", [],
                 id="thing-tells-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
