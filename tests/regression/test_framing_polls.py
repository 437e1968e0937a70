"""A poll named at the head of the sentence frames the finding after the comma, whatever
the parser made of the rest (hand-written rows); one poll named by a phrase closing the
sentence, hanging on the main verb through objects and phrases, frames the words before it;
polls at large ('in private polling'), a poll in a comparison and a poll phrase inside a
noun phrase give nothing."""
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
    pytest.param("The mayor took just 9 percent of the vote in a county poll released Sunday.",
                 [("The mayor took just 9 percent of the vote", "indirect", "poll")],
                 id="framing-closing-poll"),
    pytest.param("The challenger slipped to 38 percent before climbing back to 41 percent in the "
                 "latest Quinnipiac poll.",
                 [("The challenger slipped to 38 percent before climbing back to 41 percent",
                   "indirect", "Quinnipiac")], id="framing-closing-poll-after-phrase"),
    pytest.param("There was no sign of a shift in private polling.", [],
                 id="framing-closing-polling-at-large-nothing"),
    pytest.param("The governor drew 44 percent, compared with 52 percent in a survey taken in May.",
                 [], id="framing-closing-poll-in-comparison-nothing"),
    pytest.param("Her standing in the latest poll worried the campaign's donors.", [],
                 id="framing-poll-inside-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
