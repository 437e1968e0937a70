"""A writer's gloss after a spaced hyphen used as a dash is cut off the reported claim, as after
a comma or an em dash (hand-written rows): 'said the plan would lower prices - a claim that
...' is the speaker's claim up to the dash."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param('Senator Ana Ruiz said the plan would lower prices for most families - a claim '
                 'that economists at several universities have disputed for many years.',
                 [("the plan would lower prices for most families", "indirect", "Ruiz")],
                 id="said-hyphen-apposition"),
    pytest.param('Party leaders on Monday predicted a sweeping victory in the regional elections '
                 '- a result based on strong early counts that led their rivals to concede defeat.',
                 [("a sweeping victory in the regional elections", "indirect", "leaders")],
                 id="predicted-hyphen-apposition"),
    pytest.param('The new mayor opened the bridge on Friday - a rare good day for the city.', [],
                 id="hyphen-no-report-none"),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
