"""A goal phrase ([negation] goal_prepositions: "for") hung on a restrictive word itself is
out of its scope: "she would fight for a higher minimum wage" names what the fight is for, and
the claim supports raising the wage; "fight against" and "fight X" still act against it.
Hand-built parsed Docs, no model (pipeline.issues.stance._goal_holes)."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.issues.detect import classify
from pipeline.issues.taxonomy import load_taxonomy

VOCAB = spacy.blank("en").vocab      # with the lexical attributes (lower_) the rules read

TAXONOMY = '''
[[issue]]
id = "minimum_wage"
label = "Minimum wage"
proposition = "The minimum wage should be raised."
terms = ["minimum wage"]
'''


@pytest.fixture(scope="module")
def wage(tmp_path_factory):
    path = tmp_path_factory.mktemp("fight_for") / "issues.toml"
    path.write_text(TAXONOMY, encoding="utf-8")
    return load_taxonomy(path)


def fight(prep: str | None) -> Doc:
    """ "she would fight <prep> a higher minimum wage" (no prep: the wage is the object)."""
    words = ["she", "would", "fight"] + ([prep] if prep else []) + ["a", "higher", "minimum",
                                                                      "wage"]
    k = 3 if prep else 2            # the head of the noun phrase's words
    wage_i = len(words) - 1
    heads = [2, 2, 2] + ([2] if prep else []) + [wage_i, wage_i, wage_i, k]
    deps = (["nsubj", "aux", "ROOT"] + (["prep"] if prep else [])
            + ["det", "amod", "compound", "pobj" if prep else "dobj"])
    pos = ["PRON", "AUX", "VERB"] + (["ADP"] if prep else []) + ["DET", "ADJ", "ADJ", "NOUN"]
    lemmas = ["she", "would", "fight"] + ([prep] if prep else []) + ["a", "high", "minimum",
                                                                       "wage"]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize("prep, stance, evidence", [
    ("for", "support", "default:support"),
    ("against", "oppose", "restrict:fight>minimum wage"),
    (None, "oppose", "restrict:fight>minimum wage"),
])
def test_goal_phrase_leaves_restriction(wage, prep, stance, evidence):
    doc = fight(prep)
    found = {r.issue: r for r in classify(doc, 0, len(doc.text), "said", wage)}
    assert (found["minimum_wage"].stance,
            found["minimum_wage"].evidence.split(" | issue:")[0]) == (stance, evidence)
