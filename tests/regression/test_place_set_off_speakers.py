"""The state or country of a place before the speaker (hand-written rows): 'In Salem,
Oregon, Lee said ...' is Lee's claim, not Oregon's, whether the parser made the place a
second subject or the speaker its conjunct; a list of countries keeps its speakers, and a
sentence with no reporting verb finds nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("In Salem, Oregon, Mayor Lena Ortiz said the farm bill would pass by the end "
                 "of the year.",
                 [("the farm bill would pass by the end of the year", "indirect", "Ortiz")],
                 id="state-before-speaker"),
    pytest.param("In Salem, Oregon, Lee said the farm bill would pass by the end of the year.",
                 [("the farm bill would pass by the end of the year", "indirect", "Lee")],
                 id="state-before-speaker-conjunct-parse"),
    pytest.param("Speaking to a crowd of farmers in Salem, New Hampshire, Lee went after Ortiz, "
                 "calling him \u201ca total failure as a mayor of this city.\u201d",
                 [("him \u201ca total failure as a mayor of this city.\u201d", "mixed", "Lee")],
                 id="participle-after-state"),
    pytest.param("In a joint statement, Russia, Iran and China said the sanctions would fail.",
                 [("the sanctions would fail", "indirect", "Russia")], id="list-of-countries"),
    # --- must find nothing
    pytest.param("In Salem, Oregon, the river rose by two feet on Friday.", [],
                 id="no-report-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
