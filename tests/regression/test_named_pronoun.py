"""he/she whose person was named before but never as a subject or speaker (hand-written
rows): an object, a coordinated name in a headline-like lead, a subordinate clause.  The
pronoun takes the latest person named before it whose first name or title gives the
pronoun's gender; with only people of the other gender named, nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Supporters packed a hall in Dayton to hear Maria Lopez on Tuesday night. "
                 "She said the plant closures would hurt every family in the county.",
                 [("the plant closures would hurt every family in the county", "indirect",
                   "Maria Lopez")],
                 id="she-object-name"),
    pytest.param("The race for governor pits Maria Lopez against John Reed.\n\nThe two have "
                 "little in common. She says he is unfit to run the state budget. He says "
                 "she would raise taxes on every family in the state.",
                 [("he is unfit to run the state budget", "indirect", "Maria Lopez"),
                  ("she would raise taxes on every family in the state", "indirect",
                   "John Reed")],
                 id="she-he-coordinated-names"),
    pytest.param("Crowds waited for hours in Dayton to see John Reed on Tuesday night. "
                 "She said the plant closures would hurt every family in the county.", [],
                 id="she-only-man-named-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
