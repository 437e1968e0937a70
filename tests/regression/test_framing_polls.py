"""A poll named at the head of the sentence frames the finding after the comma, whatever
the parser made of the rest (hand-written rows); the same poll phrase closing a sentence
or inside a noun phrase gives nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("In a statewide Marist poll released Sunday, two of three renters disapproved of "
                 "the way the council had handled the housing shortage.",
                 [("two of three renters disapproved of the way the council had handled the "
                   "housing shortage", "indirect", "Marist")],
                 id="framing-poll-released-sunday"),
    pytest.param("In a national Emerson poll, likely voters offered three options are "
                 "most likely to say that a runoff would leave them worried.",
                 [("likely voters offered three options are most likely to say that a runoff "
                   "would leave them worried", "indirect", "Emerson")],
                 id="framing-poll-fragment-parse"),
    pytest.param("The mayor took just 9 percent of the vote in a county poll released Sunday.", [],
                 id="framing-closing-poll-nothing"),
    pytest.param("Her standing in the latest poll worried the campaign's donors.", [],
                 id="framing-poll-inside-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
