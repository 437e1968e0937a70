"""Cue, then reported clause: three cue rules that take the content from the parse.

    according_to      'Talks will resume, according to officials.'
    characterisation  'She called the ruling "a disgrace".' / 'He described it as a crisis.' /
                      'Experts see the vote as a test.' (requires = "as": no quotation alone)
    reported_clause   'The minister said (that) talks would resume.' / 'Talks will resume,
                      the minister said.' / 'X called for Y to respond.'
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from pipeline.attribution.content import clause_chars, clause_tokens, holds_report
from pipeline.attribution.context import Candidate, DocContext, Found
from pipeline.attribution.filters import someone
from pipeline.attribution.passes.anchors import CueAnchor
from pipeline.attribution.labels import CLAUSES, DASHES, TIME_ENTS
from pipeline.attribution.quotes import has_words
from pipeline.doc_rows import sent_bounds

MIN_CLAUSE_WORDS = 2
COMPLEMENT_NEEDS = ("complement", "as")   # requires = ...: the characterisation rule's cues


def according_to(ctx: DocContext, found: Found, anchor: CueAnchor) -> Iterator[Candidate]:
    """'Talks will resume, according to officials.' -> 'Talks will resume', speaker
    'officials'.  A clause holding a report of its own is the source's claim too, the
    report with its speaker ('"We will win," Lee said, according to the Sun' -> '"We will
    win," Lee said', speaker the Sun: the paper vouches for the report, as PolNeAR
    annotates it); resolve.relayed_report drops the inner claim."""
    cue = anchor.cue
    if cue.kind != "prep" or _opens_report(ctx, cue.tok):
        return
    rng = clause_tokens(ctx, cue)
    chars = None if rng is None else clause_chars(ctx, cue, *rng)
    if chars is not None:
        yield from _claim(ctx, anchor, _relayed_quote(ctx, found, *chars), chars[1])


def _opens_report(ctx: DocContext, tok) -> bool:
    """'X said that according to its count, the party won': the phrase opens the clause
    another cue reports (only a "that" or punctuation before it): that report's content."""
    doc, t = tok.doc, tok
    while t.head.i != t.i:
        if t.dep_ in CLAUSES and t.head.i in ctx.cues and t.head.i < tok.i:
            return all(w.dep_ == "mark" or w.is_punct for w in doc[t.left_edge.i:tok.i])
        t = t.head
    return False


def _relayed_quote(ctx: DocContext, found: Found, s: int, e: int) -> int:
    """Start of a relayed report whose quotation stands before the clause the parser gave
    ('"Why now?" Lee asked, according to the Sun': the sentence split after the '?')."""
    para = ctx.para_of(s)
    for c in found.claims:
        if c.quote >= 0 and c.cue is not None and s <= c.cue.tok.idx < e:
            q = ctx.quotes[c.quote]
            if q.open < s and ctx.para_of(q.open) == para:
                s = q.open
    return s


def characterisation(ctx: DocContext, found: Found, anchor: CueAnchor) -> Iterator[Candidate]:
    """'She called the ruling "a disgrace".' -> 'the ruling "a disgrace"' (object and
    quoted words: one mixed claim, as PolNeAR and the seeds annotate 'calling it
    'ironclad.''); 'He described it as a crisis.' -> 'it as a crisis'; 'She praised the
    team for "its courage".' -> 'the team for "its courage"'.  Nothing for 'She praised
    the team.' (a deed: no object complement, as/of/for phrase or quotation) nor for 'He
    mocked "the experts".' (a jibe at a word: [characterisation] jibe_verbs)."""
    cue = anchor.cue
    need = ctx.rules.requires.get(cue.group)
    if cue.kind == "prep" or need not in COMPLEMENT_NEEDS:
        return
    rng = clause_tokens(ctx, cue)
    quotation = need == "complement" and cue.tok.lemma_.lower() not in ctx.rules.jibe_verbs
    if rng is None or not _has_complement(ctx, anchor, *rng, quotation=quotation):
        return
    chars = clause_chars(ctx, cue, *rng)
    if chars is None:
        return
    yield from _claim(ctx, anchor, chars[0], _gloss_cut(ctx, *chars))


def _gloss_cut(ctx: DocContext, s: int, e: int) -> int:
    """End of a characterisation at a quotation closed by a comma or a dash when the writer's
    gloss follows: 'called him a "coward," a jab at ...' / '"the worst," linking to ...' /
    'likened it to "theft" - a charge ...' end at the closing mark; not before a coordinated
    or quoted part ('"weak," and "a liar"')."""
    text, doc = ctx.text, ctx.doc
    for j in ctx.qindex.inside(s, e):
        q = ctx.quotes[j]
        if q.close < 0 or q.outer_end >= e:
            continue
        after = text[q.outer_end:q.outer_end + 3]
        dash = after.lstrip(" ")[:1] in DASHES and (after[:1] == " " or after[:1] != "-")
        comma = text[q.start:q.end].rstrip().endswith(",") or \
            text[q.outer_end:q.outer_end + 1] == "," or dash
        nxt = doc.char_span(q.outer_end, e, alignment_mode="expand")
        words = [t for t in nxt or [] if not t.is_punct and not t.is_space]
        if comma and words and words[0].dep_ != "cc" and ctx.qindex.at(words[0].idx - 1) < 0:
            return q.outer_end
    return e


def _has_complement(ctx: DocContext, anchor: CueAnchor, a: int, b: int,
                    quotation: bool = True) -> bool:
    """An object complement, an as/of phrase on the verb (a for phrase after a verb of
    judging: 'criticized X for Y'; a to/with phrase after a verb of likening: 'compared
    the plan to a surrender'), an 'as' phrase inside (not 'as well'), or (unless
    `quotation` is False: requires = "as") a quotation in doc[a:b+1].  After a verb of
    judging also an of/for phrase the parser hung on the object ('accused the president of
    politicizing ...') or a claim-sized object that is a thing, not a person or group
    ('criticized the party's draft platform language on abortion'; not 'praised the team')."""
    doc, tok, rules = ctx.doc, anchor.cue.tok, ctx.rules
    judging = tok.lemma_.lower() in rules.ground_verbs
    preps = rules.characterising_preps | (rules.ground_preps if judging else frozenset())
    if tok.lemma_.lower() in rules.likeness_verbs:
        preps = preps | rules.likeness_preps
    return any(t.dep_ == "oprd" or (t.dep_ == "prep" and t.head.i == tok.i and t.lower_ in preps
                                    and not _time_span(t))
               or (t.dep_ == "prep" and t.lower_ == "as" and t.i > a and (
                   t.i + 1 > b or doc[t.i + 1].lower_ not in rules.not_after_as))
               or (judging and _judged_thing(t, tok, preps, rules))
        for t in doc[a:b + 1]) or (quotation and bool(
            ctx.qindex.inside(doc[a].idx, doc[b].idx + len(doc[b]))))


def _time_span(prep: Token) -> bool:
    """'mocked "the plan" for weeks': the phrase's object is a date or time, no ground."""
    return any(c.dep_ == "pobj" and c.ent_type_ in TIME_ENTS for c in prep.children)


def _judged_thing(t: Token, verb: Token, preps: frozenset[str], rules) -> bool:
    """t is the verb's object, a thing said in a claim's worth of words ('condemned the mayor's
    plan to close ...'; not 'praised the budget', 'blamed the weather': `[characterisation]
    object_min_words`), or an of/for phrase on its object ('accused the president of ...')."""
    if t.dep_ == "dobj" and t.head.i == verb.i:
        words = sum(1 for w in t.subtree if not w.is_punct)
        return words >= rules.judged_object_words and not someone(t, rules)
    return t.dep_ == "prep" and t.lower_ in preps and t.head.dep_ == "dobj" and t.head.head.i == verb.i


def reported_clause(ctx: DocContext, found: Found, anchor: CueAnchor) -> Iterator[Candidate]:
    """'The minister said talks would resume.' -> 'talks would resume'; 'Talks will
    resume, the minister said.' -> 'Talks will resume'.  Nothing for 'the 13 percent
    analysts had expected' (a relative clause) or a one-word content."""
    cue = anchor.cue
    if cue.kind == "prep" or ctx.rules.requires.get(cue.group) in COMPLEMENT_NEEDS:
        return
    rng = clause_tokens(ctx, cue)
    if rng is not None:
        yield from _fronted_part(ctx, anchor, rng[0])
        yield from _clause_claim(ctx, anchor, *rng)


def _fronted_part(ctx: DocContext, anchor: CueAnchor, a: int) -> Iterator[Candidate]:
    """'Rents will rise, Lee said, a change that ...' / '"Fees rose," Lee said, "and ..."':
    a report split by its frame.  When a speech cue (`[channels] speech_groups`) whose
    content (from doc[a]) follows it after a comma or colon also has a reported clause
    (ccomp) of its own sentence before its speaker, set off from the speaker by a comma and
    nothing else, that clause is a claim of the speaker too (news annotation marks each part
    on its own).  Nothing when the clause holds a report of its own ('"We won," Lee said, after Ruiz
    said ...'), the parser hung a clause of an earlier sentence on the cue, or the cue
    governs what follows it ('The vote was delayed, Lee said nothing.')."""
    cue, doc, speaker = anchor.cue, ctx.doc, anchor.speaker
    tok = cue.tok
    if cue.kind != "verb" or cue.group not in ctx.rules.channel_groups or a <= tok.i \
            or not speaker.i < tok.i \
            or not any(t.text in (",", ":") for t in doc[cue.last.i + 1:a]):
        return
    lo = speaker.left_edge.i
    before = [c for c in tok.children if c.dep_ == "ccomp" and c.right_edge.i < lo]
    if not before or before[-1].left_edge.i < sent_bounds(doc, tok.i)[0]:
        return
    c = before[-1]
    end = c.right_edge.i
    while end > c.left_edge.i and doc[end].is_punct:
        end -= 1
    gap = doc[end + 1:lo]
    if not any(t.text == "," for t in gap) or not all(t.is_punct for t in gap) \
            or holds_report(doc, c.left_edge.i, end + 1, ctx.cues, ctx.rules.channel_groups):
        return
    yield from _clause_claim(ctx, anchor, c.left_edge.i, end)


def _clause_claim(ctx: DocContext, anchor: CueAnchor, a: int, b: int) -> Iterator[Candidate]:
    chars = clause_chars(ctx, anchor.cue, a, b)
    if chars is not None:
        yield from _claim(ctx, anchor, *chars)


def _claim(ctx: DocContext, anchor: CueAnchor, s: int, e: int) -> Iterator[Candidate]:
    """A 'cue-clause:<group>' candidate for text[s:e] of at least two words (or the group's
    `min_words`: 'spoke about the alliance' names a topic, 'spoke about how the bridge
    had been closed' reports)."""
    cue = anchor.cue
    if has_words(ctx.text[s:e], max(MIN_CLAUSE_WORDS, ctx.rules.min_words.get(cue.group, 0))):
        yield Candidate(s, e, cue, cue.text, cue.tok.idx, "cue-clause:" + cue.group,
                        speaker_tok=anchor.speaker.i)
