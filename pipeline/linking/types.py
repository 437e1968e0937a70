"""Corpus evidence about a speaker string: person or organisation, and names the in-article
resolver misread ("Trump Tower" for "Mr. Trump")."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

from pipeline.linking.items import ANON, ORG, PERSON, Item, prepare
from pipeline.linking.names import clean_person, fold
from pipeline.linking.persons import parse_person
from pipeline.linking.rules import LinkRules
from pipeline.linking.summaries import SpeakerSummary


def type_votes(items: list[Item]) -> tuple[Counter, Counter]:
    """Claims per folded name said by persons and by organisations; a person's surname
    counts for the person too ("Trump" from "Donald Trump")."""
    person, org = Counter(), Counter()
    for it in items:
        if it.type == PERSON:
            person[fold(it.name)] += it.claims
            if it.person and it.person.full:
                person[it.person.surname] += it.claims
        elif it.type == ORG:
            org[fold(it.name)] += it.claims
    return person, org


def person_shaped(item: Item, alone: set[str], rules: LinkRules) -> bool:
    """An organisation-typed name shaped like a person's full name (two or three capitalised
    words, no organisation word) whose last word the corpus also says alone as a speaker
    ("Carly Fiorina" beside "Fiorina")."""
    name = clean_person(item.summary.canonical, rules).name
    words = name.split()
    p = parse_person(name, rules)
    return bool(p and p.full and 2 <= len(words) <= 3 and p.surname in alone
                and all(w[:1].isupper() and not w.isupper() for w in words)
                and not any(w.lower() in rules.org_words for w in words))


def decide_types(items: list[Item], rules: LinkRules) -> list[Item]:
    """Person or organisation by corpus evidence, not one article's NER label: a person's
    full name typed organisation is a person; a name typed organisation that the corpus
    says of a person more often is a person (and the other way round for names that are
    not full person names).

    >>> r = LinkRules()
    >>> s = lambda a, c, t, n: SpeakerSummary(a, c, t, n_claims=n)
    >>> items = [prepare(s("a1", "Trump", "organization", 1), r),
    ...          prepare(s("a2", "Donald Trump", "person", 3), r),
    ...          prepare(s("a3", "Carly Fiorina", "organization", 1), r),
    ...          replace(prepare(s("a4", "Fiorina", "organization", 2), r),
    ...                  summary=SpeakerSummary("a4", "Fiorina", "organization", n_claims=2,
    ...                                         article_names=("Carly Fiorina",)))]
    >>> [i.type for i in decide_types(items, r)]
    ['person', 'person', 'person', 'person']
    """
    alone = {fold(it.name) for it in items if len(it.name.split()) == 1}
    items = [prepare(it.summary, rules, PERSON)
             if it.type == ORG and person_shaped(it, alone, rules) else it for it in items]
    person, org = type_votes(items)
    people = {fold(it.name) for it in items if it.type == PERSON and it.person and it.person.full}
    out = []
    for it in items:
        key = fold(it.name)
        if it.type == ORG and (person[key] > org[key] or names_person(it, people, rules)
                               or fold(clean_person(it.summary.canonical, rules).name) in people):
            it = prepare(it.summary, rules, PERSON)
        elif it.type == PERSON and org[key] > person[key] and not (it.person and it.person.full):
            it = prepare(it.summary, rules, ORG)
        out.append(it)
    return out


def names_person(item: Item, people: set[str], rules: LinkRules) -> bool:
    """The item's own article writes its name as the surname of a person's full name the
    corpus knows ("Fiorina" in an article that says "Carly Fiorina")."""
    return any(fold(clean_person(raw, rules).name) in people for raw in item.summary.article_names)


def groups_as_anonymous(items: list[Item], rules: LinkRules) -> list[Item]:
    """A "person" whose whole name is a group word ("Aides said", "Supporters say") is an
    anonymous descriptor: it stays in its article.

    >>> r = LinkRules(group_words=frozenset({"aides"}))
    >>> [i.type for i in groups_as_anonymous([prepare(SpeakerSummary("a1", "Aides",
    ...  "person"), r), prepare(SpeakerSummary("a1", "Obama", "person"), r)], r)]
    ['anonymous', 'person']
    """
    return [replace(it, type=ANON, person=None)
            if it.type == PERSON and it.person and not it.person.full
            and fold(it.name) in rules.group_words else it for it in items]


def misread(item: Item, surnames: set[str], rules: LinkRules) -> bool:
    """The in-article name took a surname for a given name ("Trump Tower" for "Mr. Trump"):
    the name's given name is what one of its mentions says alone, is the surname of a
    full name in the corpus, and is no known given name.

    >>> r = LinkRules(honorifics={"mr.": "male"})
    >>> it = prepare(SpeakerSummary("a1", "Trump Tower", "person", ("Mr. Trump",)), r)
    >>> misread(it, {"trump"}, r), misread(it, set(), r)
    (True, False)
    """
    p = item.person
    if p is None or not p.full or p.given not in surnames or p.given in rules.given_gender:
        return False
    return any(fold(clean_person(m, rules).name) == p.given for m in item.summary.mentions)


def reread(items: list[Item], rules: LinkRules) -> list[Item]:
    """Items whose name is `misread` are taken by the surname their mention says."""
    surnames = {it.person.surname for it in items
                if it.type == PERSON and it.person and it.person.full}
    out = []
    for it in items:
        if it.type == PERSON and misread(it, surnames, rules):
            name = it.name.split()[0]
            it = replace(it, name=name, person=parse_person(name, rules))
        out.append(it)
    return out


def suffix_splits(items: list[Item], rules: LinkRules) -> frozenset[tuple[str, str]]:
    """(surname, given) of the names some article writes both with and without a suffix
    ("Donald Trump" and "Donald Trump Jr."): there they are two people.

    >>> r = LinkRules(suffixes=frozenset({"jr."}))
    >>> it = prepare(SpeakerSummary("a1", "Donald Trump Jr.", "person",
    ...              article_names=("Donald Trump",)), r)
    >>> suffix_splits([it], r)
    frozenset({('trump', 'donald')})
    """
    seen: dict[tuple[str, str, str], set] = defaultdict(set)
    for it in items:
        if it.type != PERSON:
            continue
        names = [it.person] + [parse_person(clean_person(raw, rules).name, rules)
                               for raw in it.summary.article_names]
        for p in names:
            if p and p.full:
                seen[(it.summary.article_id, p.surname, p.given)].add(p.suffix)
    return frozenset((s, g) for (_, s, g), found in seen.items() if len(found) > 1)
