"""The year of a month-day in an undated article, from the run's published dates
(pipeline/articles/corpus_dates.py): the reading, the claims it dates, the reduce."""
from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from pipeline.articles.corpus_dates import (CorpusDates, corpus_reading, date_from_corpus,
                                            dated_evidence)
from pipeline.articles.dates import Dated, load_date_rules, yearless_month_day
from pipeline.records import Article, Attribution, Claim

RULES = load_date_rules(Path(__file__).resolve().parent.parent / "configs" / "dates.toml")
SUMMER_2025 = CorpusDates.of([date(2025, 6, 4), date(2025, 7, 31), date(2025, 6, 6)])
WINTER = CorpusDates.of([date(2025, 1, 5), date(2025, 3, 1)])
ONE_DAY = CorpusDates.of([date(2025, 6, 4)])
THREE_YEARS = CorpusDates.of([date(2023, 5, 1), date(2024, 8, 1), date(2025, 6, 1)])


@pytest.mark.parametrize("month, day, corpus, expected", [
    (8, 17, SUMMER_2025, date(2025, 8, 17)),       # 17 days after the latest article
    (6, 20, SUMMER_2025, date(2025, 6, 20)),       # inside the span
    (2, 1, SUMMER_2025, date(2025, 2, 1)),         # 123 days before; 2026: 185 after
    (12, 30, WINTER, date(2024, 12, 30)),          # the year before the corpus's one year
    (1, 10, ONE_DAY, date(2025, 1, 10)),
    (12, 5, ONE_DAY, date(2024, 12, 5)),           # 181 days before; 2025: 184 after
    # must stay null
    (1, 15, SUMMER_2025, None),                    # 2025: 140 days before, 2026: 168 after
    (12, 4, ONE_DAY, None),                        # 2024: 182 days before, 2025: 183 after
    (8, 17, THREE_YEARS, None),                    # a reading in each year
    (2, 29, SUMMER_2025, None),                    # no such day near 2025
    (2, 30, SUMMER_2025, None),                    # no such day at all
    (8, 17, CorpusDates(), None),                  # no dated article in the run
])
def test_corpus_reading(month, day, corpus, expected):
    assert corpus_reading(month, day, corpus, RULES.corpus_year_days) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("on Aug. 17", (8, 17)),
    ("on 17 August", (8, 17)),
    ("Friday, Sept. 5", (9, 5)),
    # must give nothing
    ("on Aug. 17, 2025", None),
    ("on Friday", None),
    ("In late June", None),
    ("yesterday", None),
    ("", None),
])
def test_yearless_month_day(phrase, expected):
    assert yearless_month_day(phrase, RULES) == expected


def claim(raw: str | None, said_on: date | None = None, published: date | None = None,
          flag: str | None = None) -> Claim:
    return Claim(claim_id="c", article_id="a", source_file="f.txt", outlet=None, title=None,
                 published=published, speaker_id="", speaker="X", speaker_mention="X",
                 speaker_type="person", speaker_role=None, cue="said", kind="indirect",
                 quote="q", start=0, end=1, said_on=said_on, said_on_raw=raw,
                 said_on_flag=flag)


@pytest.mark.parametrize("before, after", [
    (claim("on Aug. 17"), (date(2025, 8, 17), "corpus-year")),
    (claim("on 17 August"), (date(2025, 8, 17), "corpus-year")),
    # must not change
    (claim("on Jan. 15"), (None, None)),                                # two readings
    (claim("on Aug. 17", published=date(2025, 8, 16)), (None, None)),    # after its own date
    (claim("on Aug. 1", date(2025, 8, 1), flag="page-year"), (date(2025, 8, 1), "page-year")),
    (claim("on Aug. 17, 2019", date(2019, 8, 17)), (date(2019, 8, 17), None)),
    (claim("on Friday"), (None, None)),                                  # needs its article's date
    (claim("last week"), (None, None)),
    (claim(None), (None, None)),
])
def test_date_from_corpus(before, after):
    got = date_from_corpus(before, SUMMER_2025, RULES)
    assert (got.said_on, got.said_on_flag) == after
    assert date_from_corpus(before, CorpusDates(), RULES) == before   # no dated article


def article(published: date | None, flag: str | None, **kw) -> Article:
    return Article(article_id="a", source_file="f.txt", article_index=0, text="x",
                   char_map=(0,), published=published, date_flag=flag, **kw)


def test_dated_evidence_leaves_out_a_configured_year():
    arts = [article(date(2025, 7, 31), "text"), article(None, "relative-unresolved"),
            article(date(2025, 6, 4), "file-name"), article(date(2024, 8, 17), "default-year")]
    assert dated_evidence(arts) == (date(2025, 6, 4), date(2025, 7, 31))


def test_corpus_dates_do_not_depend_on_order_or_partitioning():
    days = [date(2025, 6, 4), date(2025, 7, 31), date(2024, 12, 30), date(2025, 3, 1)]
    rng = random.Random(3)
    for _ in range(5):
        rng.shuffle(days)
        cut = rng.randrange(len(days) + 1)
        parts = [tuple(sorted(days[:cut])), tuple(sorted(days[cut:]))]
        assert CorpusDates.of(d for p in parts for d in p) == \
            CorpusDates(date(2024, 12, 30), date(2025, 7, 31), 4)


TEXT = "The harbour master told the press on Aug. 17 that the pier reopens."
AT = (TEXT.index("on Aug. 17"), TEXT.index("on Aug. 17") + len("on Aug. 17"))


@pytest.mark.parametrize("published, context_year, config_year, expected", [
    (date(2025, 8, 20), None, None, (date(2025, 8, 17), None)),     # the article's own year
    (None, 2025, None, (date(2025, 8, 17), "page-year")),           # another article of its page
    (None, None, 2024, (date(2024, 8, 17), "config-year")),         # dates.default_year
    (None, None, None, (None, None)),                               # left to the corpus step
])
def test_where_a_month_days_year_came_from(published, context_year, config_year, expected):
    from pipeline.articles.said_on import DatePhrase
    from pipeline.enrich import date_claims

    art = replace(article(published, None, context_year=context_year), text=TEXT,
                  char_map=tuple(range(len(TEXT))))
    start = TEXT.index("the pier")
    a = Attribution(start=start, end=len(TEXT) - 1, kind="indirect", cue="told",
                    speaker_mention="The harbour master", speaker="The harbour master",
                    speaker_type="person", sent_start=0, sent_end=len(TEXT))
    found = date_claims(art, [a], RULES, config_year, [DatePhrase(*AT, "cue")])
    assert found == [Dated(expected[0], "on Aug. 17", *AT, expected[1])]
