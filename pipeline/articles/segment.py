"""Segmentation: one decoded text unit -> its articles, with the header fields found on the page.

Layout rules (no outlet or site names in here):

* Every line is classed as blank, dateline (a relative "22 minutes ago" or absolute
  "31-07-2025" / "Aug. 17, 2025" date), read time ("5 Min Read"), tag ("- Politics"),
  heading (a short line that does not end a sentence) or body (anything else).
* A *header run* is a maximal stretch of non-body lines. The run at the top of the unit
  starts the first article; a later run starts a new article only when it holds a dateline
  and a heading (an aggregator block: outlet, date, tags, title) and enough body follows.
  Other runs (sub-headings, "Advertisement", a trailing byline) stay inside the body.
* Inside a header: the heading just before the dateline/read-time line is the outlet when it
  is short and name-like; the first heading after it (or the first heading at all when there
  is no dateline) is the title; further headings are a deck (not body). Tags equal to the
  outlet are outlet tags; the first other tag is the section.
* The body runs from the first body line after the header to the next article's header.

Structured units (`segment=False`: JSON records, HTML main text) are one article each.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from pipeline.config import SegmentConfig
from pipeline.records import RawArticle, SourceText

_MONTHS = [m for m in calendar.month_name[1:]] + [m for m in calendar.month_abbr[1:]] + ["Sept"]
_WEEKDAYS = list(calendar.day_name) + list(calendar.day_abbr)
_MONTH_RE = "|".join(sorted({re.escape(m) for m in _MONTHS}, key=len, reverse=True))
_WEEKDAY_RE = "|".join(sorted({re.escape(d) for d in _WEEKDAYS}, key=len, reverse=True))
_NUM_WORDS = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_UNITS = "sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|y(?:ea)?rs?"
_TIME = r"(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?|\d{1,2}\s*[ap]\.?m\.?)"
_PREFIX = r"(?:(?:updated|published|posted|last updated|first published)\s*(?:on|:)?\s*)?"
_DATE_BODY = (
    rf"(?:\d+|{_NUM_WORDS})\s+(?:{_UNITS})\s+ago"
    r"|just now|yesterday|today"
    r"|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ ,T]+" + _TIME + r")?"
    rf"|(?:(?:{_WEEKDAY_RE})\.?,?\s+)?(?:(?:{_MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_RE})\.?,?\s+\d{{4}})"
    rf"(?:,?\s*(?:at\s+)?{_TIME})?"
)
#: a whole line that is a dateline
DATELINE_RE = re.compile(rf"^\s*{_PREFIX}(?:{_DATE_BODY})\s*$", re.IGNORECASE)
#: "5 Min Read", "3 minute read", "Reading time: 4 min"
READ_TIME_RE = re.compile(
    r"^\s*(?:\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read|reading time:?\s*\d+\s*min(?:ute)?s?\.?)\s*$",
    re.IGNORECASE)
_TAG_RE = re.compile(r"^\s*[-•·*–]\s+(\S.*?)\s*$")
_SENTENCE_END_RE = re.compile(r"[.!?…;:,][\"'”’»)\]]*\s*$")
_NAME_WORD_RE = re.compile(r"^(?:[A-Z0-9][\w&'’.\-]*|of|the|and|de|du|la|le|el|al|&|-|–)$")

BLANK, BODY, HEADING, DATELINE, READTIME, TAG = "blank", "body", "heading", "dateline", "readtime", "tag"


@dataclass(frozen=True)
class _Line:
    start: int
    end: int              # end of the line's text (newline excluded)
    kind: str
    text: str             # stripped


def classify_line(text: str, cfg: SegmentConfig) -> str:
    """The layout class of one line (see the module docstring)."""
    s = text.strip()
    if not s:
        return BLANK
    if len(s) <= 80:
        if DATELINE_RE.match(s):
            return DATELINE
        if READ_TIME_RE.match(s):
            return READTIME
        if _TAG_RE.match(s) and len(s.split()) <= 6:
            return TAG
    if len(s) > cfg.max_heading_chars or len(s.split()) > cfg.max_heading_words:
        return BODY
    if _SENTENCE_END_RE.search(s):
        return BODY
    if not any(ch.isalpha() for ch in s):
        return BODY
    return HEADING


def _lines(text: str, cfg: SegmentConfig) -> list[_Line]:
    lines = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        lines.append(_Line(pos, pos + len(body.rstrip()), classify_line(body, cfg), body.strip()))
        pos += len(raw)
    return lines


def _is_name_like(text: str, cfg: SegmentConfig) -> bool:
    words = text.split()
    if not words or len(words) > cfg.max_outlet_words or not text[0].isupper():
        return False
    if any(ch.isdigit() for ch in text):
        return False
    return all(_NAME_WORD_RE.match(w) for w in words)


@dataclass
class _Header:
    first_line: int       # index of the first header line (page junk before it excluded)
    body_line: int        # index of the first body line
    outlet: str | None = None
    section: str | None = None
    title: str | None = None
    dateline: str | None = None


def _parse_header(lines: list[_Line], lo: int, hi: int, cfg: SegmentConfig) -> _Header:
    """Read the header fields of lines[lo:hi] (a header run); body starts at hi."""
    content = [i for i in range(lo, hi) if lines[i].kind != BLANK]
    head = _Header(first_line=lo, body_line=hi)
    date_pos = next((k for k, i in enumerate(content) if lines[i].kind == DATELINE), None)
    anchor = date_pos
    if anchor is None:
        anchor = next((k for k, i in enumerate(content) if lines[i].kind == READTIME), None)
    if date_pos is not None:
        head.dateline = lines[content[date_pos]].text
    headings_after = []
    if anchor is not None:
        # outlet: the name-like heading right before the date / read-time line
        if anchor > 0:
            prev = lines[content[anchor - 1]]
            if prev.kind == HEADING and _is_name_like(prev.text, cfg):
                head.outlet = prev.text
                head.first_line = content[anchor - 1]
        if date_pos is not None:
            headings_after = [i for i in content[anchor + 1:] if lines[i].kind == HEADING]
            if head.outlet is None:
                head.first_line = content[anchor]
        else:
            # a read-time line closes the header: the title is before the outlet
            before = [i for i in content[:max(anchor - (1 if head.outlet else 0), 0)]
                      if lines[i].kind == HEADING]
            headings_after = before[-1:] if before and lo > 0 else before[:1]
            if headings_after:
                head.first_line = min(head.first_line, headings_after[0])
    else:
        headings_after = [i for i in content if lines[i].kind == HEADING]
        if headings_after:
            head.first_line = headings_after[0]
    if headings_after:
        head.title = lines[headings_after[0]].text
    tags = [lines[i].text for i in content if lines[i].kind == TAG]
    tag_names = [_TAG_RE.match(t).group(1) for t in tags]  # type: ignore[union-attr]
    others = [t for t in tag_names if head.outlet is None or t.casefold() != head.outlet.casefold()]
    if others:
        head.section = others[0]
        if head.outlet is None and len(others) > 1 and _is_name_like(others[-1], cfg):
            head.outlet = others[-1]
    return head


def segment(unit: SourceText, cfg: SegmentConfig, first_index: int = 0) -> list[RawArticle]:
    """Split one text unit into its articles (RawArticle.article_index from `first_index`)."""
    text = unit.text
    fields = dict(unit.fields)
    if not unit.segment:
        return [_article(unit, first_index, 0, len(text), fields=fields)]
    lines = _lines(text, cfg)
    # header runs: maximal stretches of non-body lines, followed by a body line
    runs: list[tuple[int, int]] = []
    i = 0
    n = len(lines)
    while i < n:
        if lines[i].kind == BODY:
            i += 1
            continue
        j = i
        while j < n and lines[j].kind != BODY:
            j += 1
        if j < n:
            runs.append((i, j))
        i = j
    starts: list[_Header] = []
    first_body = next((k for k in range(n) if lines[k].kind == BODY), None)
    if first_body is None:
        # no sentence-like line at all: the whole unit is one article, no header
        if not text.strip():
            return []
        return [_article(unit, first_index, 0, len(text), fields=fields)]
    top = runs[0] if runs and runs[0][1] == first_body and runs[0][0] == 0 else None
    starts.append(_parse_header(lines, *top, cfg) if top else _Header(first_body, first_body))
    for lo, hi in runs:
        if top and (lo, hi) == top:
            continue
        kinds = {lines[k].kind for k in range(lo, hi)}
        if DATELINE in kinds and HEADING in kinds:
            starts.append(_parse_header(lines, lo, hi, cfg))
    # drop starts whose body is too short (a date+title teaser inside an article)
    kept: list[_Header] = [starts[0]]
    for k, head in enumerate(starts[1:], 1):
        nxt = starts[k + 1].first_line if k + 1 < len(starts) else n
        body_len = sum(len(lines[m].text) for m in range(head.body_line, nxt)
                       if lines[m].kind == BODY)
        if body_len >= cfg.min_body_chars:
            kept.append(head)
    articles = []
    for k, head in enumerate(kept):
        end_line = kept[k + 1].first_line if k + 1 < len(kept) else n
        body_start = lines[head.body_line].start
        # body ends at the end of its last non-blank line
        last = end_line - 1
        while last > head.body_line and lines[last].kind == BLANK:
            last -= 1
        body_end = lines[last].end
        articles.append(_article(unit, first_index + k, body_start, body_end, head=head,
                                 fields=fields))
    return articles


def _article(unit: SourceText, index: int, start: int, end: int, head: _Header | None = None,
             fields: dict[str, str] | None = None) -> RawArticle:
    fields = fields or {}
    head = head or _Header(0, 0)
    return RawArticle(
        source_file=unit.source_file,
        article_index=index,
        unit_text=unit.text,
        body_start=start,
        body_end=end,
        outlet=fields.get("outlet") or head.outlet,
        section=fields.get("section") or head.section,
        title=fields.get("title") or head.title,
        dateline=head.dateline,
        fields=fields,
    )
