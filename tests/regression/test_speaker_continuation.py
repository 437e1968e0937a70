"""A speaker going on (hand-written rows, issue #13): a quotation with no issue of its own that
follows the same speaker's claim in the next sentence goes on about the same thing and takes
its issues ('"We will build the sea wall," Ortiz said. "Every house will be safe."'); an
indirect report, a claim after another speaker's, or one several sentences on takes none.
Each row is an attribution row (tests/regression_rows.py); ISSUES says what its last claim
addresses under the small taxonomy below, run through the claims_issues component."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row, issue_params, taxonomy_path  # noqa: F401

TAXONOMY = '''
[[issue]]
id = "seawall"
label = "Harbour sea wall"
proposition = "The city should build a sea wall around the harbour."
terms = ["sea wall", "flood barrier"]
'''

FIRST = ("We will build the new sea wall before the winter storms", "direct", "Ortiz")
ROWS = [
    pytest.param('"We will build the new sea wall before the winter storms," Mayor Ines Ortiz '
                 'said. "Every house on the harbour front will finally be safe," she added.',
                 [FIRST, ("Every house on the harbour front will finally be safe", "direct",
                          "Ortiz")], id="continue-next-quote"),
    pytest.param('"We will build the new sea wall before the winter storms," Mayor Ines Ortiz '
                 'said. Ortiz also said the city libraries would open on Sundays from May.',
                 [FIRST, ("the city libraries would open on Sundays from May", "indirect",
                          "Ortiz")], id="continue-indirect-none"),
    pytest.param('"We will build the new sea wall before the winter storms," Mayor Ines Ortiz '
                 'said. "The libraries will open on Sundays from May," her deputy, Paul Ng, said.',
                 [FIRST, ("The libraries will open on Sundays from May", "direct", "Ng")],
                 id="continue-other-speaker-none"),
    pytest.param('"We will build the new sea wall before the winter storms," Mayor Ines Ortiz '
                 'said. The council then met for three hours. Members argued about parking fees. '
                 '"The libraries will open on Sundays from May," Ortiz said.',
                 [FIRST, ("The libraries will open on Sundays from May", "direct", "Ortiz")],
                 id="continue-far-none"),
]

# row id -> the issues of its last claim (empty: it must find none)
ISSUES = {
    "continue-next-quote": ["seawall"],
    "continue-indirect-none": [],
    "continue-other-speaker-none": [],
    "continue-far-none": [],
}


@pytest.fixture(scope="module")
def component(nlp, tmp_path_factory):
    from pipeline.issues.component import IssuesComponent
    path = taxonomy_path(tmp_path_factory, "speaker_continuation", TAXONOMY)
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
    assert [i.issue for i in claims[0][1]] == ["seawall"]
    assert [i.issue for i in claims[-1][1]] == issues
