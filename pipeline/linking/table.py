"""Clusters -> the speakers table: one named row per speaker, and the map that gives each
claim its speaker (id, name, type)."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any, Mapping

from pipeline.linking.clusters import Cluster, display_name
from pipeline.linking.rules import LinkRules
from pipeline.records import stable_hash

SummaryKey = tuple[str, str, str]            # (article_id, in-article speaker, type)


@dataclass(frozen=True)
class SpeakerRef:
    """What a claim takes from its speaker's row."""

    speaker_id: str
    name: str
    type: str


@dataclass(frozen=True)
class SpeakerRow:
    """One row of speakers.parquet."""

    speaker_id: str
    name: str
    speaker_type: str
    aliases: tuple[str, ...]
    roles: tuple[tuple[str, tuple[str, ...]], ...]    # (role, article ids giving it)
    n_claims: int
    n_articles: int
    first_said_on: date | None
    last_said_on: date | None

    def as_row(self) -> dict[str, Any]:
        return {"speaker_id": self.speaker_id, "name": self.name,
                "speaker_type": self.speaker_type, "aliases": list(self.aliases),
                "roles": [{"role": r, "articles": list(a)} for r, a in self.roles],
                "n_claims": self.n_claims, "n_articles": self.n_articles,
                "first_said_on": self.first_said_on, "last_said_on": self.last_said_on}


@dataclass(frozen=True)
class Linking:
    """The corpus's speakers, and for each (article_id, speaker, type) of a claim its ref."""

    rows: tuple[SpeakerRow, ...] = ()
    refs: Mapping[SummaryKey, SpeakerRef] | None = None

    def ref(self, article_id: str, speaker: str, type_: str) -> SpeakerRef | None:
        return (self.refs or {}).get((article_id, speaker, type_))


def aliases(cluster: Cluster, rules: LinkRules) -> tuple[str, ...]:
    """Every surface form seen (speaker strings and mentions), pronouns left out, the most
    used first (claims of the in-article speakers that used it; then shorter, then A-Z)."""
    pronouns = rules.male_pronouns | rules.female_pronouns | rules.pronouns
    used: Counter = Counter()
    for form, claims in cluster.forms.items():
        used[form] += claims
    for it in cluster.items:
        for form in {it.summary.canonical, *it.summary.mentions}:
            used[form] += it.claims
    forms = [f for f in used if f and f.lower() not in pronouns]
    return tuple(sorted(forms, key=lambda f: (-used[f], len(f), f)))


def roles(cluster: Cluster, rules: LinkRules) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Roles with the articles that give them, most articles first (honorifics are none)."""
    found: dict[str, set[str]] = defaultdict(set)
    spelled: dict[str, str] = {}
    for it in cluster.items:
        for role in (*it.summary.roles, *sorted(it.roles)):
            key = role.lower()
            if key in rules.honorifics:
                continue
            spelled.setdefault(key, role)
            found[key].add(it.summary.article_id)
    order = sorted(found, key=lambda k: (-len(found[k]), k))
    return tuple((spelled[k], tuple(sorted(found[k]))) for k in order)


def speaker_row(cluster: Cluster, speaker_id: str, name: str, rules: LinkRules) -> SpeakerRow:
    firsts = [it.summary.first_said for it in cluster.items if it.summary.first_said]
    lasts = [it.summary.last_said for it in cluster.items if it.summary.last_said]
    return SpeakerRow(speaker_id, name, cluster.type, aliases(cluster, rules),
                      roles(cluster, rules), sum(it.claims for it in cluster.items),
                      cluster.articles, min(firsts, default=None), max(lasts, default=None))


def build_linking(clusters: list[Cluster], rules: LinkRules) -> Linking:
    """Name every cluster, give it a stable id (a hash of scope, type and name: the same
    corpus gives the same ids), and map each summary to its speaker."""
    named = [(c, display_name(c, rules)) for c in clusters]
    named.sort(key=lambda cn: (cn[0].scope, cn[0].type, cn[1],
                               min(it.summary.key for it in cn[0].items)))
    rows, refs, seen = [], {}, set()
    for cluster, name in named:
        base = speaker_id = stable_hash("speaker", cluster.scope, cluster.type, name)
        k = 0
        while speaker_id in seen:
            k += 1
            speaker_id = stable_hash(base, str(k))
        seen.add(speaker_id)
        rows.append(speaker_row(cluster, speaker_id, name, rules))
        for it in cluster.items:
            refs[it.summary.key] = SpeakerRef(speaker_id, name, cluster.type)
    rows.sort(key=lambda r: (-r.n_claims, r.name, r.speaker_id))
    return Linking(tuple(rows), refs)
