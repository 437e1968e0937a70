"""'go on' reports like 'continue' (hand-written rows): a quotation or a clause after it is a
claim; 'went on to serve as governor' is a deed, 'went on a rant' no report, and 'went on to
say that X' is say's report alone."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param('Mayor Ana Lee later went on to serve as governor of the state.', [],
                 id="went-on-to-serve-none"),
    pytest.param('Mayor Ana Lee went on to say that the city budget was balanced.',
                 [("the city budget was balanced", "indirect", "Lee")],
                 id="went-on-to-say-one-claim"),
    pytest.param('Mayor Ana Lee went on a long rant about the new parking fees.', [],
                 id="went-on-a-rant-none"),
    pytest.param('"We will win," Mayor Ana Lee said. "We always do," she went on.',
                 [("We will win,", "direct", "Lee"), ("We always do,", "direct", "Lee")],
                 id="quotation-went-on"),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
