"""Polls that open the sentence (hand-written rows): 'In exit polls, ...' / 'In recent
statewide polls, ...' frame the finding whatever their number; a bare 'In polls, ...' and
'trailed in the polls' (standing at large) do not."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("In exit polls, most voters in both parties said the economy was their main worry.",
                 [("most voters in both parties said the economy was their main worry", "indirect",
                   "polls")], id="fronted-exit-polls"),
    pytest.param("In recent statewide polls, the governor holds a lead of about eight points over her "
                 "rival.",
                 [("the governor holds a lead of about eight points over her rival", "indirect", "polls")],
                 id="fronted-recent-polls"),
    pytest.param("In polls, as in life, timing matters a great deal.", [], id="fronted-bare-polls-nothing"),
    pytest.param("Ruiz has trailed his rival in the polls for most of the spring.", [],
                 id="fronted-polls-at-large-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
