"""Reports split by their frame (hand-written rows): 'There is a risk, economists said, that
the tariff would raise prices' and 'The new rules make a strike unlikely, union leaders
said: the pay raise, ...' -- the clause before the speaker is the speaker's claim as well as
the words after the cue, each part on its own.  A time clause before the frame ('After the
storm passed, the mayor told ...') is not, nor is anything when the cue reports nothing
('said nothing') or is no speech verb ('the farmers saw')."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("But there is a risk, several economists said, that the new tariff would raise "
                 "prices for farmers across the region.",
                 [("there is a risk", "indirect", "economists"),
                  ("the new tariff would raise prices for farmers across the region", "indirect",
                   "economists")], id="risk-that"),
    pytest.param("The league's new rules make a strike unlikely, union leaders said: the pay "
                 "raise, the pension plan and the shorter season.",
                 [("The league's new rules make a strike unlikely", "indirect", "leaders"),
                  ("the pay raise, the pension plan and the shorter season", "indirect",
                   "leaders")], id="colon-list"),
    pytest.param("When the storm hit the coast, the governor said, the shelters were already "
                 "full.",
                 [("When the storm hit the coast", "indirect", "governor"),
                  ("the shelters were already full", "indirect", "governor")],
                 id="mid-frame-unchanged"),
    # the parser makes "said" a parataxis of "went", with the clause after it as its ccomp
    pytest.param('Ticket prices went up because of the "fuel surcharge," the airline said, '
                 'that regulators approved in the spring.',
                 [('Ticket prices went up because of the "fuel surcharge,"', "mixed", "airline"),
                  ("that regulators approved in the spring", "indirect", "airline")],
                 id="parataxis-frame-missed", marks=X),
    pytest.param("After the storm passed, the mayor told the crews to go home.",
                 [("the crews to go home", "indirect", "mayor")], id="time-clause-not-content"),
    pytest.param("As the crowd grew, the organizers said nothing and locked the gates.", [],
                 id="said-nothing-none"),
    pytest.param("The water kept rising, the farmers saw, and they moved the cattle uphill.", [],
                 id="perception-none"),
    pytest.param("The more the price rises, the more the buyers want smaller cars.", [],
                 id="comparative-none"),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
