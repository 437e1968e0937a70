"""What every pass reads (`DocContext`, built once per Doc) and what passes produce
(`Candidate`s, collected in `Found`)."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Iterable

from spacy.tokens import Doc

from pipeline.attribution.cues import Cue, cue_candidates, match_cue
from pipeline.attribution.labels import TERMINAL
from pipeline.attribution.quotes import QuoteIndex, QuoteSpan, find_quotes, has_words, paragraphs
from pipeline.attribution.rules import CueRules
from pipeline.attribution.speakers import UNKNOWN, Speaker, SpeakerResolver
from pipeline.doc_rows import doc_rows

QUOTE_GAP = 3                     # tokens between a cue and the quotation it introduces
INTRO_MARKS = ",:—–"              # marks that may stand before an introduced quotation
PENDING = Speaker("", 0, 0, None, UNKNOWN)     # resolved after the cue passes, in reading order


@dataclass(eq=False)
class Candidate:
    """One claim a pass found: content [start, end) in characters, its cue and speaker."""

    start: int
    end: int
    cue: Cue | None
    cue_text: str | None
    pos: int                      # position of the attribution (cue or speaker)
    evidence: str                 # the construction that found it ("quote-before-cue", ...)
    quote: int = -1               # quote index for direct claims
    speaker_tok: int = -1         # token heading the speaker mention
    speaker: Speaker = PENDING
    takes_cue: bool = False       # the cue is spent: later cue passes skip it


@dataclass
class Found:
    """The candidates so far and the quotations and cues they used."""

    claims: list[Candidate] = field(default_factory=list)
    used_quotes: set[int] = field(default_factory=set)
    used_cues: set[int] = field(default_factory=set)

    def add(self, c: Candidate) -> None:
        self.claims.append(c)
        self._use(c)

    def extend(self, cands: Iterable[Candidate]) -> None:
        """Add candidates one at a time, so a pass sees what it found before."""
        for c in cands:
            self.add(c)

    def insert_by_start(self, c: Candidate) -> None:
        """Insert into claims sorted by start, before claims with the same start."""
        self.claims.insert(bisect.bisect_left(self.claims, c.start, key=lambda o: o.start), c)
        self._use(c)

    def before(self, start: int) -> int:
        """Index of the last claim starting before `start` (-1 when none)."""
        return bisect.bisect_left(self.claims, start, key=lambda o: o.start) - 1

    def _use(self, c: Candidate) -> None:
        if c.quote >= 0:
            self.used_quotes.add(c.quote)
        if c.takes_cue and c.cue is not None:
            self.used_cues.add(c.cue.tok.i)


def headline_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs that read as headlines/decks/labels: no terminal punctuation, short, and
    not a sentence broken by a stray line break (the next paragraph goes on in lower case:
    '..., "have focused on paid ads' / 'in caucuses and primaries."')."""
    out = []
    paras = paragraphs(text)
    for k, (lo, hi) in enumerate(paras):
        body = text[lo:hi].rstrip()
        if body and body[-1] not in TERMINAL and len(body.split()) <= 30 \
                and not (k + 1 < len(paras) and text[paras[k + 1][0]:paras[k + 1][1]].lstrip()[:1].islower()):
            out.append((lo, hi))
    return out


@dataclass
class DocContext:
    """One Doc as the passes see it: quotations, paragraphs, headlines, cues, speakers."""

    doc: Doc
    rules: CueRules
    min_quote_words: int
    text: str
    quotes: list[QuoteSpan]
    qindex: QuoteIndex
    paras: list[tuple[int, int]]
    para_starts: list[int]
    headlines: list[tuple[int, int]]
    head_starts: list[int]
    cues: dict[int, Cue] = field(default_factory=dict)          # token index -> cue
    quote_at: dict[int, int] = field(default_factory=dict)      # opening-mark token -> quote
    cue_paras: frozenset[int] = frozenset()                     # paragraphs holding a cue
    resolver: SpeakerResolver | None = None

    @classmethod
    def build(cls, doc: Doc, rules: CueRules, max_quote_chars: int = 3000,
              min_quote_words: int = 3) -> "DocContext":
        text = doc_rows(doc).text                 # = doc.text, shared with later steps
        quotes = find_quotes(text, max_quote_chars)
        paras = paragraphs(text)
        heads = headline_paragraphs(text)
        ctx = cls(doc, rules, min_quote_words, text, quotes, QuoteIndex(quotes), paras,
                  [p[0] for p in paras], heads, [h[0] for h in heads])
        ctx.resolver = SpeakerResolver(doc, rules.speakers, skip=ctx.in_quote)
        ctx.quote_at = ctx._quote_openings()
        ctx.cues = ctx._find_cues()
        ctx.cue_paras = frozenset(ctx.para_of(doc[k].idx) for k in ctx.cues)
        return ctx

    def _find_cues(self) -> dict[int, Cue]:
        """Every reporting cue outside quotation marks and headlines; a verb of manner
        (requires = "quotation") only where it introduces a quotation."""
        cues = {}
        idx = doc_rows(self.doc).idx              # (offsets: no Token for a skipped word)
        for i in cue_candidates(self.doc, self.rules):
            if self.in_quote(idx[i]) or self.in_headline(idx[i]):
                continue
            tok = self.doc[i]
            cue = match_cue(tok, self.rules)
            if cue is not None and (self.rules.requires.get(cue.group) != "quotation"
                                    or self.introduces_quotation(cue)):
                cues[tok.i] = cue
        return cues

    def introduces_quotation(self, cue: Cue) -> bool:
        """A quotation opens right after the cue: after a comma, colon or dash with at most
        an adverb or "it" before it ('shot back, "..."', 'put it, "..."', 'asked: "..."'),
        or a line break ('issued the following statement:' + a quoted paragraph), or
        directly after a cue of `bare_quote_groups` ('chanted "No more"')."""
        marked = False
        for k in range(cue.last.i + 1, min(cue.last.i + QUOTE_GAP + 1, len(self.doc))):
            if k in self.quote_at:
                return marked or cue.group in self.rules.bare_quote_groups
            t = self.doc[k]
            marked = marked or t.text in INTRO_MARKS
            if not (t.text in INTRO_MARKS or t.lower_ == "it" or t.pos_ == "ADV" or t.is_space):
                return False
        return False

    def _quote_openings(self) -> dict[int, int]:
        """Token index of each quotation's opening mark (outside headlines) -> quote."""
        out = {}
        for j, q in enumerate(self.quotes):
            if self.in_headline(q.open):
                continue
            span = self.doc.char_span(q.open, q.outer_end, alignment_mode="expand")
            if span is not None:
                out[span.start] = j
        return out

    def para_of(self, i: int) -> int:
        """Index of the paragraph holding character i."""
        return bisect.bisect_right(self.para_starts, i) - 1

    def in_headline(self, i: int) -> bool:
        j = bisect.bisect_right(self.head_starts, i) - 1
        return j >= 0 and self.headlines[j][0] <= i < self.headlines[j][1]

    def in_quote(self, i: int) -> bool:
        j = self.qindex.at(i)
        return j >= 0 and self.quotes[j].start <= i < self.quotes[j].end

    def clip_para(self, s: int, e: int, anchor: int) -> tuple[int, int]:
        """[s, e) clipped to the paragraph holding `anchor`."""
        p = self.para_of(anchor)
        lo, hi = self.paras[p] if p >= 0 else (0, len(self.text))
        return max(s, lo), min(e, hi)

    def has_quote_words(self, j: int, n: int) -> bool:
        """Whether quotation j holds at least n words (`quotes.has_words`)."""
        q = self.quotes[j]
        return has_words(self.text[q.start:q.end], n)
