"""Signal terms found in other wordings (issue #13, term matching): a capitalised word in its
other number ("ban * Muslims" ~ "ban all Muslim immigrants"), and a noun-compound term in its
prepositional paraphrase ("carbon tax" ~ "a tax on carbon", configs/terms.toml [compounds]).
Hand-built taxonomies and blank pipelines: no model needed."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import ConfigError, load_rules
from pipeline.issues.detect import classify
from pipeline.issues.taxonomy import TermsFile, load_taxonomy, terms_path
from pipeline.issues.terms import compile_term, number_forms, paraphrased

TAXONOMY = '''
[[issue]]
id = "entry_ban"
label = "Entry ban"
proposition = "The country should bar Martians from entry."
terms = ["ban * Martians", "Supreme Court vacancy", "carbon tax", "Planned Parenthood", "NASA"]
'''


@pytest.fixture(scope="module")
def taxonomy(tmp_path_factory):
    path = tmp_path_factory.mktemp("term_forms") / "issues.toml"
    path.write_text(TAXONOMY, encoding="utf-8")
    return load_taxonomy(path)


def issues(blank, taxonomy, text: str) -> list[str]:
    return [r.issue for r in classify(blank(text), 0, len(text), "said", taxonomy,
                                      context="claim")]


@pytest.mark.parametrize("word, forms", [
    ("Muslims", ["Muslim"]), ("Dreamer", ["Dreamers"]), ("Republicans", ["Republican"]),
    ("ISIS", []), ("NRA", []), ("US", []), ("U.S.", []), ("Congress", []), ("Texas", []),
    ("tax", []), ("Roe", []),
])
def test_number_forms(word, forms):
    assert number_forms(word) == forms


def test_capitalised_slot_matches_both_numbers():
    assert compile_term("ban * Martians", use_pos=False)[-1] == {
        "ORTH": {"IN": ["Martian", "Martians"]}}


def test_paraphrased_compounds():
    assert paraphrased(["carbon tax", "Supreme Court vacancy", "Planned Parenthood",
                        "take * lead", "request/NOUN for", "tariff"], ["of", "on"]) == [
        "tax of|on * carbon", "vacancy of|on * Supreme Court"]
    assert paraphrased(["carbon tax"], []) == []


@pytest.mark.parametrize("text, expected", [
    # the other number of a capitalised word
    ("Trump's call to ban all Martian immigrants", ["entry_ban"]),
    ("a plan to ban Martians", ["entry_ban"]),
    # the prepositional paraphrase of a compound
    ("the vacancy on the Supreme Court should be filled", ["entry_ban"]),
    ("a tax on carbon would hurt families", ["entry_ban"]),
    ("a tax on the carbon content of fuels", ["entry_ban"]),
    ("the carbon tax is dead", ["entry_ban"]),
    # must not be tagged
    ("a tax on income would hurt families", []),                  # other modifier
    ("the carbon in the soil is a tax on patience", []),          # modifier before the head
    ("a tax on the sale of cars made with carbon", []),           # modifier too far (gap 0-3)
    ("the parenthood of planned cities", []),                     # names are not paraphrased
    ("the vacancy at the court", []),                             # "Supreme Court" is a name
    ("Nasas and NASAs", []),                                      # acronyms are exact
])
def test_term_forms_in_claims(blank, taxonomy, text, expected):
    assert issues(blank, taxonomy, text) == expected


def test_terms_file_schema(tmp_path):
    assert load_rules(terms_path(), TermsFile).compounds.prepositions
    bad = tmp_path / "terms.toml"
    bad.write_text('[compounds]\nprepositons = ["of"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown key"):
        load_rules(bad, TermsFile)
    assert Path(terms_path()).name == "terms.toml"


@pytest.mark.parametrize("module", ["terms", "check", "sides"])
def test_docstring_examples(module):
    """The worked examples in the docstrings of the term-matching modules hold (two in
    terms.py had gone stale: the matcher's keys are stems)."""
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(f"pipeline.issues.{module}"))
    assert result.attempted > 0 and result.failed == 0
