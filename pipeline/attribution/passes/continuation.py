"""Quotations no cue claimed that go on with the previous speaker.

    same paragraph        'Lee said talks would resume. "We are ready."'
    short sentence        '"It was a bad night," Lee said. "We lost."' (below min_quote_words)
    quote paragraph       a paragraph of quotation after a paragraph of quoted claims
    indirect report       'Mayor X said the city would appeal.' + a paragraph that is one
                          quotation with no attribution
"""
from __future__ import annotations

from typing import Iterator

from pipeline.attribution.context import Candidate, DocContext, Found
from pipeline.attribution.filters import drop_reason
from pipeline.attribution.labels import SUBJECTS, VERBAL
from pipeline.attribution.quotes import claim_kind
from pipeline.attribution.speakers import UNKNOWN

SENTENCE_OPENERS = ".!?\"”'’:"     # what may precede a quotation that opens a sentence
SENTENCE_ENDS = ".!?…"              # a short quotation ending on one of these is a sentence
AFTER_SHORT = "\"”'’)"              # what may close a short quotation's sentence after its mark
MAX_GAP_CHARS = 400                 # between the previous claim and the quotation
LOOK_BACK = 8                       # claims before the previous one read for context
SUBORDINATE = frozenset({"advcl", "relcl", "acl"})   # a report inside another's frame sentence


def opens_sentence(ctx: DocContext, j: int) -> bool:
    """Quotation j opens its paragraph or follows a sentence end (or a colon)."""
    q = ctx.quotes[j]
    pre = ctx.text[ctx.para_starts[ctx.para_of(q.open)]:q.open].rstrip()
    return not pre or pre[-1] in SENTENCE_OPENERS


def continuation(ctx: DocContext, found: Found, j: int) -> Iterator[Candidate]:
    """'Lee said talks would resume. "We are ready," ...' -> '"We are ready"' with Lee's
    cue and speaker.  Nothing for a quotation mid-sentence, after another cue, or a
    paragraph that has a cue of its own."""
    q = ctx.quotes[j]
    k = found.before(q.start)
    if not opens_sentence(ctx, j) or k < 0:
        return
    evidence = _evidence(ctx, found, j, k)
    if evidence is not None:
        prev = found.claims[_frame_owner(found, k) if evidence == "continuation" else k]
        yield Candidate(q.start, q.end, prev.cue, prev.cue_text, prev.pos, evidence, quote=j,
                        speaker_tok=prev.speaker_tok, speaker=prev.speaker)


def _frame_owner(found: Found, k: int) -> int:
    """Claim k, or the direct quote before it whose frame sentence holds claim k's report in
    a subordinate clause: in '"A," Lee told the paper, after Ortiz said X. "B."' the
    quotation B goes on with Lee, not Ortiz."""
    prev = found.claims[k]
    if k < 1 or prev.quote >= 0 or prev.cue is None:
        return k
    fr = found.claims[k - 1]
    if fr.quote < 0 or fr.cue is None or fr.cue.tok.sent != prev.cue.tok.sent:
        return k
    t = prev.cue.tok
    sub = False
    while t.i != t.head.i and t.i != fr.cue.tok.i:
        sub = sub or t.dep_ in SUBORDINATE
        t = t.head
    return k - 1 if t.i == fr.cue.tok.i and sub else k


def short_continuation(ctx: DocContext, found: Found, j: int) -> Iterator[Candidate]:
    """A quotation too short for the quote rules ('"We lost."', '"Never!"') that is a
    sentence of its own right after a full stop, in the paragraph of a direct quote whose
    speaker it goes on with: '"It was a bad night," Lee said. "We lost."' -> '"We lost."'
    with Lee's cue and speaker.  Nothing for a quoted term opening a sentence ('"No
    Dam" signs were up.'), after an indirect claim, or with another verb than the
    quote's cue in between ('..., Lee said, and Ann cut in. "No."')."""
    q, text = ctx.quotes[j], ctx.text
    k = found.before(q.start)
    if k < 0 or found.claims[k].quote < 0 or q.close < 0:
        return
    body = text[q.start:q.end].rstrip()
    pre = text[ctx.para_starts[ctx.para_of(q.open)]:q.open].rstrip()
    after = text[q.outer_end:ctx.paras[ctx.para_of(q.open)][1]].lstrip(AFTER_SHORT + " ")
    if not (body[-1:] in SENTENCE_ENDS and any(ch.isalpha() for ch in body) and pre[-1:] in ".!?"
            and (not after or after[0].isupper() or after[0] in "\"“'‘")):
        return
    prev = found.claims[k]
    gap = ctx.doc.char_span(prev.end, q.open, alignment_mode="contract") or []
    if any(t.pos_ in VERBAL and (prev.cue is None or t.i != prev.cue.tok.i) for t in gap):
        return                                     # '..., Lee said, and Ann cut in. "No."'
    if _evidence(ctx, found, j, k) == "continuation":
        yield from continuation(ctx, found, j)


def _evidence(ctx: DocContext, found: Found, j: int, k: int) -> str | None:
    """How quotation j continues claim k: 'continuation', 'continuation-paragraph' or None."""
    q, prev, claims = ctx.quotes[j], found.claims[k], found.claims
    p_prev, p_q = ctx.para_of(prev.start), ctx.para_of(q.open)
    if p_prev == p_q:
        gap = ctx.doc.char_span(prev.end, q.open, alignment_mode="contract") or []
        if len(ctx.text[prev.end:q.open]) < MAX_GAP_CHARS and not any(
                _new_report(ctx, t.i) for t in gap if t.idx > prev.pos + 1):
            return "continuation"
        return None
    pre = ctx.text[ctx.para_starts[p_q]:q.open].rstrip()
    if p_prev != p_q - 1 or pre or p_q in ctx.cue_paras:
        return None
    if any((cc.quote >= 0 or claim_kind(ctx.text, cc.start, cc.end, ctx.qindex) != "indirect")
           and ctx.para_of(cc.start) == p_prev for cc in claims[max(0, k - LOOK_BACK):k + 1]):
        return "continuation-paragraph"
    if _indirect_continues(ctx, prev, q, claims[max(0, k - LOOK_BACK):k], ctx.paras[p_q][1]):
        return "continuation-paragraph"
    return None


def _new_report(ctx: DocContext, i: int) -> bool:
    """Token i is a cue that reports someone else between a claim and a quotation: it
    passes the cue filters and has a subject of its own.  A participle ('said X, asking
    for anonymity') or a relative clause ('X, who responded anonymously') goes on with the
    same speaker; a passive ('he was called to testify') reports no one."""
    cue = ctx.cues.get(i)
    if cue is None or drop_reason(ctx, cue) is not None:
        return False
    subjects = [c for c in cue.tok.children if c.dep_ == "nsubj"]
    return bool(subjects) and subjects[0].lower_ not in ctx.rules.speakers.relative


def _indirect_continues(ctx: DocContext, prev: Candidate, q, before: list[Candidate],
                        para_end: int) -> bool:
    """`Mayor X said the city would appeal.` + a paragraph that is one quotation with no
    attribution: the reported speaker goes on in their own words.  Only when the speaker is
    known, the quotation is the whole paragraph, the report is not relayed (no other claim,
    cue or person inside or around it) and no other person is named before the quotation."""
    doc, text = ctx.doc, ctx.text
    if prev.speaker.type == UNKNOWN or not prev.speaker.canonical or prev.cue is None:
        return False
    if text[q.outer_end:para_end].strip(" \t\r\n.,;:!?\"'”’)"):
        return False                               # text after the quotation: not a whole paragraph
    p = ctx.para_of(prev.start)
    if any(ctx.para_of(cc.start) == p and cc.speaker.canonical != prev.speaker.canonical
           for cc in before):
        return False                               # another report in that paragraph
    lo = min(prev.start, prev.pos)
    if any(lo <= doc[k].idx < q.open and k != prev.cue.tok.i and doc[k].idx >= prev.start
           for k in ctx.cues):
        return False                               # relayed: "X said police told her ..."
    names = {w.lower() for w in prev.speaker.canonical.split()}
    return not any(
        (ent.label_ == "PERSON" or (ent.label_ == "ORG" and ent.root.dep_ in SUBJECTS
                                    and ent.root.pos_ == "PROPN"))
        and prev.start <= ent.start_char < q.open and not ({w.lower() for w in ent.text.split()} & names)
        for ent in doc.ents)                       # another person named in between
