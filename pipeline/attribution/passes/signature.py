"""Signature lines: '"We will win." - Jane Doe' (a dash and a name after the quotation, on
its line or as the next line: a quoted paragraph, then '- Jane Doe.')."""
from __future__ import annotations

from typing import Iterator

from pipeline.attribution.context import Candidate, DocContext, Found
from pipeline.attribution.passes.continuation import opens_sentence
from pipeline.attribution.speakers import UNKNOWN

LOOK_AHEAD = 60                   # characters after the closing mark searched for the dash
DASH_CHARS = "-–—"
MAX_LINE_WORDS = 8                # a signature line: the dash and a name (with a role)


def signature(ctx: DocContext, found: Found, j: int) -> Iterator[Candidate]:
    """'"We will win." - Jane Doe' -> the quotation, speaker 'Jane Doe', cue the dash; also
    a paragraph that is one quotation followed by a line '- Jane Doe.'.  Nothing when the
    quotation does not open a sentence, the dash line says more than a name, or no proper
    noun follows the dash."""
    q = ctx.quotes[j]
    if not opens_sentence(ctx, j):
        return
    dash = _dash_line(ctx, q)
    if dash is None:
        return
    start, end, mark = dash
    span = ctx.doc.char_span(start, end, alignment_mode="contract")
    if span is None or not len(span) or span[0].pos_ != "PROPN":
        return
    sp = ctx.resolver.resolve(span.root, span.start_char)
    if sp.type != UNKNOWN:
        yield Candidate(q.start, q.end, None, mark, span.start_char, "dash-signature",
                        quote=j, speaker=sp)


def _dash_line(ctx: DocContext, q) -> tuple[int, int, str] | None:
    """Where the signature after quotation q runs (start, end, dash): after a dash on the
    quotation's line, or on the next line when the quotation ends its paragraph and that
    line is a dash and a few words ('- Jane Doe, mayor.')."""
    text, p = ctx.text, ctx.para_of(q.open)
    after = text[q.outer_end:q.outer_end + LOOK_AHEAD]
    stripped = after.lstrip(" ")
    if stripped and stripped[0] in DASH_CHARS and ctx.para_of(q.outer_end) == p:
        return q.outer_end + len(after) - len(stripped) + 1, min(len(text), ctx.paras[p][1]), stripped[0]
    if text[q.outer_end:ctx.paras[p][1]].strip(" .") or p + 1 >= len(ctx.paras):
        return None
    lo, hi = ctx.paras[p + 1]
    line = text[lo:hi].strip()
    if not line or line[0] not in DASH_CHARS or len(line.split()) > MAX_LINE_WORDS:
        return None
    return lo + text[lo:hi].index(line[0]) + 1, hi, line[0]
