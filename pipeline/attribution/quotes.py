"""Quote marks and claim spans on plain strings (no spaCy needed).

`find_quotes(text)` pairs quotation marks paragraph by paragraph (paragraphs are separated
by "\\n") and returns the quoted strings as `QuoteSpan`s.  The pairing is local: a mark that
never closes loses only its own quote, never the rest of the document.

Marks handled:
- double: straight ``"``, curly ``“ ”``, guillemets ``« »`` (one family: news text mixes
  ``“...."`` freely);
- single: straight ``'``, curly ``‘ ’`` (Korea Herald / Reuters style quotations) -- paired only
  outside double quotes, since single quotes inside a double quote are nested quotes.
  A single mark between two letters (Korea's, summit’s) is an apostrophe; a mark after
  a plural -s (allies') is a weak closer, used only when no better closer follows.

Multi-paragraph quotations (each paragraph opens, only the last closes) give one span per
paragraph with `continued=True` on all but the last.  A double quote that opens a paragraph
(or follows a colon/comma) and is never closed runs to the end of its paragraph when that
ends a sentence: news often omits, or an excerpt cuts, the closing mark of such a quote.

`claim_kind(start, end, text, quotes)` is the mechanical kind of a claim span: direct when
every letter lies inside quote marks, mixed when some do, indirect when none do.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

DOUBLE_OPEN = "“«"
DOUBLE_CLOSE = "”»"
DOUBLE_AMBIG = '"'
SINGLE_OPEN = "‘"
SINGLE_MARKS = "'‘’"
# the marks themselves, found by one scan of the C regex engine (not a Python loop per char)
_DOUBLE_MARK = re.compile("[" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_AMBIG) + "]")
_SINGLE_MARK = re.compile("[" + re.escape(SINGLE_MARKS) + "]")
# characters after which a mark starts a quotation
_OPEN_BEFORE = set(" \t\n([{—–-/:;,")
# characters after which a mark may close a quotation
_CLOSE_AFTER = set(" \t\n)]}—–-/:;,.!?…")


@dataclass(frozen=True)
class QuoteSpan:
    """One quoted string: the marks at `open`/`close`, the content [start, end)."""

    open: int                  # index of the opening mark
    close: int                 # index of the closing mark (-1 when continued to next paragraph)
    start: int                 # content start (first non-space char after the mark)
    end: int                   # content end, exclusive (inner punctuation kept)
    style: str                 # "double" | "single"
    continued: bool = False    # paragraph ends inside the quote; the next paragraph reopens it

    @property
    def outer_end(self) -> int:
        """End of the quote including its closing mark."""
        return self.close + 1 if self.close >= 0 else self.end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty paragraph ("\\n"-separated), in order."""
    spans, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            spans.append((pos, end))
        pos = end + 1
    return spans


def _prev(text: str, i: int, lo: int) -> str:
    return text[i - 1] if i > lo else " "


def _next(text: str, i: int, hi: int) -> str:
    return text[i + 1] if i + 1 < hi else " "


def _double_role(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close' or 'ambig' for a double mark at i within paragraph [lo, hi)."""
    ch = text[i]
    if ch in DOUBLE_OPEN:
        return "open"
    if ch in DOUBLE_CLOSE:
        return "close"
    p, n = _prev(text, i, lo), _next(text, i, hi)
    can_open = p in _OPEN_BEFORE and not n.isspace()
    can_close = (not p.isspace()) and (n in _CLOSE_AFTER or n in DOUBLE_CLOSE + "'’")
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "ambig"


def _pair_doubles(text: str, lo: int, hi: int, max_chars: int) -> tuple[list[tuple[int, int]], int | None]:
    """Pair double marks in one paragraph: closed (open, close) pairs and an unclosed opener."""
    pairs: list[tuple[int, int]] = []
    pending: int | None = None
    for m in _DOUBLE_MARK.finditer(text, lo, hi):
        i = m.start()
        role = _double_role(text, i, lo, hi)
        if pending is None:
            if role != "close":             # a stray closer with nothing open is ignored
                pending = i
        elif role == "open":
            pending = i                     # previous opener never closed: it loses its quote
        else:
            if i - pending - 1 <= max_chars:
                pairs.append((pending, i))
            pending = None
    return pairs, pending


def _single_candidates(text: str, lo: int, hi: int, blocked) -> list[tuple[int, str]]:
    """Single marks outside double quotes classified as ('open'|'close'|'weak') or skipped."""
    out = []
    for m in _SINGLE_MARK.finditer(text, lo, hi):
        i = m.start()
        if blocked(i):
            continue
        p, n = _prev(text, i, lo), _next(text, i, hi)
        if p.isalnum() and n.isalpha():     # Korea's, summit’s, don't: apostrophe
            continue
        if (p in _OPEN_BEFORE or p in "“\"") and (n.isalnum() or n in "$£€(“\""):
            out.append((i, "open"))
            continue
        if not p.isspace() and (n in _CLOSE_AFTER or n in "”\""):
            # allies' / ministers' : a plural possessive looks like a closer
            out.append((i, "weak" if p in "sS" else "close"))
    return out


def _pair_singles(cands: list[tuple[int, str]], max_chars: int) -> tuple[list[tuple[int, int]], int | None]:
    pairs: list[tuple[int, int]] = []
    pending: int | None = None
    for k, (i, role) in enumerate(cands):
        if role == "open":
            pending = i                     # an earlier unclosed opener was an elision (‘90s)
            continue
        if pending is None:
            continue
        if role == "weak":
            # use a plural-possessive mark as closer only when no real closer follows
            # before the next opener
            later = False
            for j, r in cands[k + 1:]:
                if r == "open":
                    break
                if r == "close":
                    later = True
                    break
            if later:
                continue
        if i - pending - 1 <= max_chars:
            pairs.append((pending, i))
        pending = None
    return pairs, pending


def _content(text: str, open_i: int, close_i: int) -> tuple[int, int]:
    s, e = open_i + 1, close_i
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _starts_with_opener(text: str, lo: int, hi: int, style: str) -> bool:
    i = lo
    while i < hi and text[i].isspace():
        i += 1
    if i >= hi:
        return False
    if style == "double":
        return text[i] in DOUBLE_OPEN or text[i] == DOUBLE_AMBIG
    return text[i] in "'‘"


def _unclosed_to_end(text: str, lo: int, mark: int, s: int, e: int) -> bool:
    """An opener never closed in its paragraph still quotes to the paragraph end when it
    starts the paragraph or follows a colon/comma, and the rest is sentences (>= 3 words,
    ending in terminal punctuation)."""
    lead = text[lo:mark].rstrip()
    if lead and lead[-1] not in ":,":
        return False
    body = text[s:e].rstrip(")]")
    return bool(body) and body[-1] in ".!?…" and has_words(text[s:e], 3)


def find_quotes(text: str, max_quote_chars: int = 3000) -> list[QuoteSpan]:
    """All quoted strings of `text`, in order of their opening mark."""
    paras = paragraphs(text)
    found: list[QuoteSpan] = []
    for k, (lo, hi) in enumerate(paras):
        dpairs, dpend = _pair_doubles(text, lo, hi, max_quote_chars)
        starts = [a for a, _ in dpairs]

        def blocked(i: int, _pairs=dpairs, _starts=starts) -> bool:
            j = bisect.bisect_right(_starts, i) - 1
            return j >= 0 and _pairs[j][0] < i < _pairs[j][1]

        if dpend is not None:
            bound = dpend
            sblocked = lambda i, _b=blocked, _bound=bound: _b(i) or i > _bound  # noqa: E731
        else:
            sblocked = blocked
        spairs, spend = _pair_singles(_single_candidates(text, lo, hi, sblocked), max_quote_chars)
        for style, pairs in (("double", dpairs), ("single", spairs)):
            for a, b in pairs:
                s, e = _content(text, a, b)
                if e > s:
                    found.append(QuoteSpan(a, b, s, e, style))
        # a paragraph ending inside a quote: the quote continues into the next paragraph
        # when that reopens it; a double quote that opens the paragraph (or follows a colon
        # or comma) and runs to a full stop is news style for a quote whose closing mark
        # belongs to a later paragraph (or was dropped): it runs to the paragraph end
        nxt = paras[k + 1] if k + 1 < len(paras) else None
        for style, pend in (("double", dpend), ("single", spend)):
            if pend is None or hi - pend > max_quote_chars:
                continue
            s, e = _content(text, pend, hi)
            if e <= s:
                continue
            if nxt is not None and _starts_with_opener(text, nxt[0], nxt[1], style):
                found.append(QuoteSpan(pend, -1, s, e, style, continued=True))
            elif style == "double" and _unclosed_to_end(text, lo, pend, s, e):
                found.append(QuoteSpan(pend, -1, s, e, style))
    found.sort(key=lambda q: q.open)
    # a continued paragraph must be followed by a quote starting the next paragraph
    return found


class QuoteIndex:
    """Fast lookups over a document's quotes (sorted, non-overlapping)."""

    def __init__(self, quotes: list[QuoteSpan]):
        self.quotes = sorted(quotes, key=lambda q: q.open)
        self._opens = [q.open for q in self.quotes]

    def at(self, i: int) -> int:
        """Index of the quote whose marks enclose char i (marks included), or -1."""
        j = bisect.bisect_right(self._opens, i) - 1
        if j >= 0:
            q = self.quotes[j]
            if q.open <= i < q.outer_end:
                return j
        return -1

    def inside(self, start: int, end: int) -> list[int]:
        """Indices of quotes whose content overlaps [start, end)."""
        j = max(bisect.bisect_right(self._opens, start) - 1, 0)
        out = []
        while j < len(self.quotes) and self.quotes[j].open < end:
            q = self.quotes[j]
            if q.start < end and q.end > start:
                out.append(j)
            j += 1
        return out


def _letters(text: str, start: int, end: int) -> int:
    return sum(map(str.isalpha, text[start:end]))


def claim_kind(text: str, start: int, end: int, index: QuoteIndex) -> str:
    """Mechanical kind: direct if all letters of [start, end) are inside quote marks (the
    span's letters are counted only when some are)."""
    inside, reach = 0, start                  # letters inside the quotes' union, counted once
    for lo, hi in sorted((max(index.quotes[j].start, start), min(index.quotes[j].end, end))
                         for j in index.inside(start, end)):
        lo = max(lo, reach)
        if hi > lo:
            inside += _letters(text, lo, hi)
            reach = hi
    if not inside:
        return "indirect"
    return "direct" if inside == _letters(text, start, end) else "mixed"


def word_count(text: str) -> int:
    return sum(1 for w in text.split() if any(map(str.isalnum, w)))


def has_words(text: str, n: int) -> bool:
    """word_count(text) >= n, counting no further than n words.

    >>> has_words("talks would resume", 2), has_words("-- resume", 2)
    (True, False)
    """
    while n > 0:
        # n words at a time: a long text is not split whole when its first words count
        words = text.split(None, n)
        rest = words.pop() if len(words) > n else ""
        for w in words:
            if any(map(str.isalnum, w)):
                n -= 1
        if not rest:
            return n <= 0
        text = rest
    return True


def trim_span(text: str, start: int, end: int, strip: str = " \t\n,;:.—–-") -> tuple[int, int]:
    """Trim whitespace and edge punctuation of a claim span."""
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return start, end
