"""A negator that negates a restrictive word cancels with it for an aim: "Planned Parenthood
should not be defunded" supports (advocacy + negation + restrict), "should not get more money"
opposes; a restrictive word in a clause below the negated verb holds no negator and cancels
nothing (hand-built parsed Docs, no model; pipeline.issues.stance._cancelled)."""
from __future__ import annotations

import pytest
from issue_docs import CLINICS, load_toml_taxonomy, parsed_doc

from pipeline.issues.detect import classify


@pytest.fixture(scope="module")
def clinics(tmp_path_factory):
    return load_toml_taxonomy(tmp_path_factory, "negated_restriction", CLINICS)


# "Planned Parenthood should not be defunded": "not" hangs on "defunded", which holds "should"
DEFUNDED = (["Planned", "Parenthood", "should", "not", "be", "defunded"],
            [1, 5, 5, 5, 5, 5],
            ["compound", "nsubjpass", "aux", "neg", "auxpass", "ROOT"],
            ["PROPN", "PROPN", "AUX", "PART", "AUX", "VERB"],
            ["Planned", "Parenthood", "should", "not", "be", "defund"])
# "Planned Parenthood should not get more money": the negated verb acts against nothing
GET = (["Planned", "Parenthood", "should", "not", "get", "more", "money"],
       [1, 4, 4, 4, 4, 6, 4],
       ["compound", "nsubj", "aux", "neg", "ROOT", "amod", "dobj"],
       ["PROPN", "PROPN", "AUX", "PART", "VERB", "ADJ", "NOUN"],
       ["Planned", "Parenthood", "should", "not", "get", "more", "money"])
# "the state should not let Congress cut Planned Parenthood": "cut" only in the clause below
LET = (["the", "state", "should", "not", "let", "Congress", "cut", "Planned", "Parenthood"],
       [1, 4, 4, 4, 4, 6, 4, 8, 6],
       ["det", "nsubj", "aux", "neg", "ROOT", "nsubj", "ccomp", "compound", "dobj"],
       ["DET", "NOUN", "AUX", "PART", "VERB", "PROPN", "VERB", "PROPN", "PROPN"],
       ["the", "state", "should", "not", "let", "Congress", "cut", "Planned", "Parenthood"])


@pytest.mark.parametrize("parts, stance, evidence", [
    (DEFUNDED, "support", "advocacy:should+negation:not+restrict:defunded"),
    (GET, "oppose", "advocacy:should+negation:not"),
    (LET, "oppose", "advocacy:should+negation:not"),
])
def test_negated_restriction_cancels_for_an_aim(clinics, parts, stance, evidence):
    doc = parsed_doc(*parts)
    found = {r.issue: r for r in classify(doc, 0, len(doc.text), "said", clinics)}
    assert (found["clinic_funds"].stance,
            found["clinic_funds"].evidence.split(" | issue:")[0]) == (stance, evidence)
