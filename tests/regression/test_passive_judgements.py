"""Passive judgements (hand-written rows): 'X was criticized / rebuked / praised by Y for Z'
is Y's claim 'for Z', as the active 'Y criticized X for Z' is Y's; with no agent ('was
criticized for Z') or no ground ('was praised by the governor', 'criticized by her rivals
for weeks') nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Mayor Ana Lee has been criticized by her rivals for skipping three council "
                 "meetings in a row.",
                 [("for skipping three council meetings in a row", "indirect", "rivals")],
                 id="criticized-by-for"),
    # the parser hangs "for" on "some" (the agent's object), not on the verb
    pytest.param("Mayor Ana Lee has been criticized by some of her rivals for skipping three "
                 "council meetings in a row.",
                 [("for skipping three council meetings in a row", "indirect", "rivals")],
                 id="ground-on-agent-missed", marks=X),
    pytest.param("Mayor Ana Lee was rebuked by council members for her plan to raise the "
                 "parking fees downtown.",
                 [("for her plan to raise the parking fees downtown", "indirect", "members")],
                 id="rebuked-by-for"),
    pytest.param("The new parking plan was blamed by shop owners for the drop in downtown "
                 "sales last year.",
                 [("for the drop in downtown sales last year", "indirect", "owners")],
                 id="blamed-by-for"),
    pytest.param("Mayor Ana Lee was criticized for skipping three council meetings in a row.",
                 [], id="no-agent-none"),
    pytest.param("Mayor Ana Lee was praised by the governor at the ceremony on Friday.", [],
                 id="no-ground-none"),
    pytest.param("Mayor Ana Lee was criticized by her rivals for weeks.", [],
                 id="time-phrase-none"),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
