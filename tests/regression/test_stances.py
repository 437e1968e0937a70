"""Stances towards a thing (hand-written rows): 'X questioned / defended / endorsed / opposed
THING' is a claim of X, the object its content (PolNeAR annotates these); 'questioned
whether ...' stays a claim; an object that is a person or group ('questioned the witness',
'opposed him') is none."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("In debate after debate, Governor Hale questioned his rival's tactics, his "
                 "qualifications and his judgment.",
                 [("his rival's tactics, his qualifications and his judgment", "indirect", "Hale")],
                 id="stance-questioned-thing"),
    pytest.param("Speaking at the state capitol, Mayor Ines Ortiz defended her plan to close two "
                 "city libraries.",
                 [("her plan to close two city libraries", "indirect", "Ortiz")],
                 id="stance-defended-thing"),
    pytest.param("Senator Paul Ibarra questioned whether the new tariffs would protect a single "
                 "factory job.",
                 [("the new tariffs would protect a single factory job", "indirect", "Ibarra")],
                 id="stance-questioned-whether"),
    pytest.param("Detectives questioned the witness for more than an hour on Tuesday night.", [],
                 id="stance-questioned-person-none"),
    pytest.param("The mayor's own party opposed him in the primary election last spring.", [],
                 id="stance-opposed-person-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
