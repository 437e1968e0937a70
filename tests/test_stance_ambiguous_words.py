"""Lexicon words whose news sense is not the lexicon's ([evaluation] ignore in stance.toml):
"critical" is negative in VADER but mostly means crucial in news, so "X's critical role"
is no blame of X; a negator of [negation] ("lack") negates and is no evaluation, though VADER
scores it (hand-built parsed Docs, no model)."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.issues.evaluation import Target, evaluate

VOCAB = Vocab()


def parsed(words, heads, deps, pos) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=[w.lower() for w in words])


# "they noted the clinics 's critical role" (target: the clinics, pro side)
CRITICAL_ROLE = (["they", "noted", "the", "clinics", "'s", "critical", "role"],
                 [1, 1, 3, 6, 3, 6, 1],
                 ["nsubj", "ROOT", "det", "poss", "case", "amod", "dobj"],
                 ["PRON", "VERB", "DET", "NOUN", "PART", "ADJ", "NOUN"])
# "the clinics were reckless": a quality word of the lexicon still blames
RECKLESS = (["the", "clinics", "were", "reckless"], [1, 2, 2, 2],
            ["det", "nsubj", "ROOT", "acomp"], ["DET", "NOUN", "AUX", "ADJ"])


def test_critical_is_no_blame(stance_rules):
    doc = parsed(*CRITICAL_ROLE)
    found = evaluate(doc, [Target("clinics", 3, 4, 1)], 0, len(doc), stance_rules)
    assert [e.evidence() for e in found] == []


def test_other_negative_words_still_blame(stance_rules):
    doc = parsed(*RECKLESS)
    found = evaluate(doc, [Target("clinics", 1, 2, 1)], 0, len(doc), stance_rules)
    assert [(e.polarity, e.evidence()) for e in found] == [(-1, "eval:reckless>clinics(pro)")]


# "the nominee 's lack of a record": "lack" negates (no record), it does not blame the nominee
LACK = (["the", "nominee", "'s", "lack", "of", "a", "record"], [1, 3, 1, 3, 3, 6, 4],
        ["det", "poss", "case", "ROOT", "prep", "det", "pobj"],
        ["DET", "NOUN", "PART", "NOUN", "ADP", "DET", "NOUN"])


def test_a_negator_is_no_evaluation(stance_rules):
    assert "lack" in [w.lower() for w in stance_rules.negators]
    doc = parsed(*LACK)
    found = evaluate(doc, [Target("nominee", 1, 2, 1)], 0, len(doc), stance_rules)
    assert [e.evidence() for e in found] == []
