"""A source's measure of a race (hand-written rows): a poll, survey, forecast or count that
gives, or pegs, someone a standing is the source's finding, the measured one included; a
person giving something, or a poll given to people, is no claim."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("The latest Marist survey gave the mayor a five-point lead among older voters.",
                 [("the mayor a five-point lead among older voters", "indirect", "Marist")],
                 id="measure-survey-gave"),
    pytest.param("The Tribune's election forecast now gives the governor a 70 percent chance of "
                 "winning a second term.",
                 [("the governor a 70 percent chance of winning a second term", "indirect",
                   "Tribune")],
                 id="measure-forecast-gives"),
    pytest.param("The official county count gives the challenger 1,412 votes and the incumbent "
                 "1,398 votes.",
                 [("the challenger 1,412 votes and the incumbent 1,398 votes", "indirect",
                   "count")],
                 id="measure-count-gives"),
    pytest.param("The treasurer gave the committee a detailed account of the spending.", [],
                 id="measure-person-gives-nothing"),
    pytest.param("The poll was given to nine hundred likely voters in the state last week.", [],
                 id="measure-poll-given-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
