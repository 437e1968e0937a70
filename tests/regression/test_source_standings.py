"""A source's standing with a predicate (hand-written rows): a poll or survey that "has" a
candidate leading, or a lead growing, is the source's finding, the measured one included; a
poll that has a sampling error, a question or details, a report that has been cited, and a
person who has someone leading are no claims."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("The Marist poll has Lee leading Ruiz by two points.",
                 [("Lee leading Ruiz by two points", "indirect", "Marist")],
                 id="standing-poll-has-leading"),
    pytest.param("The Marist tracking poll, which follows voter support daily, has Lee leading "
                 "Ruiz 45 percent to 43 percent.",
                 [("Lee leading Ruiz 45 percent to 43 percent", "indirect", "Marist")],
                 id="standing-poll-relative-has-leading"),
    pytest.param("The latest survey has her lead growing among suburban women.",
                 [("her lead growing among suburban women", "indirect", "survey")],
                 id="standing-survey-has-lead-growing"),
    pytest.param("The poll has a sampling error of four points.", [],
                 id="standing-sampling-error-nothing"),
    pytest.param("The survey has a question about the rising cost of rent.", [],
                 id="standing-question-nothing"),
    pytest.param("The report has details of the growing deficit in the pension fund.", [],
                 id="standing-details-nothing"),
    pytest.param("The study has been cited by several lawmakers.", [],
                 id="standing-auxiliary-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
