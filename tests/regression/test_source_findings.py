"""A source's finding named through another noun (hand-written rows): an average of polls,
a poll cited with a participle ('a new poll showing ...'), an email or a video that shows
something; not a person who shows someone something."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("An average of recent polls shows the governor with a narrow lead in the state.",
                 [("the governor with a narrow lead in the state", "indirect", "average")],
                 id="finding-average-of-polls"),
    pytest.param("Mendez cited a new poll showing the mayor with a wide lead among older voters.",
                 [("a new poll showing the mayor with a wide lead among older voters", "indirect",
                   "Mendez")],          # the poll's finding is part of Mendez's claim (nested)
                 id="finding-poll-showing"),
    pytest.param("An email released by the committee shows the deep rift between the two senior aides.",
                 [("the deep rift between the two senior aides", "indirect", "email")],
                 id="finding-email-shows"),
    pytest.param("An aide to the mayor showed the visiting reporters the new council chamber.", [],
                 id="finding-person-shows-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
