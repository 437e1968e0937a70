"""Per-article speaker summaries: what the linking reduce step needs of one article.

A worker summarises each canonical article it has claims for (small records, no text);
the client links the summaries of the whole corpus at once (`link.link_speakers`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from pipeline.linking.names import clean_person
from pipeline.linking.rules import LinkRules
from pipeline.records import Claim

_NAME_WORD = r"(?:[A-Z][\w'’-]*\.?|[A-Z]\.(?:[A-Z]\.)*)"


@dataclass(frozen=True)
class SpeakerSummary:
    """One in-article speaker (the `speaker` and `speaker_type` of its claims)."""

    article_id: str
    canonical: str                        # Claim.speaker, resolved inside the article
    type: str                             # Claim.speaker_type
    mentions: tuple[str, ...] = ()        # surface forms at the attributions (sorted)
    roles: tuple[str, ...] = ()           # Claim.speaker_role values (sorted)
    n_claims: int = 0
    first_said: date | None = None
    last_said: date | None = None
    article_names: tuple[str, ...] = ()   # full names in the article ending in its surname

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.article_id, self.canonical, self.type)


def names_in_text(text: str, surname: str) -> tuple[str, ...]:
    """Capitalised names of one to three words before `surname` in `text`, as written,
    distinct and sorted.

    >>> names_in_text("Bill and Hillary Clinton met. Former President Bill Clinton said",
    ...               "Clinton")
    ('Former President Bill Clinton', 'Hillary Clinton')
    >>> names_in_text("Clinton said", "Clinton")
    ()
    >>> names_in_text("Donald Trump Jr. said", "Trump")
    ('Donald Trump Jr.',)
    """
    if not surname or not surname[:1].isupper():
        return ()
    pattern = re.compile(rf"\b((?:{_NAME_WORD}[ \t]+){{1,3}}){re.escape(surname)}\b"
                         r"(?:,?[ \t](?:Jr|Sr|II|III|IV)\b\.?)?")
    return tuple(sorted({m.group(0) for m in pattern.finditer(text)}))


def _surname_of(canonical: str, type_: str, rules: LinkRules) -> str | None:
    """The word to look for in the text: a single-word person or organisation name, or the
    surname of a name with a suffix ("Donald Trump Jr.": is "Donald Trump" there too?)."""
    if type_ not in ("person", "organization"):
        return None
    words = clean_person(canonical, rules).name.split()
    if len(words) > 2 and words[-1].lower() in rules.suffixes:
        return words[-2]
    return words[0] if len(words) == 1 and words[0][:1].isupper() else None


def summarise(article_id: str, text: str, claims: Iterable[Claim], rules: LinkRules
              ) -> list[SpeakerSummary]:
    """The speaker summaries of one article's claims, sorted by key.

    >>> from pipeline.records import Claim
    >>> c = Claim(claim_id="c1", article_id="a1", source_file="f", outlet=None, title=None,
    ...           published=None, speaker_id="", speaker="Clinton", speaker_mention="she",
    ...           speaker_type="person", speaker_role=None, cue="said", kind="direct",
    ...           quote="q", start=0, end=1)
    >>> [s.article_names for s in summarise("a1", "Hillary Clinton spoke.", [c], LinkRules())]
    [('Hillary Clinton',)]
    """
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        groups[(claim.speaker, claim.speaker_type)].append(claim)
    out = []
    for (canonical, type_), mine in sorted(groups.items()):
        dates = sorted(c.said_on for c in mine if c.said_on is not None)
        surname = _surname_of(canonical, type_, rules)
        out.append(SpeakerSummary(
            article_id=article_id, canonical=canonical, type=type_,
            mentions=tuple(sorted({c.speaker_mention for c in mine if c.speaker_mention})),
            roles=tuple(sorted({c.speaker_role for c in mine if c.speaker_role})),
            n_claims=len(mine),
            first_said=dates[0] if dates else None, last_said=dates[-1] if dates else None,
            article_names=names_in_text(text, surname) if surname else (),
        ))
    return out
