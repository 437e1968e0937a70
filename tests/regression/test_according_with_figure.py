"""'..., with FIGURE, according to X.' (hand-written rows): the "with" figure right before
the source is the source's claim, not the clause it hangs on; a clause with no "with"
phrase, a "with" phrase away from the source, or one with no figure in it keeps the whole
clause."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("The port remains a major source of revenue for the city, with 2.4 billion "
                 "dollars in fees collected in 2019, according to a state audit.",
                 [("2.4 billion dollars in fees collected in 2019", "indirect", "audit")],
                 id="with-figure-audit"),
    pytest.param("Renters favor the freeze more than owners do, with 61 percent of renters "
                 "backing it, according to a Marist survey in March.",
                 [("61 percent of renters backing it", "indirect", "Marist")],
                 id="with-figure-survey"),
    pytest.param("With two weeks left, the mayor holds a narrow lead over her rival, according "
                 "to a Marist survey in March.",
                 [("With two weeks left, the mayor holds a narrow lead over her rival", "indirect",
                   "Marist")],
                 id="with-phrase-fronted-whole-clause"),
    pytest.param("The budget is likely to dominate the council session, with other items "
                 "probably left to committees, according to an aide.",
                 [("The budget is likely to dominate the council session, with other items "
                   "probably left to committees", "indirect", "aide")],
                 id="with-no-figure-whole-clause"),
    pytest.param("The council met with tenant groups on Monday.", [], id="with-no-source-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
