"""Likenings (hand-written rows): 'X compared / likened A to B' is X's claim, 'A to B' its
content, as PolNeAR annotates it; 'compared notes', a comparison with no object ('rose 5
percent compared to a year earlier') and a likening with no identifiable holder find nothing
of their own."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Senator Ruiz also compared the new tax plan to the failed reforms of the "
                 "last decade.",
                 [("the new tax plan to the failed reforms of the last decade", "indirect",
                   "Ruiz")], id="compared-to"),
    pytest.param("Governor Paul Ibarra likened the budget deal to a surrender to the unions.",
                 [("the budget deal to a surrender to the unions", "indirect", "Ibarra")],
                 id="likened-to"),
    pytest.param("Ibarra spoke in Ohio on Monday, comparing his rival unfavorably to the last "
                 "three presidents.",
                 [("his rival unfavorably to the last three presidents", "indirect", "Ibarra")],
                 id="comparing-participle"),
    pytest.param("Ruiz said the deficit was small, compared with what the state had borrowed in "
                 "the last decade.",
                 [("the deficit was small, compared with what the state had borrowed in the last "
                   "decade", "indirect", "Ruiz")], id="compared-with-gloss-stays"),
    pytest.param("The two senators compared notes after the briefing on Tuesday.", [],
                 id="compared-notes-none"),
    pytest.param("Prices rose five percent last month compared to the same month a year earlier.",
                 [], id="compared-no-object-none"),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
