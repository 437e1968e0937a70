"""A quotation introduced after a comma or colon that runs on past its closing mark
(hand-written rows): 'Lee said, "We have ten days left" until the vote.' is one mixed
claim, the quoted clause with its tail; a quotation followed by a conjunction, or a quoted
phrase that is no clause, stays a direct quote, and a sentence with no cue finds nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param('Coach Dana Morrow said, "We have ten days left" until the final.',
                 [('"We have ten days left" until the final', "mixed", "Morrow")],
                 id="comma-quote-then-tail"),
    pytest.param("Mayor Ann Lee told reporters, \u201cWe will build the bridge\u201d before the end "
                 "of next year.",
                 [("\u201cWe will build the bridge\u201d before the end of next year", "mixed",
                   "Lee")], id="told-comma-quote-then-tail"),
    pytest.param('Treasurer Ivan Ruiz said: "We have ten days left" until the audit.',
                 [('"We have ten days left" until the audit', "mixed", "Ruiz")],
                 id="colon-quote-then-tail"),
    # --- stays direct
    pytest.param('Coach Dana Morrow said, "We will win the final."',
                 [("We will win the final.", "direct", "Morrow")], id="quote-ends-sentence-direct"),
    pytest.param('Coach Dana Morrow said, "No way" twice.',
                 [("No way", "direct", "Morrow")], id="phrase-not-clause-direct"),
    # --- must find nothing
    pytest.param('The team, with "ten days left" until the final, trained on Sunday.', [],
                 id="no-cue-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
