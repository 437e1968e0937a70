"""What a document or data source sets out (hand-written rows): an ad that contrasts two
records, a report that provides details, a platform that reflects priorities, a survey
that addresses a question; a person who provides or addresses something is no source."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("The 30-second ad contrasts the mayor's record on housing with her rival's "
                 "votes on the council.",
                 [("the mayor's record on housing with her rival's votes on the council",
                   "indirect", "ad")],
                 id="sets-out-ad-contrasts"),
    pytest.param("The audit report also provided details of contracts in which county staff "
                 "had skipped the bidding rules.",
                 [("details of contracts in which county staff had skipped the bidding rules",
                   "indirect", "report")],
                 id="sets-out-report-provided"),
    pytest.param("The party platform reflects the priorities of the union campaign and the "
                 "acceptance of several of its demands by the new leader.",
                 [("the priorities of the union campaign and the acceptance of several of its "
                   "demands by the new leader", "indirect", "platform")],
                 id="sets-out-platform-reflects"),
    pytest.param("The mayor provided details of the new bus routes at a meeting on Monday.", [],
                 id="sets-out-person-provides-nothing"),
    pytest.param("The governor addressed a crowd of farmers in the town square.", [],
                 id="sets-out-person-addresses-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
