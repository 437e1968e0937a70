"""Reports relayed by a prepositional source (hand-written rows): the source named by
'according to' vouches for the whole report, its speaker and cue included (as PolNeAR
annotates it), and so does a paper that 'reported' a speech report; a document's own words
stay the document's, an expressed attitude its holder's; a phrase opening another speaker's
clause is part of that clause."""
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
    # --- "X said Y, the Ledger reported": the reporting paper's claim, X's report and all
    pytest.param("Mayor Tom Reyes told donors the stadium deal was dead for this year, the Daily Ledger "
                 "reported.",
                 [("Mayor Tom Reyes told donors the stadium deal was dead for this year", "indirect",
                   "Ledger")], id="relayed-said-then-reported"),
    pytest.param("The driver told police he had been awake for more than thirty hours, a police report "
                 "said.",
                 [("The driver told police he had been awake for more than thirty hours", "indirect",
                   "report")], id="relayed-told-police-report-said"),
    pytest.param("Coach Ann Berg expressed hope that the team would recover before the final, the club "
                 "said.",
                 [("the team would recover before the final", "indirect", "Berg")],
                 id="relayed-attitude-stays-holder"),
    pytest.param("The figures the Daily Ledger reported last week were wrong about the stadium deal.", [],
                 id="relayed-relative-report-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
