"""The reported content of a cue: a token range, then a character span.

`content_range(cue, cues, speech)` dispatches on the cue kind:

    prep     "CLAUSE, according to X" / "According to X, CLAUSE"   the rest of the sentence
    adj      "worried that CLAUSE" / "worried about NP"             the clause or the object
    express  "expressed concern that/about ..."                    what hangs on the noun
    make     "made it clear that CLAUSE"                           the that-clause
    noun     "his claim that CLAUSE" / "her promise to ..."        the noun's clause
    verb, phrase  "said (that) CLAUSE" / "CLAUSE, X said" / "called for X to ..."

`clause_tokens` trims that range (event clauses, punctuation, a leading "that") and
`clause_chars` turns it into a character span inside the cue's paragraph that never cuts
a quotation in half.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from pipeline.attribution.cues import Cue, noun_clause
from pipeline.attribution.labels import (ADJ_CONTENT, ADVERBIAL_MARKS, APPOSITION,
                                         ASIDE_MARKS, CLAUSES, COMPLEMENTS, COORDINATION,
                                         EXPRESS_CONTENT, NOUNS, PARENTHETICAL,
                                         PREP_OBJECTS, QUOTE_CHARS, SUBJECTS, THAT_POS,
                                         TRAILING_CONTENT, TRAILING_CLAUSE_TAGS, VERBAL)
from pipeline.attribution.quotes import trim_span
from pipeline.attribution.rules import CueRules
from pipeline.attribution.speaker_head import is_passive, report_conjunct
from pipeline.doc_rows import doc_rows, sent_bounds

if TYPE_CHECKING:
    from pipeline.attribution.context import DocContext

Range = tuple[int, int]           # token indices, both inclusive
FIGURE_MARKS = frozenset("%$€£")   # a figure besides the number words ('56 percent', '$1.6')
DASHES = ("-", "--")              # a free-standing hyphen marks an aside as a dash does

def content_range(cue: Cue, rules: CueRules, cues: dict[int, Cue]) -> Range | None:
    """Token range [a, b] (inclusive) of the reported content of a cue, or None."""
    if cue.kind == "prep":
        return _rest_of_sentence(cue)
    if cue.kind == "adj":
        return _adjective_content(cue)
    if cue.kind == "express":
        return _express_content(cue)
    if cue.kind == "make":
        return that_clause(cue)
    if cue.kind == "noun":
        c = noun_clause(cue.tok, rules)
        return (c.left_edge.i, c.right_edge.i) if c is not None else None
    return _verb_content(cue, rules, cues)


def _rest_of_sentence(cue: Cue) -> Range | None:
    """'CLAUSE, according to X' (the words before) / 'According to X, CLAUSE' (the clause
    after the comma closing the phrase: an abbreviated title such as "Sgt." may have cut
    the sentence inside the phrase; the comma may hang on X; the search stops at the
    sentence's full stop, never taking the next sentence's 'Each time, ...')."""
    tok, doc = cue.tok, cue.tok.doc
    sent_start, sent_end = sent_bounds(doc, tok.i)
    pp_lo, pp_hi = tok.i, cue.last.right_edge.i      # (the subtree's last token)
    if pp_lo - sent_start >= 3:
        return _with_figure(doc, sent_start, pp_lo) or (sent_start, pp_lo - 1)
    if not (sent_end - 1 - pp_hi >= 3 or pp_lo == sent_start):
        return None
    first = pp_hi if doc[pp_hi].text == "," else pp_hi + 1   # the comma in the phrase
    # the sentence's own full stop ends the search, unless it cut the phrase ('Sgt.')
    stop = sent_end - 1 if sent_end - 1 > pp_hi + 1 else sent_end
    for k in range(first, min(len(doc), pp_hi + 30)):
        if "\n" in doc[k].text or (doc[k].text in ".!?;" and k >= stop):
            break                                  # no comma before the full stop
        if doc[k].text == ",":
            if k + 1 < len(doc) and sent_bounds(doc, k + 1)[1] - 1 - (k + 1) >= 2:
                return k + 1, sent_bounds(doc, k + 1)[1] - 1
            break
    if sent_end - 1 - pp_hi >= 3:
        return pp_hi + 1, sent_end - 1
    return None


def _with_figure(doc, start: int, cue_i: int) -> Range | None:
    """'It is still a cash generator, with $1.6 billion in profit in 2015, according to X':
    a "with" phrase holding a figure, set off by commas right before the source, is what
    the source vouches for, not the clause it hangs on: the words after "with" up to the
    comma before the cue.  None without such a phrase (no comma inside it) or without a
    number in it ('..., with other items deferred to later talks, according to X': the
    whole clause is X's)."""
    if doc[cue_i - 1].text != ",":
        return None
    for k in range(cue_i - 2, start + 1, -1):
        if doc[k].text == ",":
            return None
        if doc[k].lower_ == "with" and doc[k - 1].text == ",":
            figure = any(t.like_num or t.text in FIGURE_MARKS for t in doc[k + 1:cue_i - 1])
            return (k + 1, cue_i - 2) if figure and cue_i - 2 > k + 1 else None
    return None


def _adjective_content(cue: Cue) -> Range | None:
    """'worried that CLAUSE' -> the clause; 'worried about the cost' -> the object."""
    tok = cue.tok
    right = [c for c in tok.children if c.i > tok.i and c.dep_ in ADJ_CONTENT]
    if not right:
        return None
    c = right[0]
    if c.dep_ == "prep" and c.lower_ != "that":
        objs = [g for g in c.children if g.dep_ in PREP_OBJECTS]
        if not objs:
            return None
        return objs[0].left_edge.i, objs[-1].right_edge.i
    return c.left_edge.i, c.right_edge.i


def _express_content(cue: Cue) -> Range | None:
    """'expressed concern that/about/over X': the dependents right of the noun."""
    noun = cue.last
    right = [c for c in noun.children if c.i > noun.i and c.dep_ in EXPRESS_CONTENT]
    if not right:
        return None
    return right[0].left_edge.i, max(c.right_edge.i for c in right)


def _complement_parts(cue: Cue, rules: CueRules) -> list[Token]:
    """The dependents of a verb cue that hold its content: complements right of it, an
    "as" phrase after them ("defined X as Y"), the object of the cue's preposition ("called
    for X"); not the addressee ("told reporters that ..."), but the subject of an
    infinitive ("urged the council to wait": 'the council to wait'), the one a source's
    measure is of ("the poll gave Ruiz a lead": 'Ruiz a lead'), and the ground of a passive
    judgement by an agent ("was criticized by rivals for skipping the debate": 'for
    skipping the debate', the agent's claim as in the active 'rivals criticized her for')."""
    tok = cue.tok
    kids = list(tok.children)                  # (read once: each read makes the Tokens)
    parts: list[Token] = []
    if cue.kind == "phrase" and cue.last.dep_ == "prep":
        parts.extend(c for c in cue.last.children if c.dep_ in PREP_OBJECTS)
    ground = _passive_ground(tok, rules)
    for c in kids:
        if c.dep_ in COMPLEMENTS and c.i > tok.i:
            parts.append(c)
        elif ground and c.dep_ == "prep" and c.i > tok.i and c.lower_ in rules.ground_preps:
            parts.append(c)
        elif c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i and parts:
            parts.append(c)
        elif c.dep_ == "prep" and c.i != cue.last.i and c.lower_ == "that":
            parts.append(c)
    if cue.kind == "phrase" and cue.last.dep_ == "prep":
        # "called for South Korea to increase ...": a following complement belongs too
        parts.extend(c for c in kids if c.dep_ in CLAUSES and c.i > cue.last.i)
    if cue.kind == "phrase" and cue.last.dep_ == "mark":
        parts.append(cue.last.head)            # "called for X to ...", 'for' the clause's mark
    has_clause = any(c.dep_ == "ccomp" for c in kids)
    measured = rules.requires.get(cue.group) == "source"
    return [p for p in parts if not ((p.dep_ == "dative" and not measured) or (
        p.dep_ == "dobj" and tok.lemma_ in rules.addressee_verbs and has_clause))]


def _passive_ground(tok: Token, rules: CueRules) -> bool:
    """A verb of judging in the passive with an agent: 'was criticized by rivals (for ...)'
    ('was criticized for ...' has no one to attribute the judgement to)."""
    return tok.lemma_.lower() in rules.ground_verbs and is_passive(tok) and any(
        c.dep_ == "agent" for c in tok.children)


def _verb_content(cue: Cue, rules: CueRules, cues: dict[int, Cue]) -> Range | None:
    """'said (that) CLAUSE', 'called for X to ...', else the clause the cue follows."""
    parts = _complement_parts(cue, rules)
    if not any(p.dep_ in CLAUSES for p in parts) and cue.kind == "verb" \
            and rules.requires.get(cue.group) != "source":      # a measure is its objects
        fallback = that_clause(cue)
        if fallback is not None:
            return fallback
    if not parts:
        return _clause_before(cue, cues, rules)
    a = min(p.left_edge.i for p in parts)
    if cue.last.dep_ == "mark":
        a = cue.last.i + 1                     # the clause after its mark 'for'
    b = max(p.right_edge.i for p in parts)
    if not any(p.dep_ == "ccomp" for p in parts):
        return a, _inverted_condition(cue.tok, _extend_right(cue.tok, b, cues, rules), rules)
    a = _fronted_condition(cue, a, rules)
    conj = _report_conjunct(parts, cues, rules)
    if conj is not None:
        return a, conj
    later = [c for c in cue.tok.children if c.i > b and c.i not in cues]
    if not later:
        return a, b
    end = sent_bounds(cue.tok.doc, cue.tok.i)[1]
    return a, max([b] + [c.right_edge.i for c in later if c.i < end and (
        _reason_or_comparison(c, rules) or _second_that_clause(c))])


def _fronted_condition(cue: Cue, a: int, rules: CueRules) -> int:
    """'said if the dam failed, the town would flood' / 'said just because X was not obvious
    did not mean ...': an adverbial clause opened by its own conjunction, standing right
    after the cue and before a reported clause with no "that", opens that clause (the
    parser hung it on the cue): the content starts there.  Not a clause about the
    reporting event ('said, when asked, ...': [event_clauses]) nor one before "that"
    ('said, if pressed, that ...')."""
    doc, last = cue.tok.doc, cue.last
    if doc[a].lower_ in ("that", "whether"):
        return a
    for c in cue.tok.children:
        lo = c.left_edge.i
        if c.dep_ != "advcl" or not last.i < lo < a or c.right_edge.i >= a \
                or any(not w.is_punct for w in doc[last.i + 1:lo]) \
                or c.lemma_.lower() in rules.event_verbs:
            continue
        marks = [g for g in c.children if g.dep_ == "mark" and g.i < c.i]
        if marks and all(w.dep_ == "advmod" for w in doc[lo:marks[0].i]):
            return lo
    return a


def _report_conjunct(parts: list[Token], cues: dict[int, Cue], rules: CueRules) -> int | None:
    """'said it was too early to tell but added, "We are hopeful"': a speech verb the parser
    coordinated with the reported clause's verb (`speaker_head.report_conjunct`) is the
    speaker's next report: the content ends before it (the last token before its
    conjunction).  Not when the reported verb is itself a cue ('said the firm had denied it
    and promised to cooperate': the firm's two reports)."""
    doc = parts[0].doc
    for p in parts:
        for c in p.children:
            if p.dep_ == "ccomp" and report_conjunct(c, rules, cues):
                k = c.left_edge.i - 1
                while k > p.left_edge.i and (doc[k].dep_ == "cc" or (
                        doc[k].is_punct and doc[k].text not in "”\"'’»")):
                    k -= 1
                return k
    return None


def _second_that_clause(c: Token) -> bool:
    """'said that prices would rise and that wages would not': a "that" clause the parser
    coordinated with the cue verb is a second complement of the cue, part of its content."""
    return c.dep_ == "conj" and c.pos_ in VERBAL and any(
        g.dep_ == "mark" and g.lower_ == "that" and g.i == c.left_edge.i for g in c.children)


def _clause_before(cue: Cue, cues: dict[int, Cue], rules: CueRules) -> Range | None:
    """'CLAUSE, X said' (a ccomp before the cue) and '..., CNN reported.' (a parenthetical
    cue hanging on the clause it reports).  When that clause is
    itself a report ("X said Y, the AP reported") the cue is a channel: its claim is the
    whole report when the cue is of `relay_groups` (resolve.relayed_report) and not opened
    by "that" (a complement the parser hung on the clause before), else None.
    Never for a relative clause ("the 13 percent analysts had expected")."""
    tok, doc = cue.tok, cue.tok.doc
    if tok.dep_ == "relcl":
        return None
    relays = cue.group in rules.relay_groups
    before = [c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i]
    if before:
        c = before[-1]
        if not relays and holds_report(doc, c.left_edge.i, c.i + 1, cues, rules.channel_groups):
            return None
        return c.left_edge.i, c.right_edge.i
    head = tok.head
    if head.i != tok.i and head.i < tok.i and tok.dep_ in PARENTHETICAL \
            and tok.left_edge.i > head.left_edge.i and doc[tok.left_edge.i - 1].text in ASIDE_MARKS:
        if (not relays or any(c.dep_ == "mark" for c in tok.children)) and holds_report(
                doc, head.left_edge.i, tok.left_edge.i, cues, rules.channel_groups):
            return None
        return head.left_edge.i, tok.left_edge.i - 1
    return None


def _extend_right(tok: Token, b: int, cues: dict[int, Cue], rules: CueRules) -> int:
    """'called for X, including Y, to respond ...': later prepositional and infinitival
    dependents of the verb belong to the content, and so does a noun the parser coordinated
    with the verb ('proposes to pay through premiums, new taxes and savings': a list of the
    content); "when asked ..." clauses and a comma participle (the writer's gloss) do not
    (nor a reason: 'wrote this because ...' gives the writer's motive).  A second bare
    infinitive the parser coordinated with the verb belongs too (`_infinitive_conjunct`)."""
    for c in tok.children:
        if c.i <= b or c.i in cues:
            continue
        if c.dep_ in TRAILING_CONTENT or (c.dep_ in COORDINATION and c.pos_ in NOUNS) \
                or _infinitive_conjunct(tok, c, b) or (
                c.dep_ == "advcl" and not _comma_participle(c) and not any(
                    (g.dep_ == "mark" or g.dep_ == "advmod" and g.lower_ in rules.time_marks)
                    and g.i < c.i for g in c.children) and c.tag_ in TRAILING_CLAUSE_TAGS):
            b = max(b, c.right_edge.i)
    return b


def _infinitive_conjunct(tok: Token, c: Token, b: int) -> bool:
    """'hoped to deepen relations with Seoul, and jointly help build peace': a bare
    infinitive with no subject of its own that the parser coordinated with the cue (a
    finite verb, whose to-infinitive content ends at b) is the content's second part.  Not
    'said X and left' (a finite conjunct: another deed of the speaker)."""
    return c.dep_ == "conj" and c.tag_ == "VB" and tok.tag_ != "VB" and not any(
        g.dep_ in SUBJECTS or (g.dep_ == "aux" and g.lower_ != "to") for g in c.children) and any(
        x.dep_ == "xcomp" and x.i < c.i and x.right_edge.i <= b and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in x.children) for x in tok.children)


def _inverted_condition(tok: Token, b: int, rules: CueRules) -> int:
    """'vowed to cut fares should she win the race': an inverted condition
    (a [content] inverted_condition auxiliary before its subject, no conjunction) right
    after the content ends at doc[b] is the speaker's, up to its first comma, where the
    parser made the condition the root and the cue its complement (a condition it hangs on
    the cue is a trailing clause already: `_extend_right`)."""
    doc, h = tok.doc, tok.head
    if tok.dep_ != "ccomp" or h.i <= b:
        return b
    aux = [c for c in h.children if c.dep_ == "aux" and c.lower_ in rules.inverted_condition]
    subj = [c for c in h.children if c.dep_ in SUBJECTS]
    if not aux or not subj or not aux[0].i < subj[0].i < h.i \
            or any(not t.is_punct for t in doc[b + 1:aux[0].i]):
        return b
    end = aux[0].i
    while end < h.right_edge.i and doc[end + 1].text not in ASIDE_MARKS:
        end += 1
    return end


def _reason_or_comparison(c: Token, rules: CueRules) -> bool:
    """A clause of reason or a comparison the parser hung on the cue after its reported
    clause is the speaker's: 'said the charge rang hollow, because the council had ...'
    ([content] reason_marks), 'said 40 percent backed it, compared with 23 percent ...'
    ([content] comparison_preps)."""
    return (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in rules.reason_marks
                                      for g in c.children)) or (
        c.dep_ == "prep" and c.lower_ in rules.comparison_preps)


def holds_report(doc: Doc, a: int, b: int, cues: dict[int, Cue], speech: frozenset[str]) -> bool:
    """doc[a:b] contains a speech verb (say, tell, add ...) with its own subject ("X said Y");
    beliefs ("the company expects") and passives ("is expected to") do not count."""
    return any(k in cues and cues[k].kind == "verb" and cues[k].group in speech
               and any(c.dep_ == "nsubj" for c in doc[k].children) for k in range(a, b))


def _comma_participle(c: Token) -> bool:
    """', setting up a showdown': a participle after a comma is the writer's gloss."""
    return c.tag_ == "VBG" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text in ASIDE_MARKS


def that_clause(cue: Cue) -> Range | None:
    """Parse-independent fallback: `said in a statement on Monday that CLAUSE`: a "that"
    within a few words right of the cue, with no verb between, opens the content, which
    runs to the end of the sentence.  Not after an "as" phrase on the cue ('sees the gains
    as evidence that ...': the clause is the noun's, the content 'the gains as evidence
    that ...')."""
    tok, doc = cue.tok, cue.tok.doc
    sent_end = sent_bounds(doc, tok.i)[1]
    for k in range(cue.last.i + 1, min(cue.last.i + 12, sent_end)):
        t = doc[k]
        if t.dep_ == "prep" and t.lower_ == "as" and t.head.i == tok.i:
            return None
        if t.lower_ == "that" and t.pos_ in THAT_POS and k + 1 < sent_end \
                and doc[k - 1].text != "," and t.dep_ != "nsubj":
            nxt = doc[k + 1]
            if nxt.pos_ in VERBAL or nxt.is_punct:
                return None                            # "that is", "that was": a pronoun
            return k + 1, sent_end - 1
        if (t.pos_ in VERBAL and t.i != tok.i) or t.text in (".", ";", ":", "!", "?") \
                or "\n" in t.text or t.text in QUOTE_CHARS:
            return None
    return None


def cut_event_clause(doc: Doc, a: int, b: int, rules: CueRules, cues: dict[int, Cue]) -> Range:
    """Cut the content span before a clause about the reporting event ("when asked by
    reporters", "as he spoke by phone with ..."): it belongs to the writer."""
    # the clause's mark stands inside the span, before its verb: most spans hold none, and
    # then no token of the span need be read (the words from the Doc's rows)
    texts, marks = doc_rows(doc).texts, rules.event_marks
    if not any(texts[k].lower() in marks for k in range(a + 1, b)):
        return a, b
    for t in doc[a + 1:b + 1]:
        if t.dep_ != "advcl" or (t.i in cues and t.lemma_.lower() not in rules.event_verbs):
            continue
        left = t.left_edge.i
        if left <= a:
            continue
        if t.lemma_.lower() in rules.event_verbs and any(
                c.lower_ in rules.event_marks and c.dep_ in ADVERBIAL_MARKS and c.i < t.i
                for c in t.children):
            k = left - 1
            while k > a and (doc[k].is_punct and doc[k].text not in "”\"'’»"):
                k -= 1
            return a, k
    return a, b


def cut_leading_aside(cue: Cue, a: int, b: int, rules: CueRules) -> int:
    """Start the content after a comma-enclosed clause between the cue and the reported
    clause that the parser hung on the reported verb: 'said, when asked about the injury,
    that the striker ...' (followed by "that"), 'said, speaking on condition of anonymity,
    the talks had stalled' (a participle, or a clause about the reporting event: [event_
    clauses] verbs).  Not 'said, if elected, he would ...' (the speaker's condition)."""
    doc = cue.tok.doc
    if a < 2 or doc[a - 1].text != "," or any(not w.is_punct for w in doc[cue.last.i + 1:a]):
        return a
    for t in doc[a:b + 1]:
        end = t.right_edge.i
        if t.dep_ != "advcl" or t.left_edge.i != a or end + 2 > b or doc[end + 1].text != ",":
            continue
        nxt = doc[end + 2]
        if (nxt.lower_ == "that" and nxt.dep_ == "mark") or t.lemma_.lower() in rules.event_verbs \
                or (t.tag_ == "VBG" and not any(c.dep_ in SUBJECTS for c in t.children)):
            return end + 2
    return a


def cut_trailing_aside(ctx: "DocContext", cue: Cue, a: int, b: int) -> Range:
    """Cut the content before an aside that closes it after a comma or dash: the writer's
    gloss, not the speaker's words.  'She said she would talk to the FBI, which is running
    its own inquiry' -> 'she would talk to the FBI'.  Asides (`_aside_kind`): a
    non-restrictive relative clause, an apposition, a contrast clause holding another
    report.  Kept: an aside inside the content ('the plan, which passed Monday, would cost
    more'), one holding the content's head, a relative clause or apposition holding a
    quotation mark (the speaker's words; not a quotation that a report inside the aside
    opens: '..., who faces a probe over what the FBI called "careless" conduct'), a cut
    leaving under 3 words or, for a clause (an according-to content, a verb at the head),
    no verb."""
    return a, _cut_one_aside(ctx, cue, a, b)


def _cut_one_aside(ctx: "DocContext", cue: Cue, a: int, b: int) -> int:
    """The new end of doc[a..b] with one closing aside cut off, or b."""
    doc = ctx.doc
    # an aside opens after a mark inside the span: with none, no token need be read
    texts = doc_rows(doc).texts
    if not any(texts[k] in ASIDE_MARKS or texts[k] in DASHES for k in range(a + 1, b)):
        return b
    roots = None        # the span's heads, found once a token after a mark needs them
    for t in doc[a + 1:b + 1]:
        if t.right_edge.i < b:             # (first: most tokens stop here)
            continue
        left = t.left_edge.i
        if left - 1 <= a or not _aside_mark(doc[left - 1]):
            continue
        if roots is None:
            roots = [w for w in doc[a:b + 1] if not a <= w.head.i <= b or w.head.i == w.i]
        if any(left <= r.i for r in roots):
            continue
        kind = _aside_kind(t, ctx.rules, ctx.cues)
        if kind is None or (kind in ("relative", "apposition") and _own_quotation(ctx, left, b)):
            continue
        k = left - 1
        while k > a and doc[k].is_punct and doc[k].text not in "”\"'’»":
            k -= 1
        kept = [w for w in doc[a:k + 1] if not w.is_punct]
        clause = cue.kind == "prep" or any(r.pos_ in VERBAL for r in roots)
        if len(kept) >= 3 and not (clause and all(w.pos_ not in VERBAL for w in kept)):
            return k
    return b


def _aside_mark(t: Token) -> bool:
    """A comma or dash opening an aside; a hyphen standing free between spaces is a dash
    ('would lower prices - a claim that ...'), one glued to a word is not ('anti-war')."""
    return t.text in ASIDE_MARKS or (t.text in DASHES and bool(t.whitespace_)
                                     and t.i > 0 and bool(t.doc[t.i - 1].whitespace_))


def _own_quotation(ctx: "DocContext", a: int, b: int) -> bool:
    """doc[a..b] holds a quotation mark not preceded by a report of its own inside the
    span (a cue with a subject, or a noun cue: '..., when Lee called for a "fresh start"')."""
    doc = ctx.doc
    for w in doc[a:b + 1]:
        if w.text in QUOTE_CHARS:
            return not any(k in ctx.cues and (ctx.cues[k].kind == "noun" or any(
                c.dep_ in SUBJECTS for c in doc[k].children)) for k in range(a, w.i))
    return False


def _aside_kind(t: Token, rules: CueRules, cues: dict[int, Cue]) -> str | None:
    """What aside t heads, if any: "relative" ('..., which ...', `[content]
    aside_relatives`), "apposition" ('..., a provision that ...'; not a list such as 'his
    wife, Ann, and friends'; also an indefinite noun phrase the parser made a second object
    of a verb that has its object or complement already: 'would pay more in taxes, an
    acknowledgment that ...'), "contrast" ('..., while others said ...', '..., even as
    critics argued ...': `_contrast_report`)."""
    doc, first = t.doc, t.doc[t.left_edge.i]
    if t.dep_ == "relcl":
        return "relative" if first.lower_ in rules.aside_relatives else None
    if t.dep_ in ("dobj", "npadvmod") and first.lower_ in ("a", "an") and any(
            c.dep_ in ("dobj", "attr", "ccomp", "xcomp") and c.i < t.left_edge.i
            for c in t.head.children):
        return "apposition"          # '..., a move that ...' parsed as a second object
    if t.dep_ in APPOSITION:
        listed = any(c.dep_ in COORDINATION for c in t.children) or any(
            c.dep_ in COORDINATION and c.i > t.i for c in t.head.children)
        return None if listed else "apposition"
    if _contrast_report(t, rules, cues):
        return "contrast"
    return None


def _contrast_report(t: Token, rules: CueRules, cues: dict[int, Cue]) -> bool:
    """t heads a closing clause of contrast, concession or time that holds a report with
    its own subject: '..., while others said ...' (`[content] contrast_marks`); '..., even
    as critics argued it fails' (`even_marks`, two words) and '..., as rivals claimed it
    was failing' (`aside_marks`), where the report must also have a reported clause of its
    own ('..., as he had predicted' frames the content and stays).  The mark hangs on t, a
    verb ('a fair, although brief, talk': an adjective, no clause)."""
    doc, lo = t.doc, t.left_edge.i
    first, own_clause = doc[lo], False
    if lo + 1 < t.i and f"{first.lower_} {doc[lo + 1].lower_}" in rules.even_marks:
        first, own_clause = doc[lo + 1], True
    elif first.lower_ in rules.aside_marks:
        own_clause = True
    elif first.lower_ not in rules.contrast_marks:
        return False
    if first.dep_ not in ADVERBIAL_MARKS or first.head.i != t.i or t.pos_ not in VERBAL:
        return False
    for k in range(lo, t.right_edge.i + 1):
        if k in cues:
            kids = list(doc[k].children)
            if any(c.dep_ in SUBJECTS for c in kids) and (
                    not own_clause or any(c.dep_ in CLAUSES for c in kids)):
                return True
    return False


def trim_tokens(doc: Doc, a: int, b: int) -> Range:
    """Drop leading punctuation (not an opening quote), a leading "that" or conjunction,
    and trailing punctuation (not a closing quote or parenthesis)."""
    while a <= b:
        t = doc[a]                                 # (one Token per step, read once)
        if not (t.is_punct and t.text not in "“\"'‘«" or (t.lower_ == "that" and t.dep_ == "mark")
                or t.dep_ == "cc"):
            break
        a += 1
    while b >= a:
        t = doc[b]
        if not (t.is_punct and t.text not in "”\"'’»" and t.text not in ")"):
            break
        b -= 1
    return a, b


def clause_tokens(ctx: "DocContext", cue: Cue) -> Range | None:
    """The trimmed content range of a cue ('is said to share ...' -> 'share ...'), or None."""
    rng = content_range(cue, ctx.rules, ctx.cues)
    if rng is None:
        return None
    doc = ctx.doc
    a, b = trim_tokens(doc, *cut_event_clause(doc, *rng, ctx.rules, ctx.cues))
    a, b = trim_tokens(doc, cut_leading_aside(cue, a, b, ctx.rules), b)
    a, b = cut_trailing_aside(ctx, cue, a, b)
    if a <= b and doc[a].lower_ == "to" and doc[a].dep_ == "aux" and is_passive(cue.tok):
        a += 1
    return (a, b) if a <= b else None


def clause_chars(ctx: "DocContext", cue: Cue, a: int, b: int) -> tuple[int, int] | None:
    """Character span of doc[a:b+1], clipped to the cue's paragraph, widened over any
    quotation it cuts into or opens with ('"zero" voters would come': a mixed clause keeps
    its marks), trimmed; None when empty."""
    doc, text = ctx.doc, ctx.text
    s, e = ctx.clip_para(doc[a].idx, doc[b].idx + len(doc[b]), cue.tok.idx)
    for j in ctx.qindex.inside(s, e):
        q = ctx.quotes[j]
        if q.start < s or (q.start == s and q.end < e):      # a clause opening on a quote
            s = min(s, q.open)
        if q.end > e:
            e = max(e, q.outer_end)
    s, e = trim_span(text, s, e)
    return (s, e) if e > s else None
