"""The year of a month-day in an undated article, from the other articles of the run.

"a senior official said on Aug. 17" in an article with no year, dateline or published date
anywhere: a reader takes the year from the rest of the collection, when the collection leaves
only one sensible reading. Each file's dated articles are summarised (`dated_evidence`), the
run reduces them once to the span of its published dates (`CorpusDates.of`: earliest,
latest, count; any order, any partitioning, the same result), and a claim whose phrase is a
month-day without a year and whose article has no date is dated when exactly one year puts
that day within `[said_on] corpus_year_days` of the span (`date_from_corpus`):

    dated articles from 2025-06-04 to 2025-07-31, "on Aug. 17"  -> 2025-08-17 (17 days after)
    dated articles from 2025-01-05 to 2025-03-01, "on Dec. 30"  -> 2024-12-30 (6 days before)
    dated articles from 2025-06-04 to 2025-07-31, "on Jan. 15"  -> none (2025: 140 days
                                                                   before, 2026: 168 after)
    dated articles in 2023, 2024 and 2025, "on Aug. 17"          -> none (three readings)
    no dated article                                             -> none

Such a claim's `said_on_flag` is "corpus-year". Weekdays and "yesterday" need the article's
own date and stay null. A year the configuration gives (`dates.reference_time`,
`dates.default_year`) or the article's own page gives was applied before and is kept.
`claims run` applies this when rows are written (and to the speaker summaries); `claims eval`
treats the documents of the gold file as the run.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Iterable

from pipeline.articles.dates import DateRules, default_date_rules, yearless_month_day
from pipeline.records import Article, Claim

#: `date_flag` values of a published date that is no evidence of when the corpus was written
NOT_EVIDENCE = frozenset({"default-year"})
FLAG = "corpus-year"


@dataclass(frozen=True)
class CorpusDates:
    """The span of the run's published dates (what the reduce step keeps)."""

    earliest: date | None = None
    latest: date | None = None
    n: int = 0

    @classmethod
    def of(cls, dates: Iterable[date]) -> "CorpusDates":
        """>>> CorpusDates.of([date(2025, 7, 31), date(2025, 6, 4)])
        CorpusDates(earliest=datetime.date(2025, 6, 4), latest=datetime.date(2025, 7, 31), n=2)
        """
        found = list(dates)
        if not found:
            return cls()
        return cls(min(found), max(found), len(found))

    def distance(self, day: date) -> int:
        """Days from `day` to the span (0 inside it)."""
        assert self.earliest is not None and self.latest is not None
        if day < self.earliest:
            return (self.earliest - day).days
        return max((day - self.latest).days, 0)


def dated_evidence(articles: Iterable[Article]) -> tuple[date, ...]:
    """The published dates of a file's articles that say when the corpus was written
    (not a configured default year), sorted."""
    return tuple(sorted(a.published for a in articles
                        if a.published is not None and a.date_flag not in NOT_EVIDENCE))


def corpus_reading(month: int, day: int, corpus: CorpusDates, days: int) -> date | None:
    """The one date of that month and day within `days` of the corpus span, else None
    (no dated article, no such day, or two readings)."""
    if corpus.earliest is None or corpus.latest is None or days < 0:
        return None
    readings = []
    for year in range(corpus.earliest.year - 1, corpus.latest.year + 2):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if corpus.distance(candidate) <= days:
            readings.append(candidate)
    return readings[0] if len(readings) == 1 else None


def date_from_corpus(claim: Claim, corpus: CorpusDates, rules: DateRules | None = None
                     ) -> Claim:
    """The claim, dated from the corpus when its article has no date and its statement-date
    phrase is a month-day without a year that the corpus reads one way only."""
    if claim.said_on is not None or claim.published is not None or not claim.said_on_raw \
            or corpus.n == 0:
        return claim
    rules = rules or default_date_rules()
    found = yearless_month_day(claim.said_on_raw, rules)
    if found is None:
        return claim
    said_on = corpus_reading(*found, corpus, rules.corpus_year_days)
    if said_on is None:
        return claim
    return replace(claim, said_on=said_on, said_on_flag=FLAG)


def dated_from_corpus(claims: Iterable[Claim], corpus: CorpusDates,
                      rules: DateRules | None = None) -> list[Claim]:
    return [date_from_corpus(c, corpus, rules) for c in claims]


__all__ = ["CorpusDates", "corpus_reading", "date_from_corpus", "dated_evidence",
           "dated_from_corpus"]
