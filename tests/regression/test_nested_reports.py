"""A report nested in another report's clause ('X said Y told him Z', 'X noted that critics who
say Z ...') is part of the outer claim: one claim of the outer speaker holding the inner report
whole, no claim of the inner speaker's (resolve.nested_report; hand-written rows)."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Councillor Dana Reyes said the mayor had told her that the bridge would reopen "
                 "in the spring.",
                 [("the mayor had told her that the bridge would reopen in the spring", "indirect",
                   "Reyes")], id="nested-told-inside-said"),
    pytest.param("The union argued that farmers who say the subsidy is too small have a point about "
                 "rising fuel costs.",
                 [("farmers who say the subsidy is too small have a point about rising fuel costs",
                   "indirect", "union")], id="nested-relative-report-inside"),
    pytest.param("The committee chair, Omar Haddad, noted that the auditors had warned the board "
                 "that reserves were running low.",
                 [("the auditors had warned the board that reserves were running low", "indirect",
                   "Haddad")], id="nested-warned-inside-noted"),
    pytest.param("The ferry left the harbour before the storm, and the crew checked the cargo twice.",
                 [], id="nested-no-report-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
