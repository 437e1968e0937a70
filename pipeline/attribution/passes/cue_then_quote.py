"""Attribution, then quotation: 'he said: "X"', 'said, "X"', 'underscored that "X"'."""
from __future__ import annotations

from typing import Iterator

from pipeline.attribution.context import Candidate, DocContext, Found
from pipeline.attribution.labels import VERBAL
from pipeline.attribution.passes.anchors import CueAnchor
from pipeline.attribution.speaker_head import is_passive

REACH = 12                        # tokens after the cue (or speaker) the quotation may open
CLAUSE_END = ".!?,;:\u2014\u2013-"       # a quotation ending on these closes its clause
SECOND_CLAUSE = frozenset({"conj", "ccomp"})   # 'said that "A," and that B': B's verb


def cue_then_quote(ctx: DocContext, found: Found, anchor: CueAnchor) -> Iterator[Candidate]:
    """'The minister said: "We will respond."' -> the quotation, cue "said".  The quotation
    must open within a few words after the cue and its speaker, no other verb between,
    after a colon or comma, right after a say/write verb when the clause ends with it
    ('said "zero" voters would come' is a mixed clause, left to the clause rule), or after
    "that" when it holds at least `min_quote_words` words and the clause ends with it.
    Nothing for 'said the word "no" twice' (a verb between) or for according-to and
    attitude cues."""
    cue, doc, rules = anchor.cue, ctx.doc, ctx.rules
    if cue.kind == "prep" or cue.group in rules.attitude:
        return
    right = max(cue.last.i, anchor.speaker_end)       # past the cue and the speaker
    for k in range(right + 1, min(right + REACH, len(doc))):
        j = ctx.quote_at.get(k)
        if j is not None:
            if j not in found.used_quotes and _introduces(ctx, anchor, right, k, j):
                yield Candidate(ctx.quotes[j].start, ctx.quotes[j].end, cue, cue.text,
                                cue.tok.idx, "cue-before-quote", quote=j,
                                speaker_tok=anchor.speaker.i)
            return
        t = doc[k]
        if (t.pos_ in VERBAL and t.dep_ != "amod") or (t.is_punct and t.text in ".!?"):
            return


def _introduces(ctx: DocContext, anchor: CueAnchor, right: int, k: int, j: int) -> bool:
    """The words between the cue (and speaker) and quotation j let the cue introduce it."""
    cue, text = anchor.cue, ctx.text
    gap = ctx.doc[right + 1:k]
    if not all(t.is_punct or t.is_space or t.lower_ == "that" or t.pos_ not in VERBAL
               for t in gap):
        return False
    lead = text[max(0, ctx.quotes[j].open - 8):ctx.quotes[j].open].rstrip()   # ':\n\n"'
    mark = lead[-1:] if lead else ""
    if mark in (",", ":"):
        return not _clause_spills(ctx, anchor, j)
    if not gap and cue.kind == "verb" and cue.group in ctx.rules.bare_quote_groups \
            and not is_passive(cue.tok):
        return not _clause_runs_on(ctx, anchor, j)
    return bool(gap) and gap[-1].lower_ == "that" \
        and ctx.has_quote_words(j, ctx.min_quote_words) and not clause_goes_on(ctx, j) \
        and not _second_that_clause(ctx, j)


def _second_that_clause(ctx: DocContext, j: int) -> bool:
    """'said that "the budget is a disaster," and that the panel would block it': after the
    closing mark (and a comma) a conjunction and a second "that" clause coordinated with
    the first (a conjunct verb, or a second complement of the cue): one report of two
    clauses, quoted and not, which the clause rule takes whole (mixed), not a direct
    quotation of the first alone."""
    doc, q = ctx.doc, ctx.quotes[j]
    outer = doc.char_span(q.open, q.outer_end, alignment_mode="expand")
    if outer is None:
        return False
    k = outer.end
    while k < len(doc) and doc[k].text == ",":
        k += 1
    if k + 1 >= len(doc) or doc[k].dep_ != "cc":
        return False
    mark = doc[k + 1]
    return mark.lower_ == "that" and mark.dep_ == "mark" and mark.head.dep_ in SECOND_CLAUSE \
        and mark.head.pos_ in VERBAL


def _clause_spills(ctx: DocContext, anchor: CueAnchor, j: int) -> bool:
    """'said, "We are ten days out" from the count': the quotation is the cue's
    reported clause (its root a clausal complement of the cue) and that clause runs on past
    the closing mark with a word hanging inside the quotation, not a conjunction ('said,
    "We will win" and left'): the claim is the whole clause (mixed), left to the clause
    rule."""
    if not clause_goes_on(ctx, j):
        return False
    q, doc, cue = ctx.quotes[j], ctx.doc, anchor.cue.tok
    inside = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    outer = ctx.doc.char_span(q.open, q.outer_end, alignment_mode="expand")
    if inside is None or outer is None or outer.end >= len(doc):
        return False
    roots = [t for t in inside if not inside.start <= t.head.i < inside.end]
    after = doc[outer.end]
    return len(roots) == 1 and roots[0].head.i == cue.i and roots[0].dep_ == "ccomp" \
        and roots[0].pos_ in VERBAL and after.pos_ != "CCONJ" \
        and inside.start <= after.head.i < inside.end


def _clause_runs_on(ctx: DocContext, anchor: CueAnchor, j: int) -> bool:
    """'said "zero" voters would come': the reported clause runs on past the closing mark
    (`clause_goes_on`) with a word that does not hang on the cue ('posted "RIP" on X': the
    quotation is the whole object)."""
    if not clause_goes_on(ctx, j):
        return False
    end = ctx.quotes[j].outer_end
    after = next((t for t in ctx.doc[anchor.cue.tok.i + 1:] if t.idx >= end and not t.is_space), None)
    return after is not None and after.head.i != anchor.cue.tok.i


def clause_goes_on(ctx: DocContext, j: int) -> bool:
    """'said that "we need more time" before the vote': the reported clause runs on past the
    closing mark, so the claim is the whole clause (mixed), left to the clause rule.  False
    when the quotation ends the sentence or a comma, dash or bracket follows it."""
    q, text = ctx.quotes[j], ctx.text
    if text[q.start:q.end].rstrip()[-1:] in CLAUSE_END:
        return False
    after = text[q.outer_end:q.outer_end + 40].lstrip(" ")
    return bool(after) and (after[0].isalnum() or after[0] in "'’")
