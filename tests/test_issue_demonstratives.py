"""A demonstrative pronoun alone refers back (issue #13, issue detection): "Lee said she
supports that." after a sentence naming one issue takes that issue (stance.toml [context]
anaphors "this|that/PRON"); the relative pronoun "that" ("laws that help") refers to the noun
before it and takes nothing from the sentence before, and "that" after a sentence naming two
issues takes neither. A demonstrative before any noun refers back too ("this fight goes on"),
but not a time ("this week", a DATE entity). Hand-built Docs (words, tags, POS, parse): no
model."""
from __future__ import annotations

import pytest
from issue_docs import (TRANSIT, context_evidence, load_toml_taxonomy, naming_sentence,
                        two_sentences)
from spacy.tokens import Span

from pipeline.issues.detect import classify

TAXONOMY = TRANSIT + '''
[[issue]]
id = "seawall"
label = "Sea wall"
proposition = "The city should build a sea wall."
terms = ["sea wall"]
'''


@pytest.fixture(scope="module")
def taxonomy(tmp_path_factory):
    return load_toml_taxonomy(tmp_path_factory, "issue_demonstratives", TAXONOMY)


FIRST = naming_sentence()
BOTH = (["The", "city", "backs", "a", "transit", "levy", "and", "a", "sea", "wall", "."],
        ["DET", "NOUN", "VERB", "DET", "NOUN", "NOUN", "CCONJ", "DET", "NOUN", "NOUN", "PUNCT"],
        ["DT", "NN", "VBZ", "DT", "NN", "NN", "CC", "DT", "NN", "NN", "."],
        [1, 2, 2, 5, 5, 2, 5, 9, 9, 5, 2],
        ["det", "nsubj", "ROOT", "det", "compound", "dobj", "cc", "det", "compound", "conj",
         "punct"])
SUPPORTS_THAT = (["Lee", "said", "she", "supports", "that", "."],
                 ["PROPN", "VERB", "PRON", "VERB", "PRON", "PUNCT"],
                 ["NNP", "VBD", "PRP", "VBZ", "DT", "."],
                 [1, 1, 3, 1, 3, 1],
                 ["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "punct"])
LAWS_THAT = (["Lee", "said", "she", "wants", "laws", "that", "help", "."],
             ["PROPN", "VERB", "PRON", "VERB", "NOUN", "PRON", "VERB", "PUNCT"],
             ["NNP", "VBD", "PRP", "VBZ", "NNS", "WDT", "VBP", "."],
             [1, 1, 3, 1, 3, 6, 4, 1],
             ["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "nsubj", "relcl", "punct"])


def test_that_alone_takes_the_issue_named_before(taxonomy):
    doc, start, end = two_sentences(FIRST, SUPPORTS_THAT)
    res = classify(doc, start, end, "said", taxonomy)   # "she supports that"
    assert context_evidence(res) == [
        ("transit", "context:that>transit levy")]


def test_a_relative_that_takes_nothing_from_before(taxonomy):
    doc, start, end = two_sentences(FIRST, LAWS_THAT)
    assert classify(doc, start, end, "said", taxonomy) == ()   # "she wants laws that help"


def test_that_alone_after_two_issues_takes_neither(taxonomy):
    doc, start, end = two_sentences(BOTH, SUPPORTS_THAT)
    assert classify(doc, start, end, "said", taxonomy) == ()


FIGHT = (["Lee", "said", "this", "fight", "goes", "on", "."],
         ["PROPN", "VERB", "DET", "NOUN", "VERB", "ADP", "PUNCT"],
         ["NNP", "VBD", "DT", "NN", "VBZ", "RP", "."],
         [1, 1, 3, 4, 1, 4, 1],
         ["nsubj", "ROOT", "det", "nsubj", "ccomp", "prt", "punct"])
WEEK = (["Lee", "said", "this", "week", "went", "well", "."],
        ["PROPN", "VERB", "DET", "NOUN", "VERB", "ADV", "PUNCT"],
        ["NNP", "VBD", "DT", "NN", "VBD", "RB", "."],
        [1, 1, 3, 4, 1, 4, 1],
        ["nsubj", "ROOT", "det", "nsubj", "ccomp", "advmod", "punct"])


def test_a_demonstrative_noun_phrase_takes_the_issue_named_before(taxonomy):
    """'this fight': a demonstrative before any noun refers back (anaphors
    "this|that|these|those/DET"), not only before the nouns the anaphor list names."""
    doc, start, end = two_sentences(FIRST, FIGHT)
    res = classify(doc, start, end, "said", taxonomy)   # "this fight goes on"
    assert context_evidence(res) == [
        ("transit", "context:this>transit levy")]


def test_a_date_is_no_anaphor(taxonomy):
    """'this week' (a DATE entity) refers to a time, not to the levy named before."""
    doc, start, end = two_sentences(FIRST, WEEK)
    n = len(FIRST[0])
    doc.ents = [Span(doc, n + 2, n + 4, label="DATE")]
    assert classify(doc, start, end, "said", taxonomy) == ()   # "this week went well"
