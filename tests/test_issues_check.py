"""`claims issues check CORPUS`: the taxonomy report for its authors (exit code and output)."""
from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from pipeline.config import default_config_dir
from pipeline.issues.check import check_claims
from pipeline.issues.taxonomy import Issue

DATA = Path(__file__).parent / "data"


def test_check_claims_counts_unmatched_terms_and_candidates():
    issue = Issue("wage", "Wage", "p", terms=("minimum wage", "living wage"))
    quotes = ["raise the minimum wage now", "wage theft is rampant", "wage theft again"]
    tags = [{"wage"}, set(), set()]
    [row] = check_claims(quotes, tags, [issue], str.split)
    assert row.tagged == 1
    assert row.unmatched_terms == ["living wage"]
    assert row.candidates[0] == ("wage theft", 2)


def test_a_term_found_only_in_a_form_the_detector_matches_is_not_reported():
    """'back vouchers' found as 'backing these vouchers' (gapped) and 'carbon tax' as 'a tax
    on carbon' (paraphrased) match in the detector, so the check does not tell the author they
    never match; a term in neither form still is."""
    issue = Issue("v", "V", "p", terms=("back vouchers", "carbon tax", "school choice"))
    quotes = ["we are backing these vouchers", "they want a tax on carbon"]
    [row] = check_claims(quotes, [set()] * 2, [issue], str.split, prepositions=["on"])
    assert row.unmatched_terms == ["school choice"]


def test_candidates_match_a_capitalised_term_word_by_its_spelling():
    """'State' of the term 'Islamic State' is no centre for 'the United States' or 'the state
    budget' (a name matches as written, as the term language matches it); 'ISIS' and the lowercase
    word 'troops' still are."""
    issue = Issue("isis", "ISIS", "p", terms=("Islamic State", "ISIS", "ground troops"))
    quotes = ["the United States must act", "the United States must act", "the state budget grew",
              "ISIS fighters fled", "ISIS fighters regrouped", "more troops went"]
    [row] = check_claims(quotes, [set()] * len(quotes), [issue], str.split, top=10)
    phrases = dict(row.candidates)
    assert phrases["isis fighters"] == 2 and "more troops" in phrases
    assert not any("states" in p or "state" in p for p in phrases)


def test_issues_check_cli(tmp_path):
    from pipeline.cli import app

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Carbon tax row\n\nThe minister said the carbon tax would be raised next year. "
        '"We will close the coal plants," the minister said. The opposition leader said '
        "the coal mining towns needed help.\n", encoding="utf-8")
    config = tmp_path / "config.toml"
    text = (default_config_dir() / "default.toml").read_text(encoding="utf-8")
    text = text.replace('"issues.toml"', f'"{DATA / "taxonomy_climate.toml"}"')
    text = re.sub(r'"([a-z_]+\.toml)"', lambda m: f'"{default_config_dir() / m[1]}"', text)
    config.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["issues", "check", str(corpus), "--config", str(config)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("taxonomy ") and lines[0].endswith(" claims")
    assert "carbon_tax: tags " in result.output
    assert "terms that never match: 'carbon price'" in result.output
    assert "near its words in untagged claims:" in result.output


def test_issues_check_missing_corpus(tmp_path):
    from pipeline.cli import app

    result = CliRunner().invoke(app, ["issues", "check", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: corpus folder not found: {tmp_path / 'nope'}"


def test_candidates_leave_out_other_issues_terms_and_stop_word_pairs():
    """A phrase another issue's term matches ('Wall Street' near the word 'wall' of a border
    wall issue) signals that issue already, and a pair whose other word is a stop word ('the
    wall') says nothing new: neither is a candidate; 'wall collapsed' still is."""
    border = Issue("border", "Border", "p", terms=("border wall",))
    banks = Issue("banks", "Banks", "p", terms=("Wall Street",))
    quotes = ["Wall Street firms cheered", "Wall Street firms cheered", "the wall collapsed",
              "the wall collapsed"]
    rows = check_claims(quotes, [set()] * len(quotes), [border, banks], str.split, top=10)
    phrases = dict(rows[0].candidates)
    assert "wall collapsed" in phrases
    assert not any("street" in p for p in phrases) and "the wall" not in phrases
