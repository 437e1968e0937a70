"""Person names: their parts, and when two names may be one person.

`parse_person` splits a clean name into given name, middle names or initials, surname and
suffix; `same_person` says whether two names are compatible: same surname and suffix,
the same given name (or a known nickname of it), middle names that do not contradict.
Compatibility is not transitivity ("George Bush" fits both "George W. Bush" and "George H.
W. Bush"): the clustering in `link.py` links a name only when it fits one person.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.linking.names import fold
from pipeline.linking.rules import LinkRules

# Korean and similar family-name-first names: "Lee Jae-myung", "Wi Sung-lac".
_FAMILY_FIRST = re.compile(r"^[A-Z][a-z]{0,3} [A-Z][a-z]+-[a-z]+$")


@dataclass(frozen=True)
class PersonName:
    """A parsed name; every part folded (lower case, no dots or accents)."""

    surname: str
    given: str | None = None
    middles: tuple[str, ...] = ()
    suffix: str | None = None

    @property
    def full(self) -> bool:
        """A given name is known (not a surname alone)."""
        return self.given is not None

    @property
    def specificity(self) -> int:
        return (self.given is not None) + len(self.middles)


def _initials(word: str) -> tuple[str, ...]:
    """'H.W.' -> ('h', 'w'); 'Rodham' -> ('rodham',)."""
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?\.?", word) or re.fullmatch(r"[A-Z]", word):
        return tuple(c.lower() for c in word if c.isalpha())
    return (fold(word),)


def parse_person(name: str, rules: LinkRules) -> PersonName | None:
    """A clean person name -> its parts; None when it is not a name (no capital letter).

    >>> r = LinkRules(suffixes=frozenset({"jr."}))
    >>> parse_person("Paul D. Ryan", r)
    PersonName(surname='ryan', given='paul', middles=('d',), suffix=None)
    >>> parse_person("Donald Trump Jr.", r)
    PersonName(surname='trump', given='donald', middles=(), suffix='jr')
    >>> parse_person("Trump", r).full
    False
    """
    words = name.replace(",", " ").split()
    suffix = None
    if len(words) > 1 and words[-1].lower() in rules.suffixes:
        suffix = fold(words[-1])
        words = words[:-1]
    if not words or not any(c.isupper() for c in "".join(words)):
        return None
    if _FAMILY_FIRST.match(" ".join(words)):
        return PersonName(fold(words[0]), fold(words[1]), (), suffix)
    k = len(words) - 1
    while k > 1 and words[k - 1].lower() in rules.particles:
        k -= 1                                   # "Beto de la Cruz" -> surname "de la cruz"
    surname = fold(" ".join(words[k:]))
    if k == 0:
        return PersonName(surname, None, (), suffix)
    middles = tuple(p for w in words[1:k] for p in _initials(w))
    return PersonName(surname, fold(words[0]), middles, suffix)


def same_given(a: str, b: str, rules: LinkRules) -> bool:
    """Given names of one person: equal, a nickname in one class with the other, or an
    initial of it.

    >>> r = LinkRules(nicknames=(frozenset({"william", "bill"}),))
    >>> same_given("bill", "william", r), same_given("bill", "hillary", r)
    (True, False)
    """
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return any(a in c and b in c for c in rules.nicknames)


def same_middles(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Middle names that do not contradict: one side has none, or they agree word by word
    (an initial agreeing with a name).

    >>> same_middles(("d",), ()), same_middles(("h", "w"), ("w",))
    (True, False)
    >>> same_middles(("rodham",), ("r",))
    True
    """
    if not a or not b:
        return True
    if len(a) != len(b):
        return False
    return all(x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) for x, y in zip(a, b))


def same_suffix(a: PersonName, b: PersonName, splits: frozenset[tuple[str, str]]) -> bool:
    """Suffixes that do not tell two people apart: equal, or one name without one ("James
    B. Comey Jr." is "James Comey") unless some article writes that name both with and
    without it (`splits`: "Donald Trump" beside "Donald Trump Jr." are two people).

    >>> n = lambda g, s=None: PersonName("trump", g, (), s)
    >>> same_suffix(n("donald", "jr"), n("donald"), frozenset({("trump", "donald")}))
    False
    >>> same_suffix(n("james", "jr"), n("james"), frozenset())
    True
    """
    if a.suffix == b.suffix:
        return True
    if a.suffix and b.suffix:
        return False
    return (a.surname, a.given) not in splits and (b.surname, b.given) not in splits


def same_person(a: PersonName, b: PersonName, rules: LinkRules,
                splits: frozenset[tuple[str, str]] = frozenset()) -> bool:
    """Two full names that may be one person.

    >>> r = LinkRules(suffixes=frozenset({"jr."}))
    >>> p = lambda s: parse_person(s, r)
    >>> same_person(p("Paul D. Ryan"), p("Paul Ryan"), r)
    True
    >>> same_person(p("Eric Trump"), p("Donald Trump"), r)
    False
    >>> same_person(p("Donald Trump Jr."), p("Donald Trump"), r, frozenset({("trump", "donald")}))
    False
    """
    if a.surname != b.surname or not (a.full and b.full) or not same_suffix(a, b, splits):
        return False
    return same_given(a.given, b.given, rules) and same_middles(a.middles, b.middles)


def given_gender(name: PersonName, rules: LinkRules) -> str | None:
    """The gender a given name tells, from the first-names lists ("hillary" -> female)."""
    return rules.given_gender.get(name.given) if name.given else None
