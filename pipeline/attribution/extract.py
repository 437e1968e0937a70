"""Run the rule book over one Doc: `match` (candidates) and `extract_attributions` (records).

    frame passes -> cue rules (per cue) -> speakers -> overlaps -> quote rules (per
    quotation) -> late passes -> records
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc

from pipeline.attribution import passes
from pipeline.attribution.context import Candidate, DocContext, Found
from pipeline.attribution.filters import drop_reason
from pipeline.attribution.passes.anchors import CueAnchor
from pipeline.attribution.records import to_records
from pipeline.attribution.resolve import resolve_overlaps, resolve_speakers
from pipeline.attribution.rules import CueRules
from pipeline.attribution.speaker_head import cue_speaker
from pipeline.records import Attribution


def match(ctx: DocContext) -> list[Candidate]:
    """All claims of the Doc as resolved candidates (speakers set, overlaps settled)."""
    found = Found()
    for frame_pass in passes.FRAME_PASSES:
        found.extend(frame_pass(ctx, found))
    found.extend(_each_cue(ctx, found))
    found.claims = resolve_overlaps(ctx, resolve_speakers(ctx, found.claims))
    for c in _each_quote(ctx, found):
        found.insert_by_start(c)
    for late_pass in passes.LATE_PASSES:
        found.extend(late_pass(ctx, found))
    return found.claims


def _each_cue(ctx: DocContext, found: Found) -> Iterator[Candidate]:
    """Every cue no frame took and no filter dropped, with a speaker: the first cue rule
    that yields takes it."""
    for i in sorted(ctx.cues):
        cue = ctx.cues[i]
        if i in found.used_cues or drop_reason(ctx, cue) is not None:
            continue
        head = cue_speaker(ctx, cue)
        if head is None:
            continue
        anchor = CueAnchor.of(cue, head)
        for rule in passes.CUE_RULES:
            got = list(rule(ctx, found, anchor))
            if got:
                yield from got
                break


def _each_quote(ctx: DocContext, found: Found) -> Iterator[Candidate]:
    """Every quotation no claim took or holds, long enough: the first quote rule that
    yields takes it."""
    min_words = max(ctx.min_quote_words, 1)
    for j, q in enumerate(ctx.quotes):
        if j in found.used_quotes or ctx.in_headline(q.open):
            continue
        if any(c.start <= q.start and q.end <= c.end for c in found.claims):
            continue                               # inside an attributed clause (mixed)
        if not ctx.has_quote_words(j, min_words):
            yield from passes.SHORT_QUOTE_RULE(ctx, found, j)
            continue
        for rule in passes.QUOTE_RULES:
            got = list(rule(ctx, found, j))
            if got:
                yield from got
                break


def extract_attributions(doc: Doc, rules: CueRules, max_quote_chars: int = 3000,
                         min_quote_words: int = 3) -> Iterator[Attribution]:
    """Yield the claims of one parsed Doc in text order."""
    ctx = DocContext.build(doc, rules, max_quote_chars, min_quote_words)
    yield from to_records(ctx, match(ctx))
