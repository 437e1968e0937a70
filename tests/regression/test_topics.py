"""Topic reports (hand-written rows): 'X spoke / talked / wrote about CONTENT' is a claim of
X when the content says something (six words or more); a bare topic ('spoke about the
alliance') is none."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("At the town hall, Mayor Ines Ortiz spoke about the need for residents to "
                 "conserve water this summer.",
                 [("the need for residents to conserve water this summer", "indirect", "Ortiz")],
                 id="topic-spoke-about"),
    pytest.param("Senator Paul Ibarra talked about why so many young voters had stayed home in "
                 "the spring.",
                 [("why so many young voters had stayed home in the spring", "indirect", "Ibarra")],
                 id="topic-talked-about-why"),
    pytest.param("Later that evening, Governor Hale spoke about the alliance.", [],
                 id="topic-bare-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
