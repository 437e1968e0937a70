"""'voiced concerns about X', 'voiced confidence that X', 'voiced support for X' (hand-written
rows): voice + an attitude noun reports the holder's stance as 'expressed' does; the
content is what hangs on the noun.  'voiced the lead character' names a role: no claim."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Several council members voiced concerns about how the new parking rules "
                 "would affect small shops.",
                 [("about how the new parking rules would affect small shops", "indirect",
                   "council members")], id="voiced-concerns-about"),
    pytest.param("The union leader voiced confidence that the strike would end before the "
                 "holidays.",
                 [("the strike would end before the holidays", "indirect", "union leader")],
                 id="voiced-confidence-that"),
    pytest.param("Some farmers privately voice reservations about handing the water board to "
                 "a company that has never run one.",
                 [("about handing the water board to a company that has never run one",
                   "indirect", "farmers")], id="voice-reservations-about"),
    pytest.param("The actor voiced the lead character in the new animated film about a lost "
                 "dog.", [], id="voiced-role-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
