"""Short quoted sentences going on with a direct quote (hand-written rows): a quotation of
one or two words that is a sentence of its own right after '"A," X said.' is X's; a quoted
term opening a sentence, one after a reported (indirect) claim, or one after another
speaker's clause is not."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("“It was a long night for the whole team,” Coach Dana Morrow said. “We lost.”",
                 [("It was a long night for the whole team,", "direct", "Morrow"),
                  ("We lost.", "direct", "Morrow")], id="two-word-sentence"),
    pytest.param('"The budget has no room for the new pool," said Treasurer Ivan Ruiz. "None."',
                 [("The budget has no room for the new pool,", "direct", "Ruiz"),
                  ("None.", "direct", "Ruiz")], id="one-word-sentence-inverted-frame"),
    pytest.param('"Will the ferry run on Sunday?" Captain Mia Holt asked. "Never!"',
                 [("Will the ferry run on Sunday?", "direct", "Holt"),
                  ("Never!", "direct", "Holt")], id="exclamation-after-question"),
    # --- must find nothing more than the first quotation
    pytest.param('"The rally was peaceful," Sheriff Tom Aldo said. "No Dam" signs lined '
                 'the road.',
                 [("The rally was peaceful,", "direct", "Aldo")], id="quoted-term-opens-sentence-none"),
    pytest.param('"The rally was peaceful," Sheriff Tom Aldo said, and his deputy shook his head. '
                 '"Hardly."',
                 [("The rally was peaceful,", "direct", "Aldo")], id="other-clause-between-none"),
    pytest.param("Sheriff Tom Aldo said the rally was peaceful. “Mostly.”",
                 [("the rally was peaceful", "indirect", "Aldo")], id="after-indirect-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
