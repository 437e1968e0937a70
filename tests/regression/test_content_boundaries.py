"""Content boundaries (hand-written rows): a closing aside of the writer's is cut off the
reported clause; a quotation right after 'said' that the clause runs on past is one mixed
claim; a list item the parser hung on the cue stays in the content."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    # --- content boundaries: a closing aside of the writer's is cut off the reported clause
    pytest.param("Governor Ann Patel said she would sign the bill, which passed the state Senate on "
                 "Monday after a long and bitter debate.",
                 [("she would sign the bill", "indirect", "Patel")], id="span-closing-relative-cut"),
    pytest.param("Senator Ruth Okafor said the subsidy was too small, while her colleague Dan Ibsen "
                 "said it was far too generous for large farms.",
                 [("the subsidy was too small", "indirect", "Okafor"),
                  ("it was far too generous for large farms", "indirect", "Ibsen")],
                 id="span-while-second-speaker-cut"),
    pytest.param("Mayor Lin Harper said the plan, which the council passed in May, would cost more "
                 "than the old one.",
                 [("the plan, which the council passed in May, would cost more than the old one",
                   "indirect", "Harper")], id="span-inner-relative-kept"),
    pytest.param("The treasurer, Paul Ng, said rents rose fast last year, while wages in the region "
                 "barely moved at all for most workers.",
                 [("rents rose fast last year, while wages in the region barely moved at all for most "
                   "workers", "indirect", "Ng")], id="span-while-no-report-kept"),
    pytest.param('Carla Mendez said turnout was low, which "hurts every single candidate on the ballot '
                 'this year".',
                 [('turnout was low, which "hurts every single candidate on the ballot this year"',
                   "mixed", "Mendez")], id="span-quoted-relative-kept"),
    pytest.param("Senator Joan Pike said she would vote against the bill, a measure that would cut "
                 "funding for rural hospitals by a third.",
                 [("she would vote against the bill", "indirect", "Pike")], id="span-closing-apposition-cut"),
    pytest.param("The coach said he travelled with his wife, Ann, and several close friends from his "
                 "home town.",
                 [("he travelled with his wife, Ann, and several close friends from his home town",
                   "indirect", "coach")], id="span-apposition-in-list-kept"),
    pytest.param("A spokeswoman said most donors had joined since March, when the foundation opened "
                 "its doors to the public for the first time.",
                 [("most donors had joined since March", "indirect", "spokeswoman")],
                 id="span-closing-when-relative-cut"),
    # --- a quotation right after 'said' that the reported clause runs on past: one mixed claim
    pytest.param('Mayor Ines Varga said "dozens" of families would lose their homes if the dam failed.',
                 [('"dozens" of families would lose their homes if the dam failed', "mixed", "Varga")],
                 id="span-said-fragment-clause-runs-on"),
    pytest.param("The candidate's campaign manager, Reid Olsen, posted 'Onward to Ohio' on Twitter "
                 "late on Tuesday night.",
                 [("Onward to Ohio", "direct", "Olsen")], id="span-posted-quote-object-kept"),
    pytest.param("The governor proposes to cover the deficit through a combination of fees charged to "
                 "drivers and shippers, higher fuel taxes and other changes to the budget, and savings "
                 "from state contracts.",
                 [("to cover the deficit through a combination of fees charged to drivers and shippers, "
                   "higher fuel taxes and other changes to the budget, and savings from state contracts",
                   "indirect", "governor")], id="span-noun-list-on-cue-verb"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
