"""A report that reports nothing, then the quotation: 'Iowa State's Ann Lee agreed. "Voters
are running out of time."' -- the sentence before the quotation is a speaker and a speech
verb with no content of its own (or ends on one: '..., and her brother shot back. "B."'),
so the quotation that opens the next sentence (or is all of the next paragraph) is its
content."""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Span, Token

from pipeline.attribution.context import Candidate, DocContext, Found
from pipeline.attribution.labels import CLAUSES, COMPLEMENTS
from pipeline.attribution.passes.continuation import opens_sentence
from pipeline.attribution.speaker_head import cue_speaker
from pipeline.attribution.speakers import UNKNOWN


def cue_sentence(ctx: DocContext, found: Found, j: int) -> Iterator[Candidate]:
    """'Ann Lee agreed. "Voters are tired."' -> the quotation, cue "agreed", speaker Ann
    Lee.  Nothing for 'Ann Lee agreed to wait. "Voters are tired."' (the report has a
    clause of its own), for a cue a claim already holds, or for a quotation in the next
    paragraph that is not the whole paragraph."""
    q = ctx.quotes[j]
    if not opens_sentence(ctx, j):
        return
    mark = ctx.doc.char_span(q.open, q.outer_end, alignment_mode="expand")
    if mark is None or mark.start == 0:
        return
    k = mark.start - 1
    while k > 0 and ctx.doc[k].is_space:
        k -= 1
    sent = ctx.doc[k].sent
    p = ctx.para_of(q.open)
    if ctx.para_of(sent.start_char) != p and not (ctx.para_of(sent.start_char) == p - 1
                                                  and _whole_paragraph(ctx, q, p)):
        return
    cue = ctx.cues.get(_last_report(ctx, sent).i)
    if cue is None \
            or ctx.rules.requires.get(cue.group) == "quotation" or _reports_something(sent, cue.tok.i) \
            or any(c.cue is not None and c.cue.tok.i == cue.tok.i for c in found.claims):
        return
    head = cue_speaker(ctx, cue)
    if head is None:
        return
    sp = ctx.resolver.resolve(head, head.idx)
    if sp.type != UNKNOWN:
        yield Candidate(q.start, q.end, cue, cue.text, cue.tok.idx, "cue-sentence-quote",
                        quote=j, speaker_tok=head.i, speaker=sp)


def _last_report(ctx: DocContext, sent: Span) -> Token:
    """The verb whose report the quotation follows: the sentence root, or a cue that is the
    sentence's last verb, coordinated, with a subject of its own and no object ('"A," Lee
    said, and her brother shot back. "B."' -> 'shot back'; not '..., and Ortiz said
    nothing.')."""
    verbs = [t for t in sent if t.pos_ == "VERB"]
    last = verbs[-1] if verbs else None
    if last is not None and last.dep_ == "conj" and last.i in ctx.cues \
            and any(c.dep_ == "nsubj" for c in last.children) \
            and not any(c.dep_ in COMPLEMENTS for c in last.children):
        return last
    return sent.root


def _whole_paragraph(ctx: DocContext, q, p: int) -> bool:
    """Quotation q is all of paragraph p."""
    lo, hi = ctx.paras[p]
    return not ctx.text[lo:q.open].strip() and not ctx.text[q.outer_end:hi].strip(" .,;:!?\"'”’)")


def _reports_something(sent: Span, root: int) -> bool:
    """The cue has a reported clause of its own after it ('agreed that ...', 'agreed to
    wait')."""
    return any(c.dep_ in CLAUSES and c.i > root for c in sent.root.children)
