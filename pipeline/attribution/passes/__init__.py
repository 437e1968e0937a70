"""The rule book: which passes run, in which order.

Three kinds of pass, all generators of `Candidate`s (see pipeline/attribution/__init__.py
for how to add one):

- a DOC pass      `(ctx, found) -> Iterator[Candidate]` walks the whole Doc;
- a CUE rule      `(ctx, found, anchor: CueAnchor)` is tried on each cue that passed the
                  filters and has a speaker, in reading order; the first rule that yields
                  anything takes the cue;
- a QUOTE rule    `(ctx, found, j)` is tried on each quotation no claim holds yet, in text
                  order; the first rule that yields anything takes the quotation.

Order matters: a quotation or cue taken by an earlier pass is not offered to a later one.
"""
from __future__ import annotations

from pipeline.attribution.passes.clauses import according_to, characterisation, reported_clause
from pipeline.attribution.passes.continuation import continuation, short_continuation
from pipeline.attribution.passes.cue_sentence import cue_sentence
from pipeline.attribution.passes.cue_then_quote import cue_then_quote
from pipeline.attribution.passes.headline_label import headline_label
from pipeline.attribution.passes.mid_frame import mid_frame
from pipeline.attribution.passes.multi_paragraph import multi_paragraph
from pipeline.attribution.passes.parenthetical import as_frame, parenthetical_report
from pipeline.attribution.passes.quote_then_cue import quote_then_cue
from pipeline.attribution.passes.signature import signature
from pipeline.attribution.passes.speaker_label import speaker_label
from pipeline.attribution.passes.trailing_frame import trailing_frame

# 1. before the cue rules: quotation frames take their cue ('"X," he said')
FRAME_PASSES = (quote_then_cue,)
# 2. per cue, first match wins
CUE_RULES = (cue_then_quote, according_to, characterisation, as_frame, trailing_frame, mid_frame,
             reported_clause,
             parenthetical_report)
# -- speakers resolved, overlaps resolved (pipeline.attribution.resolve) --
# 3. per quotation not yet claimed, first match wins
QUOTE_RULES = (speaker_label, signature, cue_sentence, continuation)
# ... and for a quotation shorter than min_quote_words, only a sentence going on with a quote
SHORT_QUOTE_RULE = short_continuation
# 4. after everything: quotation chains over several paragraphs, label lines with no quotation
LATE_PASSES = (multi_paragraph, headline_label)

__all__ = ["FRAME_PASSES", "CUE_RULES", "QUOTE_RULES", "SHORT_QUOTE_RULE", "LATE_PASSES"]
