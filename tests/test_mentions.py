"""Evaluation of the issue's own mention in a claim (detect._mentions): its signals with their
side, or the anaphor that refers back to it ("it is reckless"), judged by an evaluative
adjective or noun of the lexicon; works without `pro` / `con` targets in the taxonomy."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.issues.detect import MENTION_POS, _mentions, classify
from pipeline.issues.evaluation import Target, evaluate
from pipeline.issues.stance import Hit


def _hit(kind, issue, text, start, side=1):
    return Hit(kind, issue, text, start, start + 1, 0, 1, side)


MENTION_CASES = [
    # the claim names the issue itself: its signals, with their side
    ("", [_hit("signal", "tax", "tax", 2)], [_hit("consig", "tax", "tax", 2)],
     [("signal", "tax", 2, -1)]),
    ("", [_hit("signal", "tax", "tax", 2)], [_hit("prosig", "tax", "tax", 2)],
     [("signal", "tax", 2, 1)]),
    # a term the taxonomy gives no side (not named by the proposition, no pro / con target)
    ("", [_hit("signal", "tax", "tax", 2)], [], [("signal", "tax", 2, 0)]),
    # by anaphora: the anaphor stands for the issue, on the side of what it refers to
    ("context:it", [_hit("signal", "tax", "tax", 9)],
     [_hit("anaphor", None, "it", 0), _hit("pro", "tax", "tax", 9)], [("signal", "it", 0, 1)]),
    ("context:it", [_hit("signal", "tax", "tax", 9)], [_hit("anaphor", None, "it", 0)],
     [("signal", "it", 0, 0)]),
    # the issue named only around the claim: no mention to evaluate
    ("sentence", [_hit("signal", "tax", "tax", 9)], [_hit("anaphor", None, "it", 0)], []),
    ("context:it", [_hit("signal", "tax", "tax", 9)], [], []),
]


@pytest.mark.parametrize("via, signals, in_claim, expected", MENTION_CASES)
def test_mentions(via, signals, in_claim, expected):
    found = _mentions(signals, in_claim, in_claim + signals, via, "tax")
    assert [(h.kind, h.text, h.start, h.side) for h in found] == expected


def test_a_mention_is_judged_by_adjectives_and_nouns_only(stance_rules):
    """'voters support the plan': a verb of the lexicon near a mention is no judgement of it;
    'a reckless plan' is."""
    verb = Doc(Vocab(), words=["voters", "support", "the", "plan"], heads=[1, 1, 3, 1],
               deps=["nsubj", "ROOT", "det", "dobj"], pos=["NOUN", "VERB", "DET", "NOUN"],
               lemmas=["voter", "support", "the", "plan"])
    adj = Doc(Vocab(), words=["a", "reckless", "plan"], heads=[2, 2, 2],
              deps=["det", "amod", "ROOT"], pos=["DET", "ADJ", "NOUN"],
              lemmas=["a", "reckless", "plan"])
    plan_v, plan_a = [Target("plan", 3, 4, 1)], [Target("plan", 2, 3, 1)]
    assert [e.evidence() for e in evaluate(verb, plan_v, 0, 4, stance_rules)] == [
        "eval:support>plan(pro)"]
    assert evaluate(verb, plan_v, 0, 4, stance_rules, word_pos=MENTION_POS) == []
    assert [e.polarity for e in evaluate(adj, plan_a, 0, 3, stance_rules,
                                         word_pos=MENTION_POS)] == [-1]


# (text, claim start, issue, stance, evidence); the claim runs to the end of the text
MODEL_CASES = [
    # no pro/con targets on nuclear_power: its signal is judged
    ("Nuclear power is dangerous.", 0, "nuclear_power", "oppose",
     "eval:dangerous>Nuclear power(pro)"),
    ("Nuclear power is a wonderful solution.", 0, "nuclear_power", "support",
     "eval:wonderful>Nuclear power(pro)"),
    # by anaphora
    ("The minister unveiled plans for new nuclear reactors. Critics said it was reckless.",
     67, "nuclear_power", "oppose", "eval:reckless>it(pro)"),
    # a con-side signal ("Coal-fired power should be phased out."): blaming it supports
    ("Coal power is dirty.", 0, "coal_phaseout", "support", "eval:dirty>Coal power(con)"),
    # must not judge: no evaluative adjective or noun
    ("Nuclear power got a lot of attention this week.", 0, "nuclear_power", "support",
     "default"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, begin, issue, stance, evidence", MODEL_CASES)
def test_mention_evaluation_model(model, climate, text, begin, issue, stance, evidence):
    found = {r.issue: r for r in classify(model(text), begin, len(text), "said", climate)}
    assert found[issue].stance == stance, found[issue].evidence
    assert evidence in found[issue].evidence
