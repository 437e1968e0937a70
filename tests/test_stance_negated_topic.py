"""A negator that is a pronoun of talk ("nothing") or a negated noun leaves the phrase of a
topic preposition hung on it ("about the minimum wage") out of its scope: the issue is the
topic of the denied talk, not negated, and the topic rule reads it (neutral); a negated verb
keeps its topic phrase in scope ("did not vote on the minimum wage" opposes). Hand-built parsed
Docs, no model (pipeline.issues.stance._topic_holes)."""
from __future__ import annotations

import pytest
import spacy
from issue_docs import load_toml_taxonomy, parsed_doc

from pipeline.issues.detect import classify

VOCAB = spacy.blank("en").vocab      # with the lexical attributes (lower_) the topic rule reads

TAXONOMY = '''
[[issue]]
id = "minimum_wage"
label = "Minimum wage"
proposition = "The minimum wage should be raised."
terms = ["minimum wage"]
'''


@pytest.fixture(scope="module")
def wage(tmp_path_factory):
    return load_toml_taxonomy(tmp_path_factory, "negated_topic", TAXONOMY)


# "she heard nothing about the minimum wage"
NOTHING = (["she", "heard", "nothing", "about", "the", "minimum", "wage"],
           [1, 1, 1, 2, 6, 6, 3],
           ["nsubj", "ROOT", "dobj", "prep", "det", "amod", "pobj"],
           ["PRON", "VERB", "PRON", "ADP", "DET", "ADJ", "NOUN"],
           ["she", "hear", "nothing", "about", "the", "minimum", "wage"])
# "she did not vote on the minimum wage": the topic phrase hangs on the negated verb
NOT_VOTE = (["she", "did", "not", "vote", "on", "the", "minimum", "wage"],
            [3, 3, 3, 3, 3, 7, 7, 4],
            ["nsubj", "aux", "neg", "ROOT", "prep", "det", "amod", "pobj"],
            ["PRON", "AUX", "PART", "VERB", "ADP", "DET", "ADJ", "NOUN"],
            ["she", "do", "not", "vote", "on", "the", "minimum", "wage"])


@pytest.mark.parametrize("parts, stance, evidence", [
    (NOTHING, "neutral", "topic:nothing>minimum wage"),
    (NOT_VOTE, "oppose", "negation:not>minimum wage"),
])
def test_negated_pronoun_leaves_topic_phrase(wage, parts, stance, evidence):
    doc = parsed_doc(*parts, vocab=VOCAB)
    found = {r.issue: r for r in classify(doc, 0, len(doc.text), "said", wage)}
    assert (found["minimum_wage"].stance,
            found["minimum_wage"].evidence.split(" | issue:")[0]) == (stance, evidence)
