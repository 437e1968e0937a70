"""Calls and pressure for someone else's action: 'called (on Tuesday) for X to Y', 'is pushing
for X to Y', 'pressed for X': the clause or object after the preposition is the claim
(cues._clause_mark_phrase for the parse with 'for' as the clause's mark; [cues.urge]
phrases; hand-written rows)."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Senator Amy Cole called again for the city to close the landfill before next "
                 "summer.",
                 [("the city to close the landfill before next summer", "indirect", "Cole")],
                 id="call-for-clause-after-adverb"),
    pytest.param("Governor Raul Mendes is calling for the state to hire more teachers in rural "
                 "districts.",
                 [("the state to hire more teachers in rural districts", "indirect", "Mendes")],
                 id="call-for-clause-progressive"),
    pytest.param("Mayor Ines Park is pushing for the council to approve a new bus line to the "
                 "airport.",
                 [("the council to approve a new bus line to the airport", "indirect", "Park")],
                 id="push-for-clause"),
    pytest.param("For months, Governor Ines Park called her old friends in the capital.", [],
                 id="call-fronted-for-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
