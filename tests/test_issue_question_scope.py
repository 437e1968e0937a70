"""A question takes no side on an issue it names (issue #13): "Will the carbon tax survive the
next election?" or, by anaphora, "Will it survive?" -> neutral. A question that does not name
the issue, a claim that takes its issue from the sentence around it ("On the carbon tax,
Smith said: is there nothing more?"), is not a question about the issue but a rhetorical
comment on it, and the other rules decide. Hand-built claims on a blank pipeline (no model)."""
from __future__ import annotations

import pytest

from pipeline.issues.detect import classify


def _carbon_tax(doc, start, end, climate):
    found = {r.issue: r for r in classify(doc, start, end, "said", climate)}
    return found["carbon_tax"]


@pytest.mark.parametrize("text, claim, stance, evidence", [
    # the question does not name the issue: a rhetorical comment, the other rules decide
    # (no "that"/"this" in them: in an untagged Doc those refer back as "it" does)
    ("On the carbon tax, Smith said: is there nothing more?", "is there nothing more?",
     "support", "default:support | issue:sentence>carbon tax"),
    ("On the carbon tax, Smith said: what could matter more than jobs?",
     "what could matter more than jobs?", "support", "default:support | issue:sentence>"),
    # unchanged: a question naming the issue asks about it
    ("Smith said: will the carbon tax survive the next election?",
     "will the carbon tax survive the next election?", "neutral", "question:?"),
    # unchanged: a question naming it by anaphora
    ("The government unveiled a carbon tax. Will it survive the next election?",
     "Will it survive the next election?", "neutral", "question:? | issue:context:it>"),
])
def test_question_about_the_issue(blank, climate, text, claim, stance, evidence):
    start = text.index(claim)
    result = _carbon_tax(blank(text), start, start + len(claim), climate)
    assert result.stance == stance, result.evidence
    assert evidence in result.evidence, result.evidence
