"""A view held by a possessor that opens the sentence (hand-written rows): 'In her view,
...', 'By his own admission, ...'; not a phrase of another noun ('In her absence, ...')."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Senator Ann Ruiz spoke for an hour. In her view, the court has overstepped its "
                 "role in the dispute.", [("the court has overstepped its role in the dispute",
                                           "indirect", "Ruiz")], id="in-her-view"),
    pytest.param("By Mayor Tom Baker's own admission, the new budget leaves the city short of "
                 "police officers.", [("the new budget leaves the city short of police officers",
                                       "indirect", "Baker")], id="by-own-admission"),
    pytest.param("Senator Ann Ruiz left early. In her absence, the committee approved the budget "
                 "without a single amendment.", [], id="in-her-absence-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
