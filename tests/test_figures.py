"""Reports of figures take no side (stance._figure, detect._numerals), and the reporting cues
that carry a side or none on their own ("was against", "a critic of", "made no comment")."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import default_config_dir
from pipeline.issues.detect import _numerals, classify
from pipeline.issues.stance import Hit, cue_class
from pipeline.issues.taxonomy import load_taxonomy

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("cue, kind", [
    ("was against", "oppose"),
    ("a fierce critic of", "oppose"),
    ("have been outraged by", "oppose"),
    ("may blame", "oppose"),
    ("warned against", "warning"),
    ("made no comment on", "neutral"),
    ("declined to comment on", "neutral"),
    # must stay without a class
    ("said", None),
    ("commented", None),
])
def test_cue_class_of_stance_cues(stance_rules, cue, kind):
    assert cue_class(cue, stance_rules)[0] == kind


# (text, numerals outside the phrase at token span `phrase`)
NUMERAL_CASES = [
    ("Of the 121 people detained, 77 have been deported.", None, ["121", "77"]),
    ("The share rose to 98.33 percent.", None, ["98.33"]),
    # years are dates, not figures
    ("The law passed in 2014 after a long fight.", None, []),
    # a numeral inside the issue's own phrase names the proposal
    ("Workers want 15 an hour now.", (2, 5), []),
    ("No numbers here at all.", None, []),
]


@pytest.mark.parametrize("text, phrase, expected", NUMERAL_CASES)
def test_numerals(blank, text, phrase, expected):
    doc = blank(text)
    phrases = [Hit("signal", "wage", "p", phrase[0], phrase[1], 0, 1)] if phrase else []
    assert [h.text for h in _numerals(doc, 0, len(doc), phrases, (1800, 2100))] == expected


def test_year_range_comes_from_stance_toml(tmp_path, blank, stance_rules):
    """[markers] first_year / last_year decide which four-digit numerals are years."""
    assert stance_rules.years == (1800, 2100)
    src = (default_config_dir() / "stance.toml").read_text(encoding="utf-8")
    assert "first_year = 1800" in src and "last_year = 2100" in src
    path = tmp_path / "stance.toml"
    path.write_text(src.replace("first_year = 1800", "first_year = 2013"), encoding="utf-8")
    tax = load_taxonomy(DATA / "taxonomy_climate.toml", path)
    assert tax.stance.years == (2013, 2100)
    text = "The carbon tax started in 2012."
    found = {r.issue: r for r in classify(blank(text), 0, len(text), "said", tax)}
    assert found["carbon_tax"].stance == "neutral"
    assert "figure:2012" in found["carbon_tax"].evidence
    doc = blank(text)
    assert [h.text for h in _numerals(doc, 0, len(doc), [], (2013, 2100))] == ["2012"]


# (claim, cue, issue, stance, a string the evidence must hold); blank pipeline
FIGURE_CASES = [
    ("Carbon prices rose 12 percent last year.", "said", "carbon_tax", "neutral",
     "figure:12"),
    ("Half of the coal plants in the state are old.", "said", "coal_phaseout", "neutral",
     "figure:Half of"),
    # a cue with a side still decides
    ("Carbon prices rose 12 percent last year.", "welcomed", "carbon_tax", "support",
     "cue:welcome"),
    # a stance phrase or an advocacy marker decides before a figure
    ("They will close 40 coal plants.", "said", "coal_phaseout", "support", "lexicon:"),
    ("We must build 20 new nuclear reactors.", "said", "nuclear_power", "support", "lexicon:"),
    # a year is no figure
    ("The carbon tax started in 2012.", "said", "carbon_tax", "support", "default"),
]


@pytest.mark.parametrize("text, cue, issue, stance, evidence", FIGURE_CASES)
def test_figure_is_neutral_blank(blank, climate, text, cue, issue, stance, evidence):
    found = {r.issue: r for r in classify(blank(text), 0, len(text), cue, climate)}
    assert found[issue].stance == stance, found[issue].evidence
    assert evidence in found[issue].evidence
