"""A negated word of certainty or decision ([negation] certainty) is a hedge: "she is not sure
about Planned Parenthood" takes no side (neutral, hedge:not+certain:sure) where a negator
would otherwise flip; a negator on another word still flips ("she did not back Planned
Parenthood" opposes), and an unnegated certainty word hedges nothing (hand-built parsed Docs,
no model; pipeline.issues.stance._negated_certainty)."""
from __future__ import annotations

import pytest
from issue_docs import CLINICS, load_toml_taxonomy, parsed_doc

from pipeline.issues.detect import classify


@pytest.fixture(scope="module")
def clinics(tmp_path_factory):
    return load_toml_taxonomy(tmp_path_factory, "negated_certainty", CLINICS)


# "she is not sure about Planned Parenthood": "not" hangs on "is", whose complement is "sure"
NOT_SURE = (["she", "is", "not", "sure", "about", "Planned", "Parenthood"],
            [1, 1, 1, 1, 3, 6, 4],
            ["nsubj", "ROOT", "neg", "acomp", "prep", "compound", "pobj"],
            ["PRON", "AUX", "PART", "ADJ", "ADP", "PROPN", "PROPN"],
            ["she", "be", "not", "sure", "about", "Planned", "Parenthood"])
# "she is sure about Planned Parenthood": no negator, no hedge
SURE = (["she", "is", "sure", "about", "Planned", "Parenthood"],
        [1, 1, 1, 2, 5, 3],
        ["nsubj", "ROOT", "acomp", "prep", "compound", "pobj"],
        ["PRON", "AUX", "ADJ", "ADP", "PROPN", "PROPN"],
        ["she", "be", "sure", "about", "Planned", "Parenthood"])
# "she did not back Planned Parenthood": the negated word is no word of certainty
NOT_BACK = (["she", "did", "not", "back", "Planned", "Parenthood"],
            [3, 3, 3, 3, 5, 3],
            ["nsubj", "aux", "neg", "ROOT", "compound", "dobj"],
            ["PRON", "AUX", "PART", "VERB", "PROPN", "PROPN"],
            ["she", "do", "not", "back", "Planned", "Parenthood"])


@pytest.mark.parametrize("parts, stance, evidence", [
    (NOT_SURE, "neutral", "hedge:not+certain:sure"),
    (SURE, "support", "default:support"),
    (NOT_BACK, "oppose", "advocacy:back+negation:not"),
])
def test_negated_certainty_hedges(clinics, parts, stance, evidence):
    doc = parsed_doc(*parts)
    found = {r.issue: r for r in classify(doc, 0, len(doc.text), "said", clinics)}
    assert (found["clinic_funds"].stance,
            found["clinic_funds"].evidence.split(" | issue:")[0]) == (stance, evidence)
