"""Sources beyond documents as a cue's subject (hand-written rows): a plan, a decision, an
index speak as written, a document owned by a pronoun is its owner's ('her plan' ->
"Maria Lopez's plan"); a plan or decision that is only mentioned, and 'according to
schedule' (an idiom), say nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Maria Lopez met voters in Pueblo on Tuesday. Her plan calls for a new bus "
                 "line through the eastern districts.",
                 [("a new bus line through the eastern districts", "indirect", "plan")],
                 id="owned-plan-calls-for"),
    pytest.param("Maria Lopez spoke to reporters in Denver. According to her plan, every "
                 "public school would get a full-time nurse by 2030.",
                 [("every public school would get a full-time nurse by 2030", "indirect",
                   "Lopez")],
                 id="according-to-owned-plan"),
    pytest.param("According to schedule, the ferry to the island leaves every day at noon.",
                 [], id="according-to-schedule-nothing"),
    pytest.param("The plan was approved by the city council on Monday evening.", [],
                 id="plan-mentioned-nothing"),
    pytest.param("The decision came after a long debate in the chamber.", [],
                 id="decision-mentioned-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
