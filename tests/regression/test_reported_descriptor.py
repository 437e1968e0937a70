"""A common noun phrase as the subject of a speech verb reporting a clause is the speaker
(resolve.reported_by_subject): 'The newsletter said ...', 'Two-thirds of the delegates
said ...'; an implicit subject or an object content gives nothing (hand-written rows)."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("The newsletter said the county fair would move to a larger site next summer.",
                 [("the county fair would move to a larger site next summer", "indirect",
                   "newsletter")], id="descriptor-newsletter-said"),
    pytest.param("Two-thirds of the delegates said the party needed a younger leader before the "
                 "next election.",
                 [("the party needed a younger leader before the next election", "indirect",
                   "delegates")], id="descriptor-fraction-said"),
    pytest.param("The retired schoolteacher told the council the library hours should be extended "
                 "on weekends.",
                 [("the library hours should be extended on weekends", "indirect", "schoolteacher")],
                 id="descriptor-told-np"),
    pytest.param("Joint efforts to counter the flooding along the river have stalled for months.",
                 [], id="descriptor-implicit-subject-none"),
    pytest.param("The inspection revealed no damage to the bridge supports.",
                 [], id="descriptor-object-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
