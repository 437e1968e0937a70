"""A quotation closed by a full stop, then a short sentence of speaker and say-verb with an
adjunct (hand-written rows): '"We have the votes." Lee said to cheers.' frames the quotation;
a say-verb with its own object ('Lee said nothing.') or another verb frames nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("\u201cWe have the votes. They are not counting them.\u201d Lee said to cheers. "
                 "\u201cBut the people know it.\u201d",
                 [("We have the votes. They are not counting them.", "direct", "Lee"),
                  ("But the people know it.", "direct", "Lee")], id="said-to-cheers"),
    pytest.param('"The council has the votes to pass it." Ortiz said later.',
                 [("The council has the votes to pass it.", "direct", "Ortiz")],
                 id="said-later"),
    # --- must find nothing
    pytest.param('"The council has the votes to pass it." Ortiz said nothing.', [],
                 id="own-object-none"),
    pytest.param('"The council has the votes to pass it." Ortiz left the room.', [],
                 id="other-verb-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
