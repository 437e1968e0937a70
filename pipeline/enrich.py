"""Enrich: turn the attributions found in an article's Doc into Claim records.

Adds what needs the article around the claim: the statement date (`said_on`, from the
attribution sentence, inherited by continuations), the issues and stances set by the
`claims_issues` component, and the stable `claim_id`.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable, Sequence

from pipeline.articles.dates import SaidOnItem, SaidOnRules, find_said_on, inherit_said_on
from pipeline.records import Article, Attribution, Claim, IssueStance, stable_hash


QUOTE_MARKS = frozenset("\"'“”‘’«»‹›")


def claim_id(article_id: str, start: int, end: int) -> str:
    return stable_hash(article_id, str(start), str(end))


def masked_context(text: str, attribution: Attribution) -> tuple[str, int]:
    """The attribution sentence(s) with the claim content blanked out (same length), so a
    date inside the quote ("we will meet on Monday") is not taken for the date it was said;
    and the offset of the context in the text."""
    s0 = min(attribution.sent_start, attribution.start)
    s1 = max(attribution.sent_end, attribution.end)
    start, end = attribution.start, attribution.end
    # the quote marks around a direct quote go too: a lone mark left behind would open a
    # "quotation" that swallows the date phrase after it
    if start > s0 and text[start - 1] in QUOTE_MARKS:
        start -= 1
    if end < s1 and text[end] in QUOTE_MARKS:
        end += 1
    return text[s0:start] + " " * (end - start) + text[end:s1], s0


def date_claims(article: Article, attributions: Sequence[Attribution],
                rules: SaidOnRules | None = None, context_year: int | None = None
                ) -> list[tuple[date | None, str | None]]:
    """said_on for each attribution (in text order): the date phrase of its own sentence,
    else, for the same speaker's next claim, the date of the previous one (continuations,
    "X added", "adding that")."""
    year = (article.published.year if article.published else
            article.context_year or context_year)
    items = []
    for attribution in attributions:
        context, offset = masked_context(article.text, attribution)
        said_on, raw = find_said_on(context, article.published, year,
                                    cue_offset=None, rules=rules)
        items.append(SaidOnItem(attribution.speaker or attribution.speaker_mention,
                                said_on, raw))
    return inherit_said_on(items)


def build_claims(article: Article, attributions: Sequence[Attribution],
                 issues: Iterable[tuple[IssueStance, ...]] | None,
                 rules: SaidOnRules | None = None, context_year: int | None = None) -> list[Claim]:
    """One Claim per attribution, in text order (issues as a tuple on the claim; rows per
    issue come later)."""
    issue_lists = list(issues) if issues is not None else [()] * len(attributions)
    if len(issue_lists) != len(attributions):
        raise ValueError("issues and attributions differ in length")
    pairs = sorted(zip(attributions, issue_lists), key=lambda p: (p[0].start, p[0].end))
    attributions = [a for a, _ in pairs]
    dates = date_claims(article, attributions, rules, context_year)
    claims = []
    for (attribution, found), (said_on, said_on_raw) in zip(pairs, dates):
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
            speaker_id="",                     # given by the corpus-level linking
            speaker=attribution.speaker or mention,
            speaker_mention=mention,
            speaker_type=attribution.speaker_type or "unknown",
            speaker_role=attribution.speaker_role,
            cue=attribution.cue or "",
            kind=attribution.kind,
            quote=article.text[attribution.start:attribution.end],
            start=attribution.start,
            end=attribution.end,
            said_on=said_on,
            said_on_raw=said_on_raw,
            issues=tuple(found or ()),
        ))
    return claims
