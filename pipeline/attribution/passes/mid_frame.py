"""A bare reporting frame set off by commas inside a sentence: 'Rents will rise, Lee said,
and wages will lag.' -- two claims of the frame's speaker, the words before the frame and
the words after it, as news annotation marks a report split by its attribution (each part
on its own; a part may hold quoted words, kind mixed).  Parse-independent like
`trailing_frame`: the frame is a comma, the speaker's noun phrase, the cue and only
adjuncts up to the next comma ('..., Lee told reporters on Monday, ...') or the cue and
a speaker with no verb ('..., said Ann Lee, ...').
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc

from pipeline.attribution.context import Candidate, DocContext, Found
from pipeline.attribution.labels import PARTICIPLES, QUOTE_CHARS, VERBAL
from pipeline.attribution.passes.anchors import CueAnchor
from pipeline.attribution.passes.clauses import COMPLEMENT_NEEDS
from pipeline.attribution.passes.trailing_frame import (MAX_SUBJECT, MAX_TAIL, NAME_PUNCT,
                                                        content_ok, frame_span, has_object,
                                                        separator,
                                                        sentence_start, speaker_follows,
                                                        subject_starts)
from pipeline.attribution.speaker_head import np_head

MIN_WORDS = 2             # words of each part ('In the three years since X', 'he said, ...')
MAX_AFTER = 80            # tokens of the part after the frame
SENTENCE_ENDS = ".!?"
FUNCTION_POS = frozenset({"CCONJ", "SCONJ", "ADP", "DET"})
WH_TAGS = frozenset({"WDT", "WP", "WP$"})
APPOSITION_OPENERS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"})


def mid_frame(ctx: DocContext, found: Found, anchor: CueAnchor) -> Iterator[Candidate]:
    """'Rents will rise, Lee said, and wages will lag.' -> 'Rents will rise' and 'and wages
    will lag', speaker Lee.  Nothing when the words after the frame are the writer's
    ('..., Lee said, adding that ...', '..., Lee said, "and soon."' (a split quotation),
    '..., according to ...'), or the frame has a verb or object of its own."""
    cue, doc = anchor.cue, ctx.doc
    if cue.kind != "verb" or ctx.rules.requires.get(cue.group) in COMPLEMENT_NEEDS \
            or ctx.in_headline(cue.tok.idx) or has_object(ctx, anchor):
        return
    frame = _mid_frame(ctx, anchor)
    if frame is None:
        return
    first, sep, close, speaker = frame
    end = _part_end(ctx, close + 1)
    if end is None or not _after_ok(ctx, close + 1):
        return
    parts = [(sentence_start(ctx, first), sep - 1 if doc[sep].text == "," else sep),
             (close + 1, end)]
    if not any(t.pos_ in VERBAL for t in doc[close + 1:end + 1]) or \
            doc[parts[0][1]].pos_ in FUNCTION_POS or doc[parts[0][1]].tag_ in WH_TAGS:
        return                 # no clause after; a frame inside a phrase ('X, which, Lee said,')
    spans = [frame_span(ctx, anchor, a, b, MIN_WORDS) for a, b in parts]
    if any(s is None for s in spans) or not all(content_ok(ctx, found, a, b, clause=False)
                                                for a, b in parts):
        return
    for s, e in spans:
        yield Candidate(s, e, cue, cue.text, cue.tok.idx, "mid-frame:" + cue.group,
                        speaker_tok=speaker.i)


def _mid_frame(ctx: DocContext, anchor: CueAnchor):
    """(first frame token, separator before it, comma after it, speaker head) or None."""
    cue, doc = anchor.cue, ctx.doc
    starts = [k for k in subject_starts(ctx, anchor) if separator(doc, k - 1) is not None]
    if starts:
        close = _adjuncts_to_comma(doc, cue.last.i, MAX_TAIL)
        head = anchor.speaker if starts[0] <= anchor.speaker.i < cue.tok.i else \
            np_head(doc, starts[0], cue.tok.i)
        if close is None or head is None:
            return None
        return starts[0], separator(doc, starts[0] - 1), close, head
    sep = separator(doc, cue.tok.i - 1) if speaker_follows(doc, cue.last.i) else None
    close = _adjuncts_to_comma(doc, cue.last.i, MAX_SUBJECT) if sep is not None else None
    if close is None or close == cue.last.i + 1 or doc[close + 1].pos_ in APPOSITION_OPENERS:
        return None                            # ', said Ann Lee, a lawyer ...': an apposition
    head = np_head(doc, cue.last.i + 1, close)
    return (cue.tok.i, sep, close, head) if head is not None else None


def _adjuncts_to_comma(doc: Doc, k: int, limit: int) -> int | None:
    """Index of the comma closing the frame after token k: no verb, quotation or other mark
    before it, at most `limit` tokens."""
    for m in range(k + 1, min(k + 2 + limit, len(doc))):
        t = doc[m]
        if t.text == ",":
            return m
        if t.pos_ in VERBAL or (t.is_punct and t.text not in NAME_PUNCT) or t.is_space:
            return None
    return None


def _part_end(ctx: DocContext, k: int) -> int | None:
    """Last token of the sentence part that starts at token k (before its full stop)."""
    doc = ctx.doc
    for m in range(k, min(k + MAX_AFTER, len(doc))):
        t = doc[m]
        if "\n" in t.text:
            return m - 1 if m > k else None
        if t.text in SENTENCE_ENDS and (not ctx.in_quote(t.idx) or (
                m + 1 < len(doc) and doc[m + 1].text in QUOTE_CHARS)):
            return (m + 1 if ctx.in_quote(t.idx) else m - 1) if m > k else None
    return None


def _after_ok(ctx: DocContext, k: int) -> bool:
    """The words after the frame go on with the report: not a quotation (a split quote),
    a participle ('adding that', 'citing'), another cue, 'according to' or a relative
    clause on the speaker ('who ...', `[content] aside_relatives`)."""
    t = ctx.doc[k]
    return not (t.text in QUOTE_CHARS or t.tag_ in PARTICIPLES or t.i in ctx.cues
                or t.lower_ in ctx.rules.aside_relatives or t.lower_ == "according")

