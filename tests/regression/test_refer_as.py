"""'refer to X as Y' (hand-written rows): what the speaker calls someone is a claim of the
speaker, object and as-phrase (a quotation inside makes it mixed); 'referred to the
office' names a thing, no claim."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Speaking on a morning radio show, Governor Hale referred to Senator Ruiz as "
                 "\u201ca bright, charismatic leader\u201d but not a manager.",
                 [("Senator Ruiz as \u201ca bright, charismatic leader\u201d but not a manager",
                   "mixed", "Hale")], id="refer-to-as-quoted"),
    pytest.param("The admiral refers to the new islands as military bases of a rival power.",
                 [("the new islands as military bases of a rival power", "indirect", "admiral")],
                 id="refer-to-as"),
    pytest.param("In her remarks, the mayor was referring to the budget office on Main Street.", [],
                 id="refer-to-thing-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
