"""A quotation after a direct quote's frame sentence that holds someone else's report in a
subordinate clause (hand-written rows): '"A," Ron Lee told the paper, after Mayor Ann Ortiz
stated an interest in X. "B."' -- B goes on with Lee; a report coordinated with the frame or
in a sentence of its own hands the quotation to its own speaker; a sentence with no report
finds nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param('"We will not do business with him," spokesman Ron Lee told the Daily Star in '
                 'July, after Mayor Ann Ortiz stated an interest in ending the contracts. "It is a '
                 'simple matter of principle for us."',
                 [("We will not do business with him,", "direct", "Lee"),
                  ("an interest in ending the contracts", "indirect", "Ortiz"),
                  ("It is a simple matter of principle for us.", "direct", "Lee")],
                 id="after-clause-report"),
    pytest.param('"And nobody pays me a cent!" Lee declared, a claim he repeats after each radio '
                 'show in which callers asked how much money he was paid. "I earn my own '
                 'money."',
                 [("And nobody pays me a cent!", "direct", "Lee"),
                  ("how much money he was paid", "indirect", "callers"),
                  ("I earn my own money.", "direct", "Lee")], id="relative-clause-report"),
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
