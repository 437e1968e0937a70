"""A signal term inside a longer proper name names that other thing (issue #13, issue
detection): "Bank" of "the World Bank", "Wall Street" of "the Wall Street Journal" are no
mention of bank regulation; the name itself, a hyphenated word ("anti-TPP"), a law's name and
title-case headline words still are. Hand-built Docs (words, POS, entities): no model."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.issues.detect import classify

VOCAB = Vocab()
TAXONOMY = '''
[[issue]]
id = "banks"
label = "Bank rules"
proposition = "Wall Street and big banks should be regulated more strictly."
terms = ["Wall Street", "bank|banks", "TPP"]
'''


@pytest.fixture(scope="module")
def taxonomy(tmp_path_factory):
    from pipeline.issues.taxonomy import load_taxonomy
    path = tmp_path_factory.mktemp("issue_names") / "issues.toml"
    path.write_text(TAXONOMY, encoding="utf-8")
    return load_taxonomy(path)


def issues(taxonomy, tokens: list[tuple[str, str, str]], spaces: list[bool] | None = None):
    """Issues of a claim that is the whole Doc: tokens (word, POS, entity IOB tag)."""
    words = [w for w, _, _ in tokens]
    doc = Doc(VOCAB, words=words, spaces=spaces, pos=[p for _, p, _ in tokens],
              ents=[e for _, _, e in tokens])
    return [r.issue for r in classify(doc, 0, len(doc.text), "said", taxonomy,
                                      context="claim")]


def tail(*words: str) -> list[tuple[str, str, str]]:
    return [(w, "VERB" if w in ("lends", "is") else "ADJ", "O") for w in words]


@pytest.mark.parametrize("name, expected", [
    ([("the", "DET", "B-ORG"), ("World", "PROPN", "I-ORG"), ("Bank", "PROPN", "I-ORG")], []),
    ([("the", "DET", "B-ORG"), ("Wall", "PROPN", "I-ORG"), ("Street", "PROPN", "I-ORG"),
      ("Journal", "PROPN", "I-ORG")], []),
    ([("the", "DET", "O"), ("big", "ADJ", "O"), ("banks", "NOUN", "O")], ["banks"]),
    ([("Wall", "PROPN", "B-LOC"), ("Street", "PROPN", "I-LOC")], ["banks"]),
    ([("the", "DET", "B-LAW"), ("Wall", "PROPN", "I-LAW"), ("Street", "PROPN", "I-LAW"),
      ("Reform", "PROPN", "I-LAW"), ("Act", "PROPN", "I-LAW")], ["banks"]),
    ([("Action", "PROPN", "B-ORG"), ("On", "ADP", "I-ORG"), ("Banks", "PROPN", "I-ORG")],
     ["banks"]),
], ids=["world-bank-none", "wsj-none", "big-banks", "wall-street", "law-name", "headline"])
def test_a_term_inside_a_longer_name(taxonomy, name, expected):
    assert issues(taxonomy, name + tail("is", "wrong")) == expected


def test_a_hyphenated_word_still_names_the_term(taxonomy):
    tokens = [("Anti", "PROPN", "B-ORG"), ("-", "PUNCT", "I-ORG"), ("TPP", "PROPN", "I-ORG"),
              ("is", "VERB", "O"), ("wrong", "ADJ", "O")]
    assert issues(taxonomy, tokens, [False, False, True, True, False]) == ["banks"]


def test_names_near_some_tokens_are_the_names_of_their_entities():
    """`_names(doc, near)` (what doc_hits asks for: the ends of its signals) holds the same
    spans as the doc-wide `_names` for the entities holding one of those tokens, no other."""
    from pipeline.issues.detect import _names
    tokens = [("the", "DET", "B-ORG"), ("World", "PROPN", "I-ORG"), ("Bank", "PROPN", "I-ORG"),
              ("and", "CCONJ", "O"), ("Wall", "PROPN", "B-LOC"), ("Street", "PROPN", "I-LOC"),
              ("differ", "VERB", "O")]
    doc = Doc(VOCAB, words=[w for w, _, _ in tokens], pos=[p for _, p, _ in tokens],
              ents=[e for _, _, e in tokens])
    every = _names(doc)
    assert every == {1: (1, 3), 2: (1, 3), 4: (4, 6), 5: (4, 6)}
    assert _names(doc, {2}) == {1: (1, 3), 2: (1, 3)}
    assert _names(doc, {5, 6}) == {4: (4, 6), 5: (4, 6)}
    assert _names(doc, {0, 3}) == {1: (1, 3), 2: (1, 3)}
    assert _names(doc, set()) == {}
