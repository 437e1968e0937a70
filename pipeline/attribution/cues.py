"""Reporting cues: which tokens can introduce a claim, and as what kind of cue.

`match_cue(tok, rules)` tries one matcher per form of cue, in this order:

    prepositional  "according to X"            the words in sequence
                   "in a new poll, ..."         a preposition on a verb, a poll as its object
    adjective      "X is worried that ..."      an attitude adjective with a clause/prep
    noun           "his claim that ..."         a report noun, its clause and its holder
    make-clear     "made (it) clear that ..."   make + adjective + that
    phrase         "pointed out", "called for"  verb + particle/preposition
    express        "expressed concern about"    express + a noun from the list
    verb           "said", "argued"             a verb lemma from the cue groups
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from pipeline.attribution.labels import (ADJ_CONTENT, ADJ_CUE_DEPS, ADJ_CUE_POS, COMPLEMENTS,
                                         INFINITIVE_CLAUSES, NOUN_REPORT_DEPS, PARTICLES,
                                         PHRASE_GAP_DEPS, PHRASE_GAP_POS, SUBJECTS, VERBAL)
from pipeline.attribution.rules import CueRules
from pipeline.doc_rows import sent_bounds


@dataclass
class Cue:
    tok: Token                    # the verb (or first word of a prepositional phrase)
    last: Token                   # last token of the cue phrase
    group: str                    # the [cues.<group>] it comes from ("prepositional", ...)
    kind: str                     # verb | phrase | express | prep | adj | make
    text: str


def match_cue(tok: Token, rules: CueRules) -> Cue | None:
    """The cue `tok` starts, or None (see the module doc for the order of matchers)."""
    pos = tok.pos_
    cue = None
    if pos == "NOUN" or tok.lower_ in rules.opening_words:
        cue = _prepositional(tok, rules) or _adjective(tok, rules) or _nominal(tok, rules) \
            or _noun_finding(tok, rules)
    if cue is not None or pos not in VERBAL:
        return cue                # other nominalised reports ("his calls for") are not cues
    lemma = verb_lemma(tok, rules)
    if lemma in rules.as_verbs and as_marked(tok, rules):
        return _as_it(tok, rules)
    if lemma == "make" and rules.make_clear:
        return _make_clear(tok, rules)
    if lemma in rules.phrase_verbs:            # (else no (lemma, word) of `phrases`)
        cue = _phrase(tok, lemma, rules)
        if cue is not None:
            return cue
    if lemma in rules.express_verbs:
        return _express(tok, rules)
    group = rules.verbs.get(lemma)
    if group is None or (rules.requires.get(group) == "source"
                         and not source_finding(tok, group, rules)):
        return None              # 'The senator gave a speech': a measure needs a source
    if lemma in rules.likeness_verbs and not any(c.dep_ == "dobj" for c in tok.children):
        return None              # '..., compared with last year': no thing likened, no cue
    return Cue(tok, tok, group, "verb", tok.text)


def source_finding(tok: Token, group: str, rules: CueRules) -> bool:
    """A finding verb whose subject is one of its group's `sources` (poll, study, audit),
    or a noun of such sources ('an average of polls', 'a batch of emails'), or a participle
    on such a noun ('a poll showing ...'), and which has a direct object: what the source
    shows is its claim.  The verbs of requires = "source" groups ([cues.measure]: 'The poll
    gave Ruiz a lead') are cues only so."""
    if group not in rules.source_groups:
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ == "acl" and tok.tag_ == "VBG":
        subjects.append(tok.head)                  # 'a new poll showing X with a lead'
    if not any(_is_source(c, rules.source_nouns) for c in subjects):
        return False
    if tok.lemma_.lower() in rules.predicate_verbs:
        return _predicated(tok)
    return any(c.dep_ == "dobj" and c.i > tok.i for c in tok.children)


def _predicated(tok: Token) -> bool:
    """'The poll has Lee leading Ruiz' / 'has her lead growing': a clause after the verb, or
    an object with a participle or infinitive on it, or a name or noun with a participle
    right after it inside the object ('has Lee leading Ruiz 45 percent to 43': the parser
    hangs the participle on a noun of the figure); not 'the poll has a sampling error of
    four points' (a plain object: a `predicate_verbs` verb measures nothing so), nor an
    auxiliary ('had stopped': `cue_candidates` skips those too)."""
    if tok.pos_ == "AUX":
        return False
    doc = tok.doc
    for c in tok.children:
        if c.i < tok.i or c.dep_ not in ("ccomp", "dobj"):
            continue
        if c.dep_ == "ccomp" or any(g.dep_ in PREDICATE_DEPS for g in c.children) or any(
                g.tag_ == "VBG" and g.i - 1 > tok.i and doc[g.i - 1].pos_ in SUBJECT_POS
                for g in c.subtree):
            return True
    return False


def _is_source(noun: Token, sources: frozenset[str]) -> bool:
    """'the poll' / 'an average of polls': the noun, or the object of its "of", a source;
    by lemma or by word ('data': the model lemmatises it 'datum')."""
    return _source_word(noun, sources) or any(
        p.dep_ == "prep" and p.lower_ == "of" and any(
            o.dep_ == "pobj" and _source_word(o, sources) for o in p.children)
        for p in noun.children)


def _source_word(noun: Token, sources: frozenset[str]) -> bool:
    return noun.lemma_.lower() in sources or noun.lower_ in sources


def _noun_finding(tok: Token, rules: CueRules) -> Cue | None:
    """'..., records show.' / 'The mayor, state records show, has ...': the parser read a
    finding verb of a `sources` group as a noun, with the source before it as its compound;
    it is that group's verb in a frame (the frame passes take the clause around it)."""
    if tok.pos_ != "NOUN" or not framed_finding(tok, rules):
        return None
    return Cue(tok, tok, rules.verbs[tok.lemma_.lower()], "verb", tok.text)


def framed_finding(tok: Token, rules: CueRules) -> bool:
    """'..., records show.' / ', F.A.A. records show, ...': a verb of a `sources` group (or
    the noun the parser made of it) right after its source subject (or compound), set off
    by a comma before the source and a comma or full stop after the verb: a frame whose
    clause is the words around it (`passes.trailing_frame`, `passes.mid_frame`), as
    'officials said' is (not 'What they back the survey finds.')."""
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc) or doc[tok.i + 1].text not in FRAME_ENDS \
            or rules.verbs.get(tok.lemma_.lower()) not in rules.source_groups:
        return False
    prev = doc[tok.i - 1]
    left = min((c.left_edge.i for c in tok.children if c.i < tok.i and c.dep_ in SOURCE_DEPS),
               default=0)                        # ', F.A.A. records show': both on the verb
    return prev.dep_ in SOURCE_DEPS and prev.head.i == tok.i and left > 0 \
        and doc[left - 1].text == "," and \
        _is_source(prev, rules.source_nouns) and not any(c.dep_ == "dobj" for c in tok.children)


def as_marked(tok: Token, rules: CueRules) -> bool:
    """'As Lee put it, ...': the verb heads an adverbial clause opened by an [as_frame] mark."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in rules.as_marks
                                       and c.i < tok.i for c in tok.children)


def _as_it(tok: Token, rules: CueRules) -> Cue | None:
    """'as Lee put it': an [as_frame] verb with "it" as its object, a cue of [as_frame]
    group ending at "it"."""
    it = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "it"), None)
    if it is None:
        return None
    return Cue(tok, it, rules.as_group, "verb", tok.doc[tok.i:it.i + 1].text)


def verb_lemma(tok: Token, rules: CueRules) -> str:
    """The lemma of a verb, with the model's known slips mended from the word form
    ([lemma_forms]: 'hopes', 'hoped', 'hoping' are lemmatised 'hop')."""
    return rules.lemma_forms.get(tok.lower_) or tok.lemma_.lower()


FRAME_ENDS = frozenset({",", "."})      # after the verb of a frame: 'records show, ...'
SOURCE_DEPS = frozenset({"compound", "nsubj"})   # the source before a framed finding
PREDICATE_DEPS = frozenset({"acl", "xcomp"})   # on the object of a predicate verb
SUBJECT_POS = frozenset({"PROPN", "NOUN", "PRON"})   # ... or before a participle in it
_OPENERS: dict[int, tuple] = {}
_NOUN = POS_IDS["NOUN"]
_AUX = POS_IDS["AUX"]


def cue_candidates(doc: Doc, rules: CueRules) -> list[int]:
    """Indices of the tokens `match_cue` may find a cue at, read from the Doc's arrays in one
    pass (no Token object per word): a word opening a prepositional cue, an attitude
    adjective or a report noun; a verb or auxiliary that is a source preposition ('including' as a
    preposition) or whose `verb_lemma` is a cue verb, a phrase verb, an express verb or
    "make", but no auxiliary of a `predicate_verbs` lemma ('had stopped': a measure needs
    the verb's own subject and object). `match_cue` is None at every other token."""
    if not len(doc):
        return []
    cached = _OPENERS.get(id(rules))
    if cached is None or cached[0] is not rules:
        words = frozenset(get_string_id(w) for w in
                          [p[0] for p in rules.prepositional if p] + list(rules.adjectives)
                          + [n + s for n in rules.report_nouns for s in ("", "s")])
        preps = frozenset(get_string_id(w) for w in rules.source_preps)
        words = words | frozenset(get_string_id(w) for w in rules.held_preps)
        lemmas = (set(rules.verbs) | set(rules.express_verbs) | {v for v, _ in rules.phrases}
                  | ({"make"} if rules.make_clear else set()) | set(rules.as_verbs))
        findings = frozenset(get_string_id(v) for v, g in rules.verbs.items()
                             if g in rules.source_groups)
        predicates = frozenset(get_string_id(v) for v in rules.predicate_verbs)
        cached = _OPENERS[id(rules)] = (rules, words, frozenset(POS_IDS[p] for p in VERBAL),
                                        preps, frozenset(lemmas), {}, findings, predicates)
    _, words, tags, preps, lemmas, known, findings, predicates = cached
    strings = doc.vocab.strings
    out = []
    # the columns as three lists (not a list per token), a word's lemma and tag read only
    # when its form opens no cue
    lows, lems, poss = doc.to_array([LOWER, LEMMA, POS]).T.tolist()
    for i, low in enumerate(lows):
        if low in words:
            out.append(i)
            continue
        pos = poss[i]
        if pos == _NOUN:
            if lems[i] in findings:
                out.append(i)
        elif pos in tags:
            lem = lems[i]
            if pos == _AUX and lem in predicates:
                continue                                   # 'had stopped'
            cue = known.get((low, lem))
            if cue is None:
                # verb_lemma from the strings: [lemma_forms] of the word, else its lemma
                if len(known) > 100_000:
                    known.clear()
                lemma = rules.lemma_forms.get(strings[low]) or strings[lem].lower()
                cue = known[(low, lem)] = low in preps or lemma in lemmas
            if cue:
                out.append(i)
    return out


def _prepositional(tok: Token, rules: CueRules) -> Cue | None:
    """'according to X': the words in sequence; the speaker is the object of the last."""
    doc, low = tok.doc, tok.lower_
    for words in rules.prepositional:
        if low == words[0] and tok.i + len(words) <= len(doc) and all(
                doc[tok.i + k].lower_ == w for k, w in enumerate(words)):
            last = doc[tok.i + len(words) - 1]
            return Cue(tok, last, "prepositional", "prep", doc[tok.i:last.i + 1].text)
    return _in_source(tok, rules) or _held_view(tok, rules)


def _held_view(tok: Token, rules: CueRules) -> Cue | None:
    """'In their view, Democrats could win', 'By her own admission, the plan failed': a
    [prepositional] held_preps word opening the sentence, its object a held_nouns noun with a
    possessor (the speaker: speaker_head._according_to), a comma closing the phrase."""
    if tok.lower_ not in rules.held_preps or tok.dep_ != "prep":
        return None
    for c in tok.children:
        if c.dep_ == "pobj" and c.lemma_.lower() in rules.held_nouns and any(
                p.dep_ == "poss" and p.lower_ not in rules.speakers.relative for p in c.children):
            # the phrase's place last: most "in" / "by" phrases hold no such noun, and
            # _framing looks up the sentence
            if not _framing(tok):
                return None
            return Cue(tok, c, "prepositional", "prep", tok.doc[tok.i:c.i + 1].text)
    return None


def _in_source(tok: Token, rules: CueRules) -> Cue | None:
    """'In a new Gallup poll, 60 percent ...' / 'Clinton led by 8 points in the survey': a
    finding placed in one poll, on the sentence's main verb; the poll is the speaker.  Not
    'behind him in the polls' (the standing in polls at large: a plural), unless the phrase
    opens the sentence ('In exit polls, voters ...': `_fronted`).  A phrase that opens the
    sentence, closed by a comma, frames the whole sentence wherever the parser hung it ('In
    a poll released Sunday, three of four voters ...': on a noun; `_framing`); not one
    inside it ('Her lead in the poll shrank.').  A phrase closing the sentence frames it too
    when it names one poll (a determiner or possessor on the noun) and hangs on the main
    verb through objects and phrases only ('took 6 percent of the vote in a new poll.':
    `_closing`); not 'a shift in private polling' (polls at large)."""
    if tok.lower_ not in rules.source_preps or tok.dep_ != "prep":
        return None
    polls = [c for c in tok.children
             if c.dep_ == "pobj" and c.lemma_.lower() in rules.source_prep_nouns]
    if not polls:
        return None                       # (the cheap test first: most phrases hold no poll)
    head = tok.head
    closing = False
    if not (head.pos_ in VERBAL and head.dep_ == "ROOT") and not _framing(tok):
        closing = _closing(tok, rules)
        if not closing:
            return None
    if closing and not any(c.dep_ in ONE_POLL for p in polls for c in p.children):
        return None                       # 'in private polling': polls at large
    if any(c.tag_ == "NN" or _fronted(tok, c) for c in polls):
        return Cue(tok, tok, "prepositional", "prep", tok.text)
    return None


CLOSING_PATH = frozenset({"dobj", "pobj", "prep", "pcomp", "npadvmod", "attr", "acomp"})
ONE_POLL = frozenset({"det", "poss"})     # 'in a poll', "in Monday's poll": one poll


def _closing(tok: Token, rules: CueRules) -> bool:
    """The phrase closes its sentence (a full stop or a comma after it) and hangs, through
    objects and phrases only (no clause of its own, no comparison: '..., compared with 50
    percent in a survey in May.'), on the sentence's main verb: 'took 6 percent of the vote
    in a new poll.', 'after falling to 41 percent in the paper's survey.'"""
    doc, nxt = tok.doc, tok.right_edge.i + 1
    if nxt >= len(doc) or doc[nxt].text not in (".", ","):
        return False
    t = tok.head
    while t.dep_ in CLOSING_PATH and t.head.i != t.i and t.lower_ not in rules.comparison_preps:
        t = t.head
    return t.dep_ == "ROOT" and t.pos_ in VERBAL


def _framing(tok: Token) -> bool:
    """The phrase of `tok` opens its sentence and a comma closes it."""
    nxt = tok.right_edge.i + 1            # (the comma first: tok.sent walks the sentence)
    return nxt < len(tok.doc) and tok.doc[nxt].text == "," and \
        tok.i == sent_bounds(tok.doc, tok.i)[0]


def _fronted(tok: Token, noun: Token) -> bool:
    """'In exit polls, ...': the phrase opens the sentence and a comma closes it, and the
    noun is modified (not 'In polls, as in life, ...'): polls of any number or spelling
    ('Poll' in a name) frame the sentence."""
    nxt = tok.right_edge.i + 1
    return nxt < len(tok.doc) and tok.doc[nxt].text == "," and \
        tok.i == sent_bounds(tok.doc, tok.i)[0] and any(c.i < noun.i for c in noun.children)


def _adjective(tok: Token, rules: CueRules) -> Cue | None:
    """'X is worried that ...', 'confident about ...': a predicative attitude adjective
    governing a clause or an about/over/of/on phrase to its right; not a deed ('make sure
    the members get breaks': `adjective_action_heads`) nor a forecast ('the delay is sure to
    anger farmers': a `raising_adjectives` word with its to-infinitive)."""
    low = tok.lower_
    if low not in rules.adjectives or tok.dep_ not in ADJ_CUE_DEPS or tok.pos_ not in ADJ_CUE_POS:
        return None
    if tok.head is not tok and tok.head.lemma_.lower() in rules.adjective_action_heads:
        return None
    raising = low in rules.raising_adjectives
    if any(c.dep_ in ADJ_CONTENT and (c.dep_ != "prep" or c.lower_ in rules.adjective_preps) and c.i > tok.i
           and not (raising and c.dep_ == "xcomp" and c.left_edge.lower_ == "to") for c in tok.children):
        return Cue(tok, tok, rules.adjectives[low], "adj", tok.text)
    return None


def _nominal(tok: Token, rules: CueRules) -> Cue | None:
    """'Ruiz's claim that the plan would fail', 'his promise to cut taxes': a report noun
    with its clause (`noun_clause`) and a holder (`noun_holder`)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in rules.report_nouns:
        return None
    if noun_clause(tok, rules) is None or noun_holder(tok, rules) is None:
        return None
    return Cue(tok, tok, rules.nominal_group, "noun", tok.text)


def noun_clause(tok: Token, rules: CueRules) -> Token | None:
    """The clause a report noun reports: a that-clause ('the claim that X') or a
    to-infinitive ('his promise to cut taxes') right after it (not 'his claim of X's
    qualifications to be president'), and not a relative clause the parser took for one
    ('the claim that he made on Monday': `_object_gap`)."""
    for c in tok.children:
        if c.left_edge.i == tok.i + 1 and c.dep_ in NOUN_REPORT_DEPS and c.pos_ in VERBAL and any(
                (g.dep_ == "mark" and g.lower_ == "that") or (g.dep_ == "aux" and g.lower_ == "to")
                for g in c.children if g.i < c.i) and not _object_gap(c, rules):
            return c
    return None


def _object_gap(verb: Token, rules: CueRules) -> bool:
    """'(the claim) that he made / repeated on Monday': a light or reporting verb with no
    object or clause of its own is a relative clause about the noun, not its content."""
    lemma = verb_lemma(verb, rules)
    return (lemma in rules.light_verbs or lemma in rules.verbs) and not any(
        c.dep_ in COMPLEMENTS for c in verb.children)


def noun_holder(tok: Token, rules: CueRules) -> Token | None:
    """Who holds a nominal report: the possessor ('Ruiz's claim', 'his promise'; not a
    relative 'whose'), or the subject of a light verb it is the object of ('Lee made the
    argument that ...', 'kept his promise to ...')."""
    for c in tok.children:
        if c.dep_ == "poss" and c.lower_ not in rules.speakers.relative:
            return c
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in rules.light_verbs:
        return next((c for c in head.children if c.dep_ == "nsubj"), None)
    return None


def _make_clear(tok: Token, rules: CueRules) -> Cue | None:
    """'made clear that', 'made it plain that': a say-cue built from make + adjective."""
    doc = tok.doc
    for k in range(tok.i + 1, min(tok.i + 3, len(doc))):
        t = doc[k]
        if t.lower_ in rules.make_clear and k + 1 < len(doc) and doc[k + 1].lower_ == "that":
            return Cue(tok, t, rules.make_clear_group, "make", doc[tok.i:k + 1].text)
        if t.lower_ != "it":
            break
    return _make_case(tok, rules)


def _make_case(tok: Token, rules: CueRules) -> Cue | None:
    """'made the case (to 23 group leaders) that X', 'make a strong case that X': make, a
    determiner or possessive, at most two adjectives, a [make_clear] noun, then a "that"
    opening the content within a few words (`content.that_clause`), as the parser seldom
    hangs it on the noun; a noun with its own clause and holder is the [nominal] cue's
    ('Lee made the case that X' parsed so; not 'tried to make the case that X': no
    subject of 'make'), and 'made a case for X' has no clause: no cue."""
    from pipeline.attribution.content import that_clause

    doc, k = tok.doc, tok.i + 1
    if not rules.make_nouns or k >= len(doc) or doc[k].pos_ not in ("DET", "PRON"):
        return None
    k += 1
    while k < min(tok.i + 4, len(doc) - 1) and doc[k].pos_ == "ADJ":
        k += 1
    noun = doc[k]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in rules.make_nouns or (
            noun_clause(noun, rules) is not None and noun_holder(noun, rules) is not None):
        return None
    cue = Cue(tok, noun, rules.nominal_group, "make", doc[tok.i:k + 1].text)
    return cue if that_clause(cue) is not None else None


def _phrase(tok: Token, lemma: str, rules: CueRules) -> Cue | None:
    """'called for X' / 'pointed out': the particle or preposition hangs on the verb with
    at most adverbs between (or is the adverb right after it: 'shot back'); not 'called a
    meeting for Friday'."""
    doc = tok.doc
    for child in tok.children:
        if (child.dep_ in PARTICLES or (child.dep_ == "advmod" and child.i == tok.i + 1)) \
                and child.i > tok.i and (lemma, child.lower_) in rules.phrases and (
                child.dep_ == "prt" or all(t.pos_ in PHRASE_GAP_POS for t in doc[tok.i + 1:child.i])):
            return Cue(tok, child, rules.phrases[(lemma, child.lower_)], "phrase",
                       doc[tok.i:child.i + 1].text if child.i > tok.i else tok.text)
    return _clause_mark_phrase(tok, lemma, rules)


def _clause_mark_phrase(tok: Token, lemma: str, rules: CueRules) -> Cue | None:
    """'called (Wednesday) for the council to resign': the parser made the phrase's
    preposition the mark of a to-infinitive clause with its own subject that hangs on the
    verb; the cue ends at the mark, with only the verb's adverbs and time nouns between."""
    doc = tok.doc
    for clause in tok.children:
        if clause.dep_ not in INFINITIVE_CLAUSES or clause.i < tok.i:
            continue
        mark = next((m for m in clause.children if m.dep_ == "mark"), None)
        if mark is None or (lemma, mark.lower_) not in rules.phrases or mark.i < tok.i:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) or not any(
                c.dep_ in SUBJECTS for c in clause.children):
            continue
        if all(t.head.i == tok.i and t.dep_ in PHRASE_GAP_DEPS for t in doc[tok.i + 1:mark.i]):
            return Cue(tok, mark, rules.phrases[(lemma, mark.lower_)], "phrase",
                       doc[tok.i:mark.i + 1].text)
    return None


def _express(tok: Token, rules: CueRules) -> Cue | None:
    """'expressed (his) concern/desire/hopes': the direct object's lemma names an attitude."""
    for child in tok.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in rules.express_nouns:
            return Cue(tok, child, rules.express_verbs[verb_lemma(tok, rules)], "express",
                       tok.doc[tok.i:child.i + 1].text)
    return None
