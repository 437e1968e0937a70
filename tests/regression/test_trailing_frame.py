"""Trailing reporting frames (hand-written rows): a reported clause, often holding quoted
words, closed by a bare frame ('..., Principal X told the board.', '..., said X, a
pollster.') is one claim of the frame's speaker whatever the parser made of the quotation
marks; a frame set off by commas inside the sentence splits it into two claims; a cue
with its own object ('said nothing', 'blamed the weather') frames nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    # --- the parser hangs the cue on the clause as a conjunct: the frame still reads
    pytest.param("Schools should hire more nurses and drop labels like “gifted” and “slow”, "
                 "Principal Hana Lutz told the board.",
                 [("Schools should hire more nurses and drop labels like “gifted” and “slow”",
                   "mixed", "Lutz")], id="frame-told-after-quoted-words"),
    pytest.param("The proposal to “fix the roads” and “cut the waste” appeals to older voters who "
                 "remember the last budget crisis, said Lena Ortiz, a pollster at Brandt University.",
                 [("The proposal to “fix the roads” and “cut the waste” appeals to older voters who "
                   "remember the last budget crisis", "mixed", "Ortiz")],
                 id="frame-inverted-speaker-apposition"),
    pytest.param("Despite two costly defeats on Tuesday, the senator remains committed to staying in "
                 "the race until the convention, his campaign manager, Ted Olin, told The Daily Star.",
                 [("Despite two costly defeats on Tuesday, the senator remains committed to staying in "
                   "the race until the convention", "indirect", "Olin")],
                 id="frame-speaker-apposition-misparsed"),
    # --- well parsed: the reported-clause rule gives the same claim
    pytest.param("The new toll will push commuters onto “back roads” and “side streets,” Mayor "
                 "Ellen Cho said.",
                 [("The new toll will push commuters onto “back roads” and “side streets,”", "mixed",
                   "Cho")], id="frame-parsed-quote-comma"),
    pytest.param("As the storm moved inland on Friday, a truck driver was hurt by a falling tree, "
                 "police said.",
                 [("As the storm moved inland on Friday, a truck driver was hurt by a falling tree",
                   "indirect", "police")], id="frame-parsed-leading-clause"),
    # --- a frame inside the sentence: the parts before and after it are two claims
    pytest.param("The new levy has badly hurt small farmers in the valley, Senator Joan Pike said, "
                 "since most of them sell at a loss already.",
                 [("The new levy has badly hurt small farmers in the valley", "indirect", "Pike"),
                  ("since most of them sell at a loss already", "indirect", "Pike")],
                 id="mid-frame-two-parts"),
    pytest.param("The storm knocked out power to the harbor, Harbor Master Joe Pelt said, and the "
                 "ferries will stay in port until Monday.",
                 [("The storm knocked out power to the harbor", "indirect", "Pelt"),
                  ("and the ferries will stay in port until Monday", "indirect", "Pelt")],
                 id="mid-frame-coordinated-second-part"),
    pytest.param("The rents will keep rising, Councilwoman Ada Brooks said, adding that the city has "
                 "no plan.",
                 [("The rents will keep rising", "indirect", "Brooks"),
                  ("the city has no plan", "indirect", "Brooks")], id="mid-frame-adding-own-cue"),
    pytest.param("The river has risen fast, said Omar Haddad, a hydrologist at Lakeside University.",
                 [("The river has risen fast", "indirect", "Haddad")],
                 id="mid-frame-apposition-not-a-part"),
    # --- no frame: the verb governs its own object
    pytest.param("The vote was delayed again, Senator Paul Ames said nothing.", [],
                 id="frame-said-nothing-none"),
    pytest.param("The vote was delayed again, and Senator Paul Ames blamed the weather.", [],
                 id="frame-own-object-none"),
    pytest.param("As the river rose on Friday, Mayor Ann Lee disagreed with the council.", [],
                 id="frame-subordinate-clause-none"),
    pytest.param("The council passed the budget in May, but Mayor Ann Lee learned from the fight.", [],
                 id="frame-coordinated-clause-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
