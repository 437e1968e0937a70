"""An attitude under a modal inside a report ('Analysts say Berg would recognize X') is the
reporting speaker's prediction, not the named person's attitude: the outer claim stays
(resolve.principal_speaks, resolve._modal); 'Kuo said Berg hoped X' stays Berg's (hand-written
rows)."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Military analysts say Prime Minister Jonas Berg would recognize the cost of a long "
                 "war in the region.",
                 [("Prime Minister Jonas Berg would recognize the cost of a long war in the region",
                   "indirect", "analysts")], id="modal-attitude-outer-kept"),
    pytest.param("Aide Mia Kuo said Prime Minister Jonas Berg hoped the talks would resume next week.",
                 [("the talks would resume next week", "indirect", "Berg")],
                 id="principal-attitude-kept"),
    pytest.param("The ferry would leave the harbour at noon if the wind dropped.", [],
                 id="modal-no-report-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
