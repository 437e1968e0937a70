"""'X said that A and that B' (hand-written rows): a second "that" clause coordinated with the
first is a second complement of the same report, one claim of the speaker's, even when the
parser hangs it on the reporting verb.  A verb coordinated with the report without "that"
is the speaker's next deed, not content."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param('Mr. Lopez said that their mother "could be very strict," and that his sister had '
                 'struggled with her constant criticism.',
                 [('their mother "could be very strict," and that his sister had struggled with her '
                   'constant criticism', "mixed", "Lopez")], id="second-that-after-quote"),
    pytest.param("The senator said that the tariffs would hurt farmers and that the trade talks had "
                 "stalled over the summer.",
                 [("the tariffs would hurt farmers and that the trade talks had stalled over the summer",
                   "indirect", "senator")], id="second-that-plain"),
    pytest.param("The mayor said that the budget was balanced and left the chamber before the vote on "
                 "the new stadium.",
                 [("the budget was balanced", "indirect", "mayor")], id="coordinated-deed-out",
                 marks=X),  # the parser hangs "left" on "was": the deed runs into the content
    pytest.param("The mayor left the chamber and the council voted that the stadium should be built "
                 "by a private company.",
                 [], id="voted-that-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
