"""pipeline.regex_gate: a pattern behind a lookahead for its first characters finds the
same matches, faster; patterns whose first characters cannot be read stay as they are."""
from __future__ import annotations

import re

import pytest

from pipeline.regex_gate import gated

TEXTS = [
    "The mayor said yesterday that the bridge would reopen.",
    "On Tuesday, officials said early March was too soon; LAST WEEK they agreed.",
    "Prices rose 12% in 2019 and again in 2021, the report said on Jan. 3, 2022.",
    "non-yesterday, pre-today and yesterday's news; -yesterday",
    "\u212aelvin and kelvin, \u017fix and six",       # Kelvin sign, long s: (?i) folds them
    "",
    "    ",
]

PATTERNS = [
    r"(?<![\w-])(?i:yesterday|last week)(?![\x27’]s\b)",
    r"\b(?i:(?:early|late)[- ](?:March|May))\b",
    r"(?:(?i:on|since)\s+)?(?:Jan|Feb)\.?\s+(?P<day>\d{1,2})(?:,?\s+(?P<year>\d{4})\b)?",
    r"(?<=\bin )(?:19|20)\d\d",
    r"(?i:kelvin|six)",
    r"(?:[A-Z][a-z]+)+ said",
    r"(?P<a>\btoday\b)|(?P<b>\d+%)|(?P<c>;\s*[A-Z]+)",
    r"x*y",                                          # optional first item, then a literal
]


def _matches(pattern: re.Pattern[str], text: str) -> list:
    return [(m.start(), m.end(), m.group(), m.groupdict(), m.groups())
            for m in pattern.finditer(text)]


@pytest.mark.parametrize("source", PATTERNS)
def test_gated_pattern_finds_the_same_matches(source):
    plain = re.compile(source)
    fast = gated(plain)
    assert fast is not plain and fast.pattern.startswith("(?=(?i:[")
    assert fast.groupindex == plain.groupindex
    for text in TEXTS:
        assert _matches(fast, text) == _matches(plain, text), text


@pytest.mark.parametrize("source", [
    r"x*",                  # matches the empty string: no first character to require
    r"(?:a|b?)c?",
    r".said",               # any character first
    r"[^a-z]+said",         # negated class
    r"(?i)said",            # global flags cannot move inside (?:...)
])
def test_unreadable_or_empty_patterns_stay_as_they_are(source):
    plain = re.compile(source)
    assert gated(plain) is plain


def test_a_backreference_after_the_first_character_is_kept():
    plain = re.compile(r"(\w)\1")
    fast = gated(plain)
    assert fast is not plain
    for text in TEXTS + ["aa bb  cdd"]:
        assert _matches(fast, text) == _matches(plain, text)


def test_the_statement_date_finder_is_gated():
    from pipeline.articles.dates import load_date_rules
    from pipeline.config import default_config_dir

    rules = load_date_rules(default_config_dir() / "dates.toml")
    assert rules.finder.pattern.startswith("(?=(?i:[")
    assert rules.rest is not None and rules.rest.pattern.startswith("(?=(?i:[")
    assert "vague" in rules.finder.groupindex


def test_the_boilerplate_inline_patterns_are_gated():
    from pipeline.articles.clean import load_boilerplate
    from pipeline.config import default_config_dir

    rules = load_boilerplate(default_config_dir() / "boilerplate.toml")
    assert rules.inline_re is not None and rules.inline_re.pattern.startswith("(?=(?i:[")


@pytest.mark.parametrize("source, expected", [
    (r"yesterday", True),
    (r"(?<!usa )(?:earlier )?today|this (?:morning|evening)|tonight", True),
    (r"\d+ days? ago|[a-z]+ week", True),
    (r"-ish|day", False),                  # a hyphen can open a match
    (r"(?:the )?\s*day", False),           # a space can open it
    (r"x*", False),                        # can match the empty string
    (r".day", False),                      # any character
    (r"[^a-z]day", False),                 # negated class
    (r"(unclosed", False),                 # not a pattern at all
])
def test_opens_with_word_char(source, expected):
    """Whether every match opens with a word character, read off the parsed pattern, so that
    `\\b` in front of it is a word start; unsure answers are False."""
    from pipeline.regex_gate import opens_with_word_char

    assert opens_with_word_char(source, re.IGNORECASE) is expected
