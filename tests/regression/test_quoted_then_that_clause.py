"""A report of two "that" clauses, the first quoted (hand-written rows): 'X said that "A," and
that B' is one mixed claim covering both clauses, not a direct quotation of A and a lost B.
A second clause with a reporter of its own ('..., and the engineers argued that B') leaves
the quotation direct; two clauses with nothing quoted stay one indirect claim."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param('The senator said that "the budget is a disaster," and that the committee would '
                 'block it next week.',
                 [('"the budget is a disaster," and that the committee would block it next week',
                   "mixed", "senator")], id="quoted-then-that-clause-one-mixed"),
    pytest.param('Senator Ruth Okafor told reporters that "nobody wants this fight," and that the '
                 'party would stay united.',
                 [('"nobody wants this fight," and that the party would stay united', "mixed",
                   "Okafor")], id="told-quoted-then-that-clause-one-mixed"),
    pytest.param('The senator said that "the budget is a disaster," but that the committee would '
                 'still pass it next week.',
                 [('"the budget is a disaster," but that the committee would still pass it next '
                   'week', "mixed", "senator")], id="but-that-clause-one-mixed"),
    pytest.param('The mayor said that "the old bridge is safe," and the engineers argued that it '
                 'would hold.',
                 [("the old bridge is safe,", "direct", "mayor"),
                  ("it would hold", "indirect", "engineers")], id="other-reporter-stays-direct"),
    pytest.param('The senator said that the budget was a disaster and that the committee would '
                 'block it next week.',
                 [("the budget was a disaster and that the committee would block it next week",
                   "indirect", "senator")], id="nothing-quoted-one-indirect"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
