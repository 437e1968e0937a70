"""Judgements (hand-written rows): after a verb of judging (criticize, condemn, denounce,
praise, accuse ...) an object that is a thing is the claim ('criticized the party's draft
platform on taxes'), and so is 'accused X of Y' however the parser hung the of-phrase; a
person or group praised or criticized with no ground given, or a thing named in a few words
('praised the budget'), is none."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Bishop Ann Kerr, head of the diocese, criticized the party's draft platform "
                 "language on school funding.",
                 [("the party's draft platform language on school funding", "indirect", "Kerr")],
                 id="judged-thing-criticized"),
    pytest.param("Farm groups across the state widely condemned the governor's plan to cut water "
                 "subsidies.",
                 [("the governor's plan to cut water subsidies", "indirect", "groups")],
                 id="judged-thing-condemned"),
    pytest.param("Senate Republicans quickly accused the governor of politicizing the flood "
                 "relief effort.",
                 [("the governor of politicizing the flood relief effort", "indirect",
                   "Republicans")], id="judged-accused-of"),
    pytest.param("Coach Dana Ruiz praised the players after the game on Saturday night.", [],
                 id="judged-person-none"),
    pytest.param("On Tuesday the city's finance chief, Ann Lee, praised the budget.", [],
                 id="judged-short-thing-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
