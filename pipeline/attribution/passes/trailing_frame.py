"""Content, then a bare reporting frame that closes the sentence: 'The plan will fail, she
said.' / '..., said Ann Lee.' / '..., his aide, Tom Ruiz, told reporters on Monday.'

Parse-independent fallback of `reported_clause`: quotation marks inside the content often
make the parser hang the cue on the content as a conjunct, or cut the sentence in two, so
the clause the cue follows is lost ('Voters want "real answers" and "less noise", she
said.').  The frame is read from the tokens: a comma (or a quotation closed by a comma),
the speaker's noun phrase and the cue in either order, then only adjuncts up to the full
stop; everything from the start of the sentence to the comma is the content (kind mixed
when it holds a quotation that is not all of it).  Where the parse already gives that
clause, `reported_clause` takes the cue as before.
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Token

from pipeline.attribution.content import clause_tokens, trim_tokens
from pipeline.attribution.context import Candidate, DocContext, Found
from pipeline.attribution.labels import COMPLEMENTS, NOMINAL, QUOTE_CHARS, SUBJECTS, VERBAL
from pipeline.attribution.passes.anchors import CueAnchor
from pipeline.attribution.passes.clauses import COMPLEMENT_NEEDS
from pipeline.attribution.quotes import has_words, trim_span
from pipeline.attribution.speaker_head import np_head
from pipeline.doc_rows import sent_bounds

MIN_WORDS = 4             # content words
MAX_TAIL = 10             # tokens after the cue before the full stop ('told reporters on Monday')
MAX_SUBJECT = 12          # tokens of the speaker's noun phrase
SENTENCE_ENDS = ".!"      # a question ('..., she asked?') or a colon goes on
OPENERS = ":.!?"          # a sentence piece ending on none of these was cut by the parser
ADDRESSEE = frozenset({"dobj", "dative"})   # 'told reporters', 'told them'
NAME_PUNCT = "-()"        # inside a name or title in the frame ('Lim Soo-jin (D-Md.)')
SPEAKER_OPENERS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"})
SUBJECT_POS = frozenset({"NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM", "ADP", "PART", "ADV",
                         "AUX", "CCONJ", "PUNCT", "X"})


def trailing_frame(ctx: DocContext, found: Found, anchor: CueAnchor) -> Iterator[Candidate]:
    """'Voters want "real answers" and "less noise", she said.' -> 'Voters want "real
    answers" and "less noise"' (mixed), speaker 'she'; 'The vote will be close, said Ann
    Lee.' -> 'The vote will be close'.  Nothing for 'The vote was close, she said in a
    statement that ...' (the cue has a clause of its own), 'Why now, she asked.' (no
    verb), a frame inside a quotation or a headline, or a sentence whose own parse already
    gives the clause (`reported_clause` takes it)."""
    cue, doc = anchor.cue, ctx.doc
    if cue.kind != "verb" or ctx.rules.requires.get(cue.group) in COMPLEMENT_NEEDS:
        return
    frame = bare_frame(ctx, anchor)
    if frame is None:
        return
    start, sep, speaker = frame
    a = sentence_start(ctx, start)
    b = sep if doc[sep].text in QUOTE_CHARS else sep - 1
    if a > b or _parse_agrees(ctx, anchor, a, b) or not content_ok(ctx, found, a, b):
        return
    span = frame_span(ctx, anchor, a, b, MIN_WORDS)
    if span is not None:
        yield Candidate(*span, cue, cue.text, cue.tok.idx, "trailing-frame:" + cue.group,
                        speaker_tok=speaker.i)


def frame_span(ctx: DocContext, anchor: CueAnchor, a: int, b: int,
               min_words: int) -> tuple[int, int] | None:
    """The character span of tokens a..b (inclusive), clipped to the cue's paragraph and
    trimmed; None when it is empty or shorter than `min_words`."""
    doc = ctx.doc
    if a > b:
        return None
    s, e = trim_span(ctx.text, *ctx.clip_para(doc[a].idx, doc[b].idx + len(doc[b]),
                                              anchor.cue.tok.idx))
    return (s, e) if has_words(ctx.text[s:e], min_words) else None


def bare_frame(ctx: DocContext, anchor: CueAnchor) -> tuple[int, int, Token] | None:
    """(first frame token, separator token, speaker head) when the cue stands in a frame
    that closes its sentence: '..., [NP] [cue] [adjuncts].' or '..., [cue] [NP].'  The
    separator is a comma, or the closing mark of a quotation that ends on one."""
    cue, doc = anchor.cue, ctx.doc
    if has_object(ctx, anchor):
        return None
    starts = [k for k in subject_starts(ctx, anchor) if separator(doc, k - 1) is not None]
    first = starts[0] if starts else None
    if first is None:                          # '..., said Ann Lee(, a lawyer in Reno).'
        sep = separator(doc, cue.tok.i - 1) if speaker_follows(doc, cue.last.i) else None
        tail = _tail(doc, cue.last.i, appositive=True) if sep is not None else None
        if tail is None:
            return None
        cut = next((m for m in range(cue.last.i + 1, tail) if doc[m].text == ","), tail)
        head = np_head(doc, cue.last.i + 1, cut) if cut > cue.last.i + 1 else None
        return (cue.tok.i, sep, head) if head is not None else None
    sep = separator(doc, first - 1)
    if sep is None or _tail(doc, cue.last.i) is None:
        return None
    head = anchor.speaker if first <= anchor.speaker.i < cue.tok.i else \
        np_head(doc, first, cue.tok.i)
    return (first, sep, head) if head is not None else None


def speaker_follows(doc: Doc, k: int) -> bool:
    """A noun phrase opens right after token k ('said Ann Lee', 'said the aide'), not a
    prepositional phrase ('X, a rival, said on CNN, ...': no inverted frame)."""
    return k + 1 < len(doc) and doc[k + 1].pos_ in SPEAKER_OPENERS


def has_object(ctx: DocContext, anchor: CueAnchor) -> bool:
    """The cue governs its own content after it ('..., Lee cited safety concerns.', 'told
    the board nothing'), not just an addressee ('told reporters')."""
    tok = anchor.cue.tok
    objects = [c for c in tok.children if c.i > tok.i and c.dep_ in COMPLEMENTS]
    return bool(objects) and not (len(objects) == 1 and objects[0].dep_ in ADDRESSEE
                                  and tok.lemma_.lower() in ctx.rules.addressee_verbs)


def _tail(doc: Doc, k: int, appositive: bool = False) -> int | None:
    """Index of the full stop closing the frame after token k: only adjuncts between (no
    verb, quotation, comma or clause), at most MAX_TAIL tokens; with `appositive` (a
    speaker after the cue) also commas ('said Ann Lee, a lawyer in Reno.')."""
    marks = NAME_PUNCT + ("," if appositive else "")
    for m in range(k + 1, min(k + 2 + MAX_TAIL + (MAX_SUBJECT if appositive else 0), len(doc))):
        t = doc[m]
        if t.text in SENTENCE_ENDS:
            return m
        if t.pos_ in VERBAL or (t.is_punct and t.text not in marks) or "\n" in t.text \
                or t.is_space:
            return None
    return None


def separator(doc: Doc, k: int) -> int | None:
    """k (skipping spaces) when it is a comma, or a closing quotation mark right after a
    comma ('..., "at any cost," she said.'); else None."""
    while k >= 0 and doc[k].is_space and "\n" not in doc[k].text:
        k -= 1
    if k < 1:
        return None
    if doc[k].text == ",":
        return k
    if doc[k].text in QUOTE_CHARS and doc[k - 1].text == ",":
        return k
    return None


def subject_starts(ctx: DocContext, anchor: CueAnchor) -> list[int]:
    """Where the speaker's noun phrase right before the cue may start: the left edge of the
    cue's subject as parsed ('his aide, Tom Ruiz,'), then the nominal words back to the
    nearest comma (over a comma-set name right before the cue)."""
    doc, tok = ctx.doc, anchor.cue.tok
    out = []
    subj = [c for c in tok.children if c.dep_ in SUBJECTS and c.i < tok.i]
    if subj and subj[-1].right_edge.i < tok.i and _nominal(doc, subj[-1].left_edge.i, tok.i):
        out.append(subj[-1].left_edge.i)
    first = _nominal_start(doc, tok.i)
    return out + ([first] if first is not None else [])


def _nominal_start(doc: Doc, i: int) -> int | None:
    """Start of the nominal words before token i back to the nearest comma."""
    k = i - 1
    if k > 0 and doc[k].text == ",":          # ', his aide, Tom Ruiz, told': skip the name
        m = k - 1
        while m > 0 and doc[m].pos_ == "PROPN":
            m -= 1
        if m == k - 1 or doc[m].text != ",":
            return None
        k = m - 1
    while k >= 0 and doc[k].text != "," and doc[k].pos_ in SUBJECT_POS \
            and doc[k].text not in QUOTE_CHARS and "\n" not in doc[k].text:
        k -= 1
    first = k + 1
    return first if first < i and _nominal(doc, first, i) else None


def _nominal(doc: Doc, a: int, b: int) -> bool:
    """doc[a:b] reads as a speaker's noun phrase: a noun or pronoun, no verb, no quotation,
    not too long, not opening on a conjunction ('..., but Lee learned from it.')."""
    toks = doc[a:b]
    return 0 < len(toks) <= MAX_SUBJECT and toks[0].pos_ != "CCONJ" and any(
        t.pos_ in NOMINAL for t in toks) \
        and all(t.pos_ in SUBJECT_POS and t.text not in QUOTE_CHARS and "\n" not in t.text
                for t in toks)


def sentence_start(ctx: DocContext, k: int) -> int:
    """Start of the sentence holding token k, over sentence breaks the parser put where no
    sentence ends (before or after a quotation mark, after a comma), within the paragraph."""
    doc = ctx.doc
    a = sent_bounds(doc, k)[0]
    while a > 0:
        prev = a - 1
        while prev > 0 and doc[prev].is_space and "\n" not in doc[prev].text:
            prev -= 1
        p = doc[prev]
        if "\n" in p.text or p.text in OPENERS or (p.text in QUOTE_CHARS and prev > 0 and (
                doc[prev - 1].text in OPENERS or "\n" in doc[prev - 1].text)) or \
                p.text.endswith(".") or ctx.in_headline(p.idx):
            break
        a = sent_bounds(doc, prev)[0]
    return a


def _parse_agrees(ctx: DocContext, anchor: CueAnchor, a: int, b: int) -> bool:
    """The parse already gives the clause before the cue, ending at the frame, in a sentence
    the parser did not cut: leave the cue to `reported_clause`."""
    rng = clause_tokens(ctx, anchor.cue)
    a2, b2 = trim_tokens(ctx.doc, a, b)
    return rng is not None and rng[0] == a2 and a2 + (b2 - a2) // 2 <= rng[1] <= b2


def content_ok(ctx: DocContext, found: Found, a: int, b: int, clause: bool = True) -> bool:
    """With `clause`, a clause (a verb, not a subordinate clause alone); not a question, not
    one quotation alone (a direct quote), holding no report of its own ('X said Y, AP
    reported') and no quotation another claim took."""
    doc = ctx.doc
    toks = doc[a:b + 1]
    if any(t.text == "?" for t in toks[-3:]):
        return False
    opens_sub = toks[0].pos_ == "SCONJ" or toks[0].dep_ == "mark"
    if clause and (not any(t.pos_ in VERBAL for t in toks) or (
            opens_sub and not any(t.text == "," for t in toks))):
        return False                 # no verb, or 'As X happened, Lee disagreed.': no main clause
    s, e = doc[a].idx, doc[b].idx + len(doc[b])
    inner = ctx.qindex.inside(s, e)
    if any(j in found.used_quotes for j in inner):
        return False
    if len(inner) == 1 and ctx.quotes[inner[0]].open <= s + 1 and \
            ctx.quotes[inner[0]].outer_end >= e - 1:
        return False
    return not any(k in ctx.cues and ctx.cues[k].kind == "verb" and ctx.cues[k].group in
                   ctx.rules.channel_groups and not ctx.in_quote(doc[k].idx) and any(
                       c.dep_ in SUBJECTS for c in doc[k].children) and any(
                       c.dep_ in ("ccomp", "xcomp") or c.lower_ == "that" for c in doc[k].children)
                   for k in range(a, b + 1))
