"""Quotation, then attribution: '"X," he said', '"X," said the official', '"X," an
English-language joint press release read' -- and the second half of a split quotation,
'"X," he said, "Y."'.  Parse-independent: the frame is the text from the closing mark to
the end of the sentence, and the cue is the first reporting verb in it.
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from pipeline.attribution.context import Candidate, DocContext, Found
from pipeline.attribution.cues import Cue
from pipeline.attribution.labels import COMPLEMENTS, NOMINAL, PARTICIPLES, VERBAL
from pipeline.attribution.speaker_head import np_head

SUBJECT_DEPS = frozenset({"nsubj"})   # a one-word subject before the verb of a bare frame
FRAME_TOKENS = 30                 # how far after the closing mark the frame may run
FRAME_ENDS = ",?!—–-…"           # a quotation closing on one of these leaves the sentence open
NESTED_CLOSERS = " '’"             # closing marks of a quote nested at the end of a quotation
PRE_FRAME = ".!?:,;\"”'’—–-("     # what may precede a framed quotation (else a mid-clause term)


def quote_then_cue(ctx: DocContext, found: Found) -> Iterator[Candidate]:
    """'"We will respond," the minister said.' -> the quotation, cue "said", speaker "the
    minister"; then '..., "and soon."' right after the frame -> a split-quote claim.
    Also '"We are done." Lee said.' (a full stop inside the mark, the frame only speaker
    and say-verb).  Nothing for '"X." He left.' (a closed sentence) or 'calling it "X,"
    said' (a term)."""
    text = ctx.text
    for j, q in enumerate(ctx.quotes):
        if ctx.in_headline(q.open) or q.close < 0:
            continue
        span = ctx.doc.char_span(q.open, q.outer_end, alignment_mode="expand")
        if span is None or not (_opens_frame(ctx, q) or _bare_frame(ctx, q, span.end)):
            continue
        frame = _frame(ctx, span.end)
        frame = _without_aside(ctx, frame) or frame
        found_cue = _frame_cue(ctx, frame)
        if found_cue is None:
            continue
        n, cue = found_cue
        head = _frame_speaker(ctx, frame, n, cue)
        if head is None:
            continue
        yield Candidate(q.start, q.end, cue, cue.text, cue.tok.idx, "quote-before-cue",
                        quote=j, speaker_tok=head.i, takes_cue=True)
        k2 = _split_quote_after(ctx, frame[-1].i if frame else cue.tok.i)
        if k2 is not None and k2 not in found.used_quotes and _frame_closes(ctx, frame, n) \
                and text[ctx.quotes[k2].open - 2:ctx.quotes[k2].open].strip()[-1:] == ",":
            q2 = ctx.quotes[k2]
            yield Candidate(q2.start, q2.end, cue, cue.text, cue.tok.idx, "split-quote",
                            quote=k2, speaker_tok=head.i)


def _opens_frame(ctx: DocContext, q, ends: str = FRAME_ENDS) -> bool:
    """The quotation ends on a comma/?/!/dash (inside or right after the mark, or before
    the closing mark of a quote nested at its end: '"They said, 'No way,'" he said') and
    opens a sentence or follows punctuation."""
    text = ctx.text
    last = text[q.start:q.end].rstrip(NESTED_CLOSERS)[-1:]
    if not (last in ends or text[q.outer_end:q.outer_end + 1] == ","):
        return False
    pre = text[ctx.paras[ctx.para_of(q.open)][0]:q.open].rstrip()
    return not pre or pre[-1] in PRE_FRAME


def _bare_frame(ctx: DocContext, q, end: int) -> bool:
    """'"We are done." Lee said.': a quotation closed by a full stop, then a sentence of at
    most four words that a say/write verb opens or ends ('Lee said.', 'said Ann Lee.'), or
    follows its one-word subject, with no object ('Lee said to cheers.', not 'Lee said
    nothing.')."""
    doc, rules = ctx.doc, ctx.rules
    if ctx.text[q.end - 1:q.end] != "." or not _opens_frame(ctx, q, ends="."):
        return False
    frame = _frame(ctx, end)
    if not 2 <= len(frame) <= 4 or frame[-1].i + 1 >= len(doc) or doc[frame[-1].i + 1].text != ".":
        return False
    second = [frame[1]] if frame[0].dep_ in SUBJECT_DEPS and frame[0].head.i == frame[1].i \
        and not any(c.dep_ in COMPLEMENTS or c.dep_ == "intj" for c in frame[1].children) else []
    return any(t.pos_ == "VERB" and rules.verbs.get(t.lemma_.lower()) in rules.bare_quote_groups
               and rules.requires.get(rules.verbs[t.lemma_.lower()]) is None
               for t in (frame[0], frame[-1], *second))


def _frame(ctx: DocContext, start: int) -> list[Token]:
    """Tokens after the closing mark up to the next quotation, line break or sentence end."""
    frame: list[Token] = []
    for t in ctx.doc[start:min(start + FRAME_TOKENS, len(ctx.doc))]:
        if t.i in ctx.quote_at or "\n" in t.text or (t.text in ".!?;" and t.is_punct):
            break
        frame.append(t)
    return frame


def _frame_cue(ctx: DocContext, frame: list[Token]) -> tuple[int, Cue] | None:
    """The first speech cue of the frame (a say-verb the tagger took for a noun counts, a
    verb of manner only as a verb: not 'a joint press release read'), unless another
    predicate comes first.  Attitudes and according-to do not frame."""
    rules = ctx.rules
    for n, t in enumerate(frame):
        group = rules.verbs.get(t.lemma_.lower())
        c = ctx.cues.get(t.i)
        if c is None and group is not None and group not in rules.attitude and (
                t.pos_ == "VERB" or (t.pos_ == "NOUN" and rules.requires.get(group) != "quotation")):
            c = Cue(t, t, group, "verb", t.text)
        if c is not None and c.kind != "prep" and c.group not in rules.attitude:
            return n, c
        if t.pos_ in VERBAL and t.tag_ not in PARTICIPLES and t.dep_ != "amod":
            return None
    return None


def _without_aside(ctx: DocContext, frame: list[Token]) -> list[Token]:
    """'"X," Mr. Lee, now 81 and retired in Reno, said.': the frame without the comma-set
    asides between a speaker with no verb and the cue (whose verbs would stop it); [] when
    the frame does not read so."""
    cuts = [k for k, t in enumerate(frame) if t.text == ","]
    if not cuts or not any(t.pos_ in NOMINAL for t in frame[:cuts[0]]) or any(
            t.pos_ in VERBAL for t in frame[:cuts[0]]):
        return []
    for k in cuts[1:]:
        rest = frame[k + 1:]
        if rest and rest[0].pos_ == "VERB" and rest[0].lemma_.lower() in ctx.rules.verbs:
            return frame[:cuts[0]] + rest
    return []


def _frame_speaker(ctx: DocContext, frame: list[Token], n: int, cue: Cue) -> Token | None:
    """The cue's subject inside the frame (not one the parser took from the next line:
    '"X," replied Lee.' + a paragraph '___.'); else the noun phrase before it ('"X," NP
    said'); else the one after it up to a comma ('"X," said NP, ...')."""
    head = None
    inside = {t.i for t in frame}
    for c in cue.tok.children:
        if c.dep_ == "nsubj" and c.i in inside:
            head = c                                   # the last one
    if head is not None:
        return head
    before = [t for t in frame[:n] if not t.is_punct]
    if before:
        head = np_head(ctx.doc, before[0].i, before[-1].i + 1)
        if head is not None:
            return head
    rest = frame[n + 1:]
    cut = next((k for k, t in enumerate(rest) if t.text == ","), len(rest))
    rest = rest[:cut]
    return np_head(ctx.doc, rest[0].i, rest[-1].i + 1) if rest else None


def _frame_closes(ctx: DocContext, frame: list[Token], n: int) -> bool:
    """After the cue the frame holds no other finite verb ('"A," she said, "B."' and
    '"A," she said, adding, "B."' go on; in '"A," she said, but added that C, "B."' the
    second quotation belongs to the added clause)."""
    return not any(t.pos_ in VERBAL and not (t.tag_ == "VBG" and t.i in ctx.cues)
                   for t in frame[n + 1:])


def _split_quote_after(ctx: DocContext, k: int) -> int | None:
    """A quotation opening within three tokens after token k, only punctuation between."""
    doc = ctx.doc
    for m in range(k + 1, min(k + 4, len(doc))):
        j = ctx.quote_at.get(m)
        if j is not None:
            return j
        if not doc[m].is_punct:
            return None
    return None
