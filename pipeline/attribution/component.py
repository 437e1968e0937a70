"""Quote attribution: the spaCy component that finds claims and their speakers.

    nlp.add_pipe("claims_attribution")            # after the parser and NER
    doc._.attributions  -> list[pipeline.records.Attribution]
    doc.spans["claims"] -> the claim content spans, each with span._.attribution

The work is in `extract_attributions(doc, rules)`, a generator of `Attribution`s (in the
style of textacy's `direct_quotations` triples, but covering indirect and mixed speech):

1. quote marks are paired on the raw text (`pipeline.attribution.quotes.find_quotes`);
2. every reporting cue outside quotation marks (a verb from configs/cues.toml, a verb +
   particle such as "point out", "expressed concern", "according to") is looked at once:
   its speaker is its subject (or the object of "according to" / "learned from"), its
   content is an adjacent quotation (`"X," he said` / `he said: "X"`) or its reported
   clause (the ccomp/xcomp/object subtree, or the clause before ", X said");
3. quotations no cue claimed continue the previous speaker when they open a sentence right
   after an attributed claim (same paragraph, or a quote paragraph after a quote
   paragraph); all other quotations (scare quotes, terms, titles) are not claims;
4. speakers are resolved in reading order by `pipeline.attribution.speakers.SpeakerResolver`.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.config import ConfigError, default_config_dir, read_toml
from pipeline.attribution.quotes import (QuoteIndex, QuoteSpan, claim_kind, find_quotes, paragraphs,
                             trim_span, word_count)
from pipeline.records import Attribution
from pipeline.attribution.speakers import (ANON, DOCUMENT, ORG, PERSON, UNKNOWN, Speaker, SpeakerResolver,
                               SpeakerRules)

_TERMINAL = ".!?\"'”’»…:)"


# ---------------------------------------------------------------------------- rule data

@dataclass(frozen=True)
class CueRules:
    """Reporting cues and speaker rules, loaded from configs/cues.toml."""

    verbs: dict[str, str] = field(default_factory=dict)                 # lemma -> group
    phrases: dict[tuple[str, str], str] = field(default_factory=dict)   # (lemma, particle)
    attitude: frozenset[str] = frozenset()                              # attitude groups
    from_speaker: frozenset[str] = frozenset()                          # "learned from X"
    express_nouns: frozenset[str] = frozenset()
    express_verbs: frozenset[str] = frozenset()
    prepositional: tuple[tuple[str, ...], ...] = ()
    speakers: SpeakerRules = field(default_factory=SpeakerRules)
    requires: dict[str, str] = field(default_factory=dict)              # group -> need
    adjectives: dict[str, str] = field(default_factory=dict)            # predicative attitude
    hearsay_passive: frozenset[str] = frozenset()                       # "is said to"
    event_verbs: frozenset[str] = frozenset()                           # "when asked ..."
    event_marks: frozenset[str] = frozenset()
    quoted_as: frozenset[str] = frozenset()                             # "was quoted as saying"
    negative_heads: frozenset[str] = frozenset()                        # "declined to say"
    own_action: frozenset[str] = frozenset()                            # "wants to make money"
    own_action_inf: frozenset[str] = frozenset()                        # "... to know how"
    make_clear: frozenset[str] = frozenset()                            # "made it clear that"
    channel_groups: frozenset[str] = frozenset()                        # "X said Y, AP reported"


def load_cues(path: Path) -> CueRules:
    """Read a cues TOML file (see configs/cues.toml); ConfigError on bad content."""
    data = read_toml(Path(path), "cues")
    verbs: dict[str, str] = {}
    phrases: dict[tuple[str, str], str] = {}
    attitude, from_speaker, express_nouns, express_verbs = set(), set(), set(), set()
    requires: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    groups = data.get("cues", {})
    if not isinstance(groups, dict):
        raise ConfigError(f"cues file {path}: [cues] must be a table of groups")
    for name, group in groups.items():
        if not isinstance(group, dict):
            raise ConfigError(f"cues file {path}: [cues.{name}] must be a table")
        unknown = set(group) - {"verbs", "phrases", "attitude", "speaker", "nouns", "requires",
                                "adjectives"}
        if unknown:
            raise ConfigError(f"cues file {path}: unknown key {sorted(unknown)[0]!r} in [cues.{name}]")
        for v in group.get("verbs", []):
            verbs[str(v).lower()] = name
        for p in group.get("phrases", []):
            words = str(p).lower().split()
            if len(words) == 1:
                express_verbs.add(words[0])
            elif len(words) == 2:
                phrases[(words[0], words[1])] = name
            else:
                raise ConfigError(f"cues file {path}: phrase {p!r} in [cues.{name}] must be "
                                  "a verb and one particle")
        if group.get("attitude"):
            attitude.add(name)
        need = group.get("requires")
        if need is not None:
            if need not in ("complement", "clause"):
                raise ConfigError(f"cues file {path}: requires in [cues.{name}] must be "
                                  "'complement' or 'clause'")
            requires[name] = need
        for a in group.get("adjectives", []):
            adjectives[str(a).lower()] = name
        if group.get("speaker", "subject") == "from":
            from_speaker.add(name)
        express_nouns.update(str(n).lower() for n in group.get("nouns", []))
    prep = tuple(tuple(str(p).lower().split()) for p in
                 data.get("prepositional", {}).get("phrases", []))
    return CueRules(verbs=verbs, phrases=phrases, attitude=frozenset(attitude),
                    from_speaker=frozenset(from_speaker), express_nouns=frozenset(express_nouns),
                    express_verbs=frozenset(express_verbs), prepositional=prep,
                    speakers=SpeakerRules.from_dict(data.get("speakers", {})),
                    requires=requires, adjectives=adjectives,
                    hearsay_passive=_words(data, "hearsay_passive", "verbs"),
                    event_verbs=_words(data, "event_clauses", "verbs"),
                    event_marks=_words(data, "event_clauses", "marks"),
                    quoted_as=_words(data, "hearsay_passive", "quoted_as"),
                    negative_heads=_words(data, "negative", "heads"),
                    own_action=_words(data, "own_action", "verbs"),
                    own_action_inf=_words(data, "own_action", "infinitives"),
                    make_clear=_words(data, "make_clear", "adjectives"),
                    channel_groups=_words(data, "channels", "speech_groups"))


def _words(data: dict, table: str, key: str) -> frozenset[str]:
    """The lowercased word list `[table] key` of a cues file (empty when absent)."""
    return frozenset(str(v).lower() for v in data.get(table, {}).get(key, []))


# ---------------------------------------------------------------------------- cue matching

@dataclass
class _Cue:
    tok: Token                    # the verb (or first word of a prepositional phrase)
    last: Token                   # last token of the cue phrase
    group: str
    kind: str                     # verb | phrase | express | prep
    text: str


def _match_cue(tok: Token, rules: CueRules) -> _Cue | None:
    doc = tok.doc
    low = tok.lower_
    # "according to X": the words in sequence, speaker = object of the last word
    for words in rules.prepositional:
        if low == words[0] and tok.i + len(words) <= len(doc) and all(
                doc[tok.i + k].lower_ == w for k, w in enumerate(words)):
            last = doc[tok.i + len(words) - 1]
            return _Cue(tok, last, "prepositional", "prep", doc[tok.i:last.i + 1].text)
    if low in rules.adjectives and tok.dep_ in ("acomp", "ROOT", "ccomp", "conj", "xcomp") and \
            tok.pos_ in ("ADJ", "VERB") and any(
                c.dep_ in ("ccomp", "prep", "xcomp") and (c.dep_ != "prep" or c.lower_ in (
                    "about", "over", "of", "that", "on")) and c.i > tok.i for c in tok.children):
        return _Cue(tok, tok, rules.adjectives[low], "adj", tok.text)
    if tok.pos_ not in ("VERB", "AUX"):       # nominalised reports ("his calls for") are not cues
        return None
    lemma = tok.lemma_.lower()
    if lemma == "make" and rules.make_clear:  # "made (it) clear that ..."
        for k in range(tok.i + 1, min(tok.i + 3, len(doc))):
            t = doc[k]
            if t.lower_ in rules.make_clear and k + 1 < len(doc) and doc[k + 1].lower_ == "that":
                return _Cue(tok, t, "say", "make", doc[tok.i:k + 1].text)
            if t.lower_ != "it":
                break
        return None
    for child in tok.children:                # verb + particle / preposition
        if child.dep_ in ("prt", "prep") and (lemma, child.lower_) in rules.phrases and (
                child.dep_ == "prt" or all(t.pos_ in ("ADV", "PART") for t in doc[tok.i + 1:child.i])):
            # "called for X" / "pointed out"; not "called a meeting for Friday"
            return _Cue(tok, child, rules.phrases[(lemma, child.lower_)], "phrase",
                        doc[tok.i:child.i + 1].text if child.i > tok.i else tok.text)
    if lemma in rules.express_verbs:          # "expressed (his) concern/desire/hopes"
        for child in tok.children:
            if child.dep_ == "dobj" and child.lemma_.lower() in rules.express_nouns | {
                    child.lower_} and child.lower_ in rules.express_nouns | {child.lemma_.lower()}:
                if child.lower_ in rules.express_nouns or child.lemma_.lower() in rules.express_nouns:
                    return _Cue(tok, child, "express", "express", doc[tok.i:child.i + 1].text)
        return None
    if lemma in rules.verbs:
        return _Cue(tok, tok, rules.verbs[lemma], "verb", tok.text)
    return None


def _negated(tok: Token, rules: CueRules) -> bool:
    """A negative report: "did not say", "never commented", "declined to say", "refused to
    comment" -- the cue is negated or governed by a verb of not doing."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    head = tok.head
    return tok.dep_ == "xcomp" and head.i != tok.i and (
        head.lemma_.lower() in rules.negative_heads or any(c.dep_ == "neg" for c in head.children))


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def _speaker_head(cue: _Cue, rules: CueRules, cue_toks: dict[int, _Cue], depth: int = 0) -> Token | None:
    """The token heading the speaker mention of a cue (rules commented inline)."""
    tok = cue.tok
    if depth > 6:
        return None
    # according to X: the object of "to"
    if cue.kind == "prep":
        for c in cue.last.children:
            if c.dep_ == "pobj":
                titles = rules.speakers.titles
                if c.lower_ in titles or c.lower_ + "." in titles:
                    # "according to Sgt. Ann Lee" with the title cut off by the parser
                    k, name = c.i + 1, None
                    while k < len(c.doc) and (c.doc[k].pos_ == "PROPN" or (
                            c.doc[k].text == "." and name is None)):
                        if c.doc[k].pos_ == "PROPN":
                            name = c.doc[k]
                        k += 1
                    return name or c
                return c
        return None
    # learned from X: the object of "from"
    if cue.group in rules.from_speaker:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        return None
    if cue.kind == "adj":
        # "X is worried that", "X, confident that ...": subject of the adjective or copula
        for t in (tok, tok.head):
            for c in t.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    if c.lower_ in rules.speakers.relative and t.dep_ == "relcl":
                        return t.head
                    return c
            if t.i == t.head.i or t.pos_ not in ("AUX", "VERB", "ADJ"):
                break
        return None
    if _is_passive(tok) and tok.lemma_.lower() in rules.hearsay_passive and any(
            c.dep_ == "xcomp" for c in tok.children):
        # "X is said to ...", "X is understood to have argued ...": the subject (borderline)
        for c in tok.children:
            if c.dep_ == "nsubjpass":
                return c
        return None
    if _is_passive(tok):
        # "was quoted by X" has an agent; agentless passives ("is said to") are not claims
        for c in tok.children:
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        return None
    for c in tok.children:
        if c.dep_ in ("nsubj", "csubj") or (c.dep_ == "expl" and False):
            if c.lower_ in rules.speakers.relative and tok.dep_ == "relcl":
                return tok.head                    # "Wi, who said ..." -> Wi
            return c
    head = tok.head
    if head.i == tok.i:
        return None
    # "X said ... and added ...": a conjoined verb shares the subject
    if tok.dep_ == "conj":
        if head.i not in cue_toks and head.tag_ != tok.tag_:
            # "X suggested that Seoul should take ... and reiterated ...": the conjunct
            # belongs to the reporting verb above, not to the reported clause
            anc = head.head
            while anc.i != anc.head.i and anc.i not in cue_toks:
                anc = anc.head
            if anc.i in cue_toks and anc.tag_ == tok.tag_:
                return _speaker_head(cue_toks[anc.i], rules, cue_toks, depth + 1)
        hc = cue_toks.get(head.i) or _Cue(head, head, "", "verb", head.text)
        cand = _speaker_head(hc, rules, cue_toks, depth + 1)
        if cand is not None and not _speaker_like(cand, rules):
            # "said the plan was ... and called for a review": the plan cannot speak
            anc = head.head
            while anc.i != anc.head.i and anc.i not in cue_toks:
                anc = anc.head
            if anc.i in cue_toks:
                return _speaker_head(cue_toks[anc.i], rules, cue_toks, depth + 1)
        return cand
    # "X was quoted as saying: ...": the passive subject of the quoting verb
    if tok.dep_ == "pcomp" and head.lower_ == "as" and head.head.i != head.i and _is_passive(
            head.head) and head.head.lemma_.lower() in rules.quoted_as:
        for c in head.head.children:
            if c.dep_ == "nsubjpass":
                return c
    # "..., adding that ...", "calling it ...": participles take the speaker of the nearest
    # reporting verb above them, else the subject of their head
    if tok.dep_ in ("advcl", "xcomp", "conj", "ccomp") and tok.tag_ in ("VBG", "VBN") or \
            (tok.dep_ == "xcomp" and tok.tag_ == "VB"):
        anc = head
        while anc is not None:
            # "said they believe X, calling him 'Y'": a belief does not call anyone names,
            # the reporting verb above it does
            if anc.i in cue_toks and cue_toks[anc.i].group not in rules.attitude:
                return _speaker_head(cue_toks[anc.i], rules, cue_toks, depth + 1)
            if anc.head.i == anc.i:
                break
            anc = anc.head
        passive_ok = _is_passive(head) and head.lemma_.lower() in rules.quoted_as
        for c in head.children:
            if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and passive_ok):
                if c.lower_ in rules.speakers.relative and head.dep_ == "relcl":
                    return head.head
                return c
        return None
    # "a statement saying ...": the noun it describes; "X issued a statement saying ...": X
    if tok.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
        if head.dep_ == "dobj" and head.lemma_.lower() in rules.speakers.document:
            v = head.head
            for _ in range(4):                 # "declined ..., but later issued a statement"
                subj = [c for c in v.children if c.dep_ == "nsubj"]
                if subj or v.dep_ != "conj" or v.head.i == v.i:
                    break
                v = v.head
            for c in v.children:
                if c.dep_ == "nsubj":
                    if c.lower_ in rules.speakers.relative and v.dep_ == "relcl":
                        return v.head
                    return c
        return head
    return None


def _np_head(doc: Doc, a: int, b: int) -> Token | None:
    """Head of the noun phrase doc[a:b] even when the parser hung its determiner elsewhere:
    the left-most nominal whose head lies outside the span."""
    heads = [t for t in doc[a:b] if t.pos_ in ("NOUN", "PROPN", "PRON")
             and not (a <= t.head.i < b and t.head.i != t.i)]
    if heads:
        return heads[0]
    return doc[a:b].root if b > a else None


def _speaker_like(t: Token, rules: CueRules) -> bool:
    """Can this token head a speaker mention (name, pronoun, official, ministry, statement)?"""
    sr = rules.speakers
    low, lemma = t.lower_, t.lemma_.lower()
    return (t.pos_ in ("PROPN", "PRON") or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            or any(w in vocab for w in (low, lemma) for vocab in (
                sr.roles, sr.anonymous, sr.organization, sr.document, sr.pronouns)))


def _nearest_left_np(tok: Token, stop: int) -> Token | None:
    """Parser fallback for a reporting verb with no subject ("a Foreign Ministry official,
    speaking on condition of anonymity, said" parsed with 'official' as an object): the
    nearest noun-phrase head to the left in the same sentence, outside prepositional
    objects and quotations, skipping comma-enclosed asides."""
    sent_start = tok.sent.start
    for i in range(tok.i - 1, max(sent_start, stop) - 1, -1):
        t = tok.doc[i]
        if t.text in ("\"", "“", "”", "'", "‘", "’") or "\n" in t.text:
            return None
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "advcl", "acl", "relcl") \
                and t.tag_ not in ("VBG", "VBN"):
            return None
        if t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ not in (
                "pobj", "compound", "poss", "amod", "npadvmod", "nmod") and t.head.dep_ != "prep":
            return t
    return None


# ---------------------------------------------------------------------------- content spans

_COMPLEMENT = ("ccomp", "xcomp", "dobj", "oprd", "dative")


def _content_tokens(cue: _Cue, cue_toks: dict[int, _Cue],
                    speech: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """Token range [a, b] (inclusive) of the reported content of a cue, or None."""
    tok, doc = cue.tok, cue.tok.doc
    if cue.kind == "prep":
        # "CLAUSE, according to X" / "According to X, CLAUSE": the rest of the sentence
        sent = tok.sent
        pp_lo, pp_hi = tok.i, max(t.i for t in cue.last.subtree)
        if pp_lo - sent.start >= 3:
            return sent.start, pp_lo - 1
        if sent.end - 1 - pp_hi >= 3 or pp_lo == sent.start:
            # fronted: the clause after the comma that closes the phrase (an abbreviated
            # title such as "Sgt." may have cut the sentence inside the phrase)
            for k in range(pp_hi + 1, min(len(doc), pp_hi + 30)):
                if "\n" in doc[k].text or (doc[k].text in ".!?;" and k >= sent.end):
                    break
                if doc[k].text == ",":
                    if k + 1 < len(doc) and doc[k + 1].sent.end - 1 - (k + 1) >= 2:
                        return k + 1, doc[k + 1].sent.end - 1
                    break
            if sent.end - 1 - pp_hi >= 3:
                return pp_hi + 1, sent.end - 1
        return None
    if cue.kind == "adj":
        right = [c for c in tok.children if c.i > tok.i and c.dep_ in ("ccomp", "prep", "xcomp")]
        if not right:
            return None
        c = right[0]
        if c.dep_ == "prep" and c.lower_ != "that":
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if not objs:
                return None
            return objs[0].left_edge.i, objs[-1].right_edge.i
        return c.left_edge.i, c.right_edge.i
    if cue.kind == "express":
        noun = cue.last
        right = [c for c in noun.children if c.i > noun.i and c.dep_ in (
            "acl", "prep", "ccomp", "relcl", "xcomp")]
        if not right:
            return None
        return right[0].left_edge.i, max(c.right_edge.i for c in right)
    if cue.kind == "make":
        return _that_clause(cue)
    parts: list[Token] = []
    if cue.kind == "phrase" and cue.last.dep_ == "prep":
        parts.extend(c for c in cue.last.children if c.dep_ in ("pobj", "pcomp"))
    for c in tok.children:
        if c.dep_ in _COMPLEMENT and c.i > tok.i:
            parts.append(c)
        elif c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i and parts:
            parts.append(c)                        # "defined X as Y"
        elif c.dep_ == "prep" and c.i != cue.last.i and c.lower_ in ("that",):
            parts.append(c)
    if cue.kind == "phrase" and cue.last.dep_ == "prep":
        # "called for South Korea to increase ...": a following complement belongs too
        parts.extend(c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.i > cue.last.i)
    # "told reporters that ...": the indirect object is not content
    parts = [p for p in parts if not (p.dep_ == "dative" or (
        p.dep_ == "dobj" and cue.tok.lemma_ in ("tell", "urge", "warn", "advise", "ask", "remind")
        and any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)))]
    if not any(p.dep_ in ("ccomp", "xcomp") for p in parts) and cue.kind == "verb":
        fallback = _that_clause(cue)
        if fallback is not None:
            return fallback
    if not parts:
        if tok.dep_ == "relcl":
            return None                            # "the 13 percent analysts had expected"
        # "CLAUSE, X said": a ccomp before the cue
        before = [c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i]
        if before:
            c = before[-1]
            if _holds_report(doc, c.left_edge.i, c.i + 1, cue_toks, speech):
                return None                        # "X said Y, the AP reported": a channel
            return c.left_edge.i, c.right_edge.i
        # parenthetical cue hanging on the clause it reports ("..., CNN reported."); when
        # that clause is itself a report ("X said Y, the AP reported") the cue is a channel
        head = tok.head
        if head.i != tok.i and head.i < tok.i and tok.dep_ in ("parataxis", "ccomp", "advcl") \
                and tok.left_edge.i > head.left_edge.i \
                and doc[tok.left_edge.i - 1].text in (",", "—", "–"):
            if _holds_report(doc, head.left_edge.i, tok.left_edge.i, cue_toks, speech):
                return None
            return head.left_edge.i, tok.left_edge.i - 1
        return None
    a = min(p.left_edge.i for p in parts)
    b = max(p.right_edge.i for p in parts)
    if not any(p.dep_ == "ccomp" for p in parts):
        # "called for X, including Y, to respond ...": later prepositional and infinitival
        # dependents of the verb belong to the content; "when asked ..." clauses do not
        for c in tok.children:
            if c.i > b and c.i not in cue_toks and (c.dep_ in ("prep", "xcomp") or (
                    c.dep_ == "advcl" and not _comma_participle(c) and not any(
                    (g.dep_ == "mark" or g.dep_ == "advmod" and g.lower_ in (
                        "when", "while", "where", "after", "before", "once", "until", "whenever")) and g.i < c.i
                    for g in c.children) and c.tag_ in ("VB", "VBG", "VBN", "JJ"))):
                b = max(b, c.right_edge.i)
    return a, b


def _holds_report(doc: Doc, a: int, b: int, cue_toks: dict, speech: frozenset[str]) -> bool:
    """doc[a:b] contains a speech verb (say, tell, add ...) with its own subject ("X said Y");
    beliefs ("the company expects") and passives ("is expected to") do not count."""
    return any(k in cue_toks and cue_toks[k].kind == "verb" and cue_toks[k].group in speech
               and any(c.dep_ == "nsubj" for c in doc[k].children) for k in range(a, b))


def _comma_participle(c: Token) -> bool:
    """", setting up a showdown": a participle after a comma is the writer's gloss."""
    return c.tag_ == "VBG" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text in (",", "—", "–")


def _that_clause(cue: _Cue) -> tuple[int, int] | None:
    """Parse-independent fallback: `said in a statement on Monday that CLAUSE`: a "that"
    within a few words right of the cue, with no verb between, opens the content, which
    runs to the end of the sentence."""
    tok, doc = cue.tok, cue.tok.doc
    sent_end = tok.sent.end
    for k in range(cue.last.i + 1, min(cue.last.i + 12, sent_end)):
        t = doc[k]
        if t.lower_ == "that" and t.pos_ in ("SCONJ", "ADP", "PRON", "DET") and k + 1 < sent_end \
                and doc[k - 1].text not in (",",) and not (t.dep_ == "nsubj"):
            nxt = doc[k + 1]
            if nxt.pos_ in ("AUX", "VERB") or nxt.is_punct:
                return None                            # "that is", "that was": a pronoun
            return k + 1, sent_end - 1
        if (t.pos_ in ("VERB", "AUX") and t.i != tok.i) or t.text in (".", ";", ":", "!", "?") \
                or "\n" in t.text or t.text in ("\"", "“", "”", "'", "‘", "’"):
            return None
    return None


_WH = frozenset(("how", "whether", "if", "why", "what"))


def _embedded_question(tok: Token) -> bool:
    """"how the allies define X", "what it calls Y": a cue inside a wh-clause asserts nothing."""
    return any(c.i < tok.i and c.lower_ in _WH and c.dep_ in ("advmod", "mark", "dobj", "nsubj")
               for c in tok.children)


def _cut_trailing(doc: Doc, a: int, b: int, rules: CueRules, cues: dict) -> tuple[int, int]:
    """Cut the content span before a clause about the reporting event ("when asked by
    reporters", "as he spoke by phone with ..."): it belongs to the writer."""
    for t in doc[a:b + 1]:
        if t.i <= a or (t.i in cues and t.lemma_.lower() not in rules.event_verbs):
            continue
        left = t.left_edge.i
        if left <= a:
            continue
        cut = False
        if t.dep_ == "advcl" and t.lemma_.lower() in rules.event_verbs and any(
                c.lower_ in rules.event_marks and c.dep_ in ("mark", "advmod") and c.i < t.i
                for c in t.children):
            cut = True                                 # ", when asked about it"
        if cut:
            k = left - 1
            while k > a and (doc[k].is_punct and doc[k].text not in "”\"'’»"):
                k -= 1
            return a, k
    return a, b


def _trim_tokens(doc: Doc, a: int, b: int) -> tuple[int, int]:
    while a <= b and (doc[a].is_punct and doc[a].text not in "“\"'‘«" or
                      (doc[a].lower_ in ("that",) and doc[a].dep_ == "mark") or doc[a].dep_ == "cc"):
        a += 1
    while b >= a and doc[b].is_punct and doc[b].text not in "”\"'’»" and doc[b].text not in ")":
        b -= 1
    return a, b


# ---------------------------------------------------------------------------- the extractor

@dataclass
class _Claim:
    start: int
    end: int
    cue: _Cue | None
    cue_text: str | None
    speaker: Speaker
    pos: int                      # position of the attribution (cue or speaker)
    evidence: str
    quote: int = -1               # quote index for direct claims
    speaker_tok: int = -1
    kind: str = ""
    sent: tuple[int, int] = (0, 0)


def _indirect_continues(doc: Doc, text: str, prev: _Claim, q: QuoteSpan, before: list[_Claim],
                        para_end: int, cues: dict, para_of) -> bool:
    """`Mayor X said the city would appeal.` + a paragraph that is one quotation with no
    attribution: the reported speaker goes on in their own words.  Only when the speaker is
    known, the quotation is the whole paragraph, the report is not relayed (no other claim,
    cue or person inside or around it) and no other person is named before the quotation."""
    if prev.speaker.type == UNKNOWN or not prev.speaker.canonical or prev.cue is None:
        return False
    if text[q.outer_end:para_end].strip(" \t\r\n.,;:!?\"'”’)"):
        return False                               # text after the quotation: not a whole paragraph
    p = para_of(prev.start)
    for cc in before:                              # another report in that paragraph
        if para_of(cc.start) == p and cc.speaker.canonical != prev.speaker.canonical:
            return False
    lo = min(prev.start, prev.pos)
    for k in cues:                                 # relayed: "X said police told her ..."
        if lo <= doc[k].idx < q.open and k != prev.cue.tok.i and doc[k].idx >= prev.start:
            return False
    names = {w.lower() for w in prev.speaker.canonical.split()}
    for ent in doc.ents:                           # another person named in between
        if (ent.label_ == "PERSON" or (ent.label_ == "ORG" and ent.root.dep_ in ("nsubj", "nsubjpass")
                                       and ent.root.pos_ == "PROPN")) \
                and prev.start <= ent.start_char < q.open and not (
                {w.lower() for w in ent.text.split()} & names):
            return False
    return True


def _headline_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs that read as headlines/decks/labels: no terminal punctuation, short."""
    out = []
    for lo, hi in paragraphs(text):
        body = text[lo:hi].rstrip()
        if body and body[-1] not in _TERMINAL and len(body.split()) <= 30:
            out.append((lo, hi))
    return out


def _label_speaker(doc: Doc, text: str, para_lo: int, q: QuoteSpan, rules: CueRules) -> Token | None:
    """`Kubiak: "We played well."` / `Dr. Ann Lee on the vaccine: "It works."`: a paragraph
    that opens with a name (optionally followed by an on/about topic phrase) and a colon,
    then a quotation of whole sentences.  Returns the name's head token, or None."""
    lead = text[para_lo:q.open]
    if not lead.rstrip().endswith(":") or len(lead) > 120:
        return None
    body = text[q.start:q.end].rstrip(")]")
    if not body or body[-1] not in ".!?…":
        return None                                # headline style `Name: "slogan"`
    span = doc.char_span(para_lo, para_lo + len(lead.rstrip()) - 1, alignment_mode="contract")
    if span is None or not len(span) or len(span) > 16:
        return None
    names: list[Token] = []
    lo = 0
    while lo < len(span) and (span[lo].text in ("-", "–", "—", "•", "*") or (
            span[lo].ent_type_ == "NORP" and span[lo].pos_ == "ADJ")):
        lo += 1                                    # "- Democratic Sen. X:" list item
    for t in span[lo:]:
        if t.pos_ == "PROPN" or (not names and t.lower_ in rules.speakers.titles) or (
                names and t.text in (".", "-", "'s") and t.i + 1 < span.end
                and doc[t.i + 1].pos_ == "PROPN"):
            names.append(t)
            continue
        break
    if not names or names[-1].pos_ != "PROPN" or len(names) > 5:
        return None
    rest = span[lo + len(names):]
    if len(rest):
        # `Name on the loss:` / `Name, R-Texas:` / `Name (D-Calif.):` / `Name, speaking Tuesday:`
        if rest[0].lower_ not in ("on", "about", "after", "when", "regarding", ",", "(") or any(
                t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in rest):
            return None                            # "Select quotes from Kubiak:" is no label
    return names[-1]


def _between_ok(doc: Doc, a: int, b: int, allowed: set[int], limit: int = 14) -> bool:
    """Tokens doc[a:b] hold only punctuation, adverbs or the allowed (speaker) tokens."""
    if b - a > limit:
        return False
    for t in doc[a:b]:
        if t.is_punct or t.is_space or t.i in allowed or t.dep_ in ("advmod", "npadvmod"):
            continue
        return False
    return True


def extract_attributions(doc: Doc, rules: CueRules, max_quote_chars: int = 3000,
                         min_quote_words: int = 3) -> Iterator[Attribution]:
    """Yield the claims of one parsed Doc in text order (see the module doc for the rules)."""
    text = doc.text
    quotes = find_quotes(text, max_quote_chars)
    qindex = QuoteIndex(quotes)
    paras = paragraphs(text)
    para_starts = [p[0] for p in paras]
    heads = _headline_paragraphs(text)
    head_starts = [h[0] for h in heads]

    def para_of(i: int) -> int:
        return bisect.bisect_right(para_starts, i) - 1

    def in_headline(i: int) -> bool:
        j = bisect.bisect_right(head_starts, i) - 1
        return j >= 0 and heads[j][0] <= i < heads[j][1]

    def in_quote(i: int) -> bool:
        j = qindex.at(i)
        return j >= 0 and quotes[j].start <= i < quotes[j].end

    resolver = SpeakerResolver(doc, rules.speakers, skip=in_quote)

    # -- 1. cues outside quotation marks (one linear pass over tokens)
    cues: dict[int, _Cue] = {}
    for tok in doc:
        if in_quote(tok.idx) or in_headline(tok.idx):
            continue
        cue = _match_cue(tok, rules)
        if cue is not None:
            cues[tok.i] = cue

    # quotes closing/opening near each token position, for adjacency tests
    q_close_tok: dict[int, int] = {}        # token index just after a quote's closing mark -> quote
    q_open_tok: dict[int, int] = {}         # token index of a quote's opening mark -> quote
    for j, q in enumerate(quotes):
        if in_headline(q.open):
            continue
        span = doc.char_span(q.open, q.outer_end, alignment_mode="expand")
        if span is None:
            continue
        q_open_tok[span.start] = j
        q_close_tok[span.end] = j

    claims: list[_Claim] = []
    used_quotes: set[int] = set()
    used_cues: set[int] = set()
    pending = Speaker("", 0, 0, None, UNKNOWN)     # resolved below, in reading order

    def clip_para(s: int, e: int, anchor: int) -> tuple[int, int]:
        lo, hi = paras[para_of(anchor)] if para_of(anchor) >= 0 else (0, len(text))
        return max(s, lo), min(e, hi)

    def split_quote_after(k: int) -> int | None:
        """A quotation opening right after token k (`"X," he said, "Y."`)."""
        for m in range(k + 1, min(k + 4, len(doc))):
            j = q_open_tok.get(m)
            if j is not None:
                return j
            if not doc[m].is_punct:
                return None
        return None

    # -- 1a. quotation, then attribution: "X," he said / "X," said the official / "X," an
    #        English-language joint press release read.  Parse-independent: the frame is the
    #        text from the closing mark to the end of the sentence.
    for j, q in enumerate(quotes):
        if in_headline(q.open) or q.close < 0:
            continue
        tail = text[q.end - 1:q.end]
        after = text[q.outer_end:q.outer_end + 1]
        if not (tail in ",?!—–-…" or after == ","):
            continue                                   # "X." then a new sentence: not a frame
        pre = text[paras[para_of(q.open)][0]:q.open].rstrip()
        if pre and pre[-1] not in ".!?:,;\"”'’—–-(":
            continue                                   # mid-clause term: calling it "X," said
        span = doc.char_span(q.open, q.outer_end, alignment_mode="expand")
        if span is None:
            continue
        frame: list[Token] = []
        for t in doc[span.end:min(span.end + 30, len(doc))]:
            if t.i in q_open_tok or "\n" in t.text or (t.text in ".!?;" and t.is_punct):
                break
            frame.append(t)
        cue_at = None
        for n, t in enumerate(frame):
            lemma = t.lemma_.lower()
            c = cues.get(t.i)
            if c is None and lemma in rules.verbs and t.pos_ in ("NOUN", "VERB") \
                    and rules.verbs[lemma] not in rules.attitude:
                c = _Cue(t, t, rules.verbs[lemma], "verb", t.text)   # verb mis-tagged as noun
            if c is not None and c.kind != "prep" and c.group not in rules.attitude:
                cue_at = (n, c)
                break
            if t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") and t.dep_ != "amod":
                break                                  # another predicate comes first
        if cue_at is None:
            continue
        n, cue = cue_at
        before = [t for t in frame[:n] if not t.is_punct]
        sp_head = None
        for c in cue.tok.children:
            if c.dep_ in ("nsubj",) and not in_quote(c.idx):
                sp_head = c
        if sp_head is None and before:
            sp_head = _np_head(doc, before[0].i, before[-1].i + 1)  # "X," NP said
        if sp_head is None:
            rest = [t for t in frame[n + 1:]]
            cut = next((k for k, t in enumerate(rest) if t.text == ","), len(rest))
            rest = rest[:cut]
            if rest:
                sp_head = _np_head(doc, rest[0].i, rest[-1].i + 1)  # "X," said NP
        if sp_head is None:
            continue
        sp = pending
        used_cues.add(cue.tok.i)
        used_quotes.add(j)
        claims.append(_Claim(q.start, q.end, cue, cue.text, sp, cue.tok.idx, "quote-before-cue",
                             quote=j, speaker_tok=sp_head.i))
        # `"X," he said, "Y."`: the second half of a split quotation
        last = max([cue.tok.i] + [t.i for t in frame[n + 1:] if t.text != ","][:6] or [cue.tok.i])
        k2 = split_quote_after(frame[-1].i if frame else cue.tok.i)
        if k2 is not None and k2 not in used_quotes and text[quotes[k2].open - 2:quotes[k2].open].strip()[-1:] == ",":
            used_quotes.add(k2)
            q2 = quotes[k2]
            claims.append(_Claim(q2.start, q2.end, cue, cue.text, sp, cue.tok.idx, "split-quote",
                                 quote=k2, speaker_tok=sp_head.i))
        del last

    # -- 1b. every other cue, in reading order
    for i in sorted(cues):
        cue = cues[i]
        tok = cue.tok
        if i in used_cues:
            continue
        if cue.kind == "verb" and _is_passive(tok) and tok.lemma_.lower() in rules.hearsay_passive \
                and any(c.dep_ == "xcomp" and c.i in cues for c in tok.children):
            continue                                   # "is reported to have told ...": told speaks
        if _embedded_question(tok):
            continue
        if cue.group not in rules.attitude and _negated(tok, rules):
            continue                                   # "did not say whether", "declined to say"
        if rules.requires.get(cue.group) == "complement" and tok.tag_ == "VBN" and not any(
                c.dep_ in ("nsubj", "aux", "agent") for c in tok.children):
            continue                                   # "a bar called X": naming, not a claim
        if cue.group in rules.attitude and tok.lemma_.lower() in rules.own_action and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in rules.own_action_inf and not any(
                    g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in tok.children):
            continue                                   # "investors want to know how ..."
        if rules.requires.get(cue.group) == "clause" and (tok.tag_ == "VBN" or not any(
                c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)):
            continue                                   # "asked whether ..." only; "Asked about X,"
        sp_head = _speaker_head(cue, rules, cues)
        if sp_head is None and cue.kind in ("verb", "phrase", "express") and not _is_passive(tok) \
                and cue.group not in rules.attitude and tok.tag_ not in ("VBG", "VBN", "VB"):
            sp_head = _nearest_left_np(tok, 0)
        if sp_head is not None and para_of(sp_head.idx) != para_of(tok.idx):
            sp_head = _nearest_left_np(tok, 0)         # parser glued a header line on
        if sp_head is None or in_quote(sp_head.idx):
            continue
        sp_toks = {t.i for t in sp_head.subtree} if sp_head.i != tok.i else set()
        speaker = pending
        pos = tok.idx
        # a quotation right after the cue: he said: "X" / said, "X" / underscored that "X"
        right = max([cue.last.i] + [t for t in sp_toks if t > tok.i])
        found = None
        if cue.kind != "prep" and cue.group not in rules.attitude:
            for k in range(right + 1, min(right + 12, len(doc))):
                j = q_open_tok.get(k)
                if j is not None:
                    gap = doc[right + 1:k]
                    ok = all(t.is_punct or t.is_space or t.lower_ == "that"
                             or t.pos_ not in ("VERB", "AUX") for t in gap)
                    lead = text[max(0, quotes[j].open - 2):quotes[j].open].strip()
                    mark = lead[-1:] if lead else ""
                    if ok and j not in used_quotes and (mark in (",", ":") or (
                            not gap and cue.kind == "verb" and cue.group in ("write", "say")
                            and not _is_passive(tok)) or (
                            gap and gap[-1].lower_ == "that" and word_count(
                                text[quotes[j].start:quotes[j].end]) >= min_quote_words)):
                        found = j
                    break
                t = doc[k]
                if (t.pos_ in ("VERB", "AUX") and t.dep_ != "amod") or (t.is_punct and t.text in ".!?"):
                    break
        if found is not None:
            q = quotes[found]
            used_quotes.add(found)
            claims.append(_Claim(q.start, q.end, cue, cue.text, speaker, pos, "cue-before-quote",
                                 quote=found, speaker_tok=sp_head.i))
            continue
        rng = _content_tokens(cue, cues, rules.channel_groups)
        if rng is None:
            continue
        a, b = _trim_tokens(doc, *_cut_trailing(doc, *rng, rules, cues))
        if a <= b and doc[a].lower_ == "to" and doc[a].dep_ == "aux" and _is_passive(tok):
            a += 1                                     # "is said to share ...": share ...
        if a > b:
            continue
        if rules.requires.get(cue.group) == "complement" and not (
                any(t.dep_ == "oprd" or (t.dep_ == "prep" and t.head.i == tok.i and t.lower_ in (
                    "as", "of")) or (t.dep_ == "prep" and t.lower_ == "as" and t.i > a and (
                        t.i + 1 > b or doc[t.i + 1].lower_ not in ("well", "soon", "long", "much")))
                    for t in doc[a:b + 1])
                or qindex.inside(doc[a].idx, doc[b].idx + len(doc[b]))):
            continue                                   # "praised the team": a deed, not a claim
        if cue.kind == "prep" and any(
                (k in cues and cues[k].group not in rules.attitude and not _is_passive(cues[k].tok))
                or k in used_cues for k in range(a, b + 1)):
            continue                                   # "X said, according to Reuters": a channel
        s, e = clip_para(doc[a].idx, doc[b].idx + len(doc[b]), tok.idx)
        # extend over quotations the clause cuts into; a quoted clause keeps its marks
        for j in qindex.inside(s, e):
            q = quotes[j]
            if q.start < s:
                s = min(s, q.open)
            if q.end > e:
                e = max(e, q.outer_end)
        s, e = trim_span(text, s, e)
        if e <= s:
            continue
        if rules.requires.get(cue.group) == "complement":
            # "calling him 'a very dangerous person'", "accused them of 'blighting X' while
            # ...": the quoted words after the object are the claim (span inside the marks)
            inner = [j for j in qindex.inside(s, e) if quotes[j].open > s and j not in used_quotes]
            if inner:
                j = inner[0]
                used_quotes.add(j)
                claims.append(_Claim(quotes[j].start, quotes[j].end, cue, cue.text, speaker, pos,
                                     "cue-complement-quote", quote=j, speaker_tok=sp_head.i))
                continue
        if word_count(text[s:e]) < 2:
            continue
        claims.append(_Claim(s, e, cue, cue.text, speaker, pos, "cue-clause:" + cue.group,
                             speaker_tok=sp_head.i))

    # -- 1c. speakers, resolved in reading order (pronouns look back at earlier speakers)
    resolved: dict[int, Speaker] = {}
    for c in sorted(claims, key=lambda c: doc[c.speaker_tok].idx):
        h = doc[c.speaker_tok]
        if h.i not in resolved:
            sp = resolver.resolve(h, h.idx)
            resolver.remember(sp, min(h.idx, c.pos), h.lemma_.lower())
            resolved[h.i] = sp
        c.speaker = resolved[h.i]
    # no identifiable speaker, no claim; attitude verbs need a person/organisation holder
    pron = rules.speakers.pronouns
    claims = [c for c in claims if (c.speaker.type != UNKNOWN or (
        c.speaker.mention.lower() in pron and c.quote >= 0)) and not (
        c.cue is not None and c.cue.group in rules.attitude
        and c.speaker.type not in (PERSON, ORG, ANON))]

    # -- 2. claims nested in other claims, and participles cut off from their head clause
    claims.sort(key=lambda c: (c.start, -(c.end - c.start)))
    keep: list[_Claim] = []
    for c in claims:
        drop = False
        for o in keep:
            if o is c or not (o.start <= c.pos < o.end) or c.cue is None:
                continue
            sp_inside = o.start <= c.speaker.start < o.end
            if not sp_inside:
                # "..., adding that Y" parsed inside X's clause: cut X before the cue
                cut = c.cue.tok.left_edge.idx if c.cue.tok.left_edge.idx > o.start else c.pos
                ns, ne = trim_span(text, o.start, cut)
                if ne > ns:
                    o.end = ne
            elif c.speaker.canonical == o.speaker.canonical or c.speaker.mention.lower() in \
                    rules.speakers.pronouns:
                drop = True                        # "He said he expected ...": one claim
            elif c.cue.tok.dep_ == "conj" and c.speaker.start > o.start + 1 and \
                    c.cue.tok.head.i < c.cue.tok.i and c.speaker.type != UNKNOWN:
                # "A said X, and B described Y": coordinated reports, cut A before B's clause
                left = min(c.cue.tok.left_edge.i, doc[c.speaker_tok].left_edge.i)
                while left > 0 and (doc[left - 1].is_punct or doc[left - 1].dep_ == "cc"):
                    left -= 1
                ns, ne = trim_span(text, o.start, doc[left].idx)
                if ne > ns and doc[left].idx > o.start:
                    o.end = ne
            elif c.speaker.start <= o.start + 1 and o.quote < 0 and c.speaker.type == PERSON \
                    and c.speaker.canonical and c.speaker.canonical[:1].isupper() and (
                        c.cue.group in rules.attitude or c.cue.kind in ("express", "adj")) and (
                        o.cue is None or o.cue.kind == "verb"):
                o.end = -1                         # "Kuo said Lai hoped ...": the principal speaks
            elif c.cue.group in rules.attitude and o.quote < 0:
                drop = True                        # "told ... that doctors did not want to": content
        if not drop:
            keep.append(c)
    claims = [c for c in keep if c.end > c.start]

    # -- 3. quotations no cue claimed: continuation of the previous speaker
    cue_paras = {para_of(doc[k].idx) for k in cues}

    def para_has_cue(p: int) -> bool:
        return p in cue_paras
    claims.sort(key=lambda c: c.start)
    starts = [c.start for c in claims]
    for j, q in enumerate(quotes):
        if j in used_quotes or in_headline(q.open):
            continue
        if any(c.start <= q.start and q.end <= c.end for c in claims):
            continue                               # inside an attributed clause (mixed)
        if word_count(text[q.start:q.end]) < max(min_quote_words, 1):
            continue
        label = _label_speaker(doc, text, para_starts[para_of(q.open)], q, rules)
        if label is not None:
            # transcript layout `Name: "X."` / `Name on the loss: "X."`: the label speaks
            sp = resolver.resolve(label, label.idx)
            if sp.type != UNKNOWN:
                resolver.remember(sp, label.idx, label.lemma_.lower())
                k = bisect.bisect_left(starts, q.start)
                c = _Claim(q.start, q.end, None, None, sp, label.idx, "speaker-label", quote=j,
                           speaker_tok=label.i)
                claims.insert(k, c)
                starts.insert(k, c.start)
                used_quotes.add(j)
                continue
        # the quote must open a sentence or a paragraph
        pre = text[para_starts[para_of(q.open)]:q.open].rstrip()
        if pre and pre[-1] not in ".!?\"”'’:":
            continue
        k = bisect.bisect_left(starts, q.start) - 1
        prev = claims[k] if k >= 0 else None
        ev = None
        if prev is not None:
            same_para = para_of(prev.start) == para_of(q.open)
            prev_para = para_of(prev.start) == para_of(q.open) - 1
            # nothing but the previous claim's attribution between them
            gap = text[prev.end:q.open]
            if same_para and len(gap) < 400 and not any(
                    cues.get(t.i) for t in (doc.char_span(prev.end, q.open, alignment_mode="contract") or [])
                    if t.idx > prev.pos + 1):
                ev = "continuation"
            elif prev_para and not pre and not para_has_cue(para_of(q.open)) and any(
                    (cc.quote >= 0 or claim_kind(text, cc.start, cc.end, qindex) != "indirect")
                    and para_of(cc.start) == para_of(prev.start) for cc in claims[max(0, k - 8):k + 1]):
                ev = "continuation-paragraph"
            elif prev_para and not pre and not para_has_cue(para_of(q.open)) and \
                    _indirect_continues(doc, text, prev, q, claims[max(0, k - 8):k],
                                        paras[para_of(q.open)][1], cues, para_of):
                ev = "continuation-paragraph"      # 'X said Y.' then a paragraph of X's words
        if ev is None:
            # "..." -Name layout
            after = text[q.outer_end:q.outer_end + 60]
            stripped = after.lstrip(" ")
            if stripped[:1] in "-–—" and para_of(q.outer_end) == para_of(q.open):
                span = doc.char_span(q.outer_end + (len(after) - len(stripped)) + 1,
                                     min(len(text), paras[para_of(q.open)][1]),
                                     alignment_mode="contract")
                if span is not None and len(span) and span[0].pos_ == "PROPN":
                    sp = resolver.resolve(span.root, span.start_char)
                    if sp.type != UNKNOWN:
                        c = _Claim(q.start, q.end, None, stripped[:1], sp, span.start_char, "dash-signature",
                                   quote=j)
                        claims.insert(k + 1, c)
                        starts.insert(k + 1, c.start)
                        used_quotes.add(j)
            continue
        c = _Claim(q.start, q.end, prev.cue, prev.cue_text, prev.speaker, prev.pos, ev, quote=j,
                   speaker_tok=prev.speaker_tok)
        c.kind = "direct"
        claims.insert(k + 1, c)
        starts.insert(k + 1, c.start)
        used_quotes.add(j)

    # multi-paragraph quotations: every paragraph of the chain gets the attribution
    by_quote = {c.quote: c for c in claims if c.quote >= 0}
    for j, q in enumerate(quotes):
        if j in by_quote:
            continue
        chain_next = j + 1 < len(quotes) and q.continued
        src = None
        if chain_next and (j + 1) in by_quote:
            src = by_quote[j + 1]
        elif j > 0 and quotes[j - 1].continued and (j - 1) in by_quote:
            src = by_quote[j - 1]
        if src is not None and word_count(text[q.start:q.end]) >= 1:
            c = _Claim(q.start, q.end, src.cue, src.cue_text, src.speaker, src.pos,
                       "multi-paragraph", quote=j, speaker_tok=src.speaker_tok)
            claims.append(c)
            by_quote[j] = c
    claims.sort(key=lambda c: (c.start, c.end))

    # -- 4. records
    seen: set[tuple[int, int]] = set()
    for c in claims:
        if (c.start, c.end) in seen or c.end <= c.start:
            continue
        seen.add((c.start, c.end))
        kind = claim_kind(text, c.start, c.end, qindex)
        if kind == "direct" and c.quote < 0:
            inner = qindex.inside(c.start, c.end)
            if len(inner) == 1:
                q = quotes[inner[0]]
                c.start, c.end = q.start, q.end
        if kind == "indirect":
            c.start, c.end = trim_span(text, c.start, c.end)
        lo = min(c.start, c.pos)
        hi = max(c.end, c.pos + 1)
        ss = doc.char_span(lo, hi, alignment_mode="expand")
        if ss is not None:
            sent_start = ss[0].sent.start_char
            sent_end = ss[-1].sent.end_char
        else:
            sent_start, sent_end = lo, hi
        sp = c.speaker
        yield Attribution(start=c.start, end=c.end, kind=kind, cue=c.cue_text,
                          speaker_mention=sp.mention, speaker=sp.canonical or sp.mention,
                          speaker_type=sp.type if sp.type in (PERSON, ORG, ANON, DOCUMENT) else UNKNOWN,
                          speaker_role=sp.role, sent_start=sent_start, sent_end=sent_end,
                          evidence=c.evidence)


# ---------------------------------------------------------------------------- component

if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", default=None)
if not Span.has_extension("attribution"):
    Span.set_extension("attribution", default=None)


class AttributionComponent:
    """Sets doc._.attributions and doc.spans["claims"] (span._.attribution -> record)."""

    def __init__(self, rules: CueRules, max_quote_chars: int, min_quote_words: int):
        self.rules = rules
        self.max_quote_chars = max_quote_chars
        self.min_quote_words = min_quote_words

    def __call__(self, doc: Doc) -> Doc:
        records = list(extract_attributions(doc, self.rules, self.max_quote_chars,
                                            self.min_quote_words))
        spans = []
        for rec in records:
            span = doc.char_span(rec.start, rec.end, alignment_mode="expand")
            if span is None:
                continue
            span._.attribution = rec
            spans.append(span)
        doc._.attributions = records
        doc.spans["claims"] = spans
        return doc


@Language.factory("claims_attribution",
                  default_config={"cues_path": None, "max_quote_chars": 3000, "min_quote_words": 3})
def make_attribution(nlp: Language, name: str, cues_path: str | None, max_quote_chars: int,
                     min_quote_words: int) -> AttributionComponent:
    path = Path(cues_path) if cues_path else default_config_dir() / "cues.toml"
    return AttributionComponent(load_cues(path), max_quote_chars, min_quote_words)


__all__ = ["CueRules", "load_cues", "extract_attributions", "AttributionComponent",
           "make_attribution", "QuoteSpan"]
