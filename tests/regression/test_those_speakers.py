"""A demonstrative/quantifier pronoun with a modifier as the subject of a speech verb
reporting a clause is the speaker, as the whole phrase (resolve.described_pronoun):
'those surveyed say ...', 'Those close to X said ...'; a bare 'those said' or a described
pronoun without a report gives nothing (hand-written rows)."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Those surveyed say the economy is getting worse in rural counties.",
                 [("the economy is getting worse in rural counties", "indirect",
                   "those surveyed")], id="those-participle-say"),
    pytest.param("Those close to the mayor said she would not run for a third term.",
                 [("she would not run for a third term", "indirect",
                   "those close to the mayor")], id="those-adjective-said"),
    pytest.param("Some of those who attended the rally said the speech ran far too long.",
                 [("the speech ran far too long", "indirect",
                   "some of those who attended the rally")], id="some-of-those-relative-said"),
    pytest.param("Those who attended the meeting left early.", [], id="those-no-report-none"),
    pytest.param("Those said nothing at all.", [], id="those-bare-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
