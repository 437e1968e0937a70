"""'such' before a noun refers back (issue #13, issue detection): "Lee said such a tax works."
after a sentence naming one issue takes that issue (stance.toml [context] anaphors "such/DET":
the predeterminer of "such a tax"), whatever the noun; "such as" ("cities such as Leeds", an
adjective introducing examples) is no anaphor. Hand-built Docs (words, tags, POS, parse): no
model."""
from __future__ import annotations

import pytest
from issue_docs import context_evidence, load_toml_taxonomy, naming_sentence, two_sentences

from pipeline.issues.detect import classify


@pytest.fixture(scope="module")
def taxonomy(tmp_path_factory):
    return load_toml_taxonomy(tmp_path_factory, "issue_such")


FIRST = naming_sentence()
SUCH_A_TAX = (["Lee", "said", "such", "a", "tax", "works", "."],
              ["PROPN", "VERB", "DET", "DET", "NOUN", "VERB", "PUNCT"],
              ["NNP", "VBD", "PDT", "DT", "NN", "VBZ", "."],
              [1, 1, 4, 4, 5, 1, 1],
              ["nsubj", "ROOT", "predet", "det", "nsubj", "ccomp", "punct"])
SUCH_AS = (["Lee", "said", "cities", "such", "as", "Leeds", "pay", "."],
           ["PROPN", "VERB", "NOUN", "ADJ", "ADP", "PROPN", "VERB", "PUNCT"],
           ["NNP", "VBD", "NNS", "JJ", "IN", "NNP", "VBP", "."],
           [1, 1, 6, 4, 2, 4, 1, 1],
           ["nsubj", "ROOT", "nsubj", "amod", "prep", "pobj", "ccomp", "punct"])


def test_such_a_noun_takes_the_issue_named_before(taxonomy):
    doc, start, end = two_sentences(FIRST, SUCH_A_TAX)
    res = classify(doc, start, end, "said", taxonomy)   # "such a tax works"
    assert context_evidence(res) == [
        ("transit", "context:such>transit levy")]


def test_such_as_takes_nothing_from_before(taxonomy):
    doc, start, end = two_sentences(FIRST, SUCH_AS)
    assert classify(doc, start, end, "said", taxonomy) == ()   # "cities such as Leeds pay"
