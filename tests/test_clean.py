"""Cleaning: boilerplate rules, unicode normalisation, the char map, outlet evidence."""
from __future__ import annotations

import pickle
import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.articles.clean import CHAR_MAP, BoilerplateRules, clean_article, clean_text, load_boilerplate
from pipeline.config import ConfigError
from pipeline.records import RawArticle, char_map_array, stable_hash

RULES_PATH = Path(__file__).resolve().parent.parent / "configs" / "boilerplate.toml"
RULES = load_boilerplate(RULES_PATH)
NO_RULES = BoilerplateRules()
PARA = "The minister said on Tuesday that the talks would continue next month."


def raw(text: str, start: int = 0, end: int | None = None, **kw) -> RawArticle:
    return RawArticle(source_file="f.txt", article_index=0, unit_text=text, body_start=start,
                      body_end=len(text) if end is None else end, **kw)


def check_map(art, source: str) -> None:
    assert len(art.char_map) == len(art.text)
    assert all(a < b for a, b in zip(art.char_map, art.char_map[1:]))
    for i, ch in enumerate(art.text):
        assert equivalent(ch, source, art.char_map[i]), (i, ch, source[art.char_map[i]])


def equivalent(ch: str, source: str, j: int) -> bool:
    """`ch` is the source char at j, or a normalisation of it (or of the pair starting there)."""
    s = source[j]
    if ch == s:
        return True
    cands = {CHAR_MAP.get(s), CHAR_MAP.get(source[j:j + 2])}
    for window in (s, source[j:j + 2], source[j:j + 4]):
        norm = unicodedata.normalize("NFC", window)
        cands |= {norm[:1], CHAR_MAP.get(norm[:1]), CHAR_MAP.get(norm[:2])}
    if ch in cands:
        return True
    nfd_c, nfd_s = unicodedata.normalize("NFD", ch), unicodedata.normalize("NFD", s)
    if unicodedata.combining(ch) and ch in unicodedata.normalize("NFD", source[max(0, j - 4):j + 1]):
        return True  # canonical reordering moved a mark within its cluster ('Ù' + ogonek)
    return nfd_c[0] == nfd_s[0] or s in nfd_c or ch in nfd_s


# --------------------------------------------------------------------------- rule file

def test_load_boilerplate_errors(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_boilerplate(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[lines]\npatterns = ['(unclosed']\n")
    with pytest.raises(ConfigError, match=r"\[lines.patterns\[0\]\]"):
        load_boilerplate(bad)
    bad.write_text("[lines]\npatterns = 'not a list'\n")
    with pytest.raises(ConfigError, match=r"\[lines.patterns\]: input should be a valid list"):
        load_boilerplate(bad)
    bad.write_text("[inline]\npatterns = ['(?i)global flag']\n[lines]\npatterns = ['x']\n")
    with pytest.raises(ConfigError):
        load_boilerplate(bad)
    empty = tmp_path / "empty.toml"
    empty.write_text("")
    assert clean_text("Hello  world", load_boilerplate(empty))[0] == "Hello world"


# --------------------------------------------------------------------------- lines

@pytest.mark.parametrize("line", [
    "윤다빈 기자 empty@donga.com",
    "Jane Doe, Staff Reporter jane.doe@example.co.uk",
    "By Jane Doe",
    "By Jane Doe and John Smith",
    "BY MARIA GARCIA, Reuters",
    "5 Min Read",
    "12 minute read",
    "Share This Article",
    "Share on Facebook",
    "Facebook Twitter LinkedIn WhatsApp",
    "Share | Tweet | Email",
    "Discover the latest Business News, Sensex, and Nifty updates. Obtain Personal Finance insights.",
    "Find the best of Al News in one place, specially curated for you every weekend.",
    "Stay on top of the latest tech trends and biggest startup news.",
    "Disclaimer: This report is auto generated from the Reuters news service. ThePrint holds no responsibility for its content.",
    "Editor’s note: Senator Lena Ortiz regularly misleads voters and has repeatedly pledged to close the border to all visitors.",
    "Editor's note: This story has been updated to correct the date of the council vote.",
    "(Reporting by Jeff Mason; Editing by Leslie Adler)",
    "(Additional reporting by Josh Smith in Seoul; Writing by Ed Davies; Editing by Jane Wardell)",
    "Advertisement",
    "ADVERTISEMENT",
    "Read more: Seoul and Washington agree on tariffs",
    "Also Read: Ministers meet in Oslo",
    "Related Articles: Budget vote delayed",
    "Skip to main content",
    "Home > World > Asia",
    "We use cookies to improve your experience. By continuing you accept our cookie policy.",
    "© 2025 The Example Times. All rights reserved.",
    "Copyright 2025 Example Media",
    "Photo: Yonhap",
    "Subscribe to our newsletter",
    "Sign up for our daily newsletter to get the news in your inbox",
    "Click here to read the full report",
    "Follow us on X and Instagram",
    "(Yonhap)",
    "Scroll to continue with content",
])
def test_boilerplate_lines_are_dropped(line):
    text, cmap, dropped = clean_text(f"{PARA}\n{line}\n{PARA}", RULES)
    assert text == f"{PARA}\n{PARA}"
    assert dropped == [line]


@pytest.mark.parametrize("line", [
    "By contrast, the economy grew 3 percent in the second quarter.",
    "By the end of the year the deal had collapsed.",
    "Copyright law is changing quickly in Korea, lawyers said.",
    "Share prices fell sharply on Monday after the announcement.",
    "Readers were asked to share their views on the policy.",
    "Home prices rose for a third month, the ministry said.",
    "The advertisement ran in three newspapers last week.",
    "She said she would subscribe to the view that the alliance must change.",
    "Officials said the disclaimer was added later.",
    "The editor's note said the interview had been shortened for length.",
    "Cookies and other snacks were served at the summit.",
    "He can be reached at the embassy, officials said, but declined to give an e-mail address.",
    "Photo opportunities were limited at the summit.",
    "Follow-up talks are planned for next month.",
    "Related talks are expected in Tokyo.",
    "Search and rescue teams were deployed.",
])
def test_ordinary_lines_are_kept(line):
    text, _, dropped = clean_text(f"{PARA}\n{line}", RULES)
    assert text == f"{PARA}\n{line}" and dropped == []


@pytest.mark.parametrize("line,expected", [
    ("He said so. (Reporting by Jeff Mason and David Brunnstrom; Additional reporting by Josh "
     "Smith In Seoul; Editing by Leslie Adler) Disclaimer: This report is auto generated from the "
     "Reuters news service. ThePrint holds no responsibility for its content.", "He said so."),
    ("By Jeff Mason, David Brunnstrom WASHINGTON (Reuters) -The White House said on Tuesday.",
     "WASHINGTON (Reuters) -The White House said on Tuesday."),
    ("Officials met. By Jane Doe SEOUL (AP) - Talks resumed.", "Officials met. SEOUL (AP) - Talks resumed."),
    ("Text that ends with a widget. Share This Article", "Text that ends with a widget."),
    # must stay
    ("The rules were written by Congress (reporting by the committee was slow).",
     "The rules were written by Congress (reporting by the committee was slow)."),
    ("By Tuesday the two sides had agreed.", "By Tuesday the two sides had agreed."),
])
def test_inline_phrases(line, expected):
    assert clean_text(line, RULES)[0] == expected


# --------------------------------------------------------------------------- normalisation

@pytest.mark.parametrize("source,expected", [
    ("a\u00a0b\u2009c\u3000d\te", "a b c d e"),
    ("zero\u200bwidth\u200d\ufeff soft\u00adhyphen", "zerowidth softhyphen"),
    ("bell\x07 and\x1b escape\x7f del\x9f c1", "bell and escape del c1"),
    ("line1\r\nline2\rline3\u2028line4\x0cline5", "line1\nline2\nline3\nline4\nline5"),
    ("para1\n\n\n   \n\u00a0\npara2", "para1\npara2"),
    ("  lots   of    spaces  ", "lots of spaces"),
    ("‟odd„ ″marks″ 〝cjk〞 ＂full＂ ‛single", "“odd“ \"marks\" “cjk” \"full\" ‘single"),
    ("``NYT style'' quotes", "\"NYT style\" quotes"),
    ("‘‘doubled singles’’", "“doubled singles”"),
    ("“curly” ‘single’ «guillemets» ‹angle› it’s", "“curly” ‘single’ «guillemets» ‹angle› it’s"),
    ("em—dash en–dash minus−", "em—dash en–dash minus−"),
    ("cafe\u0301 Ångstro\u0308m \u212b", "café Ångström Å"),
    ("\u1112\u1161\u11ab\u1100\u116e\u11a8", "한국"),
    ("lone \ud800 surrogate", "lone surrogate"),
])
def test_normalisation(source, expected):
    art = clean_article(raw(source), NO_RULES)
    assert art.text == expected
    check_map(art, source)


def test_article_fields_and_map_with_offset():
    unit = "Header junk\n" + "Title line\n" + PARA + "\u00a0\u00a0More  text.\n\nShare This Article\n"
    start = unit.index(PARA)
    art = clean_article(raw(unit, start, len(unit), outlet="The Korea Herald", title="A  title\u00a0",
                            dateline="5 days ago", section="Politics",
                            fields={"url": "https://x.org/a"}), RULES)
    assert art.text == PARA + " More text."
    assert art.article_id == stable_hash(art.text)
    assert art.n_words == len(art.text.split())
    assert (art.outlet, art.title, art.dateline, art.section, art.url) == (
        "Korea Herald", "A title", "5 days ago", "Politics", "https://x.org/a")
    assert art.published is None
    assert min(art.char_map) == start
    check_map(art, unit)
    s, e = art.source_span(0, len(PARA))
    assert unit[s:e] == PARA


def test_nothing_left_gives_none():
    assert clean_article(raw("Advertisement\n\nShare This Article\n\u200b  \n"), RULES) is None
    assert clean_article(raw(""), RULES) is None


# --------------------------------------------------------------------------- outlet evidence

@pytest.mark.parametrize("body,outlet", [
    (PARA + "\n홍길동 기자 someone@donga.com", "Dong-A Ilbo"),
    (PARA + "\nContact: desk@news.koreaherald.com", "Korea Herald"),
    ("When asked by The Korea Herald about it, the official said no. " + PARA, "Korea Herald"),
    ("The Washington Post has learned that talks stalled. " + PARA, "Washington Post"),
    (PARA + "\nDiscover the latest news on Moneycontrol or download the Moneycontrol App.", "Moneycontrol"),
    # no evidence, or only other outlets cited as sources
    (PARA + " Lee told CNN in Seoul, the New York Times reported.", None),
    (PARA, None),
    # two different outlets: ambiguous
    ("Asked by The Korea Herald and asked by The Korea Times, he declined. " + PARA, None),
])
def test_outlet_inference(body, outlet):
    assert clean_article(raw(body), RULES).outlet == outlet


def test_header_outlet_wins_and_is_canonical():
    art = clean_article(raw(PARA + "\nx@donga.com", outlet="ThePrint"), RULES)
    assert art.outlet == "The Print"
    assert clean_article(raw(PARA, outlet="Unknown Weekly"), RULES).outlet == "Unknown Weekly"


# --------------------------------------------------------------------------- properties

PIECES = st.sampled_from([
    "\r\n", "\n", "\r", "\u00a0", "\u200b", "``", "''", "‘‘", "’’", "„", "e\u0301", "\u1112\u1161",
    "  ", "\t", "\x0b", "Advertisement", "Share This Article", "x@donga.com", "(Reporting by A; Editing by B)",
    "“", "”", "—", "\u2000", "\u1fef", "\u0344", "\u212b",
])
TEXTS = st.lists(st.one_of(st.text(max_size=20), PIECES), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_property_map_arbitrary_unicode(text):
    art = clean_article(raw(text), NO_RULES)
    if art is None:   # only blanks and removable characters
        assert all(ch.isspace() or CHAR_MAP.get(ch, "x").strip() == "" for ch in text)
        return
    check_map(art, text)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.text(max_size=5))
@example(body="\u00d9\u0328", prefix="")  # NFC composes U+0172 and moves the grave after it
def test_property_map_with_rules_and_offset(body, prefix):
    unit = prefix + body
    art = clean_article(raw(unit, len(prefix), len(unit)), RULES)
    if art is None:
        return
    assert art.char_map[0] >= len(prefix)
    check_map(art, unit)
    assert "\n\n" not in art.text and "  " not in art.text
    assert art.text == art.text.strip()


def test_char_map_is_packed_and_maps_as_before():
    """The char map is a packed array of source indices (2 or 4 bytes a char, one bytes object
    in a pickle, not a tuple of ints) with the tuple's answers: a dropped boilerplate line, an NFC
    accent, a removed zero-width space, a collapsed double space and a no-break space."""
    unit = "Top\nCaf" + "e\u0301" + " \u201co\u200bk\u201d  now.\nAdvertisement\nEnd\u00a0here."
    art = clean_article(raw(unit, 4), RULES)
    assert art.text == "Caf\u00e9 \u201cok\u201d now.\nEnd here."
    expected = [4, 5, 6, 7, 9, 10, 11, 13, 14, 15, 17, 18, 19, 20, 21, 36, 37, 38, 39, 40, 41, 42,
                43, 44]
    assert art.char_map == char_map_array(expected)
    assert art.char_map.itemsize == 2                 # source offsets below 2**16
    assert [char_map_array([5, 1 << 16])[i] for i in (0, 1)] == [5, 1 << 16]
    assert list(char_map_array([1 << 32, (1 << 32) + 3])) == [1 << 32, (1 << 32) + 3]
    assert [art.char_map[i] for i in range(len(art.text))] == expected
    assert list(art.char_map[5:9]) == expected[5:9] and len(art.char_map) == len(expected)
    assert art.source_span(0, 4) == (4, 8) and unit[4:8] == "Cafe"
    assert art.source_span(5, 9) == (10, 15) and unit[10:15] == "\u201co\u200bk\u201d"
    assert art.source_span(len(art.text) - 9, len(art.text)) == (36, 45)
    assert pickle.loads(pickle.dumps(art)) == art
    assert len(pickle.dumps(art.char_map)) < 2 * len(expected) + 80
    check_map(art, unit)


def test_clean_text_map_is_made_from_runs_of_kept_text():
    """clean_text returns the packed map itself, built from the runs of characters it keeps
    (an inline cut, a collapsed double space, a dropped line, CRLF, a no-break space; an
    offset), with the per-character answers; a text that needs no normalisation keeps its map
    as a range, not a list of one int per character."""
    from array import array

    from pipeline.articles.clean import normalize_mapped

    block = "Alpha  beta (Reporting by Jane Roe).\r\nAdvertisement\r\nEnd\u00a0here.\r\n"
    text, cmap, dropped = clean_text(block * 3, RULES, 5)
    assert text == "\n".join(["Alpha beta.\nEnd here."] * 3)
    assert dropped == ["Advertisement"] * 3
    one = [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 35, 36, 53, 54, 55, 56, 57, 58, 59, 60, 61]
    expected = [5 + k * len(block) + i for k in range(3) for i in one + [62]][:-1]
    assert isinstance(cmap, array) and cmap.typecode == "H"
    assert list(cmap) == expected
    assert normalize_mapped("plain text", 3) == ("plain text", range(3, 13))


def test_self_reference_finder_is_gated_and_finds_the_same():
    """The self-reference phrasings run behind a lookahead for their first characters (the
    engine skips positions no phrasing can start at) and find what the plain pattern finds."""
    import re

    found = RULES.outlets.self_ref_re
    assert found.pattern.startswith("(?=(?i:[")
    plain = re.compile(found.pattern[found.pattern.index("]))") + 3:], found.flags)
    text = ("When asked by The Korea Herald about it, the official said no. The Washington Post "
            "has learned that talks stalled; asked by the korea herald, nobody answered.")
    assert [(m.span(), m.groupdict()) for m in found.finditer(text)] == [
        (m.span(), m.groupdict()) for m in plain.finditer(text)]
    assert len(list(found.finditer(text))) == 2
