"""Clusters: items that are one speaker. Full person names are clustered by compatibility,
surnames said alone are resolved in their article and then in the corpus, organisations by
their folded name; anonymous descriptors stay in their article."""
from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from pipeline.linking.items import ORG, PERSON, Item
from pipeline.linking.names import clean_person, fold
from pipeline.linking.persons import PersonName, given_gender, parse_person, same_person
from pipeline.linking.rules import LinkRules
from pipeline.linking.types import suffix_splits


@dataclass
class Cluster:
    """Items that are one speaker, and the name forms seen for it."""

    type: str
    items: list[Item] = field(default_factory=list)
    forms: Counter = field(default_factory=Counter)     # clean name -> claims
    scope: str = ""                                      # article_id for scoped speakers
    people: list[PersonName] = field(default_factory=list)

    def add(self, item: Item) -> None:
        self.items.append(item)
        self.forms[item.name] += item.claims

    @property
    def articles(self) -> int:
        return len({it.summary.article_id for it in self.items})


# ---------------------------------------------------------------------------- persons

def cluster_full_names(names: dict[str, PersonName], weight: dict[str, int],
                       rules: LinkRules, splits: frozenset[tuple[str, str]] = frozenset()
                       ) -> dict[str, int]:
    """Folded full names -> cluster number. Most specific names first; a name joins the
    one cluster whose every member it fits, and stays alone when it fits several ("George
    Bush" beside "George W. Bush" and "George H. W. Bush") or none.

    >>> r = LinkRules()
    >>> names = {fold(k): parse_person(k, r) for k in ("Paul D. Ryan", "Paul Ryan",
    ...          "George W. Bush", "George H. W. Bush", "George Bush")}
    >>> n = cluster_full_names(names, {}, r)
    >>> n["paul ryan"] == n["paul d ryan"], n["george bush"] in (n["george w bush"],
    ...                                                          n["george h w bush"])
    (True, False)
    """
    groups: dict[str, list[str]] = defaultdict(list)
    counter = itertools.count()
    for key, p in names.items():
        groups[p.surname].append(key)
    out: dict[str, int] = {}
    for group in sorted(groups):
        clusters: list[list[str]] = []
        order = sorted(groups[group], key=lambda k: (-names[k].specificity, -weight.get(k, 0), k))
        for key in order:
            fits = [c for c in clusters
                    if all(same_person(names[key], names[m], rules, splits) for m in c)]
            if len(fits) == 1:
                fits[0].append(key)
            else:
                clusters.append([key])
        for members in clusters:
            number = next(counter)
            out.update({key: number for key in members})
    return out


def text_names(item: Item, known: set[str], rules: LinkRules) -> list[tuple[str, str, PersonName]]:
    """(key, form, name) of the full names the item's article writes with its surname:
    only names whose given name is a known first name or that the corpus uses as a speaker
    (so a sentence-initial "When Clinton" is no name)."""
    out = []
    for raw in item.summary.article_names:
        form = clean_person(raw, rules).name
        p = parse_person(form, rules)
        key = fold(form)
        if p and p.full and item.person and p.surname == item.person.surname and \
                (p.given in rules.given_gender or key in known):
            out.append((key, form, p))
    return out


@dataclass(frozen=True)
class Profile:
    """What a surname said alone is matched against: a person's gender, roles and number
    of articles, from the full names clustered (fixed before any surname is resolved, so
    the order of the surnames does not matter)."""

    gender: str | None
    roles: frozenset[str]
    articles: int


def profile(cluster: Cluster, rules: LinkRules) -> Profile:
    """A person's gender (the given names' from the first-names lists, else the one the
    mentions tell), roles and articles."""
    told = {given_gender(p, rules) for p in cluster.people} - {None}
    votes = Counter(it.gender for it in cluster.items if it.gender)
    gender = told.pop() if len(told) == 1 else (
        votes.most_common(1)[0][0] if len(votes) == 1 else None)
    return Profile(gender, frozenset(r for it in cluster.items for r in it.roles),
                   cluster.articles)


def dominant(candidates: set[int], articles: dict[int, int], share: float) -> int | None:
    """The candidate holding at least `share` of the candidates' articles.

    >>> dominant({1}, {1: 3}, 0.9), dominant({1, 2}, {1: 9, 2: 1}, 0.9), dominant(set(), {}, 0.9)
    (1, 1, None)
    >>> dominant({1, 2}, {1: 8, 2: 2}, 0.9)
    """
    if len(candidates) == 1:
        return next(iter(candidates))
    total = sum(articles[n] for n in candidates)
    best = max(sorted(candidates), key=lambda n: articles[n], default=None)
    return best if best is not None and total and articles[best] >= share * total else None


def resolve_surname(item: Item, local: set[int], corpus: set[int],
                    profiles: dict[int, Profile], share: float) -> int | None:
    """The person a surname said alone is: the one full name of that surname its own
    article uses (gender permitting); else the one the corpus uses for that surname (and
    title, gender), when it holds `share` of their articles; else None."""
    def fits(n: int) -> bool:
        g = profiles[n].gender
        return not (item.gender and g and g != item.gender)

    here = {n for n in local if fits(n)}
    if here:
        return here.pop() if len(here) == 1 else None
    cands = {n for n in corpus if fits(n)}
    titled = {n for n in cands if item.roles & profiles[n].roles}
    return dominant(titled or cands, {n: profiles[n].articles for n in cands}, share)


def person_clusters(persons: list[Item], rules: LinkRules) -> list[Cluster]:
    """Clusters of the person items: full names clustered, then each surname said alone
    resolved in its article or the corpus; the unresolved ones of a surname stay together
    under that surname."""
    full = [it for it in persons if it.person.full]
    short = [it for it in persons if not it.person.full]
    names = {fold(it.name): it.person for it in full}
    weight = Counter()
    for it in full:
        weight[fold(it.name)] += it.claims
    known = set(names)
    extra = {id(it): text_names(it, known, rules) for it in short}
    for found in extra.values():
        names.update({key: p for key, _, p in found})
    number = cluster_full_names(names, weight, rules, suffix_splits(persons, rules))
    clusters = {n: Cluster(PERSON) for n in set(number.values())}
    for key, n in number.items():
        clusters[n].people.append(names[key])
    local: dict[tuple[str, str], set[int]] = defaultdict(set)
    by_surname: dict[str, set[int]] = defaultdict(set)
    for it in full:
        n = number[fold(it.name)]
        clusters[n].add(it)
        local[(it.summary.article_id, it.person.surname)].add(n)
        by_surname[it.person.surname].add(n)
    profiles = {n: profile(c, rules) for n, c in clusters.items()}
    unresolved: dict[tuple, Cluster] = {}
    for it in short:
        found = extra[id(it)]
        here = local[(it.summary.article_id, it.person.surname)] | {number[k] for k, _, _ in found}
        corpus = by_surname[it.person.surname]
        n = resolve_surname(it, here, corpus, profiles, rules.surname_share)
        if n is None:
            unresolved.setdefault((it.person.surname, it.person.suffix),
                                  Cluster(PERSON)).add(it)
            continue
        clusters[n].add(it)
        for _, form, _ in found:
            if number.get(fold(form)) == n:
                clusters[n].forms[form] += 0
    return [c for c in clusters.values() if c.items] + list(unresolved.values())


# ---------------------------------------------------------------------------- the rest

def org_clusters(orgs: list[Item]) -> list[Cluster]:
    """One organisation per folded clean name ("White House's", "the White House")."""
    out: dict[str, Cluster] = {}
    for it in orgs:
        out.setdefault(fold(it.name), Cluster(ORG)).add(it)
    return list(out.values())


def scoped_clusters(items: list[Item]) -> list[Cluster]:
    """Speakers never linked across articles (anonymous descriptors, documents, unknown,
    and person strings that are no name): one per article, type and string."""
    out: dict[tuple[str, str, str], Cluster] = {}
    for it in items:
        s = it.summary
        out.setdefault((s.article_id, it.type, s.canonical),
                       Cluster(it.type, scope=s.article_id)).add(it)
    return list(out.values())


def display_name(cluster: Cluster, rules: LinkRules) -> str:
    """The fullest form a person is named by (most name parts; then not all capitals,
    most claims, longest); for others the most used form.

    >>> c = Cluster(PERSON, forms=Counter({"Paul Ryan": 5, "Paul D. Ryan": 1, "Ryan": 9}))
    >>> display_name(c, LinkRules())
    'Paul D. Ryan'
    """
    def spec(form: str) -> int:
        p = parse_person(form, rules) if cluster.type == PERSON else None
        return p.specificity if p else 0

    return min(cluster.forms, key=lambda f: (-spec(f), f.isupper(), -cluster.forms[f],
                                             -len(f), f))
