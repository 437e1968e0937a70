"""Label lines with no quotation (hand-written rows): a one-line paragraph that opens with a
name or 'Poll' and a colon is that speaker's claim (headline and transcript layouts); a
label that is a place, a note or a title in capitals gives nothing; a lone capitalised word
is a name only where the article gives the full name."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Maria Lopez: The new stadium will never pay for itself.\n\nThe council meets "
                 "again on Friday.",
                 [("The new stadium will never pay for itself", "indirect", "Lopez")],
                 id="label-name-headline"),
    pytest.param("Poll: Ruiz and Lopez hold narrow leads in Ohio.\n\nThe race has tightened "
                 "since June.",
                 [("Ruiz and Lopez hold narrow leads in Ohio", "indirect", "Poll")],
                 id="label-poll-headline"),
    pytest.param("Kowalski: The stadium plan will never pay for itself.\n\nCouncil member Anna "
                 "Kowalski spoke at a town hall on Monday.",
                 [("The stadium plan will never pay for itself", "indirect", "Anna Kowalski")],
                 id="label-surname-headline"),
    pytest.param("Update: The stadium plan will never pay for itself.\n\nThe council meets on "
                 "Friday.", [], id="label-common-word-nothing"),
    pytest.param("CORRECTION: An earlier version of this story misstated the date of the vote.", [],
                 id="label-capitals-nothing"),
    pytest.param("Editor's note: This story was updated on Monday with new figures.", [],
                 id="label-note-nothing"),
    pytest.param("Lopez: stadium plan faces a tough vote\nThe council meets again on Friday.", [],
                 id="label-bare-headline-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
