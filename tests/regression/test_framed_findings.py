"""A source's finding in a bare frame (hand-written rows): '..., records show.', ', state
records show, ...' (the parser often reads 'show' as a noun there), 'data show' ('data' is
lemmatised 'datum'); not a noun 'show' after a word that is no source."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("The company paid $5 million for the warehouse in 2009, records show.",
                 [("The company paid $5 million for the warehouse in 2009", "indirect",
                   "records")], id="records-show-trailing"),
    pytest.param("The agency hired 40 new inspectors last year, data show.",
                 [("The agency hired 40 new inspectors last year", "indirect", "data")],
                 id="data-show-trailing"),
    pytest.param("The data showed a sharp rise in the number of uninsured children.",
                 [("a sharp rise in the number of uninsured children", "indirect", "data")],
                 id="data-showed-object"),
    pytest.param("Their late-night talk show drew few viewers in its first season.", [],
                 id="talk-show-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
