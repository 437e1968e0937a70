"""A closing 'even as / even though / even if' or 'as' clause holding a report of its own
(hand-written rows): 'X said A, even as critics argued B' is two claims, as 'while others
said' already was; A ends before the aside and the aside's report stays its own claim.  An
'as' clause with no report of its own ('as the crowd cheered'), or whose report frames the
content itself ('as he had predicted': no reported clause), stays in the content; such a
clause with no cue around it finds nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("The mayor said the new bridge would ease traffic, even as engineers argued that "
                 "its foundations were weak.",
                 [("the new bridge would ease traffic", "indirect", "mayor"),
                  ("its foundations were weak", "indirect", "engineers")],
                 id="even-as-other-report-cut"),
    pytest.param("The union said the strike would go on, even though the company claimed that most "
                 "workers had returned.",
                 [("the strike would go on", "indirect", "union"),
                  ("most workers had returned", "indirect", "company")],
                 id="even-though-other-report-cut"),
    pytest.param("The governor said the tax cut would pay for itself, as her rivals insisted it "
                 "would drain the budget.",
                 [("the tax cut would pay for itself", "indirect", "governor"),
                  ("it would drain the budget", "indirect", "rivals")],
                 id="as-other-report-cut"),
    pytest.param("The minister said the economy would grow this year, as he had predicted in the "
                 "spring.",
                 [("the economy would grow this year, as he had predicted in the spring",
                   "indirect", "minister")], id="as-frame-without-clause-kept"),
    pytest.param("The coach said the team played hard, as the crowd cheered every pass.",
                 [("the team played hard, as the crowd cheered every pass", "indirect", "coach")],
                 id="as-no-report-kept"),
    pytest.param("Prices rose sharply in the spring, even as wages stayed flat for most families.",
                 [], id="even-as-no-report-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
