"""Corpus-level speaker linking: one speaker, one id and one name across the corpus.

Workers summarise each article's speakers (`summarise`); the client links the summaries of
the whole corpus in one reduce step (`link_speakers`), which gives the speakers table and
the (id, name, type) of every claim's speaker:

    summaries --items.prepare--> clean name, parsed person, roles, gender
              --types.decide_types--> person or organisation by corpus-wide evidence
              --types.reread--> names the in-article resolver misread ("Trump Tower")
              --clusters--> full names by compatibility; a surname alone in its article,
                            else the one full name the corpus uses for it; organisations by
                            folded name; anonymous descriptors in their article only
              --table--> named speakers: ids, rows, and a map for the claims

Everything is a function of the set of summaries (sorted first), so the local and the Dask
engine, and any partitioning, give the same table.
"""
from __future__ import annotations

from typing import Iterable

from pipeline.linking.clusters import org_clusters, person_clusters, scoped_clusters
from pipeline.linking.items import ORG, PERSON, Item, prepare
from pipeline.linking.types import decide_types, groups_as_anonymous, reread
from pipeline.linking.rules import LinkRules, link_rules, load_link_rules
from pipeline.linking.summaries import SpeakerSummary, summarise
from pipeline.linking.table import Linking, SpeakerRef, SpeakerRow, build_linking


def link_speakers(summaries: Iterable[SpeakerSummary], rules: LinkRules) -> Linking:
    """Link the speaker summaries of a corpus (any order, any partitioning) into speakers.

    >>> from pipeline.linking.summaries import SpeakerSummary as S
    >>> out = link_speakers([S("a1", "Paul D. Ryan", "person", n_claims=2),
    ...                      S("a2", "Speaker Ryan", "person", n_claims=1),
    ...                      S("a3", "a senior official", "anonymous", n_claims=1),
    ...                      S("a4", "a senior official", "anonymous", n_claims=1)],
    ...                     LinkRules(titles={"speaker": "speaker"}))
    >>> [(r.name, r.n_claims, r.n_articles) for r in out.rows]
    [('Paul D. Ryan', 3, 2), ('a senior official', 1, 1), ('a senior official', 1, 1)]
    """
    linker = SpeakerLinker(rules)
    linker.add(summaries)
    return linker.link()


class SpeakerLinker:
    """`link_speakers` in two steps, so that what needs one summary only (its clean name,
    parsed person, roles and gender: `items.prepare`) is done as the summaries come in
    (`add`, any order, a summary given twice counted once) and only what needs the corpus
    when it is all there (`link`).

    >>> from pipeline.linking.summaries import SpeakerSummary as S
    >>> linker = SpeakerLinker(LinkRules())
    >>> linker.add([S("a2", "Ryan", "person", n_claims=1)])
    >>> linker.add([S("a1", "Paul Ryan", "person", n_claims=2), S("a2", "Ryan", "person",
    ...                                                            n_claims=1)])
    >>> [(r.name, r.n_claims) for r in linker.link().rows]
    [('Paul Ryan', 3)]
    """

    def __init__(self, rules: LinkRules):
        self.rules = rules
        self._items: dict[SpeakerSummary, Item] = {}

    def add(self, summaries: Iterable[SpeakerSummary]) -> None:
        for s in summaries:
            if s not in self._items:
                self._items[s] = prepare(s, self.rules)

    def link(self) -> Linking:
        rules = self.rules
        items = [self._items[s] for s in sorted(self._items, key=lambda s: s.key)]
        linked = [it for it in items if it.type in rules.linked_types]
        linked = groups_as_anonymous(reread(decide_types(linked, rules), rules), rules)
        scoped = [it for it in items if it.type not in rules.linked_types]
        persons, orgs = [], []
        for it in linked:
            if it.type == PERSON and it.person is not None:
                persons.append(it)
            elif it.type == ORG:
                orgs.append(it)
            else:                               # group words, person strings that are no name
                scoped.append(it)
        clusters = (person_clusters(persons, rules) + org_clusters(orgs)
                    + scoped_clusters(scoped))
        return build_linking(clusters, rules)


__all__ = ["LinkRules", "Linking", "SpeakerLinker", "SpeakerRef", "SpeakerRow", "SpeakerSummary",
           "link_rules", "link_speakers", "load_link_rules", "summarise"]
