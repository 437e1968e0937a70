"""Sides of an issue read from its proposition (pipeline.issues.sides) and the stance rule that
uses them: a signal's side flipped by each negator, negative predicate or restrictive word
whose scope holds it (stance._signal_polarity); warning about the con side supports."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.issues.detect import classify
from pipeline.issues.sides import con_terms
from pipeline.issues.stance import Hit, negation_scopes
from pipeline.issues.taxonomy import load_taxonomy

RESTRICTIVE = ["bar", "restrict", "against", "cut", "ban", "regulate", "keep * out|from", "no",
               "phase out"]

# (proposition, signal terms, expected con-side terms)
CON_TERMS = [
    ("The US should bar the entry of refugees, and fund schools.",
     ["refugee|refugees", "school|schools"], ("refugee|refugees",)),
    ("The US should act against climate change (cut emissions, join the Paris agreement).",
     ["climate change", "emission|emissions", "Paris agreement"],
     ("climate change", "emission|emissions")),
    # a passive restrictive verb acts on its subject
    ("Big banks should be regulated more strictly.", ["big bank|banks"], ("big bank|banks",)),
    # a restrictive noun after the term: "an assault-weapons ban"
    ("Gun laws should be stricter, with an assault-weapons ban.",
     ["gun law|laws", "weapon|weapons"], ("weapon|weapons",)),
    # a longer term outside the scope keeps its place on the pro side
    ("Gun laws should keep guns from criminals.", ["gun|guns", "gun law|laws"], ("gun|guns",)),
    ("Enforce the law: build a border wall, no amnesty.", ["amnesty", "border wall"],
     ("amnesty",)),
    # a term's gapped form counts as the signal matcher has it: "coal power" ~ "coal-fired power"
    ("Coal-fired power should be phased out.", ["coal power", "wind"], ("coal power",)),
    # nothing restrictive: every term is on the pro side
    ("The minimum wage should be raised to $15 an hour.", ["minimum wage", "15 an hour"], ()),
    ("The Senate should hold hearings on the nominee.", ["hearing|hearings", "nominee"], ()),
    # the scope stops at a clause mark
    ("Cut taxes, and the minimum wage should rise.", ["minimum wage"], ()),
]


@pytest.mark.parametrize("proposition, terms, expected", CON_TERMS)
def test_con_terms(proposition, terms, expected):
    assert con_terms(proposition, terms, RESTRICTIVE) == expected


def test_no_restrictive_words_no_con_side():
    assert con_terms("The US should bar refugees.", ["refugee|refugees"], []) == ()


TAXONOMY = """
[[issue]]
id = "climate_action"
label = "Climate action"
proposition = "The US should act against climate change (cut emissions, clean energy)."
terms = ["climate change", "emission|emissions", "clean energy"]

[[issue]]
id = "refugee_bar"
label = "Barring refugees"
proposition = "The US should bar the entry of refugees."
terms = ["refugee|refugees", "deport|deportation"]

[[issue]]
id = "minimum_wage"
label = "Minimum wage"
proposition = "The minimum wage should be raised."
terms = ["minimum wage"]

[[issue]]
id = "clinics"
label = "Clinic funding"
proposition = "Women's health clinics should keep their federal funds."
terms = ["clinic|clinics"]
"""


@pytest.fixture(scope="module")
def sided(tmp_path_factory):
    path = tmp_path_factory.mktemp("sides") / "issues.toml"
    path.write_text(TAXONOMY, encoding="utf-8")
    return load_taxonomy(path)


def test_taxonomy_knows_the_con_side(sided):
    sides = {i.id: i.con_signals for i in sided.issues}
    assert sides == {"climate_action": ("climate change", "emission|emissions"),
                     "refugee_bar": ("refugee|refugees",), "minimum_wage": (),
                     "clinics": ()}


# (claim, cue, issue, stance, a string the evidence must hold); blank pipeline (no parse)
SIDE_CASES = [
    ("We will cut emissions by half.", "said", "climate_action", "support",
     "restrict:cut>emissions(con)"),
    ("They want to cut the minimum wage.", "said", "minimum_wage", "oppose",
     "restrict:cut>minimum wage"),
    ("The governor will not raise the minimum wage.", "said", "minimum_wage", "oppose",
     "negation:not>minimum wage"),
    # two flips: opposing a cut of a pro-side measure supports it
    ("Voters oppose cutting the clinics' funds.", "said", "clinics", "support",
     "negation:oppose+restrict:cutting>clinics"),
    # a negator over the con side supports
    ("We will never accept more refugees.", "said", "refugee_bar", "support",
     "negation:never>refugees(con)"),
    # "fight against": the preposition after a restrictive word is not a second flip
    ("We must fight against climate change.", "said", "climate_action", "support",
     "restrict:fight>climate change(con)"),
    # warning about the con side agrees with the measure
    ("More refugees will pour in.", "warned", "refugee_bar", "support",
     "cue:warn(warning)>refugees(con)"),
    # must not fire: a restrictive word that is itself a signal is the measure, not a flip
    ("The deportation of refugees starts today.", "said", "refugee_bar", "support",
     "default"),
    # must not fire: no restrictive word, no negator
    ("Refugees arrived in the city.", "said", "refugee_bar", "support", "default"),
    ("Emissions rose last year.", "said", "climate_action", "support", "default"),
]


@pytest.mark.parametrize("text, cue, issue, stance, evidence", SIDE_CASES)
def test_stance_by_side_blank(blank, sided, text, cue, issue, stance, evidence):
    found = {r.issue: r for r in classify(blank(text), 0, len(text), cue, sided)}
    assert found[issue].stance == stance, found[issue].evidence
    assert evidence in found[issue].evidence


@pytest.mark.model
@pytest.mark.parametrize("text, cue, issue, stance, evidence", SIDE_CASES)
def test_stance_by_side_model(model, sided, text, cue, issue, stance, evidence):
    found = {r.issue: r for r in classify(model(text), 0, len(text), cue, sided)}
    assert found[issue].stance == stance, found[issue].evidence


def test_restrictive_preposition_after_a_restrictive_verb_is_merged(stance_rules):
    """'fight against climate change' on a hand-built parse: one flip, not two."""
    words = ["fight", "against", "climate", "change"]
    doc = Doc(Vocab(), words=words, heads=[0, 0, 3, 1], deps=["ROOT", "prep", "compound", "pobj"],
              pos=["VERB", "ADP", "NOUN", "NOUN"])
    hits = [Hit("restrict", None, "fight", 0, 1, 0, 5), Hit("negpred", None, "against", 1, 2, 6, 13)]
    scopes = negation_scopes(doc, hits, 0, 4, stance_rules)
    assert [(n.hit.text, n.lo, n.hi, n.merged) for n in scopes] == [
        ("fight", 0, 4, False), ("against", 1, 4, True)]


def test_restrictive_preposition_hung_on_a_signal_is_part_of_the_measure(sided, stance_rules):
    """'the deportations against refugees continue' on a hand-built parse: "against" hangs on
    the signal "deportations" (a measure) and names whom it is aimed at, so it flips nothing
    (the default decides); without the governor test "against refugees" (con) would vote."""
    words = ["The", "deportations", "against", "refugees", "continue", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 4, 1, 2, 4, 4],
              deps=["det", "nsubj", "prep", "pobj", "ROOT", "punct"],
              pos=["DET", "NOUN", "ADP", "NOUN", "VERB", "PUNCT"],
              lemmas=["the", "deportation", "against", "refugee", "continue", "."])
    hits = [Hit("negpred", None, "against", 2, 3, 17, 24)]
    assert [(n.hit.text, n.governor) for n in negation_scopes(doc, hits, 0, 5, stance_rules)] \
        == [("against", 1)]
    found = {r.issue: r for r in classify(doc, 0, doc[4].idx + len("continue"), "said", sided)}
    assert found["refugee_bar"].evidence.startswith("default:"), found["refugee_bar"].evidence
