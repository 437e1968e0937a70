"""A plural organisation noun after one named organisation (hand-written rows): 'The Harbor
Authority declined to comment. The companies said ...' is the companies' claim, not the
authority's; 'the company' after a named company is that company; a sentence with no
report finds nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("The Harbor Authority declined to comment. The companies, two of which sent "
                 "written replies, said they had done nothing wrong in the bidding.",
                 [("they had done nothing wrong in the bidding", "indirect", "companies")],
                 id="plural-after-named-org"),
    pytest.param("Acme Corp. declined to comment on Monday. The company said it had done nothing "
                 "wrong in the bidding.",
                 [("it had done nothing wrong in the bidding", "indirect", "Acme")],
                 id="singular-is-the-named-org"),
    # --- must find nothing
    pytest.param("The Harbor Authority declined to comment. The companies filed their bids on "
                 "Monday.", [], id="no-report-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
