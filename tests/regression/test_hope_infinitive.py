"""Hopes with an infinitive (hand-written rows): 'X hopes to + VP' is a claim of X, the
infinitive its content, as PolNeAR annotates it (12 of 13 'hope(s/d) to' on dev, like 'plans
to', 'vowed to'); the holder must still be a person or organisation.  Nothing for a hope of
finding out or waiting ('hopes to see', [own_action] infinitives), for 'wish' + an infinitive
([own_action] any_infinitive), nor after a means phrase ('By courting X, Y hopes to ...': the
purpose the writer reads into a deed; [own_action] means_verbs).  A second bare infinitive
coordinated with the first ('hoped to X, and jointly help Y') is part of the content."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Governor Lena Ortiz hoped to open the new bridge before the winter.",
                 [("to open the new bridge before the winter", "indirect", "Ortiz")],
                 id="hoped-to"),
    pytest.param("The Green Party hopes to win back the seats it lost in the last election.",
                 [("to win back the seats it lost in the last election", "indirect", "Green Party")],
                 id="hope-to-organisation"),
    pytest.param("Mayor Tomas Varga will hope to turn the debate toward the cost of housing.",
                 [("to turn the debate toward the cost of housing", "indirect", "Varga")],
                 id="will-hope-to"),
    pytest.param("Mayor Ana Lind said she hoped to widen the ring road, and jointly help fund a "
                 "new rail link with the county.",
                 [("to widen the ring road, and jointly help fund a new rail link with the county",
                   "indirect", "Lind")], id="hoped-to-and-help"),
    pytest.param("By courting the farmers' union, Senator Dale Price hopes to carry the rural "
                 "districts in the spring.", [], id="by-means-hopes-to-none"),
    pytest.param("Mayor Tomas Varga hopes to see the final report before the vote in May.", [],
                 id="hopes-to-see-none"),
    pytest.param("Councillor Ines Mora wishes to remain anonymous during the inquiry into the "
                 "contract.", [], id="wishes-to-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
