"""Items: a speaker summary with what linking needs of it (clean name, parsed person,
roles and gender told by titles, honorifics and pronouns)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from pipeline.linking.names import clean_org, clean_person
from pipeline.linking.persons import PersonName, parse_person
from pipeline.linking.rules import LinkRules
from pipeline.linking.summaries import SpeakerSummary

PERSON, ORG, ANON = "person", "organization", "anonymous"


@dataclass
class Item:
    """A summary with what linking needs of it."""

    summary: SpeakerSummary
    type: str
    name: str                                   # clean display name
    person: PersonName | None = None
    roles: frozenset[str] = frozenset()         # roles told by titles ("senator")
    gender: str | None = None

    @property
    def claims(self) -> int:
        return self.summary.n_claims


def mention_gender(mentions: Iterable[str], rules: LinkRules) -> str | None:
    """The gender the mentions tell: a pronoun ("she") or an honorific ("Mr. Trump").

    >>> r = LinkRules(female_pronouns=frozenset({"she"}), honorifics={"mr.": "male"})
    >>> mention_gender(["she", "Clinton"], r), mention_gender(["Mr. Trump"], r)
    ('female', 'male')
    >>> mention_gender(["he", "she"], LinkRules(male_pronouns=frozenset({"he"}),
    ...                female_pronouns=frozenset({"she"})))
    """
    found = set()
    for m in mentions:
        low = m.lower().strip()
        if low in rules.male_pronouns:
            found.add("male")
        elif low in rules.female_pronouns:
            found.add("female")
        else:
            g = clean_person(m, rules).gender
            if g:
                found.add(g)
    return found.pop() if len(found) == 1 else None


def title_roles(texts: Iterable[str], rules: LinkRules) -> frozenset[str]:
    """The roles that title words in some texts tell.

    >>> title_roles(["Republican senator", "Sen. Cruz"], LinkRules(titles={"senator": "senator",
    ...             "sen.": "senator"}))
    frozenset({'senator'})
    """
    return frozenset(rules.titles[w] for t in texts for w in t.lower().split()
                     if rules.titles.get(w))


def prepare(summary: SpeakerSummary, rules: LinkRules, type_: str | None = None) -> Item:
    """A summary -> an item typed `type_` (its own type by default), its name cleaned."""
    type_ = type_ or summary.type
    if type_ == PERSON:
        clean = clean_person(summary.canonical, rules)
        roles = frozenset(clean.roles) | title_roles(summary.roles + summary.mentions, rules)
        gender = clean.gender or mention_gender(summary.mentions, rules)
        return Item(summary, PERSON, clean.name, parse_person(clean.name, rules), roles, gender)
    if type_ == ORG:
        return Item(summary, ORG, clean_org(summary.canonical, rules))
    return Item(summary, type_, summary.canonical)
