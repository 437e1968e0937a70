"""Enrich: turn the attributions found in an article's Doc into Claim records.

Adds what needs the article around the claim: the statement date (`said_on`, from the
attribution sentence, inherited by continuations), the issues and stances set by the
`claims_issues` component, and the stable `claim_id`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, Sequence

from pipeline.dates import find_said_on
from pipeline.records import Article, Attribution, Claim, IssueStance, stable_hash

# Cues that continue an earlier statement: without a date of their own they inherit it.
CONTINUATION_CUES = frozenset({"added", "adding", "continued", "went on", "concluded"})


@dataclass(frozen=True)
class DatedPhrase:
    said_on: date | None
    raw: str | None


def claim_id(article_id: str, start: int, end: int) -> str:
    return stable_hash(article_id, str(start), str(end))


def masked_context(text: str, attribution: Attribution) -> str:
    """The attribution sentence(s), with the claim content blanked out (same length), so a
    date inside the quote ("we will meet on Monday") is not taken for the date it was said."""
    s0 = min(attribution.sent_start, attribution.start)
    s1 = max(attribution.sent_end, attribution.end)
    if s1 <= s0:
        s0, s1 = attribution.start, attribution.end
    before = text[s0:attribution.start]
    after = text[attribution.end:s1]
    return before + " " * (attribution.end - attribution.start) + after


def is_continuation(attribution: Attribution) -> bool:
    cue = (attribution.cue or "").lower()
    return cue in CONTINUATION_CUES or (attribution.evidence or "").startswith("continuation")


def date_claims(article: Article, attributions: Sequence[Attribution]) -> list[DatedPhrase]:
    """said_on for each attribution, in article order; continuations inherit the date of the
    same speaker's previous claim when their own sentence names none."""
    year = article.published.year if article.published else None
    dated: list[DatedPhrase] = []
    last_by_speaker: dict[str, DatedPhrase] = {}
    for attribution in attributions:
        context = masked_context(article.text, attribution)
        said_on, raw = find_said_on(context, article.published, year)
        phrase = DatedPhrase(said_on, raw)
        key = (attribution.speaker or attribution.speaker_mention or "").lower()
        if raw is None and key in last_by_speaker and is_continuation(attribution):
            phrase = last_by_speaker[key]
        if phrase.raw is not None:
            last_by_speaker[key] = phrase
        dated.append(phrase)
    return dated


def build_claims(article: Article, attributions: Sequence[Attribution],
                 issues: Iterable[tuple[IssueStance, ...]] | None) -> list[Claim]:
    """One Claim per attribution (issues as a tuple on the claim; rows per issue come later)."""
    issue_lists = list(issues) if issues is not None else [()] * len(attributions)
    if len(issue_lists) != len(attributions):
        raise ValueError("issues and attributions differ in length")
    dates = date_claims(article, attributions)
    claims = []
    for attribution, found, phrase in zip(attributions, issue_lists, dates):
        if not (0 <= attribution.start < attribution.end <= len(article.text)):
            continue  # defensive: an offset outside the text is a bug upstream, never output
        mention = attribution.speaker_mention or attribution.speaker or "unknown"
        claims.append(Claim(
            claim_id=claim_id(article.article_id, attribution.start, attribution.end),
            article_id=article.article_id,
            source_file=article.source_file,
            outlet=article.outlet,
            title=article.title,
            published=article.published,
            speaker=attribution.speaker or mention,
            speaker_mention=mention,
            speaker_type=attribution.speaker_type or "unknown",
            speaker_role=attribution.speaker_role,
            cue=attribution.cue or "",
            kind=attribution.kind,
            quote=article.text[attribution.start:attribution.end],
            start=attribution.start,
            end=attribution.end,
            said_on=phrase.said_on,
            said_on_raw=phrase.raw,
            issues=tuple(found or ()),
        ))
    return claims
