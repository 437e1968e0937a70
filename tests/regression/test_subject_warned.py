"""A common noun phrase the resolver knows nothing about, subject of a warning or a report
verb ([channels] subject_groups) reporting a clause, is the speaker, as for a say/argue verb
(resolve.reported_by_subject): 'engineers warned that ...', also inside a closing 'even as'
or 'while' aside.  A thing whose verb is a suggestion cue, or a warning verb with no clause,
gives nothing (hand-written rows)."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("The mayor said the new bridge would ease traffic, even as engineers warned that "
                 "its foundations were weak.",
                 [("the new bridge would ease traffic", "indirect", "mayor"),
                  ("its foundations were weak", "indirect", "engineers")],
                 id="subject-warned-in-even-as-aside"),
    pytest.param("The council said the budget was balanced, while auditors cautioned that the "
                 "reserves were nearly gone.",
                 [("the budget was balanced", "indirect", "council"),
                  ("the reserves were nearly gone", "indirect", "auditors")],
                 id="subject-cautioned-in-while-aside"),
    pytest.param("On Monday, engineers warned that the old dam could fail in heavy rain.",
                 [("the old dam could fail in heavy rain", "indirect", "engineers")],
                 id="subject-warned"),
    pytest.param("The plant reported that output had fallen by a third since spring.",
                 [("output had fallen by a third since spring", "indirect", "plant")],
                 id="subject-reported"),
    pytest.param("The timeline suggests the fire began well before midnight.",
                 [], id="subject-thing-suggests-nothing"),
    pytest.param("The flashing lights on the panel signalled a fault in the pump.",
                 [], id="subject-warning-verb-no-clause-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
