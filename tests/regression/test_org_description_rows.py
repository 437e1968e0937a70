"""'The team said ...' is the organisation named shortly before, unless its name says it is
another kind of body ('the campaign' is not the 'Secret Service' just named): then the
description stays as written (hand-written rows); a name with no kind word ('the
newspaper' after 'The Daily Courier') and a name of the same kind ('the organization',
a 'Foundation') still take the body named before; a sentence with no report finds nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("The Secret Service closed the road on Friday. The campaign said the rally "
                 "would go ahead on Saturday.",
                 [("the rally would go ahead on Saturday", "indirect", "campaign")],
                 id="campaign-not-the-service"),
    pytest.param("The International Olympic Committee opened an inquiry into the village. The "
                 "team said the rooms had leaking pipes and broken locks.",
                 [("the rooms had leaking pipes and broken locks", "indirect", "team")],
                 id="team-not-the-committee"),
    pytest.param("The Heritage Foundation held a forum on Monday. The organization said the tax "
                 "burden had risen for most families.",
                 [("the tax burden had risen for most families", "indirect", "Heritage")],
                 id="organization-same-kind"),
    pytest.param("The Daily Courier endorsed the mayor on Sunday. The newspaper said her record "
                 "on housing outweighed her mistakes.",
                 [("her record on housing outweighed her mistakes", "indirect", "Courier")],
                 id="newspaper-no-kind-word"),
    pytest.param("The Secret Service closed the road on Friday as the convoy passed.", [],
                 id="org-no-report-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
