"""Dates: published from metadata, datelines and file names; said_on phrases, inheritance."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from pipeline.config import ConfigError, DatesConfig
from pipeline.articles.dates import (NO_DATE, Dated, SaidOnItem, file_name_date, find_said_on,
                                     inherit_said_on, load_date_rules, reference_datetime,
                                     resolve_published)

CFG = DatesConfig()
REF = replace(CFG, reference_time="2025-08-20T12:00:00")
MDY = replace(CFG, date_order="MDY")
RULES = load_date_rules(Path(__file__).resolve().parent.parent / "configs" / "dates.toml")


@pytest.mark.parametrize("dateline,fields,cfg,expected", [
    # absolute numeric datelines, DMY by default
    ("31-07-2025", {}, CFG, (date(2025, 7, 31), "text")),
    ("06-06-2025", {}, CFG, (date(2025, 6, 6), "text")),
    ("04-06-2025", {}, CFG, (date(2025, 6, 4), "text:ambiguous-day-month")),
    ("04-06-2025", {}, MDY, (date(2025, 4, 6), "text:ambiguous-day-month")),
    ("07/31/2025", {}, CFG, (date(2025, 7, 31), "text:date-order-mismatch")),
    ("2025-07-31", {}, CFG, (date(2025, 7, 31), "text")),
    ("2025.07.31 10:32", {}, CFG, (date(2025, 7, 31), "text")),
    ("31-07-25", {}, CFG, (date(2025, 7, 31), "text")),
    ("Updated: 12/08/2025", {}, CFG, (date(2025, 8, 12), "text:ambiguous-day-month")),
    ("99-99-2025", {}, CFG, (None, "dateline-unparsed")),
    # month names
    ("Aug. 17, 2025", {}, CFG, (date(2025, 8, 17), "text")),
    ("Monday, August 18, 2025, 09:15 KST", {}, CFG, (date(2025, 8, 18), "text")),
    ("17 August 2025", {}, CFG, (date(2025, 8, 17), "text")),
    ("Aug. 17", {}, CFG, (None, "year-unknown")),
    ("Aug. 17", {}, REF, (date(2025, 8, 17), "reference-time")),
    # relative
    ("22 minutes ago", {}, CFG, (None, "relative-unresolved")),
    ("6 days ago", {}, CFG, (None, "relative-unresolved")),
    ("22 minutes ago", {}, REF, (date(2025, 8, 20), "reference-time")),
    ("6 days ago", {}, REF, (date(2025, 8, 14), "reference-time")),
    ("an hour ago", {}, REF, (date(2025, 8, 20), "reference-time")),
    ("yesterday", {}, REF, (date(2025, 8, 19), "reference-time")),
    ("2 weeks ago", {}, REF, (date(2025, 8, 6), "reference-time")),
    # not datelines
    ("5 Min Read", {}, REF, (None, None)),
    ("Politics", {}, CFG, (None, None)),
    (None, {}, CFG, (None, None)),
    ("", {}, CFG, (None, None)),
    # metadata wins
    ("31-07-2025", {"published": "2025-08-01"}, CFG, (date(2025, 8, 1), "record")),
    ("22 minutes ago", {"published": "2025-08-01T23:30:00-04:00"}, CFG, (date(2025, 8, 1), "record")),
    (None, {"published": "August 3, 2025"}, CFG, (date(2025, 8, 3), "record")),
    (None, {"published": "3 août 2025"}, CFG, (date(2025, 8, 3), "record")),
    (None, {"published": "not a date at all"}, CFG, (None, "record-unparsed")),
    ("31-07-2025", {"published": "garbage"}, CFG, (date(2025, 7, 31), "text")),
])
def test_resolve_published(dateline, fields, cfg, expected):
    assert resolve_published(dateline, fields, cfg) == expected


def test_reference_mtime():
    cfg = replace(CFG, reference_time="mtime")
    mtime = datetime(2025, 8, 20, 1, 0, tzinfo=timezone.utc).timestamp()
    assert resolve_published("2 days ago", {}, cfg, mtime) == (date(2025, 8, 18), "mtime")
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


def said(speaker, day=None, raw=None, at=-1, **kw):
    return SaidOnItem(speaker, own=Dated(day, raw, at, at + 5) if raw else NO_DATE, **kw)


def dates_of(items):
    return [(d.said_on, d.raw) for d in inherit_said_on(items)]


def test_inherit_said_on_same_speaker():
    d = date(2025, 8, 17)
    items = [said("official", d, "on Aug. 17"), said("official"), said("official"), said("Cho"),
             said("official"), said("Cho", raw="recently"), said("Cho"),
             said("Cho", inherits=False)]
    assert dates_of(items) == [(d, "on Aug. 17"), (d, "on Aug. 17"), (d, "on Aug. 17"),
                               (None, None), (None, None), (None, "recently"),
                               (None, "recently"), (None, None)]

@pytest.mark.parametrize("text", ["[said_on]\nvague = ['(unclosed']\n", "[said_on]\nvague = 'x'\n",
                                  "[said_on.relative_days]\n'yesterday' = 'one'\n"])
def test_bad_date_rules(tmp_path, text):
    path = tmp_path / "rules.toml"
    path.write_text(text)
    with pytest.raises(ConfigError):
        load_date_rules(path)


def test_inherit_said_on_carried_and_next_claim():
    d, tue = date(2025, 8, 1), date(2025, 6, 3)
    items = [said("Colby"), said("Colby"),
             said("Colby", d, "on Aug. 1"),                        # the quote dates all three
             SaidOnItem("Kang", carried=Dated(tue, "On Tuesday")),  # from the sentence before
             said("Kang"),                                          # same speaker: inherits
             said("Lee")]                                           # nobody to take it from
    assert dates_of(items) == [(d, "on Aug. 1"), (d, "on Aug. 1"), (d, "on Aug. 1"),
                               (tue, "On Tuesday"), (tue, "On Tuesday"), (None, None)]


def test_inherit_said_on_from_the_next_claim_only_for_its_quotation():
    """'he said that A. At a Thursday rally, Sanders promised B.': another statement; 'X
    suggested A. "B," X said on Aug. 1.': the quotation of the paraphrased statement."""
    d = date(2016, 6, 2)
    later = [said("Sanders", sentence=0), said("Sanders", d, "Thursday", sentence=50)]
    assert dates_of(later) == [(None, None), (d, "Thursday")]
    quoted = [said("Sanders", sentence=0), said("Sanders", d, "Thursday", sentence=50, direct=True)]
    assert dates_of(quoted) == [(d, "Thursday"), (d, "Thursday")]


def test_inherit_said_on_own_phrase_beats_carried():
    own, carried = Dated(date(2025, 6, 2), "on Monday"), Dated(date(2025, 6, 3), "On Tuesday")
    assert dates_of([SaidOnItem("Kang", own=own, carried=carried)]) == [own[:2]]


def test_inherit_said_on_stays_in_the_paragraph():
    d = date(2025, 8, 1)
    items = [said("Ackman", paragraph=0), said("Ackman", d, "on Aug. 1", paragraph=2),
             said("Ackman", paragraph=3), said("Ackman", paragraph=4, continues=True)]
    assert dates_of(items) == [(None, None), (d, "on Aug. 1"), (None, None), (None, None)]
    items[2] = said("Ackman", paragraph=3, continues=True)      # a quotation running on
    assert dates_of(items)[2:] == [(d, "on Aug. 1"), (d, "on Aug. 1")]


def test_inherit_said_on_never_from_inside_the_content():
    """'Sanders promised [Sunday at a rally to end ...]': the phrase inside the content is
    not taken back from the neighbour that found it."""
    d = date(2015, 11, 8)
    items = [said("Sanders", content=(10, 80)), said("Sanders", d, "Sunday", at=20)]
    assert dates_of(items) == [(None, None), (d, "Sunday")]


@pytest.mark.parametrize("sentence,published,expected", [
    # a month-day takes the year of the nearest such day not after publication
    ("The envoy said on Aug. 17 that the plan held.", date(2025, 8, 20), date(2025, 8, 17)),
    ("The envoy said on Aug. 17 that the plan held.", date(2025, 8, 17), date(2025, 8, 17)),
    ("The envoy said on Aug. 17 that the plan held.", date(2025, 8, 16), date(2024, 8, 17)),
    ("The envoy said on Jan. 3 that the plan held.", date(2025, 12, 30), date(2025, 1, 3)),
    ("The envoy said on Dec. 31 that the plan held.", date(2026, 1, 1), date(2025, 12, 31)),
])
def test_month_day_year_not_after_publication(sentence, published, expected):
    assert find_said_on(sentence, published, rules=RULES)[0] == expected


FILE_DAY = date(2015, 11, 19)


@pytest.mark.parametrize("dateline,fields,cfg,expected", [
    (None, {}, CFG, (FILE_DAY, "file-name")),
    ("", {}, CFG, (FILE_DAY, "file-name")),
    ("Politics", {}, CFG, (FILE_DAY, "file-name")),
    ("31-07-2025", {}, CFG, (date(2025, 7, 31), "text")),                 # the text wins
    ("Aug. 17, 2025", {}, CFG, (date(2025, 8, 17), "text")),
    ("22 minutes ago", {}, CFG, (FILE_DAY, "file-name")),                # beats an unresolved
    ("22 minutes ago", {}, REF, (FILE_DAY, "file-name")),                # ... and a resolved one
    ("Aug. 17", {}, REF, (FILE_DAY, "file-name")),                       # yearless dateline
    (None, {"published": "2025-08-01"}, CFG, (date(2025, 8, 1), "record")),
    (None, {"published": "garbage"}, CFG, (FILE_DAY, "file-name")),
])
def test_resolve_published_with_file_name_date(dateline, fields, cfg, expected):
    assert resolve_published(dateline, fields, cfg, file_date=FILE_DAY) == expected


def test_resolve_published_default_year():
    cfg = replace(CFG, default_year=2024)
    assert resolve_published("Aug. 17", {}, cfg) == (date(2024, 8, 17), "default-year")


@pytest.mark.parametrize("path,expected", [
    ("breitbart_2015-11-19_hillary-calls-for-more.txt", date(2015, 11, 19)),
    ("news/20250817-summit-story.html", date(2025, 8, 17)),
    ("polnear:cnn_2016-03-02_a-slug", date(2016, 3, 2)),
    ("2016/11/03/story.txt", None),                     # folders are not the file name
    ("archive\\2019-01-05\\story.txt", None),
    ("2016-13-45_bad-month.txt", None),                 # not a calendar day
    ("id_1234567890.txt", None),
    ("report_v2.txt", None),
    ("story.txt", None),
    ("x_20161301_2017-01-01.txt", date(2017, 1, 1)),    # the first valid one, patterns in order
])
def test_file_name_date(path, expected):
    assert file_name_date(path, RULES.file_name) == expected


@pytest.mark.parametrize("text, message", [
    ("[published]\nfile_name = ['(?P<y>\\\\d{4})']\n", "needs groups y, m and d"),
    ("[published]\nfile_name = ['(?P<y>']\n", "[published.file_name[0]]: bad pattern"),
    ("[published]\nfile_names = []\n", "[published.file_names]: unknown key"),
    ("[said_on]\nchannel_nouns = 'interview'\n", "[said_on.channel_nouns]: input should be"),
])
def test_bad_published_rules(tmp_path, text, message):
    path = tmp_path / "dates.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as err:
        load_date_rules(path)
    assert message in str(err.value)


@pytest.mark.parametrize("name, text, expected", [
    ("cnn_2016-03-02_a-slug.txt", "Plain text with no date in it at all.\n",
     (date(2016, 3, 2), "file-name")),
    ("20160302-story.txt", "Plain text with no date in it at all.\n", (date(2016, 3, 2), "file-name")),
    ("story.txt", "Plain text with no date in it at all.\n", (None, None)),
])
def test_prepare_dates_an_article_from_its_file_name(config, name, text, expected):
    from pipeline.articles.ingest import source_from_string
    from pipeline.engine.partition import prepare_source

    (article,) = prepare_source(source_from_string(text, name), config).articles
    assert (article.published, article.date_flag) == expected


def test_inherit_said_on_direct_quotation_in_the_next_paragraph():
    """'Trump said Sunday that A. | "B," Trump said.': the quotation opening the next
    paragraph goes on with the statement; a paraphrase there, or two paragraphs on, does not
    ('Graham has acknowledged ...' is a stance, not Thursday's interview)."""
    d = date(2015, 12, 6)
    first = said("Trump", d, "Sunday", paragraph=0)
    assert dates_of([first, said("Trump", paragraph=1, direct=True)])[1] == (d, "Sunday")
    assert dates_of([first, said("Trump", paragraph=1)])[1] == (None, None)
    assert dates_of([first, said("Trump", paragraph=2, direct=True)])[1] == (None, None)


TUE = date(2025, 6, 3)


def voice(speaker, type_, sentence, day=None, paragraph=0, direct=False):
    return SaidOnItem(speaker, own=Dated(day, "on Tuesday", 900, 910) if day else NO_DATE,
                      paragraph=paragraph, direct=direct, sentence=sentence,
                      speaker_type=type_)


@pytest.mark.parametrize("first, second, expected", [
    # '"A," a White House official said. The White House said on Tuesday that B.'
    (voice("a White House official", "anonymous", 0, direct=True),
     voice("White House", "organization", 100, TUE), TUE),
    (voice("a white house official", "anonymous", 0, direct=True),
     voice("the White House", "organization", 100, TUE), TUE),
    # '"A," Kim said. Kim said on Tuesday that B.': the quotation, then its paraphrase
    (voice("Kim", "person", 0, direct=True), voice("Kim", "person", 100, TUE), TUE),
    # 'The White House said on Tuesday that A. A White House official said B.'
    (voice("White House", "organization", 0, TUE),
     voice("a White House official", "anonymous", 100), TUE),
    # must stay null: another body, no body named, a person's aide, two paraphrases,
    # another paragraph
    (voice("a Pentagon official", "anonymous", 0, direct=True),
     voice("White House", "organization", 100, TUE), None),
    (voice("a senior official", "anonymous", 0, direct=True),
     voice("White House", "organization", 100, TUE), None),
    (voice("a Kim aide", "anonymous", 0, direct=True), voice("Kim", "person", 100, TUE), None),
    (voice("a White House official", "anonymous", 0),
     voice("White House", "organization", 100, TUE), None),
    (voice("Kim", "person", 0), voice("Kim", "person", 100, TUE), None),
    (voice("a White House official", "anonymous", 0, direct=True),
     voice("White House", "organization", 100, TUE, paragraph=1), None),
])
def test_inherit_said_on_one_voice_one_statement(first, second, expected):
    """An anonymous source speaks for the organisation its descriptor names; a quotation and
    a paraphrase of one voice in one paragraph are one statement, in either order."""
    got = [d.said_on for d in inherit_said_on([first, second])]
    assert got == ([expected, TUE] if second.own.raw else [TUE, expected])


@pytest.mark.parametrize("relative, lead", [("yesterday", True), ("-yesterday", False)])
def test_finder_opens_at_a_word_start_only_when_every_part_does(tmp_path, relative, lead):
    """The statement-date finder and its cheaper `rest` carry one word-start lookbehind in
    front when every part implies it (the built-in parts do; a relative day only when it opens
    with a word character, behind its `\\b`), and find the same matches as without it."""
    import re

    path = tmp_path / "dates.toml"
    path.write_text(f"[said_on]\nvague = ['recently', 'last week']\n"
                    f"[said_on.relative_days]\n'{relative}' = 1\n")
    rules = load_date_rules(path)
    assert ("(?<!\\w)(?:(?P<md>" in rules.finder.pattern) is lead
    assert ("(?<!\\w)(?:(?P<rel0>" in rules.rest.pattern) is lead
    text = ("He said yesterday, not -yesterday or the-yesterday; recently, on Jan. 3, 2022 and "
            "last Tuesday, non-recently and last week's vote, xlast week.")
    for found in (rules.finder, rules.rest):
        plain = re.compile(found.pattern.replace("(?:(?<!\\w)(?:", "(?:(?:", 1))
        assert [m.span() for m in found.finditer(text)] == [m.span() for m in plain.finditer(text)]
    found = ["yesterday"] * 3 if lead else ["-yesterday"]       # "the-yesterday": \b after "the"
    assert [m.group() for m in rules.finder.finditer(text)] == found + [
        "recently", "on Jan. 3, 2022", "last Tuesday"]
