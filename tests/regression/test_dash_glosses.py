"""A characterisation ends where a dash opens the writer's gloss on its quotation (hand-written
rows): 'likened the rules to "theft" - a charge that ...' is the speaker's claim up to the
closing mark, as after a comma; a hyphen glued to the quotation is part of the words."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param('Professor Ana Tribe likened the new rules to "tearing up the charter" - a '
                 'barb the agency has heard before.',
                 [('the new rules to "tearing up the charter"', "mixed", "Tribe")],
                 id="likened-dash-gloss"),
    pytest.param('Senator Ruiz called the plan "a disgrace" — a rare rebuke from a member of her '
                 'own party.',
                 [('the plan "a disgrace"', "mixed", "Ruiz")], id="called-em-dash-gloss"),
    pytest.param('The new mayor opened the bridge on Friday - a rare good day for the city.', [],
                 id="dash-no-characterisation-none"),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
