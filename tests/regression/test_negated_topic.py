"""A negated pronoun of talk leaves the topic phrase hung on it out of its scope (hand-written
rows, issue #13): "the hearing would turn up nothing about the minimum wage" denies some talk,
and the issue is only its topic: no negation of it, and the topic rule calls it talk about the
issue (neutral, topic:nothing>minimum wage). A verb's topic phrase stays in its negator's
scope ("will not vote on the minimum wage" opposes), and a negated noun that is an
evaluation keeps its own reading ("no increase of the minimum wage" opposes). Each row is an
attribution row (tests/regression_rows.py); STANCES says the stance and evidence of its claim
under the small taxonomy below."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row, check_stances, issue_params  # noqa: F401

TAXONOMY = '''
[[issue]]
id = "minimum_wage"
label = "Minimum wage"
proposition = "The minimum wage should be raised."
terms = ["minimum wage"]
'''

ROWS = [
    pytest.param("Ana Reyes said the hearing would turn up nothing about the minimum wage.",
                 [("the hearing would turn up nothing about the minimum wage", "indirect",
                   "Reyes")],
                 id="nothing-about-is-topic"),
    pytest.param("Ana Reyes said she had heard nothing about the minimum wage.",
                 [("she had heard nothing about the minimum wage", "indirect", "Reyes")],
                 id="heard-nothing-about-is-topic"),
    pytest.param("Ana Reyes said the council will not vote on the minimum wage.",
                 [("the council will not vote on the minimum wage", "indirect", "Reyes")],
                 id="negated-verb-topic-phrase-still-flips"),
    pytest.param("Ana Reyes said there would be no increase of the minimum wage.",
                 [("there would be no increase of the minimum wage", "indirect", "Reyes")],
                 id="negated-evaluation-noun-still-opposes"),
    pytest.param("Nothing about the minimum wage came up at the hearing on Monday.", [],
                 id="nothing-about-no-claim-none"),
]

# row id -> the stance and evidence of its claim (no claim: nothing to classify)
STANCES = {
    "nothing-about-is-topic": {"minimum_wage": ("neutral", "topic:nothing>minimum wage")},
    "heard-nothing-about-is-topic": {"minimum_wage": ("neutral", "topic:nothing>minimum wage")},
    "negated-verb-topic-phrase-still-flips": {"minimum_wage": (
        "oppose", "negation:not>minimum wage")},
    "negated-evaluation-noun-still-opposes": {"minimum_wage": (
        "oppose", "eval:increase+negation:no>minimum wage(pro)")},
    "nothing-about-no-claim-none": None,
}


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,stances", issue_params(ROWS, STANCES))
def test_stances(nlp, taxonomy, text, expected, stances):
    check_stances(nlp, taxonomy, text, expected, stances)
