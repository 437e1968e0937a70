"""An indefinite role word after the sentence that named someone with that role (hand-written
rows): 'Senator Pike spoke first. Later, a Democratic senator said ...' is some other
senator, kept as the descriptor; 'the senator' and an apposition in the same sentence
('Lee, a professor at X, said') still name the person; a sentence with no report finds
nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Senator John Pike of Arizona spoke first. Later that night, a Democratic senator "
                 "said the majority would allow a vote on the farm bill.",
                 [("the majority would allow a vote on the farm bill", "indirect",
                   "a Democratic senator")], id="a-senator-after-named-senator"),
    pytest.param("Senator John Pike of Arizona spoke first. Later that night, the senator said "
                 "the majority would allow a vote on the farm bill.",
                 [("the majority would allow a vote on the farm bill", "indirect", "Pike")],
                 id="the-senator-is-the-named-one"),
    pytest.param("Allan Pike, a professor of history at Lake University, has said the senator "
                 "would lose the race in the fall.",
                 [("the senator would lose the race in the fall", "indirect", "Pike")],
                 id="apposition-same-sentence"),
    # --- must find nothing
    pytest.param("Senator John Pike of Arizona spoke first. Later that night, a senator left the "
                 "chamber in a hurry.", [], id="no-report-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
