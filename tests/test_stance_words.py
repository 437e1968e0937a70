"""Generic stance words (configs/stance.toml) added for issue #13, on hand-built Docs (no model):
verbs of objecting inside the claim negate what they govern, "relief" acts against what it
relieves, "end up" / "as opposed to" are no negations, obstructing cues oppose."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.issues.detect import classify, doc_hits
from pipeline.issues.stance import cue_class, negation_scopes

VOCAB = Vocab()


def parsed(words, heads, deps, pos) -> Doc:
    """A hand-built parsed Doc: heads are absolute token indices; lemmas are the lowercase
    words except for the inflected forms listed in LEMMAS."""
    lemmas = [LEMMAS.get(w.lower(), w.lower()) for w in words]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


LEMMAS = {"objected": "object", "feared": "fear", "fears": "fear", "ended": "end",
          "needs": "need", "eased": "ease", "was": "be", "is": "be", "will": "will"}

# (words, heads, deps, pos, issue, expected stance, evidence it holds, evidence it must not hold)
PARSED_CASES = [
    # a verb of objecting governs the signal: "Farmers objected to the carbon tax" -> oppose
    (["Farmers", "objected", "to", "the", "carbon", "tax"], [1, 1, 1, 5, 5, 2],
     ["nsubj", "ROOT", "prep", "det", "compound", "pobj"],
     ["NOUN", "VERB", "ADP", "DET", "NOUN", "NOUN"],
     "carbon_tax", "oppose", "negation:objected to>carbon tax", None),
    (["Voters", "feared", "the", "carbon", "tax"], [1, 1, 4, 4, 1],
     ["nsubj", "ROOT", "det", "compound", "dobj"], ["NOUN", "VERB", "DET", "NOUN", "NOUN"],
     "carbon_tax", "oppose", "negation:feared>carbon tax", None),
    # ... but not a signal outside its scope: "the carbon tax eased fears of a downturn"
    (["The", "carbon", "tax", "eased", "fears", "of", "a", "downturn"], [2, 2, 3, 3, 3, 4, 7, 5],
     ["det", "compound", "nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
     ["DET", "NOUN", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN"],
     "carbon_tax", "support", "default:", "negation:"),
    # "relief" acts against what it relieves, also as the head of a compound
    (["Families", "need", "carbon", "tax", "relief"], [1, 1, 3, 4, 1],
     ["nsubj", "ROOT", "compound", "compound", "dobj"], ["NOUN", "VERB", "NOUN", "NOUN", "NOUN"],
     "carbon_tax", "oppose", "restrict:relief>carbon tax", None),
    # ... but not what lies outside it: "the carbon tax was a relief"
    (["The", "carbon", "tax", "was", "a", "relief"], [2, 2, 3, 3, 5, 3],
     ["det", "compound", "nsubj", "ROOT", "det", "attr"],
     ["DET", "NOUN", "NOUN", "AUX", "DET", "NOUN"],
     "carbon_tax", "support", "", "restrict:"),
    # "end up" is not "end": "we will end up with a carbon tax"
    (["We", "will", "end", "up", "with", "a", "carbon", "tax"], [2, 2, 2, 2, 2, 7, 7, 4],
     ["nsubj", "aux", "ROOT", "prt", "prep", "det", "compound", "pobj"],
     ["PRON", "AUX", "VERB", "ADP", "ADP", "DET", "NOUN", "NOUN"],
     "carbon_tax", "support", "", "restrict:"),
    # ... while "end" alone still acts against it: "we will end the carbon tax"
    (["We", "will", "end", "the", "carbon", "tax"], [2, 2, 2, 5, 5, 2],
     ["nsubj", "aux", "ROOT", "det", "compound", "dobj"],
     ["PRON", "AUX", "VERB", "DET", "NOUN", "NOUN"],
     "carbon_tax", "oppose", "restrict:end>carbon tax", None),
]


@pytest.mark.parametrize("words, heads, deps, pos, issue, stance, has, hasnt", PARSED_CASES)
def test_stance_words_on_parsed_docs(climate, words, heads, deps, pos, issue, stance, has,
                                     hasnt):
    doc = parsed(words, heads, deps, pos)
    found = {r.issue: r for r in classify(doc, 0, len(doc.text), "said", climate)}
    assert found[issue].stance == stance, found[issue].evidence
    assert has in found[issue].evidence
    if hasnt:
        assert hasnt not in found[issue].evidence


def test_as_opposed_to_is_no_negation(stance_rules, climate):
    contrast = parsed(["a", "levy", "as", "opposed", "to", "a", "carbon", "tax"],
                      [1, 1, 3, 1, 3, 7, 7, 4],
                      ["det", "ROOT", "advmod", "amod", "prep", "det", "compound", "pobj"],
                      ["DET", "NOUN", "ADV", "VERB", "ADP", "DET", "NOUN", "NOUN"])
    hits = [h for h in doc_hits(contrast, climate) if h.issue is None]
    assert negation_scopes(contrast, hits, 0, len(contrast), stance_rules) == []
    objection = parsed(["they", "opposed", "a", "carbon", "tax"], [1, 1, 4, 4, 1],
                       ["nsubj", "ROOT", "det", "compound", "dobj"],
                       ["PRON", "VERB", "DET", "NOUN", "NOUN"])
    hits = [h for h in doc_hits(objection, climate) if h.issue is None]
    assert [n.hit.text for n in negation_scopes(objection, hits, 0, len(objection), stance_rules)] \
        == ["opposed"]


@pytest.mark.parametrize("cue, kind", [
    ("have blocked", "oppose"), ("obstructed", "oppose"), ("voted for", "support"),
    ("were the only ones to vote against", "oppose"),
    ("voted", None), ("said", None),
])
def test_action_cues(stance_rules, cue, kind):
    assert cue_class(cue, stance_rules)[0] == kind


def test_blocking_cue_opposes_what_it_blocks(blank, climate):
    text = "a carbon tax for the third time"
    found = {r.issue: r for r in classify(blank(text), 0, len(text), "have blocked", climate)}
    assert found["carbon_tax"].stance == "oppose"
    assert "cue:block(oppose)" in found["carbon_tax"].evidence
