"""Stance by evaluation toward a side (pipeline.issues.evaluation), the issue-13 stance rules
(negation inside a phrase, questions, forecasts, reports of demands), issue context (anaphora,
gapped signal phrases)."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.issues.detect import classify
from pipeline.issues.evaluation import Target, evaluate, path

VOCAB = Vocab()


def parsed(words, heads, deps, pos, lemmas=None) -> Doc:
    """A hand-built parsed Doc (no model): heads are absolute token indices."""
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=lemmas or [w.lower() for w in words])


# ------------------------------------------------------ the dependency-path rule, no model

EVALUATION_CASES = [
    # (words, heads, deps, pos, target (start, end, side), expected [(polarity, evidence)])
    (["a", "reckless", "policy"], [2, 2, 2], ["det", "amod", "ROOT"], ["DET", "ADJ", "NOUN"],
     (2, 3, -1), [(1, "eval:reckless>policy(con)")]),
    (["a", "reckless", "policy"], [2, 2, 2], ["det", "amod", "ROOT"], ["DET", "ADJ", "NOUN"],
     (2, 3, 1), [(-1, "eval:reckless>policy(pro)")]),
    # negation in scope: "the plan is not good" -> oppose a pro plan
    (["the", "plan", "is", "not", "good"], [1, 2, 2, 2, 2],
     ["det", "nsubj", "ROOT", "neg", "acomp"], ["DET", "NOUN", "AUX", "PART", "ADJ"],
     (1, 2, 1), [(-1, "eval:good+negation:not>plan(pro)")]),
    # blaming those who block a measure supports it (one more edge allowed per blocker)
    (["senators", "who", "obstruct", "the", "nominee", "are", "shameful"],
     [5, 2, 0, 4, 2, 5, 5], ["nsubj", "nsubj", "relcl", "det", "dobj", "ROOT", "acomp"],
     ["NOUN", "PRON", "VERB", "DET", "NOUN", "AUX", "ADJ"],
     (4, 5, 1), [(1, "eval:shameful~blocker:obstruct>nominee(pro)")]),
    # a noun-noun compound is not an evaluation: "refugee crisis"
    (["the", "refugee", "crisis"], [2, 2, 2], ["det", "compound", "ROOT"],
     ["DET", "NOUN", "NOUN"], (1, 2, 1), []),
    # not across a clause: "it is clear that the tax passed"
    (["it", "is", "clear", "that", "the", "tax", "passed"], [1, 1, 1, 6, 5, 6, 1],
     ["nsubj", "ROOT", "acomp", "mark", "det", "nsubj", "ccomp"],
     ["PRON", "AUX", "ADJ", "SCONJ", "DET", "NOUN", "VERB"], (5, 6, 1), []),
    # a topic word of the lexicon ("war") is not an evaluation (stance.toml [evaluation].ignore)
    (["the", "war", "policy"], [2, 2, 2], ["det", "amod", "ROOT"], ["DET", "ADJ", "NOUN"],
     (2, 3, 1), []),
    # too far: "good" four edges from the target
    (["good", "news", "came", "from", "the", "plan"], [1, 2, 2, 2, 5, 3],
     ["amod", "nsubj", "ROOT", "prep", "det", "pobj"], ["ADJ", "NOUN", "VERB", "ADP", "DET",
                                                        "NOUN"], (5, 6, 1), []),
]


@pytest.mark.parametrize("words, heads, deps, pos, target, expected", EVALUATION_CASES)
def test_evaluation_by_dependency_path(stance_rules, words, heads, deps, pos, target, expected):
    doc = parsed(words, heads, deps, pos)
    start, end, side = target
    targets = [Target(doc[start:end].text, start, end, side)]
    found = evaluate(doc, targets, 0, len(doc), stance_rules)
    assert [(e.polarity, e.evidence()) for e in found] == expected


def test_no_parse_no_evaluation(stance_rules):
    doc = Doc(VOCAB, words=["a", "reckless", "policy"])
    assert evaluate(doc, [Target("policy", 2, 3, -1)], 0, 3, stance_rules) == []


def test_path_goes_up_to_the_common_head_and_down():
    doc = parsed(["the", "bill", "is", "a", "catastrophe"], [1, 2, 2, 4, 2],
                 ["det", "nsubj", "ROOT", "det", "attr"], ["DET", "NOUN", "AUX", "DET", "NOUN"])
    assert [t.text for t in path(doc[4], doc[1])] == ["catastrophe", "is", "bill"]


# ---------------------------------------------------- stance table (climate taxonomy)

# (claim text, issue, expected stance, a string the evidence must hold); no parse needed
STANCE_BLANK = [
    # a negator inside a stance phrase is part of it, not a flip of it
    ("There should be no more coal plants in this country.", "coal_phaseout", "support",
     "lexicon:no more coal(support)"),
    # questions, forecasts and reports of another party's demand take no side
    ("Will the carbon tax survive the next election?", "carbon_tax", "neutral", "question:?"),
    ("Carbon prices are expected to rise next year.", "carbon_tax", "neutral", "process:"),
    ("the industry's demand for a carbon tax exemption", "carbon_tax", "neutral", "report:"),
    # a stance phrase still decides a rhetorical question
    ("Why would anyone scrap the carbon tax?", "carbon_tax", "oppose", "lexicon:scrap"),
    # a negator outside the phrase still flips it
    ("The government will not close the coal plants.", "coal_phaseout", "oppose", "negation:"),
]


@pytest.mark.parametrize("text, issue, stance, evidence", STANCE_BLANK)
def test_stance_rules_blank(blank, climate, text, issue, stance, evidence):
    found = {r.issue: r for r in classify(blank(text), 0, len(text), "said", climate)}
    assert found[issue].stance == stance, found[issue].evidence
    assert evidence in found[issue].evidence


# evaluation of a side needs the parse: the model
STANCE_MODEL = [
    ("The carbon tax is a reckless idea.", "carbon_tax", "oppose", "eval:reckless"),
    ("The carbon tax is a good idea.", "carbon_tax", "support", "eval:good"),
    ("The carbon tax is not a good idea.", "carbon_tax", "oppose", "negation:not"),
    ("The polluters behind this carbon tax campaign are shameless liars.", "carbon_tax",
     "support", "(con)"),
    ("Will the carbon tax survive the next election?", "carbon_tax", "neutral", "question"),
    pytest.param("Those who block the carbon tax are shameful.", "carbon_tax", "support",
                 "blocker", marks=pytest.mark.xfail(
                     strict=True, reason="the small model attaches 'block' as the ROOT verb: "
                     "the path from 'shameful' does not pass the blocker")),
]


@pytest.mark.model
@pytest.mark.parametrize("text, issue, stance, evidence", STANCE_MODEL)
def test_stance_by_evaluation_model(model, climate, text, issue, stance, evidence):
    found = {r.issue: r for r in classify(model(text), 0, len(text), "said", climate)}
    assert found[issue].stance == stance, found[issue].evidence
    assert evidence in found[issue].evidence


# ------------------------------------------------------------------ issue context

CONTEXT_CASES = [
    # (text, claim starts at, expected issues, evidence)
    ("The government unveiled a carbon tax on Monday. The opposition said the proposal "
     "would hurt families.", "the proposal", {"carbon_tax": "oppose"}, "context:the proposal"),
    ("The government unveiled a carbon tax on Monday. Critics said it would hurt families.",
     "it would", {"carbon_tax": "oppose"}, "context:it"),
    ("The minister spoke on Monday. Critics said the proposal would hurt families.",
     "the proposal", {}, ""),
    # the one issue named in the rest of the claim's sentence
    ("On the carbon tax, the minister said families would pay more.", "families",
     {"carbon_tax": "support"}, "issue:sentence>carbon tax"),
    # two issues around the claim: no guess
    ("On coal plants and the carbon tax, the minister said families would pay more.",
     "families", {}, ""),
    # a gapped signal phrase: "clean energy" ~ "clean, cheap energy"
    ("She said clean, cheap energy must be expanded.", "clean", {"renewables": "support"},
     "issue:clean, cheap energy"),
]


@pytest.mark.parametrize("text, begin, expected, evidence", CONTEXT_CASES)
def test_issue_from_context(blank, climate, text, begin, expected, evidence):
    start = text.index(begin)
    found = classify(blank(text), start, len(text), "said", climate)
    assert {r.issue: r.stance for r in found} == expected
    assert all(evidence in r.evidence for r in found)
