"""A reporting clause set off by commas inside the sentence it reports.

    'The new rules, the minister said, would hurt farmers.'  -> 'would hurt farmers'
    'In the end, she says, the vote was fair.'              -> 'the vote was fair'
    'Police say, the driver fled on foot.'                  -> 'the driver fled on foot'
"""
from __future__ import annotations

from typing import Iterator

from pipeline.attribution.content import clause_chars, trim_tokens
from pipeline.attribution.context import Candidate, DocContext, Found
from pipeline.attribution.labels import ASIDE_MARKS, COMPLEMENTS, PARENTHETICAL
from pipeline.attribution.passes.anchors import CueAnchor
from pipeline.attribution.quotes import word_count

MIN_WORDS = 2


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
    opens = lo == tok.sent.start or doc[lo - 1].text in ASIDE_MARKS   # 'Police say, ...'
    if not opens or hi + 1 >= len(doc) or doc[hi + 1].text not in ASIDE_MARKS:
        return
    a, b = trim_tokens(doc, hi + 2, tok.head.right_edge.i)
    if a > b or a > tok.head.i:
        return                                     # the reported verb lies before the aside
    chars = clause_chars(ctx, cue, a, b)
    if chars is not None and word_count(ctx.text[chars[0]:chars[1]]) >= MIN_WORDS:
        yield Candidate(chars[0], chars[1], cue, cue.text, tok.idx, "parenthetical-cue",
                        speaker_tok=anchor.speaker.i)
