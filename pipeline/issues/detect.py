"""Issue detection: which propositions of the taxonomy a claim addresses, and its stance.

The phrases of the taxonomy and of configs/stance.toml are compiled once per vocab into one
`TermProgram` (pipeline.issues.terms) and found in the claim's region of the Doc (`doc_hits`).
An issue is signalled by its `terms` (or raw Matcher `patterns`) inside the claim, or by a
`[[issue.cooccur]]` group: a term that only counts with one of its `anchors` in the same claim
(scope = "claim") or sentence (scope = "sentence") - "flexibility" of US forces, not any
flexibility; a term inside a longer proper name signals nothing ("Bank" of "the World Bank",
`_inside_name`).  A claim with no issue of its own that refers back ("that direction", "such a
proposal", stance.toml [context].anaphors) or is introduced by a topic frame ("addressing X")
takes the issues of its sentence or of the sentence before, and so does a definite noun phrase
whose noun ends a signal named there ("the wall" after "a border wall": the head noun of a
compound term, `terms.heads`). A claim still with none takes the one issue that the sentences
around it keep naming (`passage_topics`, after the speaker continuation pass,
`continue_speakers`). pipeline.issues.stance decides the
stance of each (claim, issue).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterable, Sequence

from spacy.matcher import Matcher
from spacy.tokens import Doc

from pipeline.errors import ConfigError
from pipeline.records import IssueStance
from pipeline.issues.evaluation import (Evaluation, Target, evaluate, evaluative,
                                       evaluative_words)
from pipeline.issues.stance import (GENERIC_KINDS, Hit, StanceRules, decide, negation_scopes,
                                    new_hit)
from pipeline.issues.taxonomy import Issue, Taxonomy
from pipeline.issues.topics import topic_only
from pipeline.issues.terms import (TermProgram, compile_term, expand_pattern, gapped,
                                   heads, pattern_width, signal_forms, stem, token_keys)


# an evaluation of a side must be an adjective or a noun ("a disastrous deal", "it is insane",
# "the bill is a disaster"): verbs of the lexicon near a mention or a target ("support", "gain",
# "detained", "dumped") are mostly not judgements of it (adjectives alone measured no better;
# verbs left out of the target evaluations too: unseen-taxonomy set 64.1 = 64.1, its check
# portion 52.2 -> 53.7)
MENTION_POS = frozenset({"ADJ", "NOUN"})


@dataclass(frozen=True)
class CompiledMatchers:
    program: TermProgram              # every term pattern of the taxonomy and stance rules
    raw: Matcher | None               # raw spaCy patterns, run on the Doc itself
    width: int                        # most tokens a term match can cover


_MATCHERS: dict[tuple, tuple[Any, CompiledMatchers]] = {}


def _matcher(vocab: Any, taxonomy: Taxonomy, lang: str, use_pos: bool) -> CompiledMatchers:
    """The compiled matchers of a taxonomy, built once per vocab."""
    key = (id(vocab), taxonomy.key, lang, use_pos)
    cached = _MATCHERS.get(key)
    if cached is not None and cached[0] is vocab:
        return cached[1]
    raw = Matcher(vocab)
    width = 1
    listed: list[tuple[str, list]] = []

    def add(label: str, terms: Iterable[str]) -> None:
        nonlocal width
        for t in terms:
            compiled = compile_term(t, lang, use_pos)
            width = max(width, pattern_width(compiled))
            listed.extend((label, p) for p in expand_pattern(compiled))

    for issue in taxonomy.issues:
        add(f"{issue.id}\x1fsignal", signal_forms(issue.terms, taxonomy.prepositions))
        if issue.patterns:
            try:
                raw.add(f"{issue.id}\x1fsignal", [list(p) for p in issue.patterns])
            except Exception as exc:
                raise ConfigError(f"issue taxonomy {taxonomy.path}: issue {issue.id!r}: key "
                                  f"'patterns' is not a valid spaCy pattern: {exc}") from None
        # head nouns of compound terms ("the wall" after "border wall"), not a word the
        # taxonomy counts only with an anchor ([[issue.cooccur]] "election": ambiguous alone)
        alone = {a for g in issue.cooccur for t in g.terms for a in t.split("|")}
        add(f"{issue.id}\x1fhead", [f"{h}/NOUN" for h in heads(issue.terms, taxonomy.prepositions)
                                     if h not in alone])
        for g, grp in enumerate(issue.cooccur):
            add(f"{issue.id}\x1fco{g}", grp.terms)
            add(f"{issue.id}\x1fan{g}", grp.anchors)
        for kind in ("support", "oppose", "caution", "exclude", "pro", "con"):
            add(f"{issue.id}\x1f{kind}", getattr(issue, kind))
        add(f"{issue.id}\x1fconsig", issue.con_signals)
        add(f"{issue.id}\x1fconsig", gapped(issue.con_signals))
        add(f"{issue.id}\x1fprosig", issue.pro_signals)
        add(f"{issue.id}\x1fprosig", gapped(issue.pro_signals))
    by_kind: dict[str, list[str]] = {}
    for kind, term in taxonomy.stance.generic_terms():
        by_kind.setdefault(kind, []).append(term)
    for kind, terms in by_kind.items():
        add(f"\x1f{kind}", terms)
    result = CompiledMatchers(TermProgram(listed), raw if len(raw) else None, width)
    _MATCHERS[key] = (vocab, result)
    return result


def doc_hits(doc: Doc, taxonomy: Taxonomy,
             regions: Sequence[tuple[int, int]] | None = None) -> list[Hit]:
    """Every taxonomy and stance phrase found in the Doc (cached per Doc and taxonomy).

    `regions`: token ranges [start, end) to search instead of the whole Doc (sorted, not
    overlapping); every phrase lying inside one of them is found, with Doc token indices.
    """
    use_pos = doc.has_annotation("POS")
    cache_key = ("claims_issues_hits", taxonomy.key, use_pos)
    if regions is None:
        cached = doc.user_data.get(cache_key)
        if cached is not None:
            return [new_hit(*row) for row in cached]
    compiled = _matcher(doc.vocab, taxonomy, doc.lang_ or "en", use_pos)
    rows: list[tuple] = []
    seen: set[tuple] = set()
    if len(doc):
        from spacy.attrs import IDX, LEMMA, ORTH, POS, SPACY
        array = doc.to_array([ORTH, LEMMA, POS, IDX, SPACY])
        lemmas = doc.has_annotation("LEMMA")
        program = compiled.program
        for lo, hi in (regions if regions is not None else [(0, len(doc))]):
            if hi > lo:
                norms, orths, pos = token_keys(doc, use_pos, lemmas, lo, hi, array)
                found = program.run(norms, orths, pos, lo)
                if found:
                    _add_rows(rows, seen, found, orths, array[lo:hi, 3:].tolist(), lo)
    if compiled.raw is not None:   # raw patterns may be any length: the whole Doc
        strings = doc.vocab.strings
        for m, s, e in compiled.raw(doc):
            span = doc[s:e]
            _add_row(rows, seen, strings[m], span.text, s, e, span.start_char, span.end_char)
    if rows and doc.has_annotation("ENT_IOB"):
        ends = {i for r in rows if r[0] == "signal" for i in (r[3], r[4] - 1)}
        names = _names(doc, ends) if ends else {}
        rows = [r for r in rows if not (r[0] == "signal" and _inside_name(doc, names, r[3], r[4]))]
    if regions is None:
        doc.user_data[cache_key] = rows
    return [new_hit(*row) for row in rows]


def _names(doc: Doc, near: set[int] | None = None) -> dict[int, tuple[int, int]]:
    """Per token of a multi-word proper name, the name's token span: a named entity without
    its article or possessive ending ("the World Bank's" -> World Bank). Title-case text
    ("A Plan For Housing In The First Year", a headline: a capitalised preposition or
    article inside) is no name, nor is the name of a law (entity LAW: "the Dodd-Frank Wall
    Street Reform Act" is about its subject). `near`: only the names of entities holding one
    of these tokens (the first and last tokens of the signals to check), the others left out.

    "the World Bank said", near {2} -> {1: (1, 3), 2: (1, 3)}."""
    out: dict[int, tuple[int, int]] = {}
    wanted = sorted(near) if near is not None else None
    for ent in doc.ents:
        lo, hi = ent.start, ent.end
        if wanted is not None:
            k = bisect_left(wanted, lo)
            if k == len(wanted) or wanted[k] >= hi:
                continue
        if ent.label_ == "LAW":     # a law named after the issue is about it
            continue
        while lo < hi and doc[lo].pos_ == "DET":
            lo += 1
        while hi > lo and doc[hi - 1].pos_ == "PART":
            hi -= 1
        if hi - lo < 2 or any(t.pos_ in ("ADP", "DET", "CCONJ") and t.text[:1].isupper()
                              for t in doc[lo:hi]):
            continue
        out.update((i, (lo, hi)) for i in range(lo, hi))
    return out


def _inside_name(doc: Doc, names: dict[int, tuple[int, int]], start: int, end: int) -> bool:
    """True when tokens [start, end) are part of a longer proper name, one with another word
    before or after them: "Bank" of "World Bank", "Wall Street" of "Wall Street Journal" name
    another thing than the issue's term; "TPP" of "Anti-TPP" (a hyphenated word) still names
    the TPP."""
    span = names.get(start)
    if span is None or names.get(end - 1) != span:
        return False
    return (span[0] < start and bool(doc[start - 1].whitespace_)) or (
        end < span[1] and bool(doc[end - 1].whitespace_))


_LABELS: dict[str, tuple[str, str | None]] = {}


def _add_row(rows: list[tuple], seen: set[tuple], label: str, text: str, s: int, e: int,
             start_char: int, end_char: int) -> None:
    """One match as a Hit row (kind, issue, text, token span, char span), once."""
    parts = _LABELS.get(label) or _label_parts(label)
    row = (parts[0], parts[1], text, s, e, start_char, end_char)
    if row not in seen:
        seen.add(row)
        rows.append(row)


def _label_parts(label: str) -> tuple[str, str | None]:
    """(kind, issue or None) of a matcher label "issue\x1fkind", kept in `_LABELS`."""
    issue, kind = label.split("\x1f", 1)
    parts = _LABELS[label] = (kind, issue or None)
    return parts


def _add_rows(rows: list[tuple], seen: set[tuple], found: list[tuple[str, int, int]],
              orths: Sequence[str], chars: list[list[int]], lo: int) -> None:
    """The matches of one region (Doc token indices from `lo`) as rows (`_add_row`, inlined:
    it runs for every match): their text and character offsets from the region's token
    texts and (IDX, SPACY) rows, as `Span.text`, `start_char` and `end_char` would give them,
    without a Span per match."""
    for label, s, e in found:
        a, b = s - lo, e - lo
        last = orths[b - 1]
        text = last if b - a == 1 else "".join(
            orths[k] + " " if chars[k][1] else orths[k] for k in range(a, b - 1)) + last
        parts = _LABELS.get(label) or _label_parts(label)
        row = (parts[0], parts[1], text, s, e, chars[a][0], chars[b - 1][0] + len(last))
        if row not in seen:
            seen.add(row)
            rows.append(row)


def claim_regions(doc: Doc, spans: Iterable[tuple[int, int, int, int]],
                  bounds: Sequence[tuple[int, int]], lookback: int, context: str,
                  margin: int, after: int = 0) -> list[tuple[int, int]]:
    """Token ranges holding everything classification reads for some claims.

    `spans`: (start, end, sent_start, sent_end) char offsets per claim. A claim reads its own
    span, its sentence context and the `lookback` sentences before it (anaphora); each range
    grows by `margin` tokens (the widest phrase) so a phrase overlapping it is found whole.
    Overlapping or touching ranges are merged.
    """
    n_chars, n_tokens = _text_length(doc), len(doc)
    if not n_tokens:
        return []
    from spacy.attrs import IDX
    starts = doc.to_array(IDX).tolist()     # each token's first character
    ends = [e for _, e in bounds]
    ranges = []
    for start, end, sent_start, sent_end in spans:
        start, end = max(0, min(start, n_chars)), max(0, min(end, n_chars))
        lo, hi = start, end
        if context != "claim":
            if sent_start is not None and sent_end is not None and sent_end > sent_start:
                lo, hi = min(lo, sent_start), max(hi, sent_end)
            else:
                lo = min([s for s, e in bounds if s <= start < e] or [start])
                hi = max([e for s, e in bounds if s < end <= e] or [end])
            before = bisect_right(ends, min(start, lo))     # sentences ending before it
            back = max(lookback, after)
            if back and before:
                lo = min(lo, bounds[max(0, before - back)][0])
            if after:
                last = bisect_left(ends, max(hi, end))     # the sentence holding the end
                hi = max(hi, bounds[min(len(bounds) - 1, last + after)][1])
        lo, hi = max(0, min(lo, n_chars)), max(0, min(hi, n_chars))
        t_lo = _token_of(starts, lo)
        t_hi = _token_of(starts, max(lo, hi - 1)) + 1
        ranges.append((max(0, t_lo - margin), min(n_tokens, t_hi + margin)))
    ranges.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in ranges:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def _token_at(doc: Doc, char: int) -> int:
    """Index of the token holding (or, in whitespace, the last token starting before) `char`."""
    lo, hi = 0, len(doc) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if doc[mid].idx <= char:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _token_of(starts: Sequence[int], char: int) -> int:
    """`_token_at` from the tokens' first characters (`starts`, ascending), for a caller
    that looks up many characters of one Doc: no Token is made. 0 when `char` is before
    them all.

    starts [0, 4, 9] ("the tax rose"): char 5 -> 1, char 8 (the space) -> 1, char 9 -> 2."""
    return max(0, bisect_right(starts, char) - 1)


# ---------------------------------------------------------------------------------------------
# classification


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    bounds, start = [], 0
    text = doc.text
    for i, ch in enumerate(text):
        if ch == "\n" or (ch in ".!?" and (i + 1 == len(text) or text[i + 1].isspace()
                                          or text[i + 1] in "\"'”’")):
            end = i + 1
            while end < len(text) and text[end] in "\"'”’":
                end += 1
            if text[start:end].strip():
                bounds.append((start, end))
            start = end
    if text[start:].strip():
        bounds.append((start, len(text)))
    return bounds


def _text_length(doc: Doc) -> int:
    """len(doc.text) without building the text (Doc.text joins every token)."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def _within(h: Hit, lo: int, hi: int) -> bool:
    return lo <= h.start_char and h.end_char <= hi


def _detect(hits: Sequence[Hit], taxonomy: Taxonomy, lo: int, hi: int, ctx_lo: int, ctx_hi: int,
            exclude: tuple[int, int] | None = None) -> dict[str, list[Hit]]:
    """Issues signalled in char range [lo, hi) (anchors may come from [ctx_lo, ctx_hi))."""
    found: dict[str, list[Hit]] = {}

    def _inside(h: Hit) -> bool:
        if exclude and h.start_char < exclude[1] and h.end_char > exclude[0]:
            return False
        return _within(h, lo, hi)

    # every hit read below overlaps [min(lo, ctx_lo), max(hi, ctx_hi)): a veto that shares
    # a token with a hit inside, or an anchor or a signal inside
    near_lo, near_hi = min(lo, ctx_lo), max(hi, ctx_hi)
    by_issue: dict[str | None, list[Hit]] = {}
    for h in hits:
        if h.start_char < near_hi and h.end_char > near_lo and h.issue is not None:
            by_issue.setdefault(h.issue, []).append(h)
    for issue in taxonomy.issues:
        own = by_issue.get(issue.id)
        if not own:
            continue
        vetoes = [h for h in own if h.kind == "exclude"]

        def inside(h: Hit, vetoes: list[Hit] = vetoes) -> bool:
            if any(v.start < h.end and h.start < v.end for v in vetoes):
                return False
            return _inside(h)

        sig = [h for h in own if h.kind == "signal" and inside(h)]
        for g, grp in enumerate(issue.cooccur):
            terms = [h for h in own if h.kind == f"co{g}" and inside(h)]
            if not terms:
                continue
            a_lo, a_hi = (lo, hi) if grp.scope == "claim" else (min(lo, ctx_lo), max(hi, ctx_hi))
            anchors = [h for h in own if h.kind == f"an{g}"
                       and _within(h, a_lo, a_hi)
                       and not any(t.start <= h.start < t.end for t in terms)]
            if anchors:
                for t in terms:
                    sig.append(Hit("signal", issue.id, f"{t.text}~{anchors[0].text}", t.start,
                                   t.end, t.start_char, t.end_char))
        if sig:
            found[issue.id] = sorted(sig, key=lambda h: h.start)
    return found


def _names_person(doc: Doc, start: int, end: int) -> bool:
    """True when the claim is a person's name, its head a proper noun of a PERSON entity
    ("criticized Ortiz and Lee", "has picked Gov. Ann Ruiz as his deputy"), or a
    personal pronoun of a gender standing alone ("Lee criticized her over the carbon tax": the
    claim is "her"). Such a claim says who, not what: it takes no issue from its context, though
    its sentence may name one ("mocked Ortiz as out of touch for saying that drivers like the
    tolls"). Needs a parse (and entities for names); "it" or "them" ("criticized them") may
    still refer to a proposal, and a pronoun with more words ("herself as a tax critic") says
    more than who. A wh-pronoun alone that is no relative pronoun names no topic either
    (`_free_wh`)."""
    if not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return _person(doc, span) or _free_wh(span)


def _person(doc: Doc, span: Any) -> bool:
    """A person's name or a gendered personal pronoun alone (see `_names_person`)."""
    root = span.root
    if root.pos_ == "PRON" and {"Masc", "Fem"} & set(root.morph.get("Gender")):
        return all(t.i == root.i or t.is_punct or t.is_space for t in span)
    return (doc.has_annotation("ENT_IOB") and root.pos_ == "PROPN"
            and root.ent_type_ == "PERSON")


def _free_wh(span: Any) -> bool:
    """True when the claim is a wh-pronoun alone (tag WP or WDT) that is no relative pronoun:
    "what" in "what worries them is ...", "probably not what she had in mind". A free relative
    or a question word names no topic, so such a claim takes no issue from its sentence; a
    relative pronoun ("a carbon tax, which she favors") stands for the noun before it and keeps
    its context. Needs a parse (checked by `_names_person`)."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    return (len(words) == 1 and words[0].pos_ == "PRON" and words[0].tag_ in ("WP", "WDT")
            and words[0].head.dep_ != "relcl")


def _relative(doc: Doc, hit: Hit) -> bool:
    """True when an anaphor is one wh-word (tag WDT or WP): the relative pronoun "that" of
    "new laws that would help" stands for the noun just before it, not for what the text named
    earlier, as the demonstrative "that" of "I support that" does. Needs tags."""
    return hit.end - hit.start == 1 and doc[hit.start].tag_ in ("WDT", "WP")


def _anaphor(doc: Doc | None, hits: Sequence[Hit]) -> Hit | None:
    """The claim's anaphor: the first anaphor hit, the longest of those starting there ("that
    direction" rather than "that"), no relative pronoun (`_relative`) and no time ("this week",
    a DATE or TIME entity); None when there is none."""
    found = [h for h in hits if h.kind == "anaphor" and not (doc is not None and (
        _relative(doc, h) or doc[h.start].ent_type_ in ("DATE", "TIME")))]
    return min(found, key=lambda h: (h.start, -h.end)) if found else None


def _ellipsis(doc: Doc, start: int, end: int) -> Hit | None:
    """The auxiliary that ends an elided verb phrase ("Lee said she would.", "she would not"):
    the claim's last word (punctuation and a negator aside) is an auxiliary or modal heading
    its own clause, with no verb or complement of its own, so the claim refers back like "it"
    does: the anaphor is the auxiliary. None otherwise ("she would go"), or without a parse.

    "The council weighs a transit levy. Lee said she would." -> context:would>transit levy
    """
    if end <= start or not len(doc):
        return None
    i = _token_at(doc, end - 1)
    while i > 0 and doc[i].idx > start and _trailing(doc[i]):
        i -= 1
    last = doc[i]
    if last.pos_ != "AUX" or last.dep_ in ("aux", "auxpass") or not doc.has_annotation("DEP"):
        return None
    if any(k.dep_ in ("acomp", "attr", "xcomp", "ccomp", "dobj")
           or (k.i > last.i and not _trailing(k)) for k in last.children):
        return None
    if _inner_antecedent(doc, _token_at(doc, start), last):
        return None
    return Hit("anaphor", None, last.text, last.i, last.i + 1, last.idx,
               last.idx + len(last.text))


def _inner_antecedent(doc: Doc, first: int, last: Any) -> bool:
    """True when the claim (from token `first`) holds, before the auxiliary `last` that ends
    it, a verb outside the auxiliary's own clause that does not govern it: the elided verb
    phrase then stands for that nearer verb phrase of the claim itself ("people cannot ask to
    be heard and then say no, you can't": can't ask), not for an issue named before. A verb
    above the auxiliary ("she thinks the council should") or inside its own clause ("riders who
    need buses will") is not its antecedent.

    >>> from spacy.tokens import Doc; from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["we", "ask", "to", "speak", "and", "say", "you", "ca", "n't"],
    ...           heads=[1, 1, 3, 1, 1, 1, 7, 5, 7],
    ...           deps=["nsubj", "ROOT", "aux", "xcomp", "cc", "conj", "nsubj", "ccomp", "neg"],
    ...           pos=["PRON", "VERB", "PART", "VERB", "CCONJ", "VERB", "PRON", "AUX", "PART"])
    >>> _inner_antecedent(doc, 0, doc[7]), _inner_antecedent(doc, 4, doc[7])
    (True, False)
    """
    own = {a.i for a in last.ancestors} | {t.i for t in last.subtree}
    return any(t.pos_ == "VERB" and t.i not in own for t in doc[first:last.i])


def _trailing(tok: Any) -> bool:
    """Punctuation, a space or a negator: words an elided verb phrase may end with."""
    return tok.is_punct or tok.is_space or tok.dep_ == "neg"


def _demonstrative(doc: Doc, hit: Hit) -> bool:
    """True when an anaphor is a demonstrative pronoun alone (tag DT): "this", "that". It
    often stands for a whole event or statement ("this could force a rethink"): when the text
    before it names several issues, it names none of them in particular."""
    return hit.end - hit.start == 1 and doc[hit.start].tag_ == "DT"


def _back_regions(start: int, end: int, ctx_lo: int, ctx_hi: int,
                  bounds: Sequence[tuple[int, int]], lookback: int) -> list[tuple[int, int]]:
    """Where a claim's anaphor looks for what it refers to, nearest first: the rest of its
    sentence (before the claim, then after it), then the `lookback` sentences before."""
    regions = []
    if ctx_lo < start:
        regions.append((ctx_lo, start))
    if ctx_hi > end:
        regions.append((end, ctx_hi))
    before = [b for b in bounds if b[1] <= min(start, ctx_lo)]
    regions.extend(reversed(before[-lookback:] if lookback else []))
    return regions


def _definite(tok: Any) -> bool:
    """A noun with a definite, demonstrative or possessive determiner and no noun modifier of
    its own: "the wall", "this accord", "his proposed wall", "Trump's wall"; not "a wall",
    "walls", "the stone wall" (another compound). Needs a parse."""
    if tok.doc is None or not tok.doc.has_annotation("DEP"):
        return False
    kids = list(tok.children)
    if any(k.dep_ == "compound" for k in kids):
        return False
    return any(k.dep_ == "poss" or k.dep_ == "det" and ("Def" in k.morph.get("Definite")
                                                         or "Dem" in k.morph.get("PronType"))
               for k in kids)


def _phrase(tok: Any) -> Any:
    """The span from a noun's determiner (or possessor) to the noun: "his proposed wall"."""
    first = min([k.left_edge.i for k in tok.children if k.dep_ in ("det", "poss")] + [tok.i])
    return tok.doc[first:tok.i + 1]


def _antecedent(doc: Doc, detected: Callable[[int, int], dict[str, list[Hit]]], head: Hit,
                regions: Sequence[tuple[int, int]]) -> dict[str, list[Hit]]:
    """The issue a definite noun phrase refers back to: the nearest region naming its issue
    by a signal that ends in the same noun ("the wall" after "a border wall", "the accord"
    after "the Paris accord"); {} when none does. `detected(lo, hi)`: the issues signalled in
    a region (`_detect`).

    "Trump promised a border wall. He said the wall would be paid for." -> the wall: border wall
    """
    key = stem(doc[head.start].lemma_ or doc[head.start].text)
    for r_lo, r_hi in regions:
        found = detected(r_lo, r_hi).get(head.issue, [])
        same = [h for h in found if stem(doc[h.end - 1].lemma_ or doc[h.end - 1].text) == key]
        if same:
            return {head.issue: same}
    return {}


def _context_issues(doc: Doc, hits: Sequence[Hit], taxonomy: Taxonomy, start: int, end: int,
                    ctx_lo: int, ctx_hi: int, bounds: Sequence[tuple[int, int]] | None = None
                    ) -> tuple[dict[str, list[Hit]], str]:
    """Issues a claim that names none takes from its context: by a definite noun phrase whose
    noun ends a signal of the issue named just before ("the wall" after "a border wall",
    `_antecedent`), by anaphora ("the proposal", "it", "that": the issue named just before,
    not for a relative pronoun, `_relative`, nor for "this"/"that" alone when the text before
    names several issues, `_demonstrative`; an elided verb phrase, "she would", `_ellipsis`; an
    anaphor whose noun heads compound terms of some issues, "this agreement", prefers those
    issues), a topic frame ("asked about X"), or else the one
    issue named in the rest of its sentence ("On the carbon tax, she said families would
    pay more"); the evidence says which (context:, frame:, sentence). A claim that is a
    person's name takes none (`_names_person`, checked by the caller)."""
    rules = taxonomy.stance
    claim_generic = [h for h in hits if h.issue is None and _within(h, start, end)]
    anaphor = _anaphor(doc, claim_generic) or _ellipsis(doc, start, end)
    definite = [h for h in hits if h.kind == "head" and _within(h, start, end)
                and _definite(doc[h.start])]
    if anaphor is not None or definite:
        if bounds is None:
            bounds = _sentence_bounds(doc)
        regions = _back_regions(start, end, ctx_lo, ctx_hi, bounds, rules.lookback_sentences)
        seen: dict[tuple[int, int], dict[str, list[Hit]]] = {}

        def detected(r_lo: int, r_hi: int) -> dict[str, list[Hit]]:
            """`_detect` of one region, once per region (read again for each head and want)."""
            if (r_lo, r_hi) not in seen:
                seen[r_lo, r_hi] = _detect(hits, taxonomy, r_lo, r_hi, r_lo, r_hi)
            return seen[r_lo, r_hi]

        for head in definite:
            found = _antecedent(doc, detected, head, regions)
            if found:
                return found, f"context:{_phrase(doc[head.start]).text}"
    if anaphor is not None:
        typed = {h.issue for h in hits if h.kind == "head" and anaphor.start <= h.start
                 and h.end <= anaphor.end}
        for want in ([typed] if typed else []) + [None]:
            for r_lo, r_hi in regions:
                found = detected(r_lo, r_hi)
                if want:
                    found = {i: hs for i, hs in found.items() if i in want}
                if found:
                    if len(found) > 1 and _demonstrative(doc, anaphor):
                        return {}, ""
                    return found, f"context:{anaphor.text}"
    frames = [h for h in hits if h.kind == "topic_frame" and h.issue is None
              and _within(h, ctx_lo, ctx_hi) and not _within(h, start, end)]
    for frame in frames:
        found = _detect(hits, taxonomy, ctx_lo, ctx_hi, ctx_lo, ctx_hi, exclude=(start, end))
        near = {i: [h for h in hs if 0 <= h.start - frame.end <= rules.frame_window]
                for i, hs in found.items()}
        near = {i: hs for i, hs in near.items() if hs}
        if near:
            return near, f"frame:{frame.text}"
    around = _detect(hits, taxonomy, ctx_lo, ctx_hi, ctx_lo, ctx_hi, exclude=(start, end))
    if len(around) == 1:
        return around, "sentence"
    return {}, ""


# one claim as the speaker continuation pass reads it: (start, end, speaker, kind)
ClaimRef = tuple[int, int, str | None, str | None]


def continued(claims: Sequence[ClaimRef], k: int, bounds: Sequence[tuple[int, int]],
              rules: StanceRules) -> int | None:
    """The claim that claim `k` goes on from (`claims` in text order): the claim right before
    it, when claim k is of one of `continuation_kinds`, both have the same speaker and at
    most `continuation_sentences` sentences start between them; else None.

    '"We will build a border wall," Lee said. "It will go up fast."' -> the second goes on
    from the first; with another speaker's claim between them, or as an indirect report
    ('Lee said taxes would fall'), it does not."""
    start, _, speaker, kind = claims[k]
    if not (rules.continuation_sentences and speaker and kind in rules.continuation_kinds):
        return None
    before = [m for m in range(k) if claims[m][1] <= start]
    if not before:
        return None
    m = before[-1]
    if (claims[m][2] or "").lower() != speaker.lower():
        return None
    between = sum(1 for b in bounds if claims[m][1] <= b[0] < start)
    return m if between <= rules.continuation_sentences else None


def continue_speakers(claims: Sequence[ClaimRef], results: Sequence[Any],
                      bounds: Sequence[tuple[int, int]], rules: StanceRules,
                      issues_of: Callable[[Any], list[str]],
                      reclassify: Callable[[int, list[str]], Any]) -> list[Any]:
    """The results of a Doc's claims after the speaker continuation pass: in text order, a
    claim with no issue that goes on from the claim before it (`continued`) is classified again
    (`reclassify(index, issues)`) with that claim's issues, which it may pass on in turn.
    `issues_of(result)` reads the issue ids of one result."""
    out = list(results)
    order = sorted(range(len(claims)), key=lambda k: (claims[k][0], claims[k][1]))
    ordered = [claims[k] for k in order]
    for pos, k in enumerate(order):
        if issues_of(out[k]):
            continue
        m = continued(ordered, pos, bounds, rules)
        inherit = issues_of(out[order[m]]) if m is not None else []
        if inherit:
            out[k] = reclassify(k, inherit)
    return out


def passage_window(bounds: Sequence[tuple[int, int]], start: int, end: int, n: int,
                   edges: tuple[Sequence[int], Sequence[int]] | None = None
                   ) -> list[tuple[int, int]]:
    """The sentences of a claim's passage: the `n` sentences before the sentence(s) holding
    char span [start, end) and the `n` after them (not those sentences themselves).
    `edges`: the sentences' (starts, ends), when the caller keeps them for a whole Doc.

    bounds [(0, 10), (11, 20), (21, 30), (31, 40)], claim in (21, 30), n 1 -> [(11, 20),
    (31, 40)]."""
    if n <= 0 or not bounds:
        return []
    starts, ends = edges or ([s for s, _ in bounds], [e for _, e in bounds])
    first = bisect_right(ends, start)           # the first sentence ending after it
    last = bisect_left(starts, end) - 1         # the last starting before its end
    if first > last:
        return []
    return list(bounds[max(0, first - n):first]) + list(bounds[last + 1:last + 1 + n])


def passage_issues(hits: Sequence[Hit], taxonomy: Taxonomy, start: int, end: int,
                   bounds: Sequence[tuple[int, int]],
                   named: Callable[[int, int], dict[str, list[Hit]]] | None = None,
                   edges: tuple[Sequence[int], Sequence[int]] | None = None
                   ) -> dict[str, list[Hit]]:
    """The topic of a claim's passage: the one issue named in at least `passage_mentions` of
    the sentences around the claim (`passage_window`, stance.toml [context]
    passage_sentences), with its signals there; {} when no issue or several are named that
    often. One mention nearby is no topic (a passing word); a passage that keeps naming one
    issue is about it. `named(lo, hi)`: the issues signalled in one sentence (default
    `_detect` over `hits`; `passage_topics` keeps them per sentence); `edges`: the
    sentences' (starts, ends), built once per Doc by `passage_topics`.

    "The council voted for a sea wall. Ortiz spoke. She said work starts soon. The sea wall
    will be tall." -> "work starts soon": the sea wall issue (named in sentences 1 and 4)."""
    rules = taxonomy.stance
    if named is None:
        def named(lo: int, hi: int) -> dict[str, list[Hit]]:
            return _detect(hits, taxonomy, lo, hi, lo, hi)
    signals: dict[str, list[Hit]] = {}
    count: dict[str, int] = {}
    for lo, hi in passage_window(bounds, start, end, rules.passage_sentences, edges):
        for issue, found in named(lo, hi).items():
            signals.setdefault(issue, []).extend(found)
            count[issue] = count.get(issue, 0) + 1
    topic = [i for i, k in count.items() if k >= rules.passage_mentions]
    return {topic[0]: signals[topic[0]]} if len(topic) == 1 else {}


def passage_topics(doc: Doc, hits: Sequence[Hit], taxonomy: Taxonomy,
                   claims: Sequence[ClaimRef], results: Sequence[Any],
                   bounds: Sequence[tuple[int, int]], issues_of: Callable[[Any], list[str]],
                   reclassify: Callable[[int, dict[str, list[Hit]]], Any]) -> list[Any]:
    """The results of a Doc's claims after the passage pass: a claim with no issue of its own,
    none from its sentence or from the claim it goes on from, that is no person's name
    (`_names_person`), is classified again (`reclassify(index, issues)`) with the topic of
    its passage (`passage_issues`), if there is one; off when passage_sentences is 0. The
    issues of each sentence are found once per Doc, from the hits overlapping it."""
    out = list(results)
    if not taxonomy.stance.passage_sentences:
        return out
    ordered = sorted(hits, key=lambda h: h.start_char)
    starts = [h.start_char for h in ordered]
    widest = max((h.end_char - h.start_char for h in ordered), default=0)
    memo: dict[tuple[int, int], dict[str, list[Hit]]] = {}
    edges = ([s for s, _ in bounds], [e for _, e in bounds])     # once per Doc, not per claim

    def named(lo: int, hi: int) -> dict[str, list[Hit]]:
        if (lo, hi) not in memo:
            near = ordered[bisect_left(starts, lo - widest):bisect_left(starts, hi)]
            memo[lo, hi] = _detect([h for h in near if h.end_char > lo], taxonomy, lo, hi,
                                   lo, hi) if near else {}
        return memo[lo, hi]

    for k, (start, end, _, _) in enumerate(claims):
        if end <= start or issues_of(out[k]):
            continue
        found = passage_issues(hits, taxonomy, start, end, bounds, named, edges)
        if found and not _names_person(doc, start, end):
            out[k] = reclassify(k, found)
    return out


def classify(doc: Doc, start: int, end: int, cue: str | None, taxonomy: Taxonomy,
             sent_start: int | None = None, sent_end: int | None = None,
             context: str = "sentence") -> tuple[IssueStance, ...]:
    """Issues and stances of the claim at char span [start, end) of `doc`.

    `cue` is the reporting cue as written ("dismissed"); `sent_start`/`sent_end` the char
    span of the attribution sentence(s) (default: the sentences holding the claim).
    `context="claim"` ignores everything outside the claim.
    """
    return _classify(doc, doc_hits(doc, taxonomy), start, end, cue, taxonomy,
                     sent_start, sent_end, context)


def _evaluations(doc: Doc, issue: Issue, in_claim: Sequence[Hit], lo: int, hi: int,
                 rules: StanceRules, parsed: bool | None,
                 mentions: Sequence[Hit] = ()) -> list[Evaluation]:
    """Evaluative adjectives and nouns of the claim (tokens [lo, hi)) linked to one of the
    issue's sides: its `pro` / `con` targets, its own support / oppose phrases, and its
    mentions in the claim (signals with their side, or the anaphor that refers to it: "it's a
    disaster") that hold no evaluative word themselves (not for an adversary issue, whose
    phrases name the threat)."""
    if not rules.lexicon or not (parsed if parsed is not None else doc.has_annotation("DEP")):
        return []
    if not evaluative_words(doc, lo, hi, rules, MENTION_POS):   # no word to evaluate a side
        return []
    own = [h for h in in_claim if h.issue == issue.id]
    sides = {"pro": 1, "con": -1}
    if not issue.adversary:
        sides.update({"support": 1, "oppose": -1})
    targets = [Target(h.text, h.start, h.end, sides[h.kind]) for h in own if h.kind in sides
               and (h.kind in ("pro", "con") or not evaluative(doc[h.start:h.end], rules))]
    skip = [(h.start, h.end) for h in own if h.kind not in ("pro", "con")]
    found = evaluate(doc, targets, lo, hi, rules, skip, MENTION_POS)
    if issue.adversary:
        return found
    taken = {t.start for t in targets}
    # a mention with no side of its own (a topic noun: "the immigration system is broken")
    # is judged as the issue itself, the pro side
    named = [Target(h.text, h.start, h.end, h.side or 1) for h in mentions
             if h.start not in taken and not evaluative(doc[h.start:h.end], rules, True)]
    return found + evaluate(doc, named, lo, hi, rules, skip, MENTION_POS)


def _counts_holders(doc: Doc, hit: Hit) -> bool:
    """Whether a figure counts those who hold a view, inside the subject of a verb with a
    clausal complement: "6 in 10 voters said that X", "the majority of them accept that X".
    A poll finding carries the view of those it counts; it is no report of a fact."""
    tok = doc[hit.start]
    for anc in [tok] + list(tok.ancestors):
        if anc.dep_ in ("nsubj", "nsubjpass"):
            return any(c.dep_ == "ccomp" for c in anc.head.children)
        if anc.dep_ in ("ccomp", "advcl", "relcl", "acl", "xcomp", "ROOT"):
            return False
    return False


def _numerals(doc: Doc, lo: int, hi: int, phrases: Sequence[Hit],
              years: tuple[int, int]) -> list[Hit]:
    """Numerals of tokens [lo, hi) as `figure` hits ("121", "98.33", "$7.25"), outside the
    taxonomy's phrases ("$15 an hour" is the proposal, not a figure) and not years (four
    digits within `years`, [markers] first_year / last_year of stance.toml: "in 2014")."""
    first, last = years
    out = []
    for tok in doc[lo:hi]:
        if not (tok.like_num and any(c.isdigit() for c in tok.text)):
            continue
        if tok.text.isdigit() and len(tok.text) == 4 and first <= int(tok.text) <= last:
            continue
        if any(h.start <= tok.i < h.end for h in phrases):
            continue
        out.append(Hit("figure", None, tok.text, tok.i, tok.i + 1, tok.idx,
                       tok.idx + len(tok.text)))
    return out


def _mentions(signals: Sequence[Hit], in_claim: Sequence[Hit], hits: Sequence[Hit], via: str,
              issue: str, people: frozenset[str] = frozenset(), doc: Doc | None = None
              ) -> list[Hit]:
    """Where the claim names the issue, with the side each mention names: its own signals, or
    for a claim that takes the issue by anaphora, or from its passage (via "passage") while
    holding an anaphor, the anaphor ("I oppose it", "it's a disaster"), on the side of what
    it refers to; none when the issue comes from around it otherwise,
    nor when the anaphor is one of `people` ("they can't afford to refuse": they are the
    senators, not the measure); the claim's first anaphor that is none of `people` is the
    mention ("they fear the council will pass the measure": the measure). With a parsed
    `doc`, a signal that modifies a noun outside it is marked (`Hit.modifier`: "his Wall
    Street proposals")."""
    if not via:
        return [_modifying(_sided(h, in_claim), doc) for h in signals]
    if not via.startswith("context:") and via != "passage":
        return []
    anaphor = _anaphor(doc, [h for h in in_claim if h.issue is None
                             and h.text.lower() not in people])
    if anaphor is None:     # a definite noun phrase ("the wall"): its head noun
        anaphor = next((replace(h, issue=None) for h in in_claim if h.kind == "head"
                        and h.issue == issue and via.endswith(h.text)), None)
    if anaphor is None or anaphor.text.lower() in people:
        return []
    sides = [_sided(h, hits).side for h in signals]
    side = -1 if all(v < 0 for v in sides) else 1 if any(v > 0 for v in sides) else 0
    return [replace(anaphor, kind="signal", issue=issue, side=side)]


def _sided(sig: Hit, hits: Sequence[Hit]) -> Hit:
    """The signal with its side: con (-1) when a con-side signal term of the proposition
    (kind consig, pipeline.issues.sides) or a `con` target of the issue covers it or ends it
    (the head of the phrase: "Syrian refugees" but not "refugee policy"), or when the signal
    is itself one of the issue's `oppose` phrases ("pro-life", "unborn": words of the other
    side), so that "unborn babies have no rights" flips a con signal and supports. Pro (+1)
    when a term the proposition names as its measure (kind prosig), a `pro` target or a
    `support` phrase of the issue covers or ends it ("border wall", "deport"). Else no side
    (0): a topic noun, or what the measure acts on ("illegal immigrants" for "deport people
    in the country illegally"), where "they are not criminals" decides nothing."""
    issue, end, side = sig.issue, sig.end, 0
    for h in hits:      # one pass: every phrase that decides a side ends where the signal does
        if h.end != end or h.issue != issue:
            continue
        if h.kind in ("consig", "con") or (h.kind == "oppose" and h.start == sig.start):
            return _with_side(sig, -1)
        if h.kind in ("prosig", "pro", "support"):
            side = 1
    return _with_side(sig, side)


def _with_side(h: Hit, side: int) -> Hit:
    """`replace(h, side=side)` without dataclasses.replace's field-by-field keyword work (it
    runs for every signal of every claim)."""
    return new_hit(h.kind, h.issue, h.text, h.start, h.end, h.start_char, h.end_char, side,
                   h.modifier)


def _modifying(sig: Hit, doc: Doc | None) -> Hit:
    """The signal, marked as a modifier when its last word modifies a noun outside it (a
    compound, adjectival, nominal or possessive modifier): "Wall Street" in "his Wall Street
    proposals" names what the proposals are about, not the banks themselves."""
    if doc is None or not doc.has_annotation("DEP") or not 0 < sig.end <= len(doc):
        return sig
    last = doc[sig.end - 1]
    if last.dep_ in ("compound", "amod", "nmod", "poss") and not sig.start <= last.head.i < sig.end:
        return replace(sig, modifier=True)
    return sig


def _con_around(via: str, mentions: Sequence[Hit], signals: Sequence[Hit],
                hits: Sequence[Hit]) -> str | None:
    """For a claim that takes its issue from around it and does not name it (no mention), the
    signal there when every such signal names the con side, else None: "Lee warned about
    the new casino: 'This will end badly'" warns about the con side."""
    if via and not mentions and signals and all(_sided(h, hits).side < 0 for h in signals):
        return signals[0].text
    return None


def _window(hits: Sequence[Hit], start: int, ctx_lo: int, ctx_hi: int,
            bounds: Sequence[tuple[int, int]] | None, lookback: int, context: str
            ) -> Sequence[Hit]:
    """The hits classifying one claim can read, in their order: those overlapping its context
    [ctx_lo, ctx_hi) or the `lookback` sentences before it (`_back_regions`), where a claim
    that names no issue looks for one. Every step of `_classify` reads only hits that overlap
    one of these ranges (or share a token with such a hit), so the other claims' hits need not
    be scanned again for each claim. Without `bounds` (and with context "sentence") all hits.

    A claim in the third sentence with lookback 1 -> the hits of sentences 2 and 3."""
    if context != "claim":
        if bounds is None:
            return hits
        before = [b for b in bounds if b[1] <= min(start, ctx_lo)]
        if lookback and before:
            ctx_lo = min(ctx_lo, before[-lookback:][0][0])
    return [h for h in hits if h.start_char < ctx_hi and h.end_char > ctx_lo]


def _classify(doc: Doc, hits: Sequence[Hit], start: int, end: int, cue: str | None,
              taxonomy: Taxonomy, sent_start: int | None, sent_end: int | None,
              context: str = "sentence", bounds: Sequence[tuple[int, int]] | None = None,
              parsed: bool | None = None,
              inherit: Sequence[str] | dict[str, list[Hit]] = (),
              inherit_via: str = "speaker") -> tuple[IssueStance, ...]:
    n = _text_length(doc)
    start, end = max(0, min(start, n)), max(0, min(end, n))
    if end <= start:
        return ()
    if context == "claim":
        ctx_lo, ctx_hi = start, end
    elif sent_start is not None and sent_end is not None and sent_end > sent_start:
        ctx_lo, ctx_hi = min(sent_start, start), max(sent_end, end)
    else:
        if bounds is None:
            bounds = _sentence_bounds(doc)
        ctx_lo = min([s for s, e in bounds if s <= start < e] or [start])
        ctx_hi = max([e for s, e in bounds if s < end <= e] or [end])
    hits = _window(hits, start, ctx_lo, ctx_hi, bounds, taxonomy.stance.lookback_sentences,
                   context)
    found = _detect(hits, taxonomy, start, end, ctx_lo, ctx_hi)
    via = ""
    if not found and context != "claim" and not _names_person(doc, start, end):
        found, via = _context_issues(doc, hits, taxonomy, start, end, ctx_lo, ctx_hi, bounds)
    if not found and inherit and context != "claim":
        found = {i: list(inherit[i]) if isinstance(inherit, dict) else [] for i in inherit}
        via = inherit_via
    if not found:
        return ()
    span = doc.char_span(start, end, alignment_mode="expand")
    t_lo, t_hi = (span.start, span.end) if span is not None else (0, len(doc))
    in_claim = [h for h in hits if _within(h, start, end)]
    generic = [h for h in in_claim if h.issue is None and h.kind in GENERIC_KINDS]
    if taxonomy.stance.numerals:
        generic += _numerals(doc, t_lo, t_hi, [h for h in in_claim if h.issue is not None],
                             taxonomy.stance.years)
    if parsed if parsed is not None else doc.has_annotation("DEP"):   # poll findings
        generic = [h for h in generic if not (h.kind == "figure" and _counts_holders(doc, h))]
    negations = negation_scopes(doc, generic, t_lo, t_hi, taxonomy.stance, parsed)
    out = []
    for issue in taxonomy.issues:
        if issue.id not in found:
            continue
        signals = found[issue.id]
        own = [h for h in in_claim if h.issue == issue.id
               and h.kind in ("support", "oppose", "caution")]
        mentions = _mentions(signals, in_claim, hits, via, issue.id,
                             taxonomy.stance.person_anaphors, doc)
        judged = _evaluations(doc, issue, in_claim, t_lo, t_hi, taxonomy.stance, parsed,
                              mentions)
        talk = topic_only(doc, mentions, in_claim, taxonomy.stance)
        own += mentions
        stance, ev = decide(cue, own, generic + ([talk] if talk else []), negations,
                            issue.adversary, taxonomy.stance,
                            judged, _con_around(via, mentions, signals, hits))
        topic = "/".join(dict.fromkeys(h.text for h in signals))
        where = f"{via}>" if via else ""
        out.append(IssueStance(issue.id, stance, f"{ev} | issue:{where}{topic}"))
    return tuple(out)

