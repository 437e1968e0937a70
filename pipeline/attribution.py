"""Quote attribution: the spaCy component that finds claims and their speakers.

    nlp.add_pipe("claims_attribution")            # after the parser and NER
    doc._.attributions  -> list[pipeline.records.Attribution]
    doc.spans["claims"] -> the claim content spans, each with span._.attribution

The work is in `extract_attributions(doc, rules)`, a generator of `Attribution`s (in the
style of textacy's `direct_quotations` triples, but covering indirect and mixed speech):

1. quote marks are paired on the raw text (`pipeline.quotes.find_quotes`);
2. every reporting cue outside quotation marks (a verb from configs/cues.toml, a verb +
   particle such as "point out", "expressed concern", "according to") is looked at once:
   its speaker is its subject (or the object of "according to" / "learned from"), its
   content is an adjacent quotation (`"X," he said` / `he said: "X"`) or its reported
   clause (the ccomp/xcomp/object subtree, or the clause before ", X said");
3. quotations no cue claimed continue the previous speaker when they open a sentence right
   after an attributed claim (same paragraph, or a quote paragraph after a quote
   paragraph); all other quotations (scare quotes, terms, titles) are not claims;
4. speakers are resolved in reading order by `pipeline.speakers.SpeakerResolver`.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.config import ConfigError, default_config_dir, read_toml
from pipeline.quotes import (QuoteIndex, QuoteSpan, claim_kind, find_quotes, paragraphs,
                             trim_span, word_count)
from pipeline.records import Attribution
from pipeline.speakers import (ANON, DOCUMENT, ORG, PERSON, UNKNOWN, Speaker, SpeakerResolver,
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


def load_cues(path: Path) -> CueRules:
    """Read a cues TOML file (see configs/cues.toml); ConfigError on bad content."""
    data = read_toml(Path(path), "cues")
    verbs: dict[str, str] = {}
    phrases: dict[tuple[str, str], str] = {}
    attitude, from_speaker, express_nouns, express_verbs = set(), set(), set(), set()
    groups = data.get("cues", {})
    if not isinstance(groups, dict):
        raise ConfigError(f"cues file {path}: [cues] must be a table of groups")
    for name, group in groups.items():
        if not isinstance(group, dict):
            raise ConfigError(f"cues file {path}: [cues.{name}] must be a table")
        unknown = set(group) - {"verbs", "phrases", "attitude", "speaker", "nouns"}
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
        if group.get("speaker", "subject") == "from":
            from_speaker.add(name)
        express_nouns.update(str(n).lower() for n in group.get("nouns", []))
    prep = tuple(tuple(str(p).lower().split()) for p in
                 data.get("prepositional", {}).get("phrases", []))
    return CueRules(verbs=verbs, phrases=phrases, attitude=frozenset(attitude),
                    from_speaker=frozenset(from_speaker), express_nouns=frozenset(express_nouns),
                    express_verbs=frozenset(express_verbs), prepositional=prep,
                    speakers=SpeakerRules.from_dict(data.get("speakers", {})))


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
    if tok.pos_ not in ("VERB", "AUX"):       # nominalised reports ("his calls for") are not cues
        return None
    lemma = tok.lemma_.lower()
    for child in tok.children:                # verb + particle / preposition
        if child.dep_ in ("prt", "prep") and (lemma, child.lower_) in rules.phrases:
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
        hc = cue_toks.get(head.i) or _Cue(head, head, "", "verb", head.text)
        return _speaker_head(hc, rules, cue_toks, depth + 1)
    # "..., adding that ...", "calling it ...": participles take the speaker of the nearest
    # reporting verb above them, else the subject of their head
    if tok.dep_ in ("advcl", "xcomp", "conj", "ccomp") and tok.tag_ in ("VBG", "VBN") or \
            (tok.dep_ == "xcomp" and tok.tag_ == "VB"):
        anc = head
        while anc is not None:
            if anc.i in cue_toks:
                return _speaker_head(cue_toks[anc.i], rules, cue_toks, depth + 1)
            if anc.head.i == anc.i:
                break
            anc = anc.head
        for c in head.children:
            if c.dep_ == "nsubj":
                if c.lower_ in rules.speakers.relative and head.dep_ == "relcl":
                    return head.head
                return c
        return None
    # "a statement saying ...": the noun it describes
    if tok.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
        return head
    return None


# ---------------------------------------------------------------------------- content spans

_COMPLEMENT = ("ccomp", "xcomp", "dobj", "oprd", "dative")


def _content_tokens(cue: _Cue) -> tuple[int, int] | None:
    """Token range [a, b] (inclusive) of the reported content of a cue, or None."""
    tok, doc = cue.tok, cue.tok.doc
    if cue.kind == "prep":
        # "CLAUSE, according to X" / "According to X, CLAUSE": the rest of the sentence
        sent = tok.sent
        pp_lo, pp_hi = tok.i, max(t.i for t in cue.last.subtree)
        if pp_lo - sent.start >= 3:
            return sent.start, pp_lo - 1
        if sent.end - 1 - pp_hi >= 3:
            return pp_hi + 1, sent.end - 1
        return None
    if cue.kind == "express":
        noun = cue.last
        right = [c for c in noun.children if c.i > noun.i and c.dep_ in (
            "acl", "prep", "ccomp", "relcl", "xcomp")]
        if not right:
            return None
        return right[0].left_edge.i, max(c.right_edge.i for c in right)
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
    if not parts:
        # "CLAUSE, X said": a ccomp before the cue
        before = [c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i]
        if before:
            c = before[-1]
            return c.left_edge.i, c.right_edge.i
        # parenthetical cue hanging on the clause it reports ("..., CNN reported.")
        head = tok.head
        if head.i != tok.i and head.i < tok.i and tok.dep_ in ("parataxis", "ccomp", "advcl") \
                and tok.left_edge.i > head.left_edge.i \
                and doc[tok.left_edge.i - 1].text in (",", "—", "–"):
            return head.left_edge.i, tok.left_edge.i - 1
        return None
    a = min(p.left_edge.i for p in parts)
    b = max(p.right_edge.i for p in parts)
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


def _headline_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs that read as headlines/decks/labels: no terminal punctuation, short."""
    out = []
    for lo, hi in paragraphs(text):
        body = text[lo:hi].rstrip()
        if body and body[-1] not in _TERMINAL and len(body.split()) <= 30:
            out.append((lo, hi))
    return out


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
    order = sorted(cues)
    for i in order:
        cue = cues[i]
        tok = cue.tok
        sp_head = _speaker_head(cue, rules, cues)
        if sp_head is None or in_quote(sp_head.idx):
            continue
        # the speaker subtree, for adjacency tests ("X," [a senior official] said)
        sp_toks = {t.i for t in sp_head.subtree} if sp_head.i != tok.head.i or cue.kind != "verb" \
            else {sp_head.i}
        sp_toks |= {t.i for t in sp_head.subtree}
        found: list[tuple[int, str]] = []
        # (a) a quotation right before the attribution: "X," he said / "X," said Smith
        left = min([tok.i] + [t for t in sp_toks if t < tok.i])
        for k in range(left, max(left - 4, -1), -1):
            j = q_close_tok.get(k)
            if j is None:
                continue
            q = quotes[j]
            tail = text[q.end - 1:q.end] if q.end > q.start else ""
            after = text[q.outer_end:q.outer_end + 1]
            if (tail in ",?!—–-…" or after == ",") and _between_ok(doc, k, left, sp_toks) \
                    and para_of(q.open) == para_of(tok.idx) or (
                    (tail in ",?!—–-…" or after == ",") and q.close >= 0
                    and _between_ok(doc, k, left, sp_toks) and para_of(q.close) == para_of(tok.idx)):
                found.append((j, "quote-before-cue"))
            break
        # (b) a quotation right after the cue: he said: "X" / said, "X" / underscored that "X"
        right = max([cue.last.i] + [t for t in sp_toks if t > tok.i])
        for k in range(right + 1, min(right + 12, len(doc))):
            j = q_open_tok.get(k)
            if j is not None:
                gap = doc[right + 1:k]
                ok = all(t.is_punct or t.is_space or t.lower_ == "that"
                         or (t.head.i == tok.i or t.head.head.i == tok.i or t.head.i in
                             {g.i for g in gap}) and t.pos_ not in ("VERB", "AUX")
                         for t in gap)
                lead = text[quotes[j].open - 2:quotes[j].open].strip()
                before_mark = lead[-1:] if lead else ""
                if ok and (before_mark in (",", ":") or (gap and gap[-1].lower_ == "that"
                                                            and word_count(text[quotes[j].start:quotes[j].end]) >= min_quote_words)):
                    found.append((j, "cue-before-quote"))
                break
            t = doc[k]
            if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod",) or t.is_sent_end and t.text in ".!?":
                break
        speaker = resolver.resolve(sp_head, sp_head.idx)
        if speaker.type == UNKNOWN:
            continue
        if cue.group in rules.attitude and speaker.type not in (PERSON, ORG, ANON):
            continue
        resolver.remember(speaker, min(sp_head.idx, tok.idx), sp_head.lemma_.lower())
        pos = tok.idx
        if found:
            for j, ev in found:
                if j in used_quotes:
                    continue
                q = quotes[j]
                if word_count(text[q.start:q.end]) < 1:
                    continue
                used_quotes.add(j)
                claims.append(_Claim(q.start, q.end, cue, cue.text, speaker, pos, ev, quote=j,
                                     speaker_tok=sp_head.i))
            continue
        rng = _content_tokens(cue)
        if rng is None:
            continue
        a, b = _trim_tokens(doc, *rng)
        if a > b:
            continue
        s, e = doc[a].idx, doc[b].idx + len(doc[b])
        # extend over quotations the clause cuts into; a quoted clause keeps its marks
        for j in qindex.inside(s, e):
            q = quotes[j]
            if q.start < s:
                s = min(s, q.open)
            if q.end > e:
                e = max(e, q.outer_end)
        s, e = trim_span(text, s, e)
        if e <= s or word_count(text[s:e]) < 2:
            continue
        if cue.group in rules.attitude and (speaker.type == UNKNOWN):
            continue
        claims.append(_Claim(s, e, cue, cue.text, speaker, pos, "cue-clause:" + cue.group,
                             speaker_tok=sp_head.i))

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
        if not drop:
            keep.append(c)
    claims = keep

    # -- 3. quotations no cue claimed: continuation of the previous speaker
    claims.sort(key=lambda c: c.start)
    starts = [c.start for c in claims]
    for j, q in enumerate(quotes):
        if j in used_quotes or in_headline(q.open):
            continue
        if any(c.start <= q.start and q.end <= c.end for c in claims):
            continue                               # inside an attributed clause (mixed)
        if word_count(text[q.start:q.end]) < max(min_quote_words, 1):
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
            elif prev_para and not pre and prev.kind != "indirect" and (
                    prev.quote >= 0 or any(qq.start >= prev.start and qq.end <= prev.end for qq in quotes)):
                ev = "continuation-paragraph"
            elif prev_para and not pre and quotes[j - 1].continued if j > 0 else False:
                ev = "continuation-paragraph"
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
                        c = _Claim(q.start, q.end, None, None, sp, span.start_char, "dash-signature",
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
                          speaker_mention=sp.mention, speaker=sp.canonical,
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
