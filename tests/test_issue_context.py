"""Which claims take an issue from their context (issue #13, issue detection): a claim that is
a person's name ("criticized Smith over the carbon tax") or a he/she pronoun alone
("criticized her over the carbon tax") takes no issue from its sentence, nor does a wh-pronoun
that is no relative pronoun ("what" in "What worries Lee is the carbon tax").
Hand-built Docs (words, POS, parse, entities): no model."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.issues.detect import classify
from pipeline.issues.taxonomy import load_taxonomy

VOCAB = Vocab()
TAXONOMY = '''
[[issue]]
id = "carbon_tax"
label = "Carbon tax"
proposition = "The city should tax carbon."
terms = ["carbon tax"]
'''


@pytest.fixture(scope="module")
def taxonomy(tmp_path_factory):
    path = tmp_path_factory.mktemp("issue_context") / "issues.toml"
    path.write_text(TAXONOMY, encoding="utf-8")
    return load_taxonomy(path)


def person_doc(claim_pos: str, claim_ent: str) -> Doc:
    """'Jones criticized <Smith|plans> over the carbon tax .': the claim is the object."""
    words = ["Jones", "criticized", "Smith" if claim_pos == "PROPN" else "plans", "over", "the",
             "carbon", "tax", "."]
    return Doc(VOCAB, words=words,
               pos=["PROPN", "VERB", claim_pos, "ADP", "DET", "NOUN", "NOUN", "PUNCT"],
               heads=[1, 1, 1, 1, 6, 6, 3, 1],
               deps=["nsubj", "ROOT", "dobj", "prep", "det", "compound", "pobj", "punct"],
               ents=["B-PERSON", "O", claim_ent, "O", "O", "O", "O", "O"])


def test_a_person_claim_takes_no_issue_from_its_sentence(taxonomy):
    doc = person_doc("PROPN", "B-PERSON")
    start = doc[2].idx
    assert classify(doc, start, start + 5, "criticized", taxonomy) == ()   # must not be tagged


def test_a_non_person_claim_still_takes_the_sentence_issue(taxonomy):
    doc = person_doc("NOUN", "O")
    start = doc[2].idx
    res = classify(doc, start, start + 5, "criticized", taxonomy)   # "plans"
    assert [r.issue for r in res] == ["carbon_tax"] and "issue:sentence>" in res[0].evidence


def test_a_person_claim_naming_the_issue_keeps_it(taxonomy):
    doc = person_doc("PROPN", "B-PERSON")
    start = doc[2].idx
    assert [r.issue for r in classify(doc, start, len(doc.text) - 2, "criticized",
                                      taxonomy)] == ["carbon_tax"]


def pronoun_doc(word: str, morph: str) -> Doc:
    """'Jones criticized <her|it> over the carbon tax .': the claim is the pronoun object."""
    words = ["Jones", "criticized", word, "over", "the", "carbon", "tax", "."]
    return Doc(VOCAB, words=words,
               pos=["PROPN", "VERB", "PRON", "ADP", "DET", "NOUN", "NOUN", "PUNCT"],
               morphs=["", "", morph, "", "", "", "", ""],
               heads=[1, 1, 1, 1, 6, 6, 3, 1],
               deps=["nsubj", "ROOT", "dobj", "prep", "det", "compound", "pobj", "punct"],
               ents=["B-PERSON", "O", "O", "O", "O", "O", "O", "O"])


def test_a_gendered_pronoun_claim_takes_no_issue_from_its_sentence(taxonomy):
    doc = pronoun_doc("her", "Case=Acc|Gender=Fem|Number=Sing|Person=3|PronType=Prs")
    start = doc[2].idx
    assert classify(doc, start, start + 3, "criticized", taxonomy) == ()   # must not be tagged


def test_it_as_the_claim_still_takes_the_sentence_issue(taxonomy):
    doc = pronoun_doc("it", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs")
    start = doc[2].idx
    res = classify(doc, start, start + 2, "criticized", taxonomy)
    assert [r.issue for r in res] == ["carbon_tax"]


def wh_doc(free: bool) -> Doc:
    """'What worries Lee is the carbon tax .' (free relative) or 'Lee backs a carbon tax ,
    which Ortiz favors .' (relative pronoun): the claim is the wh-word."""
    if free:
        words = ["What", "worries", "Lee", "is", "the", "carbon", "tax", "."]
        return Doc(VOCAB, words=words,
                   pos=["PRON", "VERB", "PROPN", "AUX", "DET", "NOUN", "NOUN", "PUNCT"],
                   tags=["WP", "VBZ", "NNP", "VBZ", "DT", "NN", "NN", "."],
                   heads=[1, 3, 1, 3, 6, 6, 3, 3],
                   deps=["nsubj", "csubj", "dobj", "ROOT", "det", "compound", "attr", "punct"],
                   ents=["O", "O", "B-PERSON", "O", "O", "O", "O", "O"])
    words = ["Lee", "backs", "a", "carbon", "tax", ",", "which", "Ortiz", "favors", "."]
    return Doc(VOCAB, words=words,
               pos=["PROPN", "VERB", "DET", "NOUN", "NOUN", "PUNCT", "PRON", "PROPN", "VERB",
                    "PUNCT"],
               tags=["NNP", "VBZ", "DT", "NN", "NN", ",", "WDT", "NNP", "VBZ", "."],
               heads=[1, 1, 4, 4, 1, 4, 8, 8, 4, 1],
               deps=["nsubj", "ROOT", "det", "compound", "dobj", "punct", "dobj", "nsubj",
                     "relcl", "punct"],
               ents=["B-PERSON", "O", "O", "O", "O", "O", "O", "B-PERSON", "O", "O"])


def test_a_free_wh_pronoun_claim_takes_no_issue_from_its_sentence(taxonomy):
    doc = wh_doc(free=True)
    assert classify(doc, 0, 4, "worries", taxonomy) == ()   # "What": must not be tagged


def test_a_relative_pronoun_claim_keeps_the_sentence_issue(taxonomy):
    doc = wh_doc(free=False)
    start = doc[6].idx
    res = classify(doc, start, start + 5, "favors", taxonomy)   # "which": the carbon tax
    assert [r.issue for r in res] == ["carbon_tax"]
