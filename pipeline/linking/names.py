"""Speaker strings -> clean names: one small pass per kind of garbage.

Each pass is a plain function on strings; `clean_person` and `clean_org` chain them.
Word lists come from `LinkRules` (configs/speakers.toml), never from this module.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from pipeline.linking.rules import LinkRules

_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$", re.IGNORECASE)
_ARTICLES = ("the", "a", "an")
_ASIDE = re.compile(r"\s*(?:,|\(|\[|\s[-–—]\s).*$")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """A matching key: case, accents, dots and curly quotes ignored, spaces collapsed.

    >>> fold("U.S. State  Department")
    'us state department'
    >>> fold("José Martí")
    'jose marti'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace(".", "").lower()
    return _SPACES.sub(" ", text).strip()


def strip_possessive(text: str) -> str:
    """Drop a possessive ending.

    >>> strip_possessive("White House's")
    'White House'
    >>> strip_possessive("Democrats'")
    'Democrats'
    """
    return _POSSESSIVE.sub("", text.strip()).strip()


def strip_article(text: str) -> str:
    """Drop a leading article.

    >>> strip_article("the White House")
    'White House'
    """
    words = text.split()
    while len(words) > 1 and words[0].lower() in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def strip_aside(text: str) -> str:
    """Drop what follows a comma, a bracket or a dash set off by spaces.

    >>> strip_aside("Ted Cruz, R-Texas")
    'Ted Cruz'
    >>> strip_aside("Rubio (R-Fla.)")
    'Rubio'
    """
    cut = _ASIDE.sub("", text.strip())
    return cut or text.strip()


def last_line(text: str) -> str:
    r"""The last line of a speaker string glued across a line break, marks trimmed.

    >>> last_line("X.\nTrump"), last_line('">Sanders')
    ('Trump', 'Sanders')
    """
    line = text.strip().split("\n")[-1]
    return re.sub(r"^[^\w]+|[^\w.]+$", "", line) or line.strip()


def trailing_name(text: str, particles: frozenset[str]) -> str:
    """The capitalised name at the end of a string with a lower-case descriptor glued in
    front of it; the string itself when there is none.

    >>> trailing_name("state senate hopeful and retired surgeon Ben Carson",
    ...               frozenset())
    'Ben Carson'
    >>> trailing_name("Beto de la Cruz", frozenset({"de", "la"}))
    'Beto de la Cruz'
    >>> trailing_name("Trump campaign", frozenset())
    'Trump campaign'
    """
    words = text.split()
    if not words or not words[-1][:1].isupper():
        return text
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1].lower() in particles):
        k -= 1
    while k < len(words) and words[k].lower() in particles:
        k += 1
    return " ".join(words[k:]) if k > 0 else text


def cut_headline(text: str, words: frozenset[str]) -> str:
    """End a name before the first headline word glued to it (never at the first word).

    >>> cut_headline("Obama Says", frozenset({"says"}))
    'Obama'
    >>> cut_headline("Donald Trump", frozenset({"says"}))
    'Donald Trump'
    """
    parts = text.split()
    for i, word in enumerate(parts[1:], start=1):
        if word.lower().strip(":,") in words:
            return " ".join(parts[:i])
    return text


@dataclass(frozen=True)
class CleanName:
    """A person's name with what the words before it told: roles and gender."""

    name: str
    roles: tuple[str, ...] = ()
    gender: str | None = None


def _title_at(words: list[str], i: int, rules: LinkRules) -> tuple[int, str | None]:
    """Length and role of the longest title phrase starting at words[i] (0, None if none)."""
    for n in range(min(rules.max_title_words, len(words) - i - 1), 0, -1):
        phrase = " ".join(w.lower() for w in words[i:i + n])
        if phrase in rules.titles:
            return n, rules.titles[phrase]
    return 0, None


def strip_front(text: str, rules: LinkRules) -> CleanName:
    """Drop descriptors, honorifics and titles before a person's name, keeping the roles
    and gender they tell; anything before a title goes too ("New Jersey Gov. X"). The
    last word always stays.

    >>> r = LinkRules(descriptors=frozenset({"billionaire"}), titles={"sen.": "senator"},
    ...               honorifics={"mr.": "male"})
    >>> strip_front("Billionaire Donald Trump", r).name
    'Donald Trump'
    >>> strip_front("Texas Sen. Ted Cruz", r)
    CleanName(name='Ted Cruz', roles=('senator',), gender=None)
    >>> strip_front("Mr. Trump", r)
    CleanName(name='Trump', roles=(), gender='male')
    """
    words = text.split()
    roles: list[str] = []
    gender = None
    last_title = -1
    for i in range(len(words) - 1):
        n, role = _title_at(words, i, rules)
        if n and i + n < len(words):
            last_title = i + n - 1
            if role:
                roles.append(role)
    start = last_title + 1
    while start < len(words) - 1:
        low = words[start].lower()
        if low in rules.honorifics:
            gender = rules.honorifics[low] or gender
        elif low not in rules.descriptors and low not in rules.leading_words:
            n, role = _title_at(words, start, rules)
            if not n:
                break
            roles.extend([role] if role else [])
            start += n
            continue
        start += 1
    for w in words[:start]:
        g = rules.honorifics.get(w.lower())
        gender = g or gender
    return CleanName(" ".join(words[start:]), tuple(dict.fromkeys(roles)), gender)


def clean_person(text: str, rules: LinkRules) -> CleanName:
    """A person's speaker string -> name, roles and gender (kept on the rules: the same
    strings come back across a corpus).

    >>> r = LinkRules(headline_verbs=frozenset({"says"}), titles={"president": "president"})
    >>> clean_person("President Obama Says", r)
    CleanName(name='Obama', roles=('president',), gender=None)
    """
    found = rules.memo.get(text)
    if found is None:
        found = rules.memo[text] = _clean_person(text, rules)
    return found


def _clean_person(text: str, rules: LinkRules) -> CleanName:
    text = trailing_name(strip_aside(last_line(text)), rules.particles)
    text = cut_headline(text, rules.headline_verbs | rules.headline_joints)
    text = strip_possessive(strip_article(text))
    cleaned = strip_front(text, rules)
    name = strip_possessive(cleaned.name)
    return CleanName(name or text, cleaned.roles, cleaned.gender)


def clean_org(text: str, rules: LinkRules) -> str:
    """An organisation's speaker string -> its name (alias table, article and possessive
    dropped, headline verbs cut).

    >>> r = LinkRules(org_aliases={"state department": "State Department"})
    >>> clean_org("the State Department's", r)
    'State Department'
    >>> clean_org("the White House's", r)
    'White House'
    """
    text = cut_headline(last_line(text), rules.headline_verbs)
    text = strip_article(strip_possessive(text))
    return rules.org_aliases.get(fold(text), text)
