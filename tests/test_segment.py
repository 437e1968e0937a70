"""Segmentation: aggregator pages, plain articles, header fields, body spans."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SHARED

from pipeline.config import SegmentConfig
from pipeline.records import SourceText
from pipeline.articles.segment import BODY, BLANK, DATELINE, HEADING, READTIME, TAG, classify_line, segment

CFG = SegmentConfig()
LONG = ("The minister told parliament on Tuesday that the agreement would be reviewed, adding "
        "that talks with the partners would continue through the autumn. ")
GOLD = SHARED / "seed-gold"
CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def unit(text: str, **kw) -> SourceText:
    return SourceText(source_file="t.txt", text=text, **kw)


@pytest.mark.parametrize("line,kind", [
    ("", BLANK),
    ("   \u00a0 ", BLANK),
    ("22 minutes ago", DATELINE),
    ("an hour ago", DATELINE),
    ("3 hrs ago", DATELINE),
    ("31-07-2025", DATELINE),
    ("2025/07/31 10:32", DATELINE),
    ("Aug. 17, 2025", DATELINE),
    ("Updated: Monday, August 18, 2025, 09:15 KST", DATELINE),
    ("17 August 2025", DATELINE),
    ("5 Min Read", READTIME),
    ("3 minute read", READTIME),
    ("- Politics", TAG),
    ("• World", TAG),
    ("Ministers agree to review the pact", HEADING),
    ("Why are talks stalling", HEADING),
    ("White House calls the election “fair”", HEADING),
    ("He said the talks would continue.", BODY),
    ("“We will win,” she said.", BODY),
    ("Short sentence with a final period.", BODY),
    (LONG, BODY),
    ("2,500", BODY),
    # not datelines
    ("The 5 minutes that changed everything", HEADING),
    ("Read more about the agreement", HEADING),
])
def test_classify_line(line, kind):
    assert classify_line(line, CFG) == kind


def aggregator(blocks: list[tuple[str, str, list[str], str, str]], header: str = "") -> str:
    parts = [header + "\n\n"] if header else []
    for outlet, dateline, tags, title, body in blocks:
        lines = [outlet, dateline] + [f"- {t}" for t in tags] + [title, body]
        parts.append("\n".join(lines) + "\n\n\n")
    return "".join(parts)


def test_aggregator_page_splits_into_articles():
    blocks = [
        ("Northern Gazette", "3 hours ago", ["World", "Northern Gazette"], "Ministers meet in Oslo", LONG * 3),
        ("Northern Gazette", "2 days ago", ["Economy", "Northern Gazette"], "Rates held steady", LONG * 2),
        ("The Daily Ledger", "12-03-2024", ["Business", "The Daily Ledger"], "Exporters brace for tariffs", LONG * 2),
    ]
    text = aggregator(blocks, header="Latest stories tagged #trade")
    arts = segment(unit(text), CFG, first_index=5)
    assert [a.article_index for a in arts] == [5, 6, 7]
    assert [a.outlet for a in arts] == ["Northern Gazette", "Northern Gazette", "The Daily Ledger"]
    assert [a.section for a in arts] == ["World", "Economy", "Business"]
    assert [a.title for a in arts] == ["Ministers meet in Oslo", "Rates held steady", "Exporters brace for tariffs"]
    assert [a.dateline for a in arts] == ["3 hours ago", "2 days ago", "12-03-2024"]
    for art, block in zip(arts, blocks):
        assert art.body == block[4].strip()
        assert art.unit_text[art.body_start:art.body_end] == art.body
    assert "#trade" not in "".join(a.body for a in arts)


def test_aggregator_without_outlet_lines_uses_tags():
    text = "2 hours ago\n- Politics\n- River Post\nCouncil votes on budget\n" + LONG * 3 + \
           "\n\n1 day ago\n- Sport\n- River Post\nLocal club wins cup\n" + LONG * 2
    arts = segment(unit(text), CFG)
    assert [(a.section, a.outlet, a.title) for a in arts] == [
        ("Politics", "River Post", "Council votes on budget"), ("Sport", "River Post", "Local club wins cup")]


def test_plain_article_title_deck_and_dateline():
    text = ("4 days ago\nMinisters agree to review the pact\n"
            "Talks touch on spending, troop levels and the future of the alliance\n" + LONG + "\n" + LONG)
    (art,) = segment(unit(text), CFG)
    assert art.title == "Ministers agree to review the pact"
    assert art.dateline == "4 days ago" and art.outlet is None
    assert art.body.startswith("The minister told parliament")      # the deck is not body


def test_plain_article_title_outlet_read_time():
    text = "Ministers agree to review the pact\n\nRiver Post\n7 min read\n\n" + LONG + "\n\n" + LONG
    (art,) = segment(unit(text), CFG)
    assert (art.title, art.outlet, art.dateline) == ("Ministers agree to review the pact", "River Post", None)
    assert art.body.startswith("The minister")


def test_article_starting_with_body_has_no_title():
    text = LONG + "\nSub-heading in the middle\n" + LONG + "\nAdvertisement\n" + LONG + "\nBy Jane Doe\n"
    (art,) = segment(unit(text), CFG)
    assert art.title is None and art.body_start == 0
    assert art.body.endswith("By Jane Doe")                             # clean removes it


def test_short_teaser_with_date_does_not_split():
    text = "Main title here\n" + LONG * 3 + "\n\nRelated\n2 days ago\nAnother story title\nShort blurb.\n"
    arts = segment(unit(text), CFG)
    assert len(arts) == 1 and arts[0].title == "Main title here"


def test_structured_unit_is_one_article_with_fields():
    fields = {"title": "Given title", "outlet": "Given Outlet", "published": "2025-08-01"}
    text = "3 hours ago\nSome heading\n" + LONG + "\n\n1 hour ago\nOther heading\n" + LONG * 3
    (art,) = segment(unit(text, fields=fields, segment=False), CFG, first_index=2)
    assert (art.body_start, art.body_end, art.article_index) == (0, len(text), 2)
    assert (art.title, art.outlet) == ("Given title", "Given Outlet")
    assert art.fields["published"] == "2025-08-01"


@pytest.mark.parametrize("text", ["", "\n\n  \n", "Just a heading"])
def test_degenerate_units(text):
    arts = segment(unit(text), CFG)
    assert len(arts) <= 1
    for art in arts:
        assert art.body_end <= len(text)


def test_crlf_lines():
    text = "Ministers agree to review the pact\r\n\r\n" + LONG + "\r\n" + LONG
    (art,) = segment(unit(text), CFG)
    assert art.title == "Ministers agree to review the pact" and art.body.startswith("The minister")
    assert not art.body.endswith("\r")


# --------------------------------------------------------------------------- seed gold

@pytest.mark.skipif(not (GOLD / "articles.jsonl").is_file(), reason="../shared seed gold absent")
def test_seed_articles_match_gold():
    from pipeline.articles.clean import clean_article, load_boilerplate
    from pipeline.config import load_config
    from pipeline.articles.dates import resolve_published
    from pipeline.articles.ingest import list_corpus, read_source

    cfg = load_config(Path(__file__).resolve().parent.parent / "configs" / "default.toml")
    rules = load_boilerplate(cfg.rule_path(cfg.clean.boilerplate))
    found = {}
    for rel, _ in list_corpus(CORPUS, cfg.ingest):
        source = read_source(CORPUS, rel, cfg.ingest)
        for u in source.units:
            for raw in segment(u, cfg.segment):
                art = clean_article(raw, rules)
                published, _ = resolve_published(raw.dateline, raw.fields, cfg.dates, source.mtime)
                found[(rel, raw.article_index)] = (raw, art, published)
    gold = [json.loads(line) for line in open(GOLD / "articles.jsonl", encoding="utf-8")]
    assert len(found) == len(gold) == 9
    for g in gold:
        raw, art, published = found[(g["file"], g["article_index"])]
        where = (g["file"], g["article_index"])
        assert art.outlet == g["outlet"], where
        assert art.title == g["title"], where
        assert raw.dateline == g["dateline_raw"], where
        assert (published.isoformat() if published else None) == g["published"], where
        assert " ".join(art.text.split()[:12]) == g["first_words"], where
        assert raw.body_start == g["start"], where
