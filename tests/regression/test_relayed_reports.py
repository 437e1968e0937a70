"""Reports relayed by a prepositional source (hand-written rows): the source named by
'according to' vouches for the whole report, its speaker and cue included (as PolNeAR
annotates it); a document's own words stay the document's; a phrase opening another
speaker's clause is part of that clause."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param('"We are not going anywhere," Mayor Tom Reyes said at a town hall meeting, according '
                 'to the Daily Ledger.',
                 [('"We are not going anywhere," Mayor Tom Reyes said at a town hall meeting', "mixed",
                   "Ledger")], id="relayed-quote-said-according"),
    pytest.param("According to the Daily Ledger, Mayor Tom Reyes told donors that the stadium deal was "
                 "dead for this year.",
                 [("Mayor Tom Reyes told donors that the stadium deal was dead for this year", "indirect",
                   "Ledger")], id="relayed-according-before-report"),
    pytest.param('"The border will stay open for trade," the ministry statement said, according to '
                 'Reuters.',
                 [("The border will stay open for trade,", "direct", "statement")],
                 id="relayed-document-keeps-its-words"),
    pytest.param("Senator Ana Ruiz said that according to her own count, the bill had enough votes to "
                 "pass the chamber.",
                 [("according to her own count, the bill had enough votes to pass the chamber",
                   "indirect", "Ruiz")], id="relayed-according-inside-clause"),
    pytest.param("According to the rules of the league, each team may call two timeouts in a half.", [],
                 id="relayed-according-to-rules-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
