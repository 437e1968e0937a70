"""Enrich: turn the attributions found in an article's Doc into Claim records.

Adds what needs the article around the claim: the statement date (`said_on`, from the
phrase that dates the saying, carried and inherited as `date_claims` says), the issues and
stances set by the `claims_issues` component, and the stable `claim_id`.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable, Sequence

from pipeline.articles.dates import (NO_DATE, DateRules, Dated, SaidOnItem, default_date_rules,
                                     find_said_on, inherit_said_on, yearless_month_day)
from pipeline.articles.said_on import DatePhrase
from pipeline.records import Article, Attribution, Claim, IssueStance, stable_hash


def claim_id(article_id: str, start: int, end: int) -> str:
    return stable_hash(article_id, str(start), str(end))


def _phrase_date(article: Article, phrase: DatePhrase | None, rules: DateRules | None,
                 year: int | None) -> Dated:
    """Resolve a statement-date phrase against the article date; a date after publication
    is not the date of a saying reported in it (None, raw kept). A month-day dated by a year
    from outside the article is flagged with where that year came from."""
    if phrase is None:
        return NO_DATE
    said_on, raw = find_said_on(article.text[phrase.start:phrase.end], article.published,
                                year, rules=rules)
    if said_on is not None and article.published is not None and said_on > article.published:
        said_on = None
    flag = None
    if said_on is not None and article.published is None \
            and yearless_month_day(raw or "", rules) is not None:
        flag = "page-year" if article.context_year else "config-year"
    return Dated(said_on, raw, phrase.start, phrase.end, flag)


def _continues(attribution: Attribution, rules: DateRules) -> bool:
    """The claim goes on with its speaker's previous statement: a continuation found by the
    attribution rules, or a continuation cue ("X added")."""
    return ((attribution.evidence or "").startswith("continuation")
            or (attribution.cue or "").casefold() in rules.continuation_cues)


def date_claims(article: Article, attributions: Sequence[Attribution],
                rules: DateRules | None = None, context_year: int | None = None,
                phrases: Sequence[DatePhrase | None] | None = None
                ) -> list[Dated]:
    """said_on for each attribution (in text order), from the phrase that dates its saying
    (`pipeline.articles.said_on`, found on the parse): its own, else the one carried from
    the sentence before it, else a same-speaker neighbour's (`inherit_said_on`). Without
    `phrases` (no parse) only neighbours' dates, of which there are none."""
    rules = rules or default_date_rules()
    year = (article.published.year if article.published else
            article.context_year or context_year)
    phrases = list(phrases) if phrases is not None else [None] * len(attributions)
    items = []
    for attribution, phrase in zip(attributions, phrases):
        carried = phrase is not None and phrase.how == "paragraph"
        value = _phrase_date(article, phrase, rules, year)
        items.append(SaidOnItem(
            attribution.speaker or attribution.speaker_mention,
            own=NO_DATE if carried else value, carried=value if carried else NO_DATE,
            paragraph=article.text.count("\n", 0, attribution.start),
            content=(attribution.start, attribution.end),
            continues=_continues(attribution, rules),
            direct=attribution.kind == "direct", sentence=attribution.sent_start,
            speaker_type=attribution.speaker_type or "unknown"))
    return inherit_said_on(items)


def build_claims(article: Article, attributions: Sequence[Attribution],
                 issues: Iterable[tuple[IssueStance, ...]] | None,
                 rules: DateRules | None = None, context_year: int | None = None,
                 phrases: Sequence[DatePhrase | None] | None = None) -> list[Claim]:
    """One Claim per attribution, in text order (issues as a tuple on the claim; rows per
    issue come later); `phrases`: the statement-date phrase of each attribution."""
    issue_lists = list(issues) if issues is not None else [()] * len(attributions)
    phrase_list = list(phrases) if phrases is not None else [None] * len(attributions)
    if not len(issue_lists) == len(phrase_list) == len(attributions):
        raise ValueError("issues, phrases and attributions differ in length")
    triples = sorted(zip(attributions, issue_lists, phrase_list),
                     key=lambda p: (p[0].start, p[0].end))
    attributions = [a for a, _, _ in triples]
    pairs = [(a, found) for a, found, _ in triples]
    dates = date_claims(article, attributions, rules, context_year, [p for _, _, p in triples])
    claims = []
    for (attribution, found), dated in zip(pairs, dates):
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
            said_on=dated.said_on,
            said_on_raw=dated.raw,
            said_on_flag=dated.flag,
            issues=tuple(found or ()),
        ))
    return claims
