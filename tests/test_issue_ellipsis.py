"""An elided verb phrase refers back (issue #13, issue detection): "Lee said she would." after
a sentence naming one issue takes that issue, as "she would back it" does: the claim ends in an
auxiliary or modal that heads its clause with no verb or complement of its own
(detect._ellipsis; "she would not" too). "she would go" has a verb of its own and takes nothing
from before. Hand-built Docs (words, tags, POS, parse): no model."""
from __future__ import annotations

import pytest
from issue_docs import context_evidence, load_toml_taxonomy, naming_sentence, two_sentences

from pipeline.issues.detect import classify


@pytest.fixture(scope="module")
def taxonomy(tmp_path_factory):
    return load_toml_taxonomy(tmp_path_factory, "issue_ellipsis")


FIRST = naming_sentence("weighs")
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


@pytest.mark.parametrize("second", [SHE_WOULD, WOULD_NOT], ids=["would", "would-not"])
def test_an_elided_verb_phrase_takes_the_issue_named_before(taxonomy, second):
    doc, start, end = two_sentences(FIRST, second)
    res = classify(doc, start, end, "said", taxonomy)   # "she would", "she would not"
    assert context_evidence(res) == [
        ("transit", "context:would>transit levy")]


def test_a_verb_of_its_own_takes_nothing_from_before(taxonomy):
    doc, start, end = two_sentences(FIRST, WOULD_GO)
    assert classify(doc, start, end, "said", taxonomy) == ()   # "she would go"
