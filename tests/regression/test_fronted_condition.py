"""'X said if A, B' / 'X said just because A did not mean B' (hand-written rows): an adverbial
clause opened by its own conjunction right after the reporting verb, before a reported
clause with no "that", opens the reported clause even when the parser hangs it on the
reporting verb: it is part of the claim.  A clause about the reporting event ('said, when
asked ..., that') is not."""
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
                 id="event-clause-before-that-out", marks=X),   # the event clause stays in today
    pytest.param("If the dam failed, the whole valley would flood within hours, and the town had "
                 "no plan for that.",
                 [], id="no-report-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
