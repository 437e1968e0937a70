"""From resolved candidates to `pipeline.records.Attribution` records."""
from __future__ import annotations

from typing import Iterator

from pipeline.attribution.context import Candidate, DocContext
from pipeline.attribution.quotes import claim_kind, trim_span
from pipeline.attribution.speakers import ANON, DOCUMENT, ORG, PERSON, UNKNOWN
from pipeline.doc_rows import DocRows, doc_rows, sent_bounds
from pipeline.records import Attribution

RECORD_TYPES = (PERSON, ORG, ANON, DOCUMENT)


def to_records(ctx: DocContext, claims: list[Candidate]) -> Iterator[Attribution]:
    """One record per distinct span, in text order: the kind from the quote marks, a direct
    clause narrowed to its one quotation, an indirect one trimmed; the sentence bounds
    cover content and attribution."""
    text, doc = ctx.text, ctx.doc
    rows = doc_rows(doc)
    idx = rows.idx
    seen: set[tuple[int, int]] = set()
    for c in sorted(claims, key=lambda c: (c.start, c.end)):
        if c.end <= c.start:
            continue
        kind = claim_kind(text, c.start, c.end, ctx.qindex)
        start, end = c.start, c.end
        if kind == "direct" and c.quote < 0:
            inner = ctx.qindex.inside(start, end)
            if len(inner) == 1:
                start, end = ctx.quotes[inner[0]].start, ctx.quotes[inner[0]].end
        if kind == "indirect":
            start, end = trim_span(text, start, end)
        if (start, end) in seen:
            continue                               # "wrote, adding, "Y"": one record for Y
        seen.add((start, end))
        lo, hi = min(start, c.pos), max(end, c.pos + 1)
        ss = doc.char_span(lo, hi, alignment_mode="expand")
        # the sentences from their bounds read once per Doc (`Token.sent` searches for them),
        # their characters from the Doc's rows: no Span or Token made
        sent_start, sent_end = (idx[sent_bounds(doc, ss.start)[0]],
                                _end_char(rows, sent_bounds(doc, ss.end - 1)[1])) \
            if ss is not None else (lo, hi)
        sp = c.speaker
        yield Attribution(start=start, end=end, kind=kind, cue=c.cue_text,
                          speaker_mention=sp.mention, speaker=sp.canonical or sp.mention,
                          speaker_type=sp.type if sp.type in RECORD_TYPES else UNKNOWN,
                          speaker_role=sp.role, sent_start=sent_start, sent_end=sent_end,
                          evidence=c.evidence)


def _end_char(rows: DocRows, end: int) -> int:
    """`doc[:end].end_char`: the offset after token end - 1's text."""
    return rows.idx[end - 1] + len(rows.texts[end - 1])
