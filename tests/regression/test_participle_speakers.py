"""Speech participles whose speaker is the subject of the verb they modify (hand-written
rows): a participle after 'after/before/while' ('After saying X, Lee walked out'), and an
adverbial participle on a passive verb ('Unions were angered by ..., saying X').  Nothing
for a participle of writing with an object and no clause."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("After saying the new tax was unfair to farmers, Senator Ann Carver walked "
                 "out of the hearing.",
                 [("the new tax was unfair to farmers", "indirect", "Carver")],
                 id="after-saying"),
    pytest.param("Local unions were angered by the mayor's decision, saying it would cost "
                 "hundreds of jobs in the port.",
                 [("it would cost hundreds of jobs in the port", "indirect", "unions")],
                 id="passive-head-saying"),
    pytest.param("While arguing that the port needs more cranes, the union leader Tom Briggs "
                 "asked for a delay.",
                 [("the port needs more cranes", "indirect", "Briggs")],
                 id="while-arguing"),
    pytest.param("After writing a long essay about the harbor, Senator Ann Carver left for "
                 "Reno.", [],
                 id="after-writing-object-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
