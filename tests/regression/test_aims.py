"""Aims (hand-written rows): 'X plans / seeks / aims / intends to ...' is a claim of X, the
infinitive its content, as PolNeAR annotates stated intentions; an object ('planned a
rally', 'a firm seeking funding'), a passive ('is planned to open') or an aim someone else
guesses at ('speculation that X might seek to ...') is none."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("The Liberty Fund super PAC also plans to target Ohio voters with mail, phone calls "
                 "and digital ads.",
                 [("to target Ohio voters with mail, phone calls and digital ads", "indirect",
                   "Liberty Fund")], id="aim-plans-to"),
    pytest.param("Governor Elena Ruiz sought to play down her loss in the northern counties, "
                 "pointing to a big win in the south.",
                 [("to play down her loss in the northern counties", "indirect", "Ruiz"),
                  ("a big win in the south", "indirect", "Ruiz")],
                 id="aim-sought-to"),
    pytest.param("Senator Paul Ibarra aims to cut the state's deficit in half within four years.",
                 [("to cut the state's deficit in half within four years", "indirect", "Ibarra")],
                 id="aim-aims-to"),
    pytest.param("The Ruiz campaign planned a rally in Dayton for late on Friday night.", [],
                 id="aim-object-none"),
    pytest.param("A small company seeking funding for magnetic trains opened an office downtown.", [],
                 id="aim-seeking-object-none"),
    pytest.param("The new bridge over the river is planned to open next spring after years of delay.",
                 [], id="aim-passive-none"),
    pytest.param("Talks stalled amid speculation that Washington might seek to align the alliance "
                 "with its own priorities.", [], id="aim-in-noun-clause-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
