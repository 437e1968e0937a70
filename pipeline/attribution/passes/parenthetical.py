"""A reporting clause set off by commas inside the sentence it reports.

    'The new rules, the minister said, would hurt farmers.'  -> 'would hurt farmers'
    'In the end, she says, the vote was fair.'              -> 'the vote was fair'
    'Police say, the driver fled on foot.'                  -> 'the driver fled on foot'
"""
from __future__ import annotations

from typing import Iterator

from pipeline.attribution.content import clause_chars, trim_tokens
from pipeline.attribution.cues import as_marked
from pipeline.attribution.context import Candidate, DocContext, Found
from pipeline.attribution.labels import (ASIDE_MARKS, COMPLEMENTS, PARENTHETICAL, QUOTE_CHARS,
                                         VERBAL)
from pipeline.attribution.passes.anchors import CueAnchor
from pipeline.attribution.quotes import has_words
from pipeline.attribution.speaker_head import speaker_like
from pipeline.doc_rows import sent_bounds

MIN_WORDS = 2
MAX_FRAME = 15            # tokens from an as-frame's cue to the comma that closes the frame
ADDRESSEE = frozenset({"dobj", "dative"})   # 'as Lee told reporters'


def parenthetical_report(ctx: DocContext, found: Found, anchor: CueAnchor) -> Iterator[Candidate]:
    """'The new rules, the minister said, would hurt farmers.' -> 'would hurt farmers', the
    reported words after the aside (the span must be contiguous; news annotation marks
    this part).  The cue hangs on the verb of the sentence, to its right, with commas
    around it and no complement of its own.  Nothing for 'He said, in effect, no.' (the
    cue heads its sentence) or 'Talks failed, he said.' (the clause rule's case)."""
    cue, doc = anchor.cue, ctx.doc
    tok = cue.tok
    if cue.kind != "verb" or tok.dep_ not in PARENTHETICAL or tok.head.i <= tok.i:
        return
    if any(c.dep_ in COMPLEMENTS and c.i > tok.i for c in tok.children):
        return
    words = [t.i for t in tok.subtree if not t.is_punct]
    lo, hi = words[0], words[-1]                   # the aside without the commas it holds
    opens = lo == sent_bounds(doc, tok.i)[0] or doc[lo - 1].text in ASIDE_MARKS   # 'Police say, ...'
    if not opens or hi + 1 >= len(doc) or doc[hi + 1].text not in ASIDE_MARKS:
        return
    a, b = trim_tokens(doc, hi + 2, tok.head.right_edge.i)
    if a > b or a > tok.head.i:
        return                                     # the reported verb lies before the aside
    chars = clause_chars(ctx, cue, a, b)
    if chars is not None and has_words(ctx.text[chars[0]:chars[1]], MIN_WORDS):
        yield Candidate(chars[0], chars[1], cue, cue.text, tok.idx, "parenthetical-cue",
                        speaker_tok=anchor.speaker.i)


def as_frame(ctx: DocContext, found: Found, anchor: CueAnchor) -> Iterator[Candidate]:
    """'As Lee told reporters on Monday, the cuts will stay.' -> 'the cuts will stay'; 'As
    the mayor put it in a statement, the plan is dead.' -> 'the plan is dead': a report
    opened by an [as_frame] mark at the start of the sentence or after a comma, closed by a
    comma before the verb it hangs on, with no content of its own (only an addressee or the
    "it" of 'put it'): the clause after the comma is the speaker's.  Tried before the
    clause rule, which took the addressee for the content.  Nothing for 'As Lee spoke, ...'
    (no cue), 'As he told the story, ...' (an object of its own) or a frame after its
    clause ('..., as Lee said.')."""
    cue, doc = anchor.cue, ctx.doc
    tok = cue.tok
    if cue.kind not in ("verb", "phrase") or not as_marked(tok, ctx.rules) \
            or tok.head.i <= tok.i or tok.head.pos_ not in VERBAL or _own_content(ctx, cue):
        return
    mark = min(c.i for c in tok.children if c.dep_ == "mark")
    if mark != sent_bounds(doc, tok.i)[0] and doc[mark - 1].text not in ASIDE_MARKS:
        return
    close = _frame_close(doc, cue.last.i)
    if close is None:
        return
    a, b = trim_tokens(doc, close + 1, tok.head.right_edge.i)
    if a > b or a > tok.head.i:
        return
    chars = clause_chars(ctx, cue, a, b)
    if chars is not None and has_words(ctx.text[chars[0]:chars[1]], MIN_WORDS):
        yield Candidate(chars[0], chars[1], cue, cue.text, tok.idx, "as-frame",
                        speaker_tok=anchor.speaker.i)


def _own_content(ctx: DocContext, cue) -> bool:
    """The frame's verb has a complement other than the "it" of its cue or an addressee (a
    person or body: 'told reporters', not 'told the story')."""
    tok = cue.tok
    return any(c.dep_ in COMPLEMENTS and c.i != cue.last.i and not (
        c.dep_ in ADDRESSEE and tok.lemma_.lower() in ctx.rules.addressee_verbs
        and speaker_like(c, ctx.rules, person_or_body=True)) for c in tok.children
        if c.i > tok.i)


def _frame_close(doc, k: int) -> int | None:
    """The comma closing an as-frame after token k: no verb, quotation or line break
    before it, at most MAX_FRAME tokens ('as Lee put it in a statement to reporters,')."""
    for m in range(k + 1, min(k + 2 + MAX_FRAME, len(doc))):
        t = doc[m]
        if t.text == ",":
            return m
        if t.pos_ in VERBAL or t.text in QUOTE_CHARS or "\n" in t.text or t.text in ".;:!?":
            return None
    return None
