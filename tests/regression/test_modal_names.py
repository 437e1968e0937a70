"""Names the tagger takes for modals (hand-written rows): 'Will acknowledges that X',
'In particular, Will wrote, X', 'May said X' are claims of Will / May; a question with a
real modal ('Will the senators say ...?') finds nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Will acknowledges that the governor has a forceful persona and a loyal base "
                 "of voters.",
                 [("the governor has a forceful persona and a loyal base of voters", "indirect",
                   "Will")],
                 id="will-acknowledges"),
    pytest.param("May said the new trade deal would pass the parliament before the summer.",
                 [("the new trade deal would pass the parliament before the summer",
                   "indirect", "May")],
                 id="may-said"),
    pytest.param("Will the senators vote for the new trade deal before the summer?", [],
                 id="real-modal-question-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
