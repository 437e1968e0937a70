"""A definite noun phrase refers back to the noun compound named before it (issue #13, issue
detection): "the wall" after "a border wall" is the wall of the immigration issue; a typed
anaphor ("this agreement") prefers an issue one of whose compound terms has its noun.
Hand-built Docs (words, lemmas, POS, morphology, parse): no model."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.issues.detect import classify
from pipeline.issues.terms import heads

VOCAB = Vocab()
TAXONOMY = '''
[[issue]]
id = "border"
label = "Border wall"
proposition = "The country should build a wall on its border."
terms = ["border wall", "deportation"]

[[issue]]
id = "climate"
label = "Climate pact"
proposition = "The country should join the climate pact."
terms = ["climate pact|agreement", "climate change"]

[[issue]]
id = "banks"
label = "Bank rules"
proposition = "Banks should be regulated more strictly."
terms = ["bank|banks"]
'''


@pytest.fixture(scope="module")
def taxonomy(tmp_path_factory):
    from pipeline.issues.taxonomy import load_taxonomy
    path = tmp_path_factory.mktemp("issue_bridging") / "issues.toml"
    path.write_text(TAXONOMY, encoding="utf-8")
    return load_taxonomy(path)


# one token: (word, lemma, POS, head offset within its sentence, dep, morph)
Tok = tuple[str, str, str, int, str, str]


def doc_of(*sentences: list[Tok]) -> Doc:
    """A Doc of parsed sentences; heads are indices within each sentence."""
    words, lemmas, pos, heads_, deps, morphs = [], [], [], [], [], []
    for sent in sentences:
        base = len(words)
        for word, lemma, tag, head, dep, morph in sent:
            words.append(word)
            lemmas.append(lemma)
            pos.append(tag)
            heads_.append(base + head)
            deps.append(dep)
            morphs.append(morph)
    return Doc(VOCAB, words=words, lemmas=lemmas, pos=pos, heads=heads_, deps=deps,
               morphs=morphs)


THE = "Definite=Def|PronType=Art"
A = "Definite=Ind|PronType=Art"
THIS = "Number=Sing|PronType=Dem"


def promised(det: str, mod: str = "border") -> list[Tok]:
    """'Lee promised a <mod> wall .'"""
    return [("Lee", "Lee", "PROPN", 1, "nsubj", ""), ("promised", "promise", "VERB", 1, "ROOT", ""),
            ("a", "a", "DET", 4, "det", det), (mod, mod, "NOUN", 4, "compound", ""),
            ("wall", "wall", "NOUN", 1, "dobj", ""), (".", ".", "PUNCT", 1, "punct", "")]


def she_said(det_word: str, det_morph: str, compound: str | None = None,
             noun: str = "wall") -> list[Tok]:
    """'She said <det> [compound] <noun> would rise .' (the claim: from <det> to 'rise')."""
    toks: list[Tok] = [("She", "she", "PRON", 1, "nsubj", ""), ("said", "say", "VERB", 1, "ROOT", ""),
                       (det_word, det_word.lower(), "DET", 3, "det", det_morph)]
    if compound:
        toks.append((compound, compound, "NOUN", 3, "compound", ""))
    n = len(toks)
    toks += [(noun, noun, "NOUN", n + 2, "nsubj", ""), ("would", "would", "AUX", n + 2, "aux", ""),
             ("rise", "rise", "VERB", 1, "ccomp", ""), (".", ".", "PUNCT", 1, "punct", "")]
    return toks


def claim_of(doc: Doc, first: str) -> tuple[int, int]:
    """Char span of the last sentence's claim: from its token `first` up to 'rise'."""
    sent = list(doc.sents)[-1]
    start = next(t.idx for t in sent if t.text == first)
    end = next(t.idx + len(t) for t in sent if t.text == "rise")
    return start, end


def issues_of(doc: Doc, first: str, taxonomy) -> dict[str, str]:
    start, end = claim_of(doc, first)
    return {r.issue: r.evidence.split("| issue:")[1]
            for r in classify(doc, start, end, "said", taxonomy)}


def test_heads_of_compound_terms():
    assert heads(["border wall", "climate pact|agreement", "bank", "path to citizenship"],
                 ["to"]) == ["wall", "pact", "agreement"]


def test_the_wall_refers_back_to_the_border_wall(taxonomy):
    doc = doc_of(promised(A), she_said("the", THE))
    assert issues_of(doc, "the", taxonomy) == {"border": "context:the wall>border wall"}


def test_a_demonstrative_refers_back_too(taxonomy):
    doc = doc_of(promised(A), she_said("this", THIS))
    assert list(issues_of(doc, "this", taxonomy)) == ["border"]


@pytest.mark.parametrize("case", ["indefinite", "other compound", "other antecedent"])
def test_no_bridge(taxonomy, case):
    """'a wall' is not definite; 'the stone wall' is another compound; 'a garden wall' is
    no border wall: none of them refers back to the issue."""
    if case == "indefinite":
        doc = doc_of(promised(A), she_said("a", A))
        first = "a"
    elif case == "other compound":
        doc = doc_of(promised(A), she_said("the", THE, compound="stone"))
        first = "the"
    else:
        doc = doc_of(promised(A, mod="garden"), she_said("the", THE))
        first = "the"
    assert issues_of(doc, first, taxonomy) == {}


def climate_then_bank() -> Doc:
    """'Climate change matters . Bank staff met . She said this agreement would rise .'"""
    first = [("Climate", "climate", "NOUN", 1, "compound", ""),
             ("change", "change", "NOUN", 2, "nsubj", ""), ("matters", "matter", "VERB", 2, "ROOT", ""),
             (".", ".", "PUNCT", 2, "punct", "")]
    second = [("Bank", "bank", "NOUN", 1, "compound", ""), ("staff", "staff", "NOUN", 2, "nsubj", ""),
              ("met", "meet", "VERB", 2, "ROOT", ""), (".", ".", "PUNCT", 2, "punct", "")]
    return doc_of(first, second, she_said("this", THIS, noun="agreement"))


def test_a_typed_anaphor_prefers_the_issue_of_its_noun(taxonomy):
    """'this agreement' skips the bank named just before for the climate issue, whose terms
    have 'agreement' as a head."""
    doc = climate_then_bank()
    assert issues_of(doc, "this", taxonomy) == {
        "climate": "context:this agreement>Climate change"}
