"""A quotation after a sentence that ends on a second speaker's report (hand-written rows):
'"A," Lee said, and her brother shot back. "B."' -- B is the brother's; a second verb that
is no report, or a report with an object of its own, does not hand it over; a sentence with
no quotation or report finds nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param('"The boat leaves at noon sharp," Lee said, and her brother shot back. "It has '
                 'never left on time."',
                 [("The boat leaves at noon sharp,", "direct", "Lee"),
                  ("It has never left on time.", "direct", "brother")],
                 id="conjoined-manner-report"),
    pytest.param('"We will win the seat," Lee said, and Ortiz agreed. "We have the votes in the '
                 'valley."',
                 [("We will win the seat,", "direct", "Lee"),
                  ("We have the votes in the valley.", "direct", "Ortiz")],
                 id="conjoined-agreement"),
    # --- stays with the first speaker
    pytest.param('"The boat leaves at noon sharp," Lee said, and her brother nodded. "It has '
                 'never left late."',
                 [("The boat leaves at noon sharp,", "direct", "Lee"),
                  ("It has never left late.", "direct", "Lee")],
                 id="conjoined-non-report"),
    # --- must find nothing
    pytest.param("Lee waved, and her husband smiled at the crowd.", [], id="no-report-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
