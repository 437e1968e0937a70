"""'X said if A, B' / 'X said just because A did not mean B' (hand-written rows): an adverbial
clause opened by its own conjunction right after the reporting verb, before a reported
clause with no "that", opens the reported clause even when the parser hangs it on the
reporting verb: it is part of the claim.  A comma-enclosed clause about the reporting event
or a participle ('said, when asked ..., that', 'said, speaking on condition of anonymity,
...') is not; a comma-enclosed condition ('said, if elected, he would ...') is."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("The judge said just because the harm was not visible did not mean it was not real.",
                 [("just because the harm was not visible did not mean it was not real", "indirect",
                   "judge")], id="because-clause-opens-content"),
    pytest.param("The engineer said if the dam failed the whole valley would flood within hours.",
                 [("if the dam failed the whole valley would flood within hours", "indirect",
                   "engineer")], id="if-clause-opens-content"),
    pytest.param("The coach said, when asked about the injury, that the striker would miss the final.",
                 [("the striker would miss the final", "indirect", "coach")],
                 id="event-clause-before-that-out"),
    pytest.param("Officials said, speaking on condition of anonymity, the talks had stalled over the "
                 "weekend.",
                 [("the talks had stalled over the weekend", "indirect", "Officials")],
                 id="participle-aside-out"),
    pytest.param("The candidate said, if elected, he would repeal the tax within a year.",
                 [("if elected, he would repeal the tax within a year", "indirect", "candidate")],
                 id="condition-aside-kept"),
    pytest.param("If the dam failed, the whole valley would flood within hours, and the town had "
                 "no plan for that.",
                 [], id="no-report-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
