"""After the cue passes: speakers in reading order, then one overlap resolver.

`resolve_speakers` resolves each candidate's speaker mention in the order the mentions
appear (pronouns look back at earlier speakers) and drops candidates with no identifiable
speaker.  `resolve_overlaps` (as spaCy's `filter_spans`, but for nested reports) looks at
every candidate whose attribution lies inside an earlier, longer candidate and applies the
first `NESTED_RULES` entry that fits:

    relayed_report     '"X," Lee said, according to the Sun' / 'Lee said X, the AP reported':
                       the channel's claim holds Lee's report
    speaker_outside    "X said Y, adding that Z" parsed inside Y: cut Y before the cue (not
                       "X said she wanted to predict Z": one claim)
    same_speaker       "He said he expected ...": one claim, drop the inner one
    coordinated        "A said X, and B described Y": cut A's claim before B's clause
    principal_speaks   "Kuo said Lai hoped ...": Lai's attitude is the claim, drop Kuo's
    attitude_content   "told ... that doctors did not want to": the attitude is content
    nested_report      "Lee said the mayor told him X": the outer claim holds the inner
                       report whole (PolNeAR marks the outer report only); drop the inner
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from pipeline.attribution.context import Candidate, DocContext
from pipeline.attribution.quotes import trim_span
from pipeline.attribution.labels import CLAUSES, DESCRIPTOR_POS, SUBJECTS, VERBAL
from pipeline.attribution.speakers import (ANON, DETERMINERS, ORG, PERSON, UNKNOWN, Speaker,
                                           _indefinite, mention_tokens)

KEEP, DROP_INNER, DROP_OUTER = "keep", "drop-inner", "drop-outer"


def resolve_speakers(ctx: DocContext, claims: list[Candidate]) -> list[Candidate]:
    """Resolve speakers in mention order; keep claims with an identifiable speaker (or a
    quotation attributed to a bare pronoun), attitudes only with a person/organisation."""
    doc, resolver = ctx.doc, ctx.resolver
    resolved: dict[int, Speaker] = {}
    for c in sorted(claims, key=lambda c: doc[c.speaker_tok].idx):
        h = doc[c.speaker_tok]
        if h.i not in resolved:
            sp = resolver.resolve(h, h.idx)
            if sp.type == UNKNOWN and (c.quote >= 0 or reported_by_subject(ctx, c, h)):
                sp = quoted_descriptor(h) or described_pronoun(ctx, h) or sp
            resolver.remember(sp, min(h.idx, c.pos), h.lemma_.lower())
            resolved[h.i] = sp
        c.speaker = resolved[h.i]
    pron, attitude = ctx.rules.speakers.pronouns, ctx.rules.attitude
    return [c for c in claims if (c.speaker.type != UNKNOWN or (
        c.speaker.mention.lower() in pron and c.quote >= 0)) and not (
        c.cue is not None and c.cue.group in attitude
        and c.speaker.type not in (PERSON, ORG, ANON))]


def reported_by_subject(ctx: DocContext, c: Candidate, head: Token) -> bool:
    """'The magazine said the winner has predicted ...', 'Two-thirds of insiders said
    Clinton's deficit meant ...', '..., even as engineers warned that ...': a common noun
    phrase that is the grammatical subject of a speech verb (`[channels] speech_groups`: say,
    tell, add, argue, write; and `subject_groups`: warn, report) reporting a clause (a verb
    in the content) is the speaker, as for a quotation (`quoted_descriptor`).
    Not an implicit subject ('joint efforts to counter the threat', 'a voice telling her
    ...') nor an object content ('a search revealed no weapon')."""
    cue = c.cue
    if cue is None or cue.kind != "verb" or cue.group not in ctx.rules.subject_groups:
        return False
    if head.dep_ != "nsubj" or head.head.i != cue.tok.i:
        return False
    span = ctx.doc.char_span(c.start, c.end, alignment_mode="expand")
    return span is not None and any(t.pos_ in VERBAL for t in span)


def quoted_descriptor(head: Token) -> Speaker | None:
    """'"Out!" the crowd yelled', '"X," said the 46-year-old': a quotation framed by a
    speech cue whose subject is a common noun phrase the resolver knows nothing about
    keeps that phrase as an anonymous descriptor ("a crowd"), where an indirect claim
    would be dropped.  A noun head, or an adjective/adverb head the tagger gave a
    description that opens with a determiner ("the influential daily"); never a pronoun
    or a stray token ('"X," the' -> nothing)."""
    toks = mention_tokens(head)
    left = list(head.doc[head.left_edge.i:head.i + 1])
    if len(toks) == 1 and all(t.text == "-" or not t.is_punct for t in left):
        toks = left                                # "the 46-year-old": hyphens kept
    described = toks[0].lower_ in DETERMINERS and len(toks) > 1
    if not (head.pos_ == "NOUN" or (head.pos_ in DESCRIPTOR_POS and described)):
        return None
    text = toks[0].doc[toks[0].i:toks[-1].i + 1].text
    return Speaker(text, toks[0].idx, toks[-1].idx + len(toks[-1]), _indefinite(text), ANON,
                   plural=head.tag_ in ("NNS", "NNPS"))


_MODIFIERS = ("acl", "relcl", "amod", "advmod", "prep")


def described_pronoun(ctx: DocContext, head: Token) -> Speaker | None:
    """'those surveyed say ...', 'Those close to him said ...', 'some of those who attended
    said ...': a demonstrative or quantifier pronoun (`[speakers] described`) with a modifier
    after it (participle, adjective phrase, prepositional phrase, relative clause) is the
    whole phrase as an anonymous descriptor.  A bare pronoun ('those said') gives nothing."""
    if head.lower_ not in ctx.rules.speakers.described or head.pos_ not in ("PRON", "DET"):
        return None
    if not any(c.dep_ in _MODIFIERS and c.i > head.i for c in head.children):
        return None
    toks = [t for t in head.subtree if t.i >= head.i]
    while toks and (toks[-1].is_punct or toks[-1].dep_ in ("cc", "case")):
        toks.pop()
    if len(toks) < 2 or any("\n" in t.text for t in toks):
        return None
    text = head.doc[toks[0].i:toks[-1].i + 1].text
    return Speaker(text, toks[0].idx, toks[-1].idx + len(toks[-1]), text, ANON, plural=True)


def resolve_overlaps(ctx: DocContext, claims: list[Candidate]) -> list[Candidate]:
    """Longest first at each start; each candidate checked against the kept ones holding
    its attribution (see the module doc).  Returns the kept candidates, sorted by start."""
    claims.sort(key=lambda c: (c.start, -(c.end - c.start)))
    keep: list[Candidate] = []
    for c in claims:
        dropped = False
        for o in list(keep):
            if c.cue is None or not (o.start <= c.pos < o.end):
                continue
            verdict = _verdict(ctx, o, c)
            if verdict == DROP_INNER:
                dropped = True
            elif verdict == DROP_OUTER:
                keep = [k for k in keep if k is not o]
        if not dropped:
            keep.append(c)
    return sorted((c for c in keep if c.end > c.start), key=lambda c: c.start)


def _verdict(ctx: DocContext, o: Candidate, c: Candidate) -> str:
    """What the first nested rule that fits says about inner c within outer o."""
    for rule in NESTED_RULES:
        verdict = rule(ctx, o, c)
        if verdict is not None:
            return verdict
    return KEEP


def _cut(ctx: DocContext, o: Candidate, at: int) -> None:
    """End claim o before character `at` (trimmed), if anything is left."""
    ns, ne = trim_span(ctx.text, o.start, at)
    if ne > ns:
        o.end = ne


def relayed_report(ctx: DocContext, o: Candidate, c: Candidate) -> str | None:
    """'"We will win," Lee said, according to the Sun' / 'According to the report, the
    witness said ...' / 'Doctors said X, the AP reported': a source named by a
    prepositional cue, or by a cue of `relay_groups` after a clause holding a report of
    speech (not an attitude: 'Lee expressed hope that ..., the ministry said' stays Lee's,
    as the seeds annotate it), claims the report it relays, speaker and cue included; the
    inner report is no claim of its own.  But a
    document's words ('"...," the statement said, according to Reuters') are the
    document's claim: the outer one goes."""
    if o.cue is None or c.cue.kind == "prep" or not o.start <= c.speaker.start < o.end \
            or not (o.cue.kind == "prep" or (o.cue.group in ctx.rules.relay_groups
                                            and _speech(ctx, c)
                                            and o.pos >= o.end and o.quote < 0)):
        return None
    head = ctx.doc[c.speaker_tok]
    return DROP_OUTER if head.lemma_.lower() in ctx.rules.speakers.document else DROP_INNER


def _speech(ctx: DocContext, c: Candidate) -> bool:
    """c reports speech: not a belief, feeling or expressed attitude."""
    return c.cue.group not in ctx.rules.attitude and c.cue.kind not in ("express", "adj")


def speaker_outside(ctx: DocContext, o: Candidate, c: Candidate) -> str | None:
    """'X said Y, adding that Z' with 'adding' parsed inside Y: Y ends before the cue.  But
    an infinitive completing a verb of Y ('X said she wanted to predict that ...',
    `_controlled_inside`) is part of Y: the inner claim goes."""
    if o.start <= c.speaker.start < o.end:
        return None
    if _controlled_inside(o, c):
        return DROP_INNER
    left = c.cue.tok.left_edge.idx
    _cut(ctx, o, left if left > o.start else c.pos)
    return KEEP


def _controlled_inside(o: Candidate, c: Candidate) -> bool:
    """'X said she did not want to think about Y', 'X said the vote was a gesture intended to
    highlight Y', 'X clarified that Lee misspoke and intended to say Y': the inner cue is an
    infinitive or participle complement (xcomp) whose understood subject (the subject of the
    nearest verb above it that has one, inside the clause o's cue governs) stands inside o's
    content: her wanting to think is what X said, not a report of X's."""
    t = c.cue.tok
    if t.dep_ != "xcomp":
        return False
    while t.head.i != t.i and not any(k.dep_ in SUBJECTS for k in t.children):
        t = t.head
    governed = o.cue is None or o.cue.tok.i in {a.i for a in t.ancestors}
    return governed and any(k.dep_ in SUBJECTS and o.start <= k.idx < o.end for k in t.children)


def same_speaker(ctx: DocContext, o: Candidate, c: Candidate) -> str | None:
    """'He said he expected ...': the inner report by the same speaker is the same claim."""
    if c.speaker.canonical == o.speaker.canonical or c.speaker.mention.lower() in \
            ctx.rules.speakers.pronouns:
        return DROP_INNER
    return None


def coordinated(ctx: DocContext, o: Candidate, c: Candidate) -> str | None:
    """'A said X, and B described Y': A's claim ends before B's clause."""
    tok, doc = c.cue.tok, ctx.doc
    if not (tok.dep_ == "conj" and c.speaker.start > o.start + 1 and tok.head.i < tok.i
            and c.speaker.type != UNKNOWN):
        return None
    left = min(tok.left_edge.i, doc[c.speaker_tok].left_edge.i)
    while left > 0 and (doc[left - 1].is_punct or doc[left - 1].dep_ == "cc"):
        left -= 1
    if doc[left].idx > o.start:
        _cut(ctx, o, doc[left].idx)
    return KEEP


def principal_speaks(ctx: DocContext, o: Candidate, c: Candidate) -> str | None:
    """'Kuo said Lai hoped ...' (Lai, a named person, opens the clause): Lai's attitude
    or expression is the claim; the reporting clause around it goes.  Not an aim ('Politico
    reported that Brock planned to ...': requires = "infinitive") nor an attitude under a
    modal ('Analysts say Putin would recognize the folly of ...': the outer speaker's
    prediction of it): the report stays."""
    sp = c.speaker
    if sp.start <= o.start + 1 and o.quote < 0 and sp.type == PERSON and sp.canonical \
            and sp.canonical[:1].isupper() and ctx.rules.requires.get(c.cue.group) != "infinitive" \
            and not _speech(ctx, c) and not _modal(c.cue.tok) and (
                o.cue is None or o.cue.kind == "verb"):
        return DROP_OUTER
    return None


def _modal(tok: Token) -> bool:
    """'would recognize', 'could fear': the verb carries a modal auxiliary."""
    return any(k.dep_ == "aux" and k.tag_ == "MD" for k in tok.children)


def attitude_content(ctx: DocContext, o: Candidate, c: Candidate) -> str | None:
    """'told ... that doctors did not want to': an attitude inside a report is content."""
    return DROP_INNER if c.cue.group in ctx.rules.attitude and o.quote < 0 else None


def nested_report(ctx: DocContext, o: Candidate, c: Candidate) -> str | None:
    """'Lee said the mayor told him the plan would fail', 'she noted that critics who say
    the tax is too high ...': a report whose speaker stands inside another report's clause
    is part of what the outer speaker says; the outer claim holds it whole (as PolNeAR
    annotates nesting: the outer report only) and the inner one goes.  Only when the inner
    cue hangs under the outer cue (`_embedded`); a quotation with its own frame stays."""
    if o.quote >= 0 or c.quote >= 0 or o.cue is None or o.cue.kind == "prep":
        return None
    if not o.start <= ctx.doc[c.speaker_tok].idx < o.end:
        return None
    return DROP_INNER if _embedded(ctx, o.cue.tok, c.cue.tok) else None


def _embedded(ctx: DocContext, top: Token, tok: Token) -> bool:
    """`tok` lies in the clause `top` reports: its heads lead up to `top`, not through the
    second of two clauses of `top` ('said A and B accused C'), a coordinated clause with
    its own subject ('... and Democrats accused C') or a contrast clause ('while B says')."""
    path = []
    while tok.i != top.i and tok.head.i != tok.i:
        path.append(tok)
        tok = tok.head
    if tok.i != top.i or not path:
        return False
    if any(x.dep_ in CLAUSES and top.i < x.i < path[-1].i for x in top.children):
        return False
    marks = ctx.rules.contrast_marks
    return not any(
        (k.dep_ == "conj" and any(x.dep_ in SUBJECTS for x in k.children))
        or (k.dep_ == "advcl" and any(x.dep_ == "mark" and x.lower_ in marks for x in k.children))
        for k in path)


NESTED_RULES: tuple[Callable[[DocContext, Candidate, Candidate], str | None], ...] = (
    relayed_report, speaker_outside, same_speaker, coordinated, principal_speaks, attitude_content,
    nested_report)
