"""Label lines with no quotation (hand-written rows): a one-line paragraph that opens with a
name or 'Poll' and a colon is that speaker's claim (headline and transcript layouts); a
label that is a place, a note or a title in capitals gives nothing; a lone capitalised word
is a name only where the article gives the full name."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Maria Lopez: The new stadium will never pay for itself.\n\nThe council meets "
                 "again on Friday.",
                 [("The new stadium will never pay for itself", "indirect", "Lopez")],
                 id="label-name-headline"),
    pytest.param("Poll: Ruiz and Lopez hold narrow leads in Ohio.\n\nThe race has tightened "
                 "since June.",
                 [("Ruiz and Lopez hold narrow leads in Ohio", "indirect", "Poll")],
                 id="label-poll-headline"),
    pytest.param("Kowalski: The stadium plan will never pay for itself.\n\nCouncil member Anna "
                 "Kowalski spoke at a town hall on Monday.",
                 [("The stadium plan will never pay for itself", "indirect", "Anna Kowalski")],
                 id="label-surname-headline"),
    pytest.param("Update: The stadium plan will never pay for itself.\n\nThe council meets on "
                 "Friday.", [], id="label-common-word-nothing"),
    pytest.param("CORRECTION: An earlier version of this story misstated the date of the vote.", [],
                 id="label-capitals-nothing"),
    pytest.param("Editor's note: This story was updated on Monday with new figures.", [],
                 id="label-note-nothing"),
    pytest.param("Lopez: stadium plan faces a tough vote\nThe council meets again on Friday.", [],
                 id="label-bare-headline-nothing"),
    pytest.param("Analysts: The merger will cut hundreds of jobs across the region.\n\nThe deal "
                 "closes in March.",
                 [("The merger will cut hundreds of jobs across the region", "indirect",
                   "Analysts")], id="label-people-plural-headline"),
    pytest.param("Amnesty: The new law will silence critics of the government.\n\nThe bill "
                 "passed on Tuesday.",
                 [("The new law will silence critics of the government", "indirect", "Amnesty")],
                 id="label-organisation-word-headline"),
    pytest.param("Economists: Tariffs will raise prices for every family; \nFactories brace for "
                 "a hard winter.\n\nThe duties take effect in May.",
                 [("Tariffs will raise prices for every family", "indirect", "Economists")],
                 id="label-headline-deck-semicolon"),
    pytest.param("Highlights: The festival drew record crowds over the weekend.\n\nTickets sold "
                 "out in an hour.", [], id="label-plural-not-people-nothing"),
    pytest.param("Contributing: Ann Lee, Tom Ruiz and Maria Lopez of the city desk.", [],
                 id="label-credits-nothing"),
    pytest.param("Maria Lopez on Public Transit: The new bus lanes will save commuters an "
                 "hour a week.\n\nThe lanes open in June.",
                 [("The new bus lanes will save commuters an hour a week", "indirect", "Lopez")],
                 id="label-name-on-topic-headline"),
    pytest.param("Report on Public Transit: The new bus lanes will save commuters an hour a "
                 "week.\n\nThe lanes open in June.", [], id="label-not-name-on-topic-nothing"),
    pytest.param("TRANSITWATCH: Ridership on the new tram line doubled in its first month.\n\n"
                 "TransitWatch, a commuter group, counted riders at every stop.",
                 [("Ridership on the new tram line doubled in its first month", "indirect",
                   "TransitWatch")], id="label-capitals-spelt-in-article"),
    pytest.param("UPDATE: Ridership on the new tram line doubled in its first month.\n\n"
                 "Update your travel card before Friday.", [],
                 id="label-capitals-page-word-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
