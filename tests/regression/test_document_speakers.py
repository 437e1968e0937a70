"""A document named by its common noun speaks as the document (hand-written rows): 'the
statement said' after its issuer is the issuer's statement; 'the data' stays the data;
a document that is only mentioned says nothing."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("The Harbor Authority reopened the east gate on Tuesday. \"The port will reopen "
                 "to all freight traffic next week,\" the statement said.",
                 [("The port will reopen to all freight traffic next week,", "direct",
                   "statement")],
                 id="document-statement-said"),
    pytest.param("The county health office updated its website on Monday. According to "
                 "the data, flu cases fell by a third in the northern districts.",
                 [("flu cases fell by a third in the northern districts", "indirect", "data")],
                 id="document-according-to-data"),
    pytest.param("The statement was printed in three languages and handed to every driver at "
                 "the gate.", [],
                 id="document-mentioned-nothing"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
