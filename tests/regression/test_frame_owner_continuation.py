"""A quotation after a direct quote's frame sentence that holds someone else's report in a
subordinate clause (hand-written rows): '"A," Ron Lee told the paper, after Mayor Ann Ortiz
said X. "B."' -- B goes on with Lee; a report coordinated with the frame or
in a sentence of its own hands the quotation to its own speaker; a sentence with no report
finds nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param('"The leases hold until 2030," spokesman Ron Lee told the Valley Herald in '
                 'March, after Mayor Ann Ortiz said the town might sell the marina. "Every term '
                 'in them is binding."',
                 [("The leases hold until 2030,", "direct", "Lee"),
                  ("the town might sell the marina", "indirect", "Ortiz"),
                  ("Every term in them is binding.", "direct", "Lee")],
                 id="after-clause-report"),
    pytest.param('"The ferry stays in service!" Mayor Lee declared, a line she repeats at every '
                 'town meeting where residents asked whether the pier would close. "The harbor '
                 'needs it."',
                 [("The ferry stays in service!", "direct", "Lee"),
                  ("whether the pier would close", "indirect", "residents"),
                  ("The harbor needs it.", "direct", "Lee")], id="relative-clause-report"),
    # --- the report's own speaker goes on
    pytest.param('"We will win the seat," Lee said. Ortiz said the race was already over. "We will '
                 'see about that."',
                 [("We will win the seat,", "direct", "Lee"),
                  ("the race was already over", "indirect", "Ortiz"),
                  ("We will see about that.", "direct", "Ortiz")], id="report-own-sentence"),
    # --- must find nothing
    pytest.param("Lee left the hall after the vote. The council met again on Monday.", [],
                 id="no-report-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
