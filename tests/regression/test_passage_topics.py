"""Passage topics (hand-written rows, issue #13): a claim left with no issue by every other
rule (none in it, none from its sentence, its anaphora or the claim it goes on from) takes the
one issue its passage keeps naming: named in at least two of the two sentences before it and
the two after it ('the work would start in the spring' between two sentences on the sea
wall). One mention nearby gives none, nor do two issues both named that often. Each row is an
attribution row (tests/regression_rows.py); ISSUES says what its first claim addresses under
the small taxonomy below, run through the claims_issues component (the passage pass is one of
its passes, after the speaker continuation)."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row, issue_params, taxonomy_path  # noqa: F401

TAXONOMY = '''
[[issue]]
id = "seawall"
label = "Harbour sea wall"
proposition = "The city should build a sea wall around the harbour."
terms = ["sea wall", "flood barrier"]

[[issue]]
id = "transit"
label = "Transit levy"
proposition = "The city should fund buses with a transit levy."
terms = ["transit levy", "bus lanes"]
'''

VOTE = "The council voted on Monday to build a sea wall around the harbour. "
SPOKE = "Mayor Ines Ortiz spoke for an hour after the vote. Ortiz said the work would start in the spring. "
WORK = ("the work would start in the spring", "indirect", "Ortiz")
ROWS = [
    pytest.param(VOTE + SPOKE + "Engineers expect the sea wall to hold back a surge of three "
                 "metres.",
                 [WORK, ("the sea wall to hold back a surge of three metres", "indirect",
                         "Engineers")], id="passage-named-twice"),
    pytest.param(VOTE + SPOKE + "Engineers expect the first trucks to arrive in April.",
                 [WORK, ("the first trucks to arrive in April", "indirect", "Engineers")],
                 id="passage-named-once-none"),
    pytest.param("The council voted on Monday to build a sea wall and to pay for new bus lanes. "
                 + SPOKE + "Engineers expect the sea wall and the bus lanes to be finished "
                 "within two years.",
                 [WORK, ("the sea wall and the bus lanes to be finished within two years",
                         "indirect", "Engineers")], id="passage-two-issues-none"),
    pytest.param("The council met on Monday night. Council member Ana Reyes said it would be a "
                 "terrible waste of money. Engineers expect the sea wall to cost two billion "
                 "dollars. A vote on the sea wall is set for June.",
                 [("it would be a terrible waste of money", "indirect", "Reyes"),
                  ("the sea wall to cost two billion dollars", "indirect", "Engineers")],
                 id="passage-anaphor-judged"),
]

# row id -> the issues of its first claim (empty: it must find none) and the evidence's issue
# part of each
ISSUES = {
    "passage-named-twice": {"seawall": "passage>sea wall"},
    "passage-named-once-none": {},
    "passage-two-issues-none": {},
    "passage-anaphor-judged": {"seawall": "passage>sea wall"},
}
# row id -> the stance of its first claim: an anaphor in a claim that takes its passage's
# issue is a mention of it ("it would be a terrible waste": the sea wall is blamed)
STANCES = {"passage-named-twice": "support", "passage-anaphor-judged": "oppose"}


@pytest.fixture(scope="module")
def component(nlp, tmp_path_factory):
    from pipeline.issues.component import IssuesComponent
    path = taxonomy_path(tmp_path_factory, "passage_topics", TAXONOMY)
    return IssuesComponent(nlp, "test_issues", str(path), None)


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,issues", issue_params(ROWS, ISSUES))
def test_issues(nlp, component, text, expected, issues):
    doc = component(nlp(text))
    claims = sorted(zip(doc._.attributions, doc._.claim_issues), key=lambda c: c[0].start)
    first = claims[0][1]
    assert {r.issue: r.evidence.split(" | issue:")[1] for r in first} == issues


@pytest.mark.model
@pytest.mark.parametrize("text,expected,stance",
                         [pytest.param(*r.values, STANCES[r.id], id=r.id)
                          for r in ROWS if r.id in STANCES])
def test_stances(nlp, component, text, expected, stance):
    doc = component(nlp(text))
    claims = sorted(zip(doc._.attributions, doc._.claim_issues), key=lambda c: c[0].start)
    assert [r.stance for r in claims[0][1]] == [stance]
