"""Words of degree toward a side (stance.toml [evaluation] too_little / enough): calling what a
side does too little wants more of it, calling it enough wants no more; "not enough" is read
by the evaluation, not as a negation of the side (hand-built parsed Docs, no model)."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.issues.evaluation import Evaluation, Target, evaluate
from pipeline.issues.stance import Hit, Negation, decide

VOCAB = Vocab()


def parsed(words, heads, deps, pos) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=[w.lower() for w in words])


# "the levees were inadequate" / "the city had enough levees" / "the levees were not enough"
INADEQUATE = (["the", "levees", "were", "inadequate"], [1, 2, 2, 2],
              ["det", "nsubj", "ROOT", "acomp"], ["DET", "NOUN", "AUX", "ADJ"])
ENOUGH = (["the", "city", "had", "enough", "levees"], [1, 2, 2, 4, 2],
          ["det", "nsubj", "ROOT", "amod", "dobj"], ["DET", "NOUN", "VERB", "ADJ", "NOUN"])
NOT_ENOUGH = (["the", "levees", "were", "not", "enough"], [1, 2, 2, 2, 2],
              ["det", "nsubj", "ROOT", "neg", "acomp"], ["DET", "NOUN", "AUX", "PART", "ADJ"])


@pytest.mark.parametrize("doc_parts, target, expected", [
    (INADEQUATE, (1, 2), [(1, "eval:inadequate>levees(pro)")]),
    (ENOUGH, (4, 5), [(-1, "eval:enough>levees(pro)")]),
    (NOT_ENOUGH, (1, 2), [(1, "eval:enough+negation:not>levees(pro)")]),
])
def test_degree_words_judge_a_side(stance_rules, doc_parts, target, expected):
    doc = parsed(*doc_parts)
    found = evaluate(doc, [Target(doc[target[0]:target[1]].text, *target, 1)], 0, len(doc),
                     stance_rules)
    assert [(e.polarity, e.evidence()) for e in found] == expected


def test_quality_words_keep_their_valence(stance_rules):
    """Only the listed degree words are turned: "reckless" still blames."""
    doc = parsed(["the", "levees", "were", "reckless"], *INADEQUATE[1:])
    found = evaluate(doc, [Target("levees", 1, 2, 1)], 0, len(doc), stance_rules)
    assert [e.polarity for e in found] == [-1]


def _negated_signal(stance_rules, evaluations):
    """'the levees were not enough': signal 'levees' (pro) in the scope of 'not'."""
    signal = Hit("signal", "levees", "levees", 1, 2, 4, 10, side=1)
    neg = Negation(Hit("negator", None, "not", 3, 4, 16, 19), 0, 5, False)
    return decide("said", [signal], [neg.hit], [neg], False, stance_rules, evaluations)


def test_not_enough_is_the_evaluations_negation(stance_rules):
    """The negator the evaluation took in does not also negate the side it judges."""
    judged = Evaluation("enough", Target("levees", 1, 2, 1), 1, "+negation:not", (3,))
    assert _negated_signal(stance_rules, [judged]) == (
        "support", "eval:enough+negation:not>levees(pro)")


def test_negation_stays_when_evaluations_cancel(stance_rules):
    """Evaluations that cancel out decide nothing: the negation of the side still does."""
    a = Evaluation("convincing", Target("levees", 1, 2, 1), -1, "+negation:not", (3,))
    b = Evaluation("argument", Target("levees", 1, 2, 1), 1, "+negation:not", (3,))
    assert _negated_signal(stance_rules, [a, b]) == ("oppose", "negation:not>levees")
