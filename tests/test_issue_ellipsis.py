"""An elided verb phrase refers back (issue #13, issue detection): "Lee said she would." after
a sentence naming one issue takes that issue, as "she would back it" does: the claim ends in an
auxiliary or modal that heads its clause with no verb or complement of its own
(detect._ellipsis; "she would not" too). "she would go" has a verb of its own and takes nothing
from before. Hand-built Docs (words, tags, POS, parse): no model."""
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
    path = tmp_path_factory.mktemp("issue_ellipsis") / "issues.toml"
    path.write_text(TAXONOMY, encoding="utf-8")
    return load_taxonomy(path)


FIRST = (["The", "city", "weighs", "a", "transit", "levy", "."],
         ["DET", "NOUN", "VERB", "DET", "NOUN", "NOUN", "PUNCT"],
         ["DT", "NN", "VBZ", "DT", "NN", "NN", "."],
         [1, 2, 2, 5, 5, 2, 2],
         ["det", "nsubj", "ROOT", "det", "compound", "dobj", "punct"])
SHE_WOULD = (["Lee", "said", "she", "would", "."],
             ["PROPN", "VERB", "PRON", "AUX", "PUNCT"],
             ["NNP", "VBD", "PRP", "MD", "."],
             [1, 1, 3, 1, 1],
             ["nsubj", "ROOT", "nsubj", "ccomp", "punct"])
WOULD_NOT = (["Lee", "said", "she", "would", "not", "."],
             ["PROPN", "VERB", "PRON", "AUX", "PART", "PUNCT"],
             ["NNP", "VBD", "PRP", "MD", "RB", "."],
             [1, 1, 3, 1, 3, 1],
             ["nsubj", "ROOT", "nsubj", "ccomp", "neg", "punct"])
WOULD_GO = (["Lee", "said", "she", "would", "go", "."],
            ["PROPN", "VERB", "PRON", "AUX", "VERB", "PUNCT"],
            ["NNP", "VBD", "PRP", "MD", "VB", "."],
            [1, 1, 4, 4, 1, 1],
            ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"])


def two_sentences(first: tuple, second: tuple) -> tuple[Doc, int, int]:
    """The Doc of two parsed sentences and the char span of the second one's claim (from its
    third word to the word before the full stop)."""
    n = len(first[0])
    doc = Doc(VOCAB, words=first[0] + second[0], pos=first[1] + second[1],
              tags=first[2] + second[2], heads=first[3] + [h + n for h in second[3]],
              deps=first[4] + second[4])
    last = doc[n + len(second[0]) - 2]
    return doc, doc[n + 2].idx, last.idx + len(last.text)


@pytest.mark.parametrize("second", [SHE_WOULD, WOULD_NOT], ids=["would", "would-not"])
def test_an_elided_verb_phrase_takes_the_issue_named_before(taxonomy, second):
    doc, start, end = two_sentences(FIRST, second)
    res = classify(doc, start, end, "said", taxonomy)   # "she would", "she would not"
    assert [(r.issue, r.evidence.split("| issue:")[1]) for r in res] == [
        ("transit", "context:would>transit levy")]


def test_a_verb_of_its_own_takes_nothing_from_before(taxonomy):
    doc, start, end = two_sentences(FIRST, WOULD_GO)
    assert classify(doc, start, end, "said", taxonomy) == ()   # "she would go"
