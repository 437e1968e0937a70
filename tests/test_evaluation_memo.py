"""`evaluate` keeps the evaluative words of each token range per Doc (`_valent`, issue #16:
a claim's range was scanned again for each of its issues): the evaluations found are those
of a fresh scan, whatever the targets, skipped spans and parts of speech of the calls before.
Hand-built parsed Docs, no model."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.issues.evaluation import _VALENT, Target, evaluate, evaluative_words

VOCAB = Vocab()
# "a reckless plan is a disaster" (our own words)
WORDS = ["a", "reckless", "plan", "is", "a", "disaster"]
HEADS = [2, 2, 3, 3, 5, 3]
DEPS = ["det", "amod", "nsubj", "ROOT", "det", "attr"]
POS = ["DET", "ADJ", "NOUN", "AUX", "DET", "NOUN"]


def doc() -> Doc:
    return Doc(VOCAB, words=WORDS, heads=HEADS, deps=DEPS, pos=POS,
               lemmas=[w.lower() for w in WORDS])


CALLS = [
    # (targets as (start, end, side), lo, hi, skip, word_pos)
    ([(2, 3, 1)], 0, 6, (), frozenset({"ADJ", "NOUN"})),
    ([(2, 3, -1)], 0, 6, [(1, 2)], frozenset({"ADJ", "NOUN"})),
    ([(2, 3, 1)], 0, 6, (), frozenset({"ADJ"})),
    ([(2, 3, 1)], 0, 6, (), None),
    ([(5, 6, 1)], 0, 3, (), frozenset({"ADJ", "NOUN"})),
    ([], 0, 6, (), None),
]


def test_kept_words_give_the_evaluations_of_a_fresh_scan(stance_rules):
    shared = doc()
    for spec, lo, hi, skip, word_pos in CALLS:
        targets = [Target(" ".join(WORDS[s:e]), s, e, side) for s, e, side in spec]
        kept = evaluate(shared, targets, lo, hi, stance_rules, skip, word_pos)
        fresh = evaluate(doc(), targets, lo, hi, stance_rules, skip, word_pos)
        assert kept == fresh
    assert evaluate(shared, [Target("plan", 2, 3, 1)], 0, 6, stance_rules)   # it finds some
    assert _VALENT in shared.user_data


def test_evaluative_words_of_a_range(stance_rules):
    """What `_evaluations` asks first: a claim with none of these has no evaluation."""
    shared = doc()
    both = frozenset({"ADJ", "NOUN"})
    assert [i for i, _ in evaluative_words(shared, 0, 6, stance_rules, both)] == [1, 5]
    assert [i for i, _ in evaluative_words(shared, 0, 6, stance_rules, frozenset({"ADJ"}))] == [1]
    assert evaluative_words(shared, 2, 5, stance_rules, both) == []


def test_kept_valences_follow_each_tokens_tag_text_and_lemma(stance_rules):
    """The valence of a word is kept per (POS, lowercase text, lemma) across Docs: the same
    word tagged otherwise, written in capitals or with another lemma is looked up again."""
    adj = frozenset({"ADJ"})
    assert [i for i, _ in evaluative_words(doc(), 0, 6, stance_rules, adj)] == [1]
    as_noun = Doc(VOCAB, words=WORDS, heads=HEADS, deps=DEPS,
                  pos=["DET", "NOUN", "NOUN", "AUX", "DET", "NOUN"],
                  lemmas=[w.lower() for w in WORDS])
    assert evaluative_words(as_noun, 0, 6, stance_rules, adj) == []
    both = frozenset({"ADJ", "NOUN"})

    def capitals(lemma: str) -> Doc:   # this Vocab has no lowercase getter: lower_ = text
        return Doc(VOCAB, words=[w.upper() for w in WORDS], heads=HEADS, deps=DEPS, pos=POS,
                   lemmas=["a", lemma, "plan", "be", "a", "disaster"])

    def found(lemma: str) -> list[int]:
        return [i for i, _ in evaluative_words(capitals(lemma), 0, 6, stance_rules, both)]

    assert (found("reckless"), found("plain"), found("reckless")) == ([1, 5], [5], [1, 5])
