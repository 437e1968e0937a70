"""An elided verb phrase whose antecedent is a verb of the claim itself takes nothing from
before (issue #13, issue detection): in "Lee said we ask to speak and say you can't" the bare
"can't" (spaCy: "ca" + "n't") stands for the claim's own "ask to speak", so the claim does not
take the issue of the sentence before (detect._inner_antecedent); "Lee said she can't" still
does, as "she would" does. Hand-built Docs (words, tags, POS, parse): no model."""
from __future__ import annotations

import pytest
from issue_docs import context_evidence, load_toml_taxonomy, naming_sentence, two_sentences

from pipeline.issues.detect import classify


@pytest.fixture(scope="module")
def taxonomy(tmp_path_factory):
    return load_toml_taxonomy(tmp_path_factory, "issue_inner_ellipsis")


FIRST = naming_sentence("weighs")
INNER = (["Lee", "said", "we", "ask", "to", "speak", "and", "say", "you", "ca", "n't", "."],
         ["PROPN", "VERB", "PRON", "VERB", "PART", "VERB", "CCONJ", "VERB", "PRON", "AUX",
          "PART", "PUNCT"],
         ["NNP", "VBD", "PRP", "VBP", "TO", "VB", "CC", "VBP", "PRP", "MD", "RB", "."],
         [1, 1, 3, 1, 5, 3, 3, 3, 9, 7, 9, 1],
         ["nsubj", "ROOT", "nsubj", "ccomp", "aux", "xcomp", "cc", "conj", "nsubj", "ccomp",
          "neg", "punct"])
SHE_CANT = (["Lee", "said", "she", "ca", "n't", "."],
            ["PROPN", "VERB", "PRON", "AUX", "PART", "PUNCT"],
            ["NNP", "VBD", "PRP", "MD", "RB", "."],
            [1, 1, 3, 1, 3, 1],
            ["nsubj", "ROOT", "nsubj", "ccomp", "neg", "punct"])


def test_an_antecedent_inside_the_claim_takes_nothing_from_before(taxonomy):
    doc, start, end = two_sentences(FIRST, INNER)
    assert classify(doc, start, end, "said", taxonomy) == ()


def test_a_bare_cannot_still_refers_back(taxonomy):
    doc, start, end = two_sentences(FIRST, SHE_CANT)
    assert context_evidence(classify(doc, start, end, "said", taxonomy)) == [
        ("transit", "context:ca>transit levy")]
