"""Generic stance words (configs/stance.toml) added for issue #13, on hand-built Docs (no model):
verbs of objecting inside the claim negate what they govern, "relief" acts against what it
relieves, "end up" / "as opposed to" are no negations, obstructing cues oppose; hedged cues take
no side, a lack of X is no X, "no" on an object negates its clause, a signal that is one of
the issue's oppose phrases names the con side, "they" gives the issue but is no mention of it."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.issues.detect import classify, doc_hits
from pipeline.issues.stance import cue_class, negation_scopes
from pipeline.issues.taxonomy import load_taxonomy

VOCAB = Vocab()


def parsed(words, heads, deps, pos) -> Doc:
    """A hand-built parsed Doc: heads are absolute token indices; lemmas are the lowercase
    words except for the inflected forms listed in LEMMAS."""
    lemmas = [LEMMAS.get(w.lower(), w.lower()) for w in words]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


LEMMAS = {"objected": "object", "feared": "fear", "fears": "fear", "ended": "end",
          "needs": "need", "eased": "ease", "was": "be", "is": "be", "will": "will",
          "has": "have", "came": "come", "criticized": "criticize",
          "backed": "back"}

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
    # ... but not a signal outside its scope: "voters who fear a downturn backed the carbon tax"
    (["Voters", "who", "fear", "a", "downturn", "backed", "the", "carbon", "tax"],
     [5, 2, 0, 4, 2, 5, 8, 8, 5],
     ["nsubj", "nsubj", "relcl", "det", "dobj", "ROOT", "det", "compound", "dobj"],
     ["NOUN", "PRON", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN", "NOUN"],
     "carbon_tax", "support", "advocacy:backed", "negation:"),
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
    # "no" on the object negates the clause, subject included: "the carbon tax has no future"
    (["The", "carbon", "tax", "has", "no", "future"], [2, 2, 3, 3, 5, 3],
     ["det", "compound", "nsubj", "ROOT", "det", "dobj"],
     ["DET", "NOUN", "NOUN", "VERB", "DET", "NOUN"],
     "carbon_tax", "oppose", "negation:no>carbon tax", None),
    # ... not "no" on the object of a preposition: "the carbon tax came with no notice"
    (["The", "carbon", "tax", "came", "with", "no", "notice"], [2, 2, 3, 3, 3, 6, 4],
     ["det", "compound", "nsubj", "ROOT", "prep", "det", "pobj"],
     ["DET", "NOUN", "NOUN", "VERB", "ADP", "DET", "NOUN"],
     "carbon_tax", "support", "default:", "negation:"),
    # ... nor the idiom "there is no question (that) ...": certainly
    (["There", "is", "no", "question", "the", "carbon", "tax", "works"],
     [1, 1, 3, 1, 6, 6, 7, 1],
     ["expl", "ROOT", "det", "attr", "det", "compound", "nsubj", "ccomp"],
     ["PRON", "AUX", "DET", "NOUN", "DET", "NOUN", "NOUN", "VERB"],
     "carbon_tax", "support", "default:", "negation:"),
    # a lack of X is no X
    (["a", "lack", "of", "carbon", "pricing"], [1, 1, 1, 4, 2],
     ["det", "ROOT", "prep", "compound", "pobj"], ["DET", "NOUN", "ADP", "NOUN", "NOUN"],
     "carbon_tax", "oppose", "negation:lack>carbon pricing", None),
    # ... but not what lies outside it: "the carbon tax filled an absence of funds"
    (["The", "carbon", "tax", "filled", "an", "absence", "of", "funds"], [2, 2, 3, 3, 5, 3, 5, 6],
     ["det", "compound", "nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
     ["DET", "NOUN", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN"],
     "carbon_tax", "support", "default:", "negation:"),
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


def test_criticising_a_lax_measure_supports_it(climate):
    doc = parsed(["the", "lax", "carbon", "tax"], [3, 3, 3, 3],
                 ["det", "amod", "compound", "ROOT"], ["DET", "ADJ", "NOUN", "NOUN"])
    found = {r.issue: r for r in classify(doc, 0, len(doc.text), "criticized", climate)}
    assert found["carbon_tax"].stance == "support"
    assert "cue:criticize(oppose)*negation:lax>carbon tax" in found["carbon_tax"].evidence


@pytest.mark.parametrize("cue, kind", [
    ("it is unclear whether", "neutral"), ("is likely to consider", "neutral"),
    ("might yet be for", "neutral"), ("appears", "neutral"), ("are split on", "neutral"),
    ("notably stopped short of committing", "neutral"),
    ("bashed", "oppose"), ("faulted", "oppose"), ("lashed out at", "oppose"),
    ("fully embraced", "support"), ("stands by", "support"),
    # unchanged: a cue with its own polarity keeps it ("may" is no hedge cue)
    ("may blame", "oppose"), ("said", None), ("stood", None),
])
def test_hedged_and_more_polar_cues(stance_rules, cue, kind):
    assert cue_class(cue, stance_rules)[0] == kind


def test_hedged_cue_takes_no_side(blank, climate):
    text = "the carbon tax can pass the Senate"
    found = {r.issue: r for r in classify(blank(text), 0, len(text), "it is unclear whether",
                                          climate)}
    assert found["carbon_tax"].stance == "neutral"
    assert "cue:unclear(neutral)" in found["carbon_tax"].evidence


WEALTH = """
[taxonomy]
name = "wealth-test"
description = "a term that is also an oppose phrase"

[[issue]]
id = "wealth_tax"
label = "Wealth tax"
proposition = "Large fortunes should be taxed every year."
terms = ["wealth tax", "tax grab"]
oppose = ["tax grab"]
"""


@pytest.mark.parametrize("text, stance, evidence", [
    # the signal is one of the issue's oppose phrases: its side is con, a negator flips it
    ("It is not a tax grab.", "support", "negation:not>tax grab(con)"),
    # a signal the proposition does not name has no side: the negated advocacy verb decides
    ("Voters did not back the wealth tax.", "oppose", "advocacy:back+negation:not"),
    ("It is a tax grab.", "oppose", "lexicon:tax grab(oppose)"),
])
def test_signal_that_is_an_oppose_phrase_names_the_con_side(tmp_path, blank, text, stance,
                                                            evidence):
    path = tmp_path / "wealth.toml"
    path.write_text(WEALTH, encoding="utf-8")
    taxonomy = load_taxonomy(path)
    found = {r.issue: r for r in classify(blank(text), 0, len(text), "said", taxonomy)}
    assert found["wealth_tax"].stance == stance, found["wealth_tax"].evidence
    assert evidence in found["wealth_tax"].evidence


# an evaluation of a side is an adjective or a noun of the lexicon, not a verb near it
@pytest.mark.parametrize("words, heads, deps, pos, stance, evidence", [
    (["Courts", "rewarded", "polluters"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
     ["NOUN", "VERB", "NOUN"], "support", "default:"),
    (["reckless", "polluters"], [1, 1], ["amod", "ROOT"], ["ADJ", "NOUN"],
     "support", "eval:reckless>polluters(con)"),
])
def test_verbs_do_not_evaluate_a_side(climate, words, heads, deps, pos, stance, evidence):
    doc = parsed(words + ["and", "the", "carbon", "tax"],
                 heads + [heads[0], len(words) + 2, len(words) + 2, 0],
                 deps + ["cc", "det", "compound", "conj"], pos + ["CCONJ", "DET", "NOUN", "NOUN"])
    found = {r.issue: r for r in classify(doc, 0, len(doc.text), "said", climate)}
    assert found["carbon_tax"].stance == stance, found["carbon_tax"].evidence
    assert evidence in found["carbon_tax"].evidence


REFUGEES = """
[taxonomy]
name = "refugee-test"
description = "a signal on the con side of its proposition"

[[issue]]
id = "refugee_bar"
label = "Barring refugees"
proposition = "The country should bar the entry of refugees and build a border fence."
terms = ["refugee|refugees", "border fence"]
"""


@pytest.mark.parametrize("topic, stance, evidence", [
    # the warning is about the con side named in the sentence around the claim: support
    ("refugees", "support", "cue:warn(warning)>refugees(con)"),
    # unchanged: about the pro side, a warning opposes
    ("the border fence", "oppose", "cue:warn(warning) |"),
])
def test_warning_about_the_con_side_named_around_the_claim(tmp_path, blank, topic, stance,
                                                           evidence):
    path = tmp_path / "refugees.toml"
    path.write_text(REFUGEES, encoding="utf-8")
    taxonomy = load_taxonomy(path)
    text = f"Speaking of {topic}, Smith warned that bad things will happen."
    start = text.index("bad")
    found = {r.issue: r for r in classify(blank(text), start, len(text) - 1, "warned",
                                          taxonomy)}
    assert found["refugee_bar"].stance == stance, found["refugee_bar"].evidence
    assert evidence in found["refugee_bar"].evidence


@pytest.mark.parametrize("pronoun, stance, evidence", [
    # "they" refers to people: it gives the claim the issue named before, but negating them is
    # no negation of the issue
    ("They", "support", "default:support | issue:context:They>carbon tax"),
    # unchanged: "it" refers to the measure itself
    ("It", "oppose", "negation:not>It | issue:context:It>carbon tax"),
])
def test_people_anaphors_are_no_mention_of_the_issue(climate, pronoun, stance, evidence):
    doc = parsed(["The", "government", "unveiled", "a", "carbon", "tax", ".",
                  pronoun, "could", "not", "work", "."],
                 [1, 2, 2, 5, 5, 2, 2, 10, 10, 10, 10, 10],
                 ["det", "nsubj", "ROOT", "det", "compound", "dobj", "punct",
                  "nsubj", "aux", "neg", "ROOT", "punct"],
                 ["DET", "NOUN", "VERB", "DET", "NOUN", "NOUN", "PUNCT",
                  "PRON", "AUX", "PART", "VERB", "PUNCT"])
    start = doc[7].idx
    found = {r.issue: r for r in classify(doc, start, doc[10].idx + 4, "said", climate)}
    assert found["carbon_tax"].stance == stance, found["carbon_tax"].evidence
    assert evidence in found["carbon_tax"].evidence


def test_aimed_at_is_no_stated_aim(climate):
    # "aimed at" describes a measure's purpose: the talks are process, no stated aim
    doc = parsed(["The", "talks", "aimed", "at", "a", "carbon", "tax", "continue", "."],
                 [1, 7, 1, 2, 6, 6, 3, 7, 7],
                 ["det", "nsubj", "acl", "prep", "det", "compound", "pobj", "ROOT", "punct"],
                 ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "NOUN", "VERB", "PUNCT"])
    found = {r.issue: r for r in classify(doc, 0, len(doc.text), "said", climate)}
    assert found["carbon_tax"].stance == "neutral", found["carbon_tax"].evidence
    assert "process:talks" in found["carbon_tax"].evidence


def test_with_the_aim_is_a_stated_aim(blank, climate):
    # unchanged: the speaker's own purpose
    text = "We held talks with the aim of a carbon tax."
    found = {r.issue: r for r in classify(blank(text), 0, len(text), "said", climate)}
    assert found["carbon_tax"].stance == "support", found["carbon_tax"].evidence
    assert "aim:with the aim" in found["carbon_tax"].evidence


SAFETY = """
[taxonomy]
name = "safety-test"
description = "a harm noun heads a signal"

[[issue]]
id = "firearm_rules"
label = "Firearm rules"
proposition = "Firearm sales should be licensed."
terms = ["firearm rules", "firearm violence", "minimum wage"]
"""


@pytest.mark.parametrize("text, stance, evidence", [
    # a harm noun heads the signal: it names what a measure acts against (con side), so acting
    # against it supports the measure
    ("Firearm rules would help prevent firearm violence.", "support",
     "negation:prevent>firearm violence(con)"),
    ("The plan did not stop firearm violence.", "oppose",
     "negation:not+restrict:stop>firearm violence(con)"),
    # unchanged: a signal of the pro side still flips
    ("The council will not pass the firearm rules.", "oppose", "negation:not>firearm rules"),
])
def test_a_harm_noun_names_the_con_side(tmp_path, blank, text, stance, evidence):
    path = tmp_path / "safety.toml"
    path.write_text(SAFETY, encoding="utf-8")
    taxonomy = load_taxonomy(path)
    found = {r.issue: r for r in classify(blank(text), 0, len(text), "said", taxonomy)}
    assert found["firearm_rules"].stance == stance, found["firearm_rules"].evidence
    assert evidence in found["firearm_rules"].evidence


# a negation governs its predicate's own arguments: not a finite or participial clause that
# modifies one of them (it has its own predicate); an infinitive is still the complement of a
# negative predicate ("difficult to accept")
@pytest.mark.parametrize("words, heads, deps, pos, flips, evidence", [
    # the relative clause has its own predicate: "did not meet farmers who back the carbon tax"
    (["She", "did", "not", "meet", "farmers", "who", "back", "the", "carbon", "tax"],
     [3, 3, 3, 3, 3, 6, 4, 9, 9, 6],
     ["nsubj", "aux", "neg", "ROOT", "dobj", "nsubj", "relcl", "det", "compound", "dobj"],
     ["PRON", "AUX", "PART", "VERB", "NOUN", "PRON", "VERB", "DET", "NOUN", "NOUN"],
     False, ""),
    # unchanged: the negated verb's own object flips
    (["She", "will", "not", "raise", "the", "carbon", "tax"], [3, 3, 3, 3, 6, 6, 3],
     ["nsubj", "aux", "neg", "ROOT", "det", "compound", "dobj"],
     ["PRON", "AUX", "PART", "VERB", "DET", "NOUN", "NOUN"], True, "negation:not>carbon tax"),
    # unchanged: an infinitive attached as an adverbial clause is still the complement
    (["It", "is", "difficult", "to", "accept", "the", "carbon", "tax"],
     [1, 1, 1, 4, 1, 7, 7, 4],
     ["nsubj", "ROOT", "acomp", "aux", "advcl", "det", "compound", "dobj"],
     ["PRON", "AUX", "ADJ", "PART", "VERB", "DET", "NOUN", "NOUN"],
     True, "negation:difficult>carbon tax"),
])
def test_negation_governs_its_own_predicate(climate, words, heads, deps, pos, flips, evidence):
    doc = parsed(words, heads, deps, pos)
    found = {r.issue: r for r in classify(doc, 0, len(doc.text), "said", climate)}
    result = found["carbon_tax"]
    assert (result.stance == "oppose") is flips, result.evidence
    assert evidence in result.evidence
    if not flips:
        assert "negation:" not in result.evidence
