"""Where a cue's speaker is: the token heading the speaker mention.

`speaker_head(cue, rules, cues)` tries one step per construction, in order; a step either
answers (a token, or None for "this cue has no speaker") or passes with `NEXT`:

    according to X            the object of "to"
    X's claim that            the possessor (or the subject of "made the claim")
    learned from X            the object of "from"
    X is worried that         the subject of the adjective or its copula
    X is said to ...          the passive subject (hearsay)
    was quoted by X           the agent of a passive; agentless passives have no speaker
    X said                    the subject ("Wi, who said" -> Wi)
    X said ... and added      a conjoined verb shares the subject
    X was quoted as saying    the passive subject of the quoting verb
    ..., adding that          a participle takes the speaker of the reporting verb above
    a statement saying        the noun it describes (or who issued the statement)

`cue_speaker(ctx, cue)` adds the parser fallbacks (nearest noun phrase to the left).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from pipeline.attribution.cues import Cue, noun_holder
from pipeline.attribution.labels import (ACTIVE_SUBJECT, CLAUSES, DASHES, FINITE,
                                         MODIFIER_VERBS, NOMINAL, NONFINITE, NOT_NP_HEADS,
                                         NOUNS, PARTICIPLE_DEPS, PARTICIPLES, PASSIVE_MARKS,
                                         PLACE_ENTS, QUOTE_CHARS, SPEAKER_ENTS, SPEAKER_POS,
                                         SPEAKING_SUBJECTS, SUBJECTS, VERBAL)
from pipeline.attribution.rules import CueRules
from pipeline.doc_rows import doc_rows, sent_bounds

if TYPE_CHECKING:
    from pipeline.attribution.context import DocContext

NEXT = object()                  # "this step does not apply": try the next one
MAX_DEPTH = 6                    # conjunct/participle chains followed up the tree
FINITE_VERB_TAGS = frozenset({"VBZ", "VBD"})   # never after a modal: 'Will wrote'
DATELINE_WORDS = 8               # tokens of a dateline before its dash ('MYRTLE BEACH, S.C. —')


def is_passive(tok: Token) -> bool:
    return any(c.dep_ in PASSIVE_MARKS for c in tok.children)


def speaker_head(cue: Cue, rules: CueRules, cues: dict[int, Cue], depth: int = 0) -> Token | None:
    """The token heading the speaker mention of `cue` (steps in the module doc)."""
    if depth > MAX_DEPTH:
        return None
    for step in _STEPS:
        found = step(cue, rules, cues, depth)
        if found is not NEXT:
            return found
    return None


def _subject_of(verb: Token, rules: CueRules, deps: frozenset[str] = ACTIVE_SUBJECT) -> Token | None:
    """The first subject of `verb` with a label in `deps`; a relative pronoun subject of a
    relative clause stands for the noun it modifies ("Wi, who said ..." -> Wi).  A place
    the parser took for a second subject gives way to the one after it ('In Salem, Oregon,
    Lee said' -> Lee, not Oregon: `_place_set_off`), and so does a place whose
    conjunct the parser made the speaker."""
    subjects = [c for c in verb.children if c.dep_ in deps]
    if not subjects:
        return None
    c = subjects[0]
    if c.lower_ in rules.speakers.relative and verb.dep_ == "relcl":
        return verb.head
    if _place_set_off(c):
        nxt = subjects[1] if len(subjects) > 1 else next(
            (d for d in c.children if d.dep_ == "conj"), None)
        if nxt is not None and c.i < nxt.i < verb.i and nxt.ent_type_ not in PLACE_ENTS \
                and not any(d.dep_ in ("cc", "conj") for d in (*c.children, *nxt.children)
                            if d.i != nxt.i):
            return nxt
    return c


def _place_set_off(tok: Token) -> bool:
    """A place name between commas, with words before it: the state or country of a place
    ('In Salem, Oregon, Lee said'), which the parser may make a subject of its own or the
    head of the real subject as a conjunct."""
    doc, a, b = tok.doc, tok.left_edge.i, tok.i + 1
    return tok.ent_type_ in PLACE_ENTS and a > 1 and doc[a - 1].text == "," \
        and b < len(doc) and doc[b].text == ","


def _child(tok: Token, dep: str, lower: str | None = None) -> Token | None:
    return next((c for c in tok.children if c.dep_ == dep and (lower is None or c.lower_ == lower)),
                None)


def _object_under(tok: Token, dep: str, lower: str | None = None) -> Token | None:
    """The object (pobj) of the first `dep` child of `tok` (with the word `lower`) that has
    one: 'learned from X', 'was quoted by X'."""
    for c in tok.children:
        if c.dep_ == dep and (lower is None or c.lower_ == lower):
            g = _child(c, "pobj")
            if g is not None:
                return g
    return None


def _according_to(cue, rules, cues, depth):
    """'according to Sgt. Ann Lee': the object of "to"; a title the parser made the object
    gives way to the name after it.  An idiom ('according to plan': one of [prepositional]
    idioms standing alone) has no speaker."""
    if cue.kind != "prep":
        return NEXT
    if cue.last.dep_ == "pobj":                 # 'In their view, ...': the possessor
        return _child(cue.last, "poss")
    c = _child(cue.last, "pobj")
    if c is None or (c.lower_ in rules.prep_idioms and not any(c.children)):
        return None
    titles = rules.speakers.titles
    if c.lower_ not in titles and c.lower_ + "." not in titles:
        return c
    doc, k, name = c.doc, c.i + 1, None
    while k < len(doc) and (doc[k].pos_ == "PROPN" or (doc[k].text == "." and name is None)):
        if doc[k].pos_ == "PROPN":
            name = doc[k]
        k += 1
    return name or c


def _noun_holder(cue, rules, cues, depth):
    """'Ruiz's claim that ...': the possessor; 'Lee made the argument that ...': Lee."""
    if cue.kind != "noun":
        return NEXT
    return noun_holder(cue.tok, rules)


def _learned_from(cue, rules, cues, depth):
    """'learned from X': the object of "from"."""
    if cue.group not in rules.from_speaker:
        return NEXT
    return _object_under(cue.tok, "prep", "from")


def _adjective_holder(cue, rules, cues, depth):
    """'X is worried that', 'X, confident that ...': the subject of the adjective or copula."""
    if cue.kind != "adj":
        return NEXT
    for t in (cue.tok, cue.tok.head):
        for c in t.children:
            if c.dep_ in SUBJECTS:
                if c.lower_ in rules.speakers.relative and t.dep_ == "relcl":
                    return t.head
                return c
        if t.i == t.head.i or t.pos_ not in VERBAL | {"ADJ"}:
            break
    return None


def _passive_hearsay(cue, rules, cues, depth):
    """'X is said to ...', 'X is understood to have argued': the subject (borderline)."""
    tok = cue.tok
    if not (tok.lemma_.lower() in rules.hearsay_passive and is_passive(tok)
            and any(c.dep_ == "xcomp" for c in tok.children)):
        return NEXT
    return _child(tok, "nsubjpass")


def _passive_agent(cue, rules, cues, depth):
    """'was quoted by X': the agent; agentless passives ('is said to') are not claims."""
    if not is_passive(cue.tok):
        return NEXT
    return _object_under(cue.tok, "agent")


def _subject(cue, rules, cues, depth):
    """'X said': the subject, or the one the parser hung on a participle set off before
    the verb ('X, noting the cost, said'); a root verb without one has no speaker."""
    subj = _subject_of(cue.tok, rules, SPEAKING_SUBJECTS) or _aside_subject(cue.tok, rules) \
        or _compound_subject(cue.tok) or _modal_name(cue.tok)
    if subj is not None:
        return subj
    return None if cue.tok.head.i == cue.tok.i else NEXT


def _modal_name(tok: Token) -> Token | None:
    """'Will acknowledges that ...', 'In particular, Will wrote, ...': a capitalised word the
    tagger took for a modal before a finite verb is a name (a modal takes a bare verb)."""
    if tok.tag_ not in FINITE_VERB_TAGS:
        return None
    return next((c for c in tok.children if c.dep_ == "aux" and c.tag_ == "MD" and c.is_title
                 and c.i < tok.i), None)


def _aside_subject(tok: Token, rules: CueRules) -> Token | None:
    """'Durbin, noting the size of the list, said': the subject of a participle set off
    before the verb, whether the parser hung the participle on the verb (advcl) or the
    verb on the participle (parataxis)."""
    asides = [c for c in tok.children if c.dep_ == "advcl"]
    if tok.dep_ == "parataxis":
        asides.append(tok.head)
    for a in asides:
        if a.tag_ == "VBG" and a.i < tok.i and tok.doc[tok.i - 1].text == ",":
            subj = _subject_of(a, rules)
            if subj is not None and subj.i < a.i:
                return subj
    return None


def _compound_subject(tok: Token) -> Token | None:
    """'..., records show.' / 'The mayor, state records show, has ...': the parser hung the
    noun right before the verb on it as a compound, so the verb has no subject; that noun
    is the subject."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.dep_ == "compound" and prev.head.i == tok.i \
            and prev.pos_ in NOUNS:
        return prev
    return None


def _reporting_ancestor(tok: Token, cues: dict[int, Cue]) -> Token:
    """The first ancestor of `tok` that is a cue (or the root)."""
    while tok.i != tok.head.i and tok.i not in cues:
        tok = tok.head
    return tok


def report_conjunct(tok: Token, rules: CueRules, cues: dict[int, Cue]) -> bool:
    """'X said it was too early but added, "..."': `tok` is a speech cue (`[channels]
    speech_groups`) with no subject and a report of its own (a clause or quotation), which
    the parser coordinated with the clause another cue reports (a verb that is no cue):
    it is the reporting speaker's next report, not part of the reported clause."""
    head = tok.head
    return tok.dep_ == "conj" and tok.i in cues and cues[tok.i].group in rules.channel_groups \
        and head.dep_ == "ccomp" and head.i not in cues and head.head.i in cues \
        and not any(c.dep_ in SUBJECTS for c in tok.children) \
        and any(c.dep_ == "ccomp" or c.text in QUOTE_CHARS for c in tok.children)


def _conjunct(cue, rules, cues, depth):
    """'X said ... and added ...': a conjoined verb shares the subject of its head (of the
    cue above its head for a `report_conjunct`)."""
    tok, head = cue.tok, cue.tok.head
    if tok.dep_ != "conj":
        return NEXT
    if report_conjunct(tok, rules, cues):
        return speaker_head(cues[head.head.i], rules, cues, depth + 1)
    if head.i not in cues and head.tag_ != tok.tag_:
        # "X suggested that Seoul should take ... and reiterated ...": the conjunct
        # belongs to the reporting verb above, not to the reported clause
        anc = _reporting_ancestor(head.head, cues)
        if anc.i in cues and anc.tag_ == tok.tag_:
            return speaker_head(cues[anc.i], rules, cues, depth + 1)
    hc = cues.get(head.i) or Cue(head, head, "", "verb", head.text)
    cand = speaker_head(hc, rules, cues, depth + 1)
    if cand is not None and (not speaker_like(cand, rules) or _document_word(cand, rules)):
        # "said the plan was ... and called for a review": the plan, a thing the reported
        # clause is about, is not who speaks next
        anc = _reporting_ancestor(head.head, cues)
        if anc.i in cues:
            return speaker_head(cues[anc.i], rules, cues, depth + 1)
    return cand


def _document_word(t: Token, rules: CueRules) -> bool:
    """A common noun of a document or evidence ('the plan', 'the report'), not a name."""
    return t.pos_ == "NOUN" and not t.ent_type_ and (
        t.lower_ in rules.speakers.document or t.lemma_.lower() in rules.speakers.document)


def _quoted_as(cue, rules, cues, depth):
    """'X was quoted as saying: ...': the passive subject of the quoting verb."""
    tok, head = cue.tok, cue.tok.head
    if tok.dep_ == "pcomp" and head.lower_ == "as" and head.head.i != head.i and is_passive(
            head.head) and head.head.lemma_.lower() in rules.quoted_as:
        subj = _child(head.head, "nsubjpass")
        if subj is not None:
            return subj
    return NEXT


def _participle(cue, rules, cues, depth):
    """'..., adding that ...', 'calling it ...', 'went on to say ...': the speaker of the
    nearest reporting verb above (not a belief: "said they believe X, calling him 'Y'"),
    else the subject of the participle's head, or for a speech verb (`[channels]
    speech_groups`) of the copula of an adjective head ('was quick to add', 'were more
    likely to say')."""
    tok, head = cue.tok, cue.tok.head
    if not (tok.dep_ in PARTICIPLE_DEPS and tok.tag_ in PARTICIPLES
            or (tok.dep_ == "xcomp" and tok.tag_ == "VB")
            or (_infinitive_aside(tok) and cue.group in rules.channel_groups)):
        return NEXT
    anc = head
    while True:
        if anc.i in cues and cues[anc.i].group not in rules.attitude:
            return speaker_head(cues[anc.i], rules, cues, depth + 1)
        if anc.head.i == anc.i:
            break
        anc = anc.head
    passive_ok = is_passive(head) and head.lemma_.lower() in rules.quoted_as
    subj = _subject_of(head, rules, SUBJECTS if passive_ok else ACTIVE_SUBJECT)
    if subj is None and head.dep_ == "acomp" and head.head.pos_ in VERBAL \
            and cue.group in rules.channel_groups:
        subj = _subject_of(head.head, rules)     # 'Lee was quick to add that ...'
    return subj


def _infinitive_aside(tok: Token) -> bool:
    """'Ruiz went on to say she is sure', 'She took the stage to argue that ...': a
    to-infinitive the parser hung on the main verb of its sentence as an adverbial clause;
    its subject speaks.  Not inside a clause ('said he would meet them to talk about X': a
    purpose of the reported deed), nor after an object ('sent an envoy to warn them': the
    object may be the one who speaks)."""
    return tok.dep_ == "advcl" and tok.tag_ == "VB" and tok.head.dep_ == "ROOT" \
        and tok.head.i < tok.i and not any(c.dep_ == "dobj" for c in tok.head.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _statement(cue, rules, cues, depth):
    """'a statement saying ...': the noun; 'X issued a statement saying ...': X (also
    across conjoined verbs: "declined ..., but later issued a statement"); but a source
    showing a finding stays the speaker ('X released a poll showing ...': the poll)."""
    tok, head = cue.tok, cue.tok.head
    if not (tok.dep_ == "acl" and head.pos_ in NOUNS):
        return NEXT
    if head.dep_ == "dobj" and head.lemma_.lower() in rules.speakers.document and not (
            cue.group in rules.source_groups and head.lemma_.lower() in rules.source_nouns):
        v = head.head
        for _ in range(4):
            if any(c.dep_ == "nsubj" for c in v.children) or v.dep_ != "conj" or v.head.i == v.i:
                break
            v = v.head
        subj = _subject_of(v, rules)
        if subj is not None:
            return subj
    return head


def _by_doing(cue, rules, cues, depth):
    """'She ended the debate by saying X': the subject of the verb the by-phrase modifies;
    so too after a `[channels] participle_preps` word for a speech verb with a clause
    ('After saying he was nervous, the man asked ...'; not 'after writing an op-ed')."""
    tok, head = cue.tok, cue.tok.head
    prep = head.lower_ == "by" or (head.lower_ in rules.participle_preps
                                   and cue.group in rules.channel_groups
                                   and any(c.dep_ in CLAUSES for c in tok.children))
    if not (tok.dep_ == "pcomp" and tok.tag_ == "VBG" and prep
            and head.head.i != head.i and head.head.pos_ in VERBAL):
        return NEXT
    verb = head.head
    return _subject_of(verb, rules) or _participle(Cue(verb, verb, "", "verb", verb.text),
                                                  rules, cues, depth + 1) or None


_STEPS = (_according_to, _noun_holder, _learned_from, _adjective_holder, _passive_hearsay, _passive_agent,
          _subject, _conjunct, _quoted_as, _participle, _by_doing, _statement)


def speaker_like(t: Token, rules: CueRules, *, person_or_body: bool = False) -> bool:
    """Can this token head a speaker mention (name, pronoun, official, ministry, statement)?
    With `person_or_body`, only a person or body, as an addressee is ('told reporters', 'told
    the committee'), not a document or thing ('told the story'): the `document` and
    `pronouns` word lists do not count."""
    sr = rules.speakers
    low, lemma = t.lower_, t.lemma_.lower()
    vocabs = (sr.roles, sr.anonymous, sr.organization) if person_or_body else (
        sr.roles, sr.anonymous, sr.organization, sr.document, sr.pronouns)
    return (t.pos_ in SPEAKER_POS or t.ent_type_ in SPEAKER_ENTS
            or any(w in vocab for w in (low, lemma) for vocab in vocabs))


def np_head(doc: Doc, a: int, b: int) -> Token | None:
    """Head of the noun phrase doc[a:b] even when the parser hung its determiner elsewhere:
    the left-most nominal whose head lies outside the span."""
    heads = [t for t in doc[a:b] if t.pos_ in NOMINAL
             and not (a <= t.head.i < b and t.head.i != t.i)]
    if heads:
        return heads[0]
    return doc[a:b].root if b > a else None


def nearest_left_np(tok: Token) -> Token | None:
    """Parser fallback for a reporting verb with no subject ("a Foreign Ministry official,
    speaking on condition of anonymity, said" parsed with 'official' as an object): the
    nearest noun-phrase head to the left in the same sentence, outside prepositional
    objects and quotations, skipping comma-enclosed asides."""
    for i in range(tok.i - 1, max(sent_bounds(tok.doc, tok.i)[0], 0) - 1, -1):
        t = tok.doc[i]
        if t.text in QUOTE_CHARS or "\n" in t.text:
            return None
        if t.pos_ in VERBAL and t.dep_ not in MODIFIER_VERBS and t.tag_ not in PARTICIPLES:
            return None
        if t.pos_ in NOMINAL and t.dep_ not in NOT_NP_HEADS and t.head.dep_ != "prep":
            return t
    return None


NP_PARTS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM", "PART"})   # words of a glued subject


def paragraph_subject(ctx: "DocContext", tok: Token) -> Token | None:
    """'... in the U.S.' + a paragraph 'Florida Sen. Ann Lee says the plan failed.': the
    parser glued the paragraph onto the last sentence of the one before and hung the name
    there (an object), so the finite cue has no subject of its own.  The noun phrase that
    opens the cue's paragraph and runs up to the cue (adverbs before the cue and one
    comma-set aside after the name allowed: 'Lee, in the wake of the vote, told ...') is
    the subject.  Nothing when a verb or a preposition stands in the phrase ('In Reno the
    mayor said': no name opens the paragraph) or it is no speaker-like word."""
    doc, lo = tok.doc, ctx.para_starts[ctx.para_of(tok.idx)]
    k = tok.i
    while k > 0 and doc[k - 1].idx >= lo and not doc[k - 1].is_space:
        k -= 1
    words = list(doc[k:tok.i])
    while words and words[-1].pos_ == "ADV":
        words.pop()
    if words and words[-1].text == ",":
        cut = next(n for n, t in enumerate(words) if t.text == ",")
        words = words[:cut] if cut < len(words) - 1 else []
    if not words or any(t.pos_ not in NP_PARTS and t.text != "." for t in words):
        return None
    head = np_head(doc, words[0].i, words[-1].i + 1)
    if head is None or head.pos_ not in NOUNS or ctx.in_quote(head.idx) \
            or not speaker_like(head, ctx.rules):
        return None
    return head


def participle_subject(ctx: "DocContext", tok: Token) -> Token | None:
    """'Democrats were outraged by the letter, saying it told them nothing': the subject of
    the verb an adverbial speech participle hangs on speaks, a passive subject too (the
    participle step takes only active ones), and so does a subject the report above would
    have taken from another paragraph ('Lee pushed back, saying ...' in a paragraph the
    parser glued onto the one before).  Only a subject before the participle, in its
    paragraph and outside quotations."""
    head = tok.head
    if not (tok.tag_ == "VBG" and tok.dep_ == "advcl" and head.pos_ in VERBAL and head.i < tok.i):
        return None
    subj = _subject_of(head, ctx.rules, SUBJECTS)
    if subj is None or ctx.para_of(subj.idx) != ctx.para_of(tok.idx) or ctx.in_quote(subj.idx):
        return None
    return subj


def cue_speaker(ctx: "DocContext", cue: Cue) -> Token | None:
    """The speaker head of a cue with the parser fallbacks: a subjectless finite report
    takes the nearest noun phrase to its left, and so does a speaker the parser took from
    another paragraph (a header line glued on).  None when the speaker is quoted."""
    rules, tok = ctx.rules, cue.tok
    head = speaker_head(cue, rules, ctx.cues)
    if head is None and cue.kind in ("verb", "phrase", "express") and not is_passive(tok) \
            and cue.group not in rules.attitude and tok.tag_ not in NONFINITE:
        head = nearest_left_np(tok)
    if head is not None and ctx.para_of(head.idx) != ctx.para_of(tok.idx):
        head = nearest_left_np(tok)
    if head is None and cue.kind == "verb" and tok.tag_ in FINITE:
        head = paragraph_subject(ctx, tok)
    if head is None and cue.kind == "verb" and cue.group in rules.channel_groups:
        head = participle_subject(ctx, tok)
    if head is not None and (dash := dateline_dash(ctx, head)) is not None:
        head = after_dateline(ctx, dash)
    if head is None or ctx.in_quote(head.idx):
        return None
    return head


def dateline_dash(ctx: "DocContext", tok: Token) -> int | None:
    """'MYRTLE BEACH, S.C. — Sen. Ann Lee took aim at X, questioning ...', 'WASHINGTON (AFP)
    – ...': the parser often makes the dateline the subject and the name after the dash its
    apposition.  The index of the dash when `tok` lies in a dateline: the words that open
    its paragraph up to a dash (a hyphen only with a space before it: not 'Washington-based'),
    at most DATELINE_WORDS of them, a place among them, no verb.  None otherwise."""
    doc, lo = tok.doc, ctx.para_starts[ctx.para_of(tok.idx)]
    rows = doc_rows(doc)              # (token texts and offsets: no Token per word)
    texts, idx = rows.texts, rows.idx
    start = tok.i
    while start > 0 and idx[start - 1] >= lo and not texts[start - 1].isspace():
        start -= 1
        if tok.i - start >= DATELINE_WORDS:
            return None               # the dash would be at or before tok: no dateline
    stop = min(start + DATELINE_WORDS + 1, len(doc))
    if not any(texts[k] in DASHES for k in range(tok.i + 1, stop)):
        return None                   # no dash after tok: nothing below returns a dash
    for k in range(start, stop):
        if doc[k].pos_ in VERBAL:
            return None
        if doc[k].text in DASHES and (doc[k].text != "-" or doc[k - 1].whitespace_):
            words = doc[start:k]
            return k if k > tok.i and any(w.ent_type_ in PLACE_ENTS for w in words) else None
    return None


def after_dateline(ctx: "DocContext", dash: int) -> Token | None:
    """The speaker the dateline stood for: the noun phrase right after its dash ('— Sen.
    Ann Lee on Tuesday took' -> Lee), when it can head a speaker mention; else None."""
    doc, end = ctx.doc, dash + 1
    while end < len(doc) and doc[end].pos_ in NP_PARTS:
        end += 1
    head = np_head(doc, dash + 1, end) if end > dash + 1 else None
    return head if head is not None and speaker_like(head, ctx.rules) else None
