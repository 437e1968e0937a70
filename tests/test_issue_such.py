"""'such' before a noun refers back (issue #13, issue detection): "Lee said such a tax works."
after a sentence naming one issue takes that issue (stance.toml [context] anaphors "such/DET":
the predeterminer of "such a tax"), whatever the noun; "such as" ("cities such as Leeds", an
adjective introducing examples) is no anaphor. Hand-built Docs (words, tags, POS, parse): no
model."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.issues.detect import classify
from pipeline.issues.taxonomy import load_taxonomy

VOCAB = Vocab()
TAXONOMY = '''
[[issue]]
id = "transit"
label = "Transit levy"
proposition = "The city should fund buses with a transit levy."
terms = ["transit levy"]
'''


@pytest.fixture(scope="module")
def taxonomy(tmp_path_factory):
    path = tmp_path_factory.mktemp("issue_such") / "issues.toml"
    path.write_text(TAXONOMY, encoding="utf-8")
    return load_taxonomy(path)


FIRST = (["The", "city", "backs", "a", "transit", "levy", "."],
         ["DET", "NOUN", "VERB", "DET", "NOUN", "NOUN", "PUNCT"],
         ["DT", "NN", "VBZ", "DT", "NN", "NN", "."],
         [1, 2, 2, 5, 5, 2, 2],
         ["det", "nsubj", "ROOT", "det", "compound", "dobj", "punct"])
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


def two_sentences(first: tuple, second: tuple) -> tuple[Doc, int, int]:
    """The Doc of two parsed sentences and the char span of the second one's claim (from its
    third word to the word before the full stop)."""
    n = len(first[0])
    doc = Doc(VOCAB, words=first[0] + second[0], pos=first[1] + second[1],
              tags=first[2] + second[2], heads=first[3] + [h + n for h in second[3]],
              deps=first[4] + second[4])
    last = doc[n + len(second[0]) - 2]
    return doc, doc[n + 2].idx, last.idx + len(last.text)


def test_such_a_noun_takes_the_issue_named_before(taxonomy):
    doc, start, end = two_sentences(FIRST, SUCH_A_TAX)
    res = classify(doc, start, end, "said", taxonomy)   # "such a tax works"
    assert [(r.issue, r.evidence.split("| issue:")[1]) for r in res] == [
        ("transit", "context:such>transit levy")]


def test_such_as_takes_nothing_from_before(taxonomy):
    doc, start, end = two_sentences(FIRST, SUCH_AS)
    assert classify(doc, start, end, "said", taxonomy) == ()   # "cities such as Leeds pay"
