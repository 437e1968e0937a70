"""Signature lines: '"We will win." - Jane Doe' (a dash and a name after the quotation)."""
from __future__ import annotations

from typing import Iterator

from pipeline.attribution.context import Candidate, DocContext, Found
from pipeline.attribution.passes.continuation import opens_sentence
from pipeline.attribution.speakers import UNKNOWN

LOOK_AHEAD = 60                   # characters after the closing mark searched for the dash
DASH_CHARS = "-–—"


def signature(ctx: DocContext, found: Found, j: int) -> Iterator[Candidate]:
    """'"We will win." - Jane Doe' -> the quotation, speaker 'Jane Doe', cue the dash.
    Nothing when the quotation does not open a sentence, the dash is on another line or no
    proper noun follows it."""
    q, text = ctx.quotes[j], ctx.text
    if not opens_sentence(ctx, j):
        return
    after = text[q.outer_end:q.outer_end + LOOK_AHEAD]
    stripped = after.lstrip(" ")
    if stripped[:1] not in DASH_CHARS or ctx.para_of(q.outer_end) != ctx.para_of(q.open):
        return
    span = ctx.doc.char_span(q.outer_end + (len(after) - len(stripped)) + 1,
                             min(len(text), ctx.paras[ctx.para_of(q.open)][1]),
                             alignment_mode="contract")
    if span is None or not len(span) or span[0].pos_ != "PROPN":
        return
    sp = ctx.resolver.resolve(span.root, span.start_char)
    if sp.type != UNKNOWN:
        yield Candidate(q.start, q.end, None, stripped[:1], span.start_char, "dash-signature",
                        quote=j, speaker=sp)
