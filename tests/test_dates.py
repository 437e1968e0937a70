"""Dates: published from metadata/datelines, said_on phrases, inheritance."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from pipeline.config import ConfigError, DatesConfig
from pipeline.articles.dates import (SaidOnItem, find_said_on, inherit_said_on, load_date_rules,
                            reference_datetime, resolve_published)

CFG = DatesConfig()
REF = replace(CFG, reference_time="2025-08-20T12:00:00")
MDY = replace(CFG, date_order="MDY")
RULES = load_date_rules(Path(__file__).resolve().parent.parent / "configs" / "dates.toml")


@pytest.mark.parametrize("dateline,fields,cfg,expected", [
    # absolute numeric datelines, DMY by default
    ("31-07-2025", {}, CFG, (date(2025, 7, 31), None)),
    ("06-06-2025", {}, CFG, (date(2025, 6, 6), None)),
    ("04-06-2025", {}, CFG, (date(2025, 6, 4), "ambiguous-day-month")),
    ("04-06-2025", {}, MDY, (date(2025, 4, 6), "ambiguous-day-month")),
    ("07/31/2025", {}, CFG, (date(2025, 7, 31), "date-order-mismatch")),
    ("2025-07-31", {}, CFG, (date(2025, 7, 31), None)),
    ("2025.07.31 10:32", {}, CFG, (date(2025, 7, 31), None)),
    ("31-07-25", {}, CFG, (date(2025, 7, 31), None)),
    ("Updated: 12/08/2025", {}, CFG, (date(2025, 8, 12), "ambiguous-day-month")),
    ("99-99-2025", {}, CFG, (None, "dateline-unparsed")),
    # month names
    ("Aug. 17, 2025", {}, CFG, (date(2025, 8, 17), None)),
    ("Monday, August 18, 2025, 09:15 KST", {}, CFG, (date(2025, 8, 18), None)),
    ("17 August 2025", {}, CFG, (date(2025, 8, 17), None)),
    ("Aug. 17", {}, CFG, (None, "year-unknown")),
    ("Aug. 17", {}, REF, (date(2025, 8, 17), None)),
    # relative
    ("22 minutes ago", {}, CFG, (None, "relative-unresolved")),
    ("6 days ago", {}, CFG, (None, "relative-unresolved")),
    ("22 minutes ago", {}, REF, (date(2025, 8, 20), "relative")),
    ("6 days ago", {}, REF, (date(2025, 8, 14), "relative")),
    ("an hour ago", {}, REF, (date(2025, 8, 20), "relative")),
    ("yesterday", {}, REF, (date(2025, 8, 19), "relative")),
    ("2 weeks ago", {}, REF, (date(2025, 8, 6), "relative")),
    # not datelines
    ("5 Min Read", {}, REF, (None, None)),
    ("Politics", {}, CFG, (None, None)),
    (None, {}, CFG, (None, None)),
    ("", {}, CFG, (None, None)),
    # metadata wins
    ("31-07-2025", {"published": "2025-08-01"}, CFG, (date(2025, 8, 1), None)),
    ("22 minutes ago", {"published": "2025-08-01T23:30:00-04:00"}, CFG, (date(2025, 8, 1), None)),
    (None, {"published": "August 3, 2025"}, CFG, (date(2025, 8, 3), None)),
    (None, {"published": "3 août 2025"}, CFG, (date(2025, 8, 3), None)),
    (None, {"published": "not a date at all"}, CFG, (None, "published-unparsed")),
    ("31-07-2025", {"published": "garbage"}, CFG, (date(2025, 7, 31), None)),
])
def test_resolve_published(dateline, fields, cfg, expected):
    assert resolve_published(dateline, fields, cfg) == expected


def test_reference_mtime():
    cfg = replace(CFG, reference_time="mtime")
    mtime = datetime(2025, 8, 20, 1, 0, tzinfo=timezone.utc).timestamp()
    assert resolve_published("2 days ago", {}, cfg, mtime) == (date(2025, 8, 18), "relative")
    assert resolve_published("2 days ago", {}, cfg, None) == (None, "relative-unresolved")
    seoul = replace(cfg, timezone="Asia/Seoul")                 # 10:00 in Seoul
    assert reference_datetime(seoul, mtime).hour == 10


@pytest.mark.parametrize("cfg", [replace(CFG, reference_time="last tuesday"),
                                 replace(CFG, reference_time="2025-08-20", timezone="Mars/Olympus")])
def test_bad_reference_settings_raise_config_error(cfg):
    with pytest.raises(ConfigError):
        reference_datetime(cfg)


FRI = date(2025, 6, 6)     # a Friday
WED = date(2025, 6, 4)     # a Wednesday


@pytest.mark.parametrize("sentence,published,context_year,expected", [
    # month-days
    ("a senior government official said on Aug. 17.", None, 2025, (date(2025, 8, 17), "on Aug. 17")),
    ("an official said on Aug. 17.", date(2025, 8, 20), None, (date(2025, 8, 17), "on Aug. 17")),
    ("an official said on Aug. 17.", WED, None, (date(2024, 8, 17), "on Aug. 17")),  # past, not future
    ("an official said on Aug. 17.", None, None, (None, "on Aug. 17")),
    ("She said on July 30 that talks would go on.", None, 2024, (date(2024, 7, 30), "on July 30")),
    ("He said on September 3rd, 2019 that he would run.", WED, None, (date(2019, 9, 3), "on September 3rd, 2019")),
    ("Officials said on 17 August that the plan stood.", None, 2025, (date(2025, 8, 17), "on 17 August")),
    ("He said on Dec. 30 that it was over.", date(2026, 1, 2), None, (date(2025, 12, 30), "on Dec. 30")),
    ("He said on Feb. 30 that it was odd.", WED, None, (None, "on Feb. 30")),
    # weekdays: only with a published date
    ("the Pentagon said on Wednesday.", date(2025, 7, 31), None, (date(2025, 7, 30), "on Wednesday")),
    ("On Thursday, Kang said the call was being arranged.", FRI, None, (date(2025, 6, 5), "On Thursday")),
    ("the Foreign Ministry said Friday.", FRI, None, (date(2025, 6, 6), "Friday")),
    ("the Foreign Ministry said Friday.", None, 2025, (None, "Friday")),
    ("She posted 'RIP South Korea' on X on Tuesday.", WED, None, (date(2025, 6, 3), "on Tuesday")),
    ("He said last Friday that he would stay.", FRI, None, (date(2025, 5, 30), "last Friday")),
    ("Cho said in an interview published Sunday.", WED, None, (date(2025, 6, 1), "published Sunday")),
    # relative days
    ("The minister said yesterday that it was settled.", WED, None, (date(2025, 6, 3), "yesterday")),
    ("The minister said yesterday that it was settled.", None, 2025, (None, "yesterday")),
    # vague: raw phrase only
    ("In late June, Wi said that Trump had delivered a request.", WED, None, (None, "In late June")),
    ("Last week, Flynn referred in a post to 'signs of fraud'.", WED, None, (None, "Last week")),
    ("“He changes the rules,” he said recently.", WED, None, (None, "recently")),
    ("She said earlier this month that the talks had stalled.", WED, None, (None, "earlier this month")),
    ("The deal was agreed upon in 2006, officials said.", WED, None, (None, "2006")),
    # nothing
    ("The official said the talks would continue.", WED, 2025, (None, None)),
    ("", WED, 2025, (None, None)),
    ("Mayday calls and Marching bands on Sundays.", WED, 2025, (None, None)),
    ("They discussed today's strategic environment, he said.", WED, None, (None, None)),
    # phrases inside quotation marks are the speaker's, not a statement date
    ("“We will meet on Friday,” he said.", WED, None, (None, None)),
    ("'The communists won the election today,' she wrote.", WED, None, (None, None)),
    ("“We will meet on Friday,\" he said on Monday.", WED, None, (date(2025, 6, 2), "on Monday")),
])
def test_find_said_on(sentence, published, context_year, expected):
    assert find_said_on(sentence, published, context_year, rules=RULES) == expected


def test_find_said_on_prefers_phrase_nearest_the_cue():
    s = "Colby said on Aug. 1 on his X account, following the first phone call on July 30."
    assert find_said_on(s, None, 2025, cue_offset=s.index("said"), rules=RULES)[1] == "on Aug. 1"
    s = "Following talks on July 30, the minister said on Aug. 1 that it was settled."
    assert find_said_on(s, None, 2025, cue_offset=s.index("said"), rules=RULES) == (date(2025, 8, 1), "on Aug. 1")
    assert find_said_on(s, None, 2025, rules=RULES)[1] == "on July 30"   # no cue: the first one


def test_find_said_on_default_rules():
    assert find_said_on("He said recently.", None) == (None, "recently")


def test_inherit_said_on():
    d = date(2025, 8, 17)
    items = [SaidOnItem("official", d, "on Aug. 17"), SaidOnItem("official", None, None),
             SaidOnItem("official", None, None), SaidOnItem("Cho", None, None),
             SaidOnItem("official", None, None), SaidOnItem("Cho", None, "recently"),
             SaidOnItem("Cho", None, None), SaidOnItem("Cho", None, None, inherits=False)]
    assert inherit_said_on(items) == [(d, "on Aug. 17"), (d, "on Aug. 17"), (d, "on Aug. 17"),
                                      (None, None), (None, None), (None, "recently"),
                                      (None, "recently"), (None, None)]


@pytest.mark.parametrize("text", ["[said_on]\nvague = ['(unclosed']\n", "[said_on]\nvague = 'x'\n",
                                  "[said_on.relative_days]\n'yesterday' = 'one'\n"])
def test_bad_date_rules(tmp_path, text):
    path = tmp_path / "rules.toml"
    path.write_text(text)
    with pytest.raises(ConfigError):
        load_date_rules(path)
