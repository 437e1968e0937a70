"""'cast / frame X as Y' (hand-written rows): how the speaker presents someone or something
is a characterisation of the speaker; 'cast her vote' is none."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Senator Ruth Okafor has cast her rival as a career insider who would protect the "
                 "big banks.",
                 [("her rival as a career insider who would protect the big banks", "indirect",
                   "Okafor")], id="cast-as"),
    pytest.param("The governor framed the new tax as a matter of fairness for working families.",
                 [("the new tax as a matter of fairness for working families", "indirect",
                   "governor")], id="frame-as"),
    pytest.param("Mayor Ines Ortiz cast her vote at a school gym early on Tuesday morning.", [],
                 id="cast-vote-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
