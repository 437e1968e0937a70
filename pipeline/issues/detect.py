"""Issue detection: which propositions of `configs/issues.toml` a claim addresses, and its stance.

A taxonomy is a TOML file of `[[issue]]` tables (see configs/issues.toml for the documented
format).  Every phrase in it, and in configs/stance.toml, is written in a small term language
compiled to spaCy `Matcher` patterns:

    "alliance modernization"        words in sequence; each word matches on a light stem of the
                                    token's lemma (of its text when there are no lemmas), so
                                    "modernized" ~ "modernise" ~ "modernize"; write base forms
                                    (irregular forms like "drawn" only help without lemmas)
    "modernize|upgrade alliance"    `|` separates alternatives for one word
    "take * lead"                   `*` is a gap of 0-3 tokens
    "US forces"                     a word with a capital letter matches that exact spelling
    "request|demand/NOUN"           `/POS` restricts the slot's part of speech (when tagged)

An issue is signalled by its `terms` (or raw Matcher `patterns`) inside the claim, or by a
`[[issue.cooccur]]` group: a term that only counts with one of its `anchors` in the same claim
(scope = "claim") or sentence (scope = "sentence") - "flexibility" of US forces, not any
flexibility.  A claim with no issue of its own that refers back ("that direction", "such a
proposal", stance.toml [context].anaphors) or is introduced by a topic frame ("addressing X")
takes the issues of its sentence or of the sentence before.

The component `claims_issues` sets `doc._.claim_issues`, parallel to `doc._.attributions`.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from pipeline.config import ConfigError, default_config_dir, read_toml
from pipeline.records import IssueStance
from pipeline.issues.stance import (GENERIC_KINDS, Hit, StanceRules, decide, load_stance_rules,
                             negation_scopes, stem, term_keys)

_ISSUE_KEYS = {"id": str, "label": str, "proposition": str, "terms": list, "patterns": list,
               "cooccur": list, "support": list, "oppose": list, "caution": list,
               "exclude": list, "adversary": bool}
_COOCCUR_KEYS = {"terms": list, "anchors": list, "scope": str}
_FORMS = "claims_forms"
_GAP = "{0,3}"


@dataclass(frozen=True)
class Cooccur:
    terms: tuple[str, ...]
    anchors: tuple[str, ...]
    scope: str = "claim"              # claim | sentence


@dataclass(frozen=True)
class Issue:
    id: str
    label: str
    proposition: str
    terms: tuple[str, ...] = ()
    patterns: tuple[Any, ...] = ()    # raw spaCy Matcher token patterns (lists of dicts)
    cooccur: tuple[Cooccur, ...] = ()
    support: tuple[str, ...] = ()
    oppose: tuple[str, ...] = ()
    caution: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()     # phrases that veto a signal they overlap ("trade-off")
    adversary: bool = False


@dataclass(frozen=True)
class Taxonomy:
    issues: tuple[Issue, ...]
    stance: StanceRules
    name: str = ""
    path: str = ""
    key: str = ""                     # hash of both rule files: identifies compiled matchers

    def ids(self) -> list[str]:
        return [i.id for i in self.issues]


# ---------------------------------------------------------------------------------------------
# loading


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def load_taxonomy(path: Path | str | None = None, stance_path: Path | str | None = None) -> Taxonomy:
    """Read and validate an issue taxonomy (and the stance rules it is used with).

    None means the shipped default (`issues.toml` / `stance.toml` in the config folder).
    Bad or missing keys raise ConfigError naming the issue id and the key.
    """
    path = Path(path) if path is not None else default_config_dir() / "issues.toml"
    stance_path = (Path(stance_path) if stance_path is not None
                   else default_config_dir() / "stance.toml")
    data = read_toml(path, "issue taxonomy")
    where = f"issue taxonomy {path}"
    unknown = sorted(set(data) - {"taxonomy", "issue"})
    if unknown:
        raise ConfigError(f"{where}: unknown top-level key {unknown[0]!r} (expected [taxonomy] "
                          "and [[issue]] tables)")
    meta = data.get("taxonomy", {})
    if not isinstance(meta, dict):
        raise ConfigError(f"{where}: [taxonomy] must be a table")
    raw = data.get("issue")
    if not isinstance(raw, list) or not raw:
        raise ConfigError(f"{where}: no [[issue]] tables")
    issues: list[Issue] = []
    seen: set[str] = set()
    for n, item in enumerate(raw):
        if not isinstance(item, dict):
            raise ConfigError(f"{where}: issue #{n + 1} must be a table")
        iid = item.get("id")
        if not isinstance(iid, str) or not iid.strip():
            raise ConfigError(f"{where}: issue #{n + 1} has no 'id' (a non-empty string)")
        who = f"{where}: issue {iid!r}"
        if iid in seen:
            raise ConfigError(f"{who}: duplicate id")
        seen.add(iid)
        for key in item:
            if key not in _ISSUE_KEYS:
                raise ConfigError(f"{who}: unknown key {key!r}; known keys: "
                                  + ", ".join(sorted(_ISSUE_KEYS)))
            if not isinstance(item[key], _ISSUE_KEYS[key]):
                raise ConfigError(f"{who}: key {key!r} must be a "
                                  f"{_ISSUE_KEYS[key].__name__}, got {type(item[key]).__name__}")
        for key in ("label", "proposition"):
            if not str(item.get(key, "")).strip():
                raise ConfigError(f"{who}: missing key {key!r}")
        cooccur = []
        for g, grp in enumerate(item.get("cooccur", [])):
            gwho = f"{who}: cooccur #{g + 1}"
            if not isinstance(grp, dict):
                raise ConfigError(f"{gwho} must be a table")
            for key in grp:
                if key not in _COOCCUR_KEYS:
                    raise ConfigError(f"{gwho}: unknown key {key!r}; known keys: "
                                      + ", ".join(sorted(_COOCCUR_KEYS)))
            for key in ("terms", "anchors"):
                if key not in grp:
                    raise ConfigError(f"{gwho}: missing key {key!r}")
            scope = grp.get("scope", "claim")
            if scope not in ("claim", "sentence"):
                raise ConfigError(f"{gwho}: scope must be 'claim' or 'sentence', got {scope!r}")
            cooccur.append(Cooccur(_strings(grp["terms"], f"{gwho}: terms"),
                                   _strings(grp["anchors"], f"{gwho}: anchors"), scope))
        patterns = tuple(item.get("patterns", []))
        for p in patterns:
            if not (isinstance(p, list) and p and all(isinstance(t, dict) for t in p)):
                raise ConfigError(f"{who}: key 'patterns' must be a list of token patterns "
                                  "(each a list of tables)")
        issue = Issue(
            id=iid.strip(), label=item["label"].strip(), proposition=item["proposition"].strip(),
            terms=_strings(item.get("terms", []), f"{who}: key 'terms'"),
            patterns=patterns, cooccur=tuple(cooccur),
            support=_strings(item.get("support", []), f"{who}: key 'support'"),
            oppose=_strings(item.get("oppose", []), f"{who}: key 'oppose'"),
            caution=_strings(item.get("caution", []), f"{who}: key 'caution'"),
            exclude=_strings(item.get("exclude", []), f"{who}: key 'exclude'"),
            adversary=bool(item.get("adversary", False)),
        )
        if not (issue.terms or issue.patterns or issue.cooccur):
            raise ConfigError(f"{who}: needs at least one of 'terms', 'patterns', 'cooccur'")
        for key in ("terms", "support", "oppose", "caution", "exclude"):
            for term in getattr(issue, key):
                _check_term(term, f"{who}: key {key!r}")
        issues.append(issue)
    rules = load_stance_rules(stance_path)
    for kind, term in rules.generic_terms():
        _check_term(term, f"stance rules {stance_path}: {kind}")
    digest = hashlib.sha256(path.read_bytes() + b"\0" + stance_path.read_bytes()).hexdigest()[:16]
    return Taxonomy(tuple(issues), rules, str(meta.get("name", path.stem)), str(path), digest)


def _check_term(term: str, where: str) -> None:
    words = term.split()
    if not words or all(w == "*" for w in words) or words[0] == "*" or words[-1] == "*":
        raise ConfigError(f"{where}: bad term {term!r} (empty, or starts/ends with a gap '*')")
    for w in words:
        if w != "*" and any(not a for a in w.split("/")[0].split("|")):
            raise ConfigError(f"{where}: bad term {term!r} (empty alternative in {w!r})")


# ---------------------------------------------------------------------------------------------
# the term language -> Matcher patterns


_TOKENIZERS: dict[str, Any] = {}


def _tokenize(text: str, lang: str) -> list[str]:
    if lang not in _TOKENIZERS:
        import spacy
        try:
            _TOKENIZERS[lang] = spacy.blank(lang).tokenizer
        except Exception:  # pragma: no cover - unknown language code
            _TOKENIZERS[lang] = spacy.blank("en").tokenizer
    return [t.text for t in _TOKENIZERS[lang](text)]


def _slot(alts: list[str]) -> dict[str, Any]:
    """A slot whose alternatives all carry a capital letter is matched exactly (ORTH);
    otherwise on the NORM key of the shadow Doc (the stem of the lemma or of the text)."""
    if all(any(c.isupper() for c in a) for a in alts):
        return {"ORTH": {"IN": sorted(set(alts))}}
    keys: set[str] = set()
    for a in alts:
        keys.update(term_keys(a))
    return {"NORM": {"IN": sorted(keys)}}


def compile_term(term: str, lang: str = "en", use_pos: bool = True) -> list[dict]:
    """One term of the term language -> one spaCy Matcher pattern (for the shadow Doc)."""
    pattern: list[dict] = []
    for word in term.split():
        if word == "*":
            pattern.append({"OP": _GAP})
            continue
        pos = None
        if "/" in word and word.rsplit("/", 1)[1].isupper():
            word, pos = word.rsplit("/", 1)
        alts = word.split("|")
        pieces = [_tokenize(a, lang) for a in alts]
        if len(alts) == 1 and len(pieces[0]) > 1:      # "US-ROK", "future-oriented"
            for piece in pieces[0]:
                pattern.append(_slot([piece]))
            continue
        spec = _slot(alts)
        if pos and use_pos:
            spec["POS"] = pos
        pattern.append(spec)
    return pattern


def shadow_doc(doc: Doc | Span, use_pos: bool | None = None, lemmas: bool | None = None) -> Doc:
    """A copy of the tokens of a Doc (or of a Span: indices then count from its start) whose
    NORM is the match key.

    Matching on a standard attribute keeps the Matcher in compiled code; the user's Doc is
    never modified."""
    whole = doc.doc if isinstance(doc, Span) else doc
    if use_pos is None:
        use_pos = whole.has_annotation("POS")
    if lemmas is None:
        lemmas = whole.has_annotation("LEMMA")
    tokens = list(doc)
    shadow = Doc(whole.vocab, words=[t.text for t in tokens],
                 spaces=[bool(t.whitespace_) for t in tokens],
                 pos=[t.pos_ or "X" for t in tokens] if use_pos else None)
    for t, s in zip(tokens, shadow):
        s.norm_ = stem(t.lemma_ if lemmas and t.lemma_ else t.text)
    return shadow


# A slot whose alternatives multiply to at most this many patterns is compiled as that many
# patterns of plain equality tests (checked in the Matcher's compiled code); `IN` sets are
# Python predicates called per token and per pattern, 10x slower on long Docs.
_MAX_EXPANSION = 512


def expand_pattern(pattern: list[dict]) -> list[list[dict]]:
    """The same matches as `pattern`, with every `{"IN": [...]}` set written out as one
    pattern per combination of values (when there are not too many combinations)."""
    total = 1
    for spec in pattern:
        for value in spec.values():
            if isinstance(value, dict) and "IN" in value:
                total *= len(value["IN"])
    if total > _MAX_EXPANSION:
        return [pattern]
    out: list[list[dict]] = [[]]
    for spec in pattern:
        choices: list[dict] = [{}]
        for attr, value in spec.items():
            if isinstance(value, dict) and "IN" in value:
                choices = [{**c, attr: v} for c in choices for v in value["IN"]]
            else:
                choices = [{**c, attr: value} for c in choices]
        out = [p + [c] for p in out for c in choices]
    return out


def _pattern_width(pattern: list[dict]) -> int:
    """Most tokens one match of a compiled term can cover."""
    return sum(3 if spec.get("OP") == _GAP else 1 for spec in pattern)


@dataclass(frozen=True)
class CompiledMatchers:
    terms: Matcher                    # the same phrases as a spaCy Matcher over a shadow Doc:
                                      # the reference `TermProgram` is tested against
    raw: Matcher | None               # raw spaCy patterns, run on the Doc itself
    width: int                        # most tokens a term match can cover
    # (label, pattern, needs) in the order they were added; `needs` has, per word slot, the
    # attribute and the values one of which the text must hold for the pattern to match
    patterns: tuple[tuple[str, list, tuple[tuple[str, frozenset], ...]], ...] = ()
    program: "TermProgram | None" = None   # the same patterns, for `TermProgram.run`


class TermProgram:
    """The compiled term patterns as plain Python data, run by a token-by-token simulation of
    spaCy's `Matcher` over per-token keys (stem, text, POS) instead of a shadow Doc.

    Term patterns only hold word slots (NORM or ORTH equal to / IN a set, maybe POS) and gaps
    (`{0,3}`: optional any-token slots), so the simulation follows the Matcher's state machine
    for the quantifiers ONE and ZERO_ONE exactly: the same matches in the same order. New
    states start only where a pattern's first word occurs (a hash lookup), so the cost grows
    with the tokens, not with tokens x patterns, and no Matcher or Doc is built per text.
    """

    __slots__ = ("labels", "slots", "first")

    def __init__(self, listed: Sequence[tuple[str, list, Any]]):
        labels: list[str] = []
        slots: list[tuple] = []
        first: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})
        for label, pattern, _ in listed:
            compiled: list[tuple | None] = []
            for spec in pattern:
                if spec.get("OP") == _GAP and len(spec) == 1:
                    compiled.extend([None] * 3)            # ZERO_ONE x3, any token
                    continue
                if set(spec) - {"NORM", "ORTH", "POS"} or ("NORM" in spec) == ("ORTH" in spec):
                    raise ValueError(f"unsupported term pattern slot {spec!r}")
                attr = 0 if "NORM" in spec else 1
                value = spec["NORM"] if attr == 0 else spec["ORTH"]
                values = frozenset(value["IN"]) if isinstance(value, dict) else frozenset([value])
                compiled.append((attr, values, spec.get("POS")))
            if not compiled or compiled[0] is None or compiled[-1] is None:
                raise ValueError(f"term pattern must start and end with a word: {pattern!r}")
            index = len(labels)
            labels.append(label)
            slots.append(tuple(compiled))
            attr, values, _ = compiled[0]
            for v in values:
                first[attr].setdefault(v, []).append(index)
        self.labels = tuple(labels)
        self.slots = tuple(slots)
        self.first = first

    def run(self, norms: Sequence[str], orths: Sequence[str], pos: Sequence[str] | None,
            offset: int = 0) -> list[tuple[str, int, int]]:
        """(label, start + offset, end + offset) of every match over one token sequence, in
        the order spaCy's Matcher returns them (duplicates dropped as it does)."""
        labels, slots = self.labels, self.slots
        first_norm, first_orth = self.first
        out: list[tuple[str, int, int]] = []
        seen: set[tuple[int, int, int]] = set()
        states: list[tuple[int, int, int, int]] = []     # (pattern, slot, start, length)
        for i in range(len(norms)):
            norm, orth = norms[i], orths[i]
            fresh_n, fresh_o = first_norm.get(norm), first_orth.get(orth)
            if not states and fresh_n is None and fresh_o is None:
                continue
            keys = (norm, orth)
            tag = pos[i] if pos is not None else None
            alive: list[tuple[int, int, int, int]] = []
            forks: list[tuple[int, int, int, int]] = []
            ended: list[tuple[int, int, int]] = []
            for k, p, start, length in states:
                pat = slots[k]
                slot = pat[p]
                while slot is None:                      # ZERO_ONE any-token: RETRY_ADVANCE
                    forks.append((k, p + 1, start, length + 1))
                    p += 1
                    slot = pat[p]
                attr, values, want = slot
                if keys[attr] not in values or (want is not None and want != tag):
                    continue                             # REJECT
                if p + 1 == len(pat):
                    ended.append((k, start, length + 1))  # MATCH
                else:
                    alive.append((k, p + 1, start, length + 1))   # ADVANCE
            if fresh_n is not None or fresh_o is not None:
                if fresh_n is None:
                    fresh = fresh_o
                elif fresh_o is None:
                    fresh = fresh_n
                else:
                    fresh = sorted(fresh_n + fresh_o)
                for k in fresh:
                    pat = slots[k]
                    want = pat[0][2]
                    if want is not None and want != tag:
                        continue
                    if len(pat) == 1:
                        ended.append((k, i, 1))
                    else:
                        alive.append((k, 1, i, 1))
            for k, start, length in ended:
                label = labels[k]
                # the Matcher dedups on (label id, start, end)
                dkey = (label, start, start + length)
                if dkey not in seen:
                    seen.add(dkey)
                    out.append((label, start + offset, start + length + offset))
            states = alive + forks if forks else alive
        return out


_POS_NAMES: dict[int, str] = {}
_KEY_CACHE: dict[tuple[int, int], str] = {}


def token_keys(doc: Doc, use_pos: bool, lemmas: bool, lo: int = 0, hi: int | None = None,
               array: Any = None) -> tuple[list[str], list[str], list[str] | None]:
    """For tokens [lo, hi) of `doc`: the NORM the shadow Doc gives each (the stem of its
    lemma, or of its text), its text, and (when `use_pos`) its POS, "X" when untagged.

    `array`: `doc.to_array([ORTH, LEMMA, POS, ...])`, when the caller reads several ranges."""
    if array is None:
        from spacy.attrs import LEMMA, ORTH, POS
        array = doc.to_array([ORTH, LEMMA, POS]) if len(doc) else []
    rows = array[lo:hi].tolist() if hasattr(array, "tolist") else list(array[lo:hi])
    if not _POS_NAMES:
        from spacy.parts_of_speech import NAMES
        _POS_NAMES.update({int(k): v for k, v in NAMES.items()})
    strings = doc.vocab.strings
    if len(_KEY_CACHE) > 500_000:
        _KEY_CACHE.clear()
    cache = _KEY_CACHE
    norms, orths = [], []
    for row in rows:
        o, lem = row[0], row[1]
        text = strings[o]
        orths.append(text)
        key = (o, lem if lemmas else 0)
        norm = cache.get(key)
        if norm is None:
            lemma = strings[lem] if lemmas and lem else ""
            norm = cache[key] = stem(lemma or text)
        norms.append(norm)
    pos = [_POS_NAMES.get(row[2], "") or "X" for row in rows] if use_pos else None
    return norms, orths, pos


def _needs(pattern: list[dict]) -> tuple[tuple[str, frozenset], ...]:
    needs = []
    for spec in pattern:
        for attr in ("NORM", "ORTH"):
            value = spec.get(attr)
            if isinstance(value, str):
                needs.append((attr, frozenset([value])))
            elif isinstance(value, dict) and "IN" in value:
                needs.append((attr, frozenset(value["IN"])))
    return tuple(needs)


_MATCHERS: dict[tuple, tuple[Any, CompiledMatchers]] = {}


def _matcher(vocab: Any, taxonomy: Taxonomy, lang: str, use_pos: bool) -> CompiledMatchers:
    """The compiled matchers of a taxonomy, built once per vocab."""
    key = (id(vocab), taxonomy.key, lang, use_pos)
    cached = _MATCHERS.get(key)
    if cached is not None and cached[0] is vocab:
        return cached[1]
    matcher = Matcher(vocab)
    raw = Matcher(vocab)
    width = 1
    listed: list[tuple[str, list, tuple]] = []

    def add(label: str, terms: Iterable[str]) -> None:
        nonlocal width
        pats = []
        for t in terms:
            compiled = compile_term(t, lang, use_pos)
            width = max(width, _pattern_width(compiled))
            pats.extend(expand_pattern(compiled))
        if pats:
            matcher.add(label, pats)
            listed.extend((label, p, _needs(p)) for p in pats)

    for issue in taxonomy.issues:
        add(f"{issue.id}\x1fsignal", issue.terms)
        if issue.patterns:
            try:
                raw.add(f"{issue.id}\x1fsignal", [list(p) for p in issue.patterns])
            except Exception as exc:
                raise ConfigError(f"issue taxonomy {taxonomy.path}: issue {issue.id!r}: key "
                                  f"'patterns' is not a valid spaCy pattern: {exc}") from None
        for g, grp in enumerate(issue.cooccur):
            add(f"{issue.id}\x1fco{g}", grp.terms)
            add(f"{issue.id}\x1fan{g}", grp.anchors)
        for kind in ("support", "oppose", "caution", "exclude"):
            add(f"{issue.id}\x1f{kind}", getattr(issue, kind))
    by_kind: dict[str, list[str]] = {}
    for kind, term in taxonomy.stance.generic_terms():
        by_kind.setdefault(kind, []).append(term)
    for kind, terms in by_kind.items():
        add(f"\x1f{kind}", terms)
    result = CompiledMatchers(matcher, raw if len(raw) else None, width, tuple(listed),
                              TermProgram(listed))
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
            return [Hit(*row) for row in cached]
    compiled = _matcher(doc.vocab, taxonomy, doc.lang_ or "en", use_pos)
    matches: list[tuple[str, int, int]] = []
    array = None
    if len(doc):
        from spacy.attrs import IDX, LEMMA, ORTH, POS, SPACY
        array = doc.to_array([ORTH, LEMMA, POS, IDX, SPACY])
        lemmas = doc.has_annotation("LEMMA")
        program = compiled.program
        for lo, hi in (regions if regions is not None else [(0, len(doc))]):
            if hi > lo:
                norms, orths, pos = token_keys(doc, use_pos, lemmas, lo, hi, array)
                matches += program.run(norms, orths, pos, lo)
    if compiled.raw is not None:   # raw patterns may be any length: the whole Doc
        strings = doc.vocab.strings
        matches += [(strings[m], s, e) for m, s, e in compiled.raw(doc)]
    rows = []
    seen = set()
    for label, s, e in matches:
        issue, kind = label.split("\x1f", 1)
        span = doc[s:e]
        row = (kind, issue or None, span.text, s, e, span.start_char, span.end_char)
        if row not in seen:
            seen.add(row)
            rows.append(row)
    if regions is None:
        doc.user_data[cache_key] = rows
    return [Hit(*row) for row in rows]


def claim_regions(doc: Doc, spans: Iterable[tuple[int, int, int, int]],
                  bounds: Sequence[tuple[int, int]], lookback: int, context: str,
                  margin: int) -> list[tuple[int, int]]:
    """Token ranges holding everything classification reads for some claims.

    `spans`: (start, end, sent_start, sent_end) char offsets per claim. A claim reads its own
    span, its sentence context and the `lookback` sentences before it (anaphora); each range
    grows by `margin` tokens (the widest phrase) so a phrase overlapping it is found whole.
    Overlapping or touching ranges are merged.
    """
    n_chars, n_tokens = _text_length(doc), len(doc)
    if not n_tokens:
        return []
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
            before = [b for b in bounds if b[1] <= min(start, lo)]
            if lookback and before:
                lo = min(lo, before[-lookback:][0][0])
        lo, hi = max(0, min(lo, n_chars)), max(0, min(hi, n_chars))
        t_lo = _token_at(doc, lo)
        t_hi = _token_at(doc, max(lo, hi - 1)) + 1
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

    by_issue: dict[str | None, list[Hit]] = {}
    for h in hits:
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


def _context_issues(doc: Doc, hits: Sequence[Hit], taxonomy: Taxonomy, start: int, end: int,
                    ctx_lo: int, ctx_hi: int, bounds: Sequence[tuple[int, int]] | None = None
                    ) -> tuple[dict[str, list[Hit]], str]:
    """Issues a claim takes from its context: by anaphora or a topic frame."""
    rules = taxonomy.stance
    claim_generic = [h for h in hits if h.issue is None and _within(h, start, end)]
    anaphor = next((h for h in claim_generic if h.kind == "anaphor"), None)
    if anaphor is not None:
        regions = []
        if ctx_lo < start:
            regions.append((ctx_lo, start))
        if ctx_hi > end:
            regions.append((end, ctx_hi))
        if bounds is None:
            bounds = _sentence_bounds(doc)
        before = [b for b in bounds if b[1] <= min(start, ctx_lo)]
        regions.extend(reversed(before[-rules.lookback_sentences:] if rules.lookback_sentences
                                else []))
        for r_lo, r_hi in regions:
            found = _detect(hits, taxonomy, r_lo, r_hi, r_lo, r_hi)
            if found:
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
    return {}, ""


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


def _classify(doc: Doc, hits: Sequence[Hit], start: int, end: int, cue: str | None,
              taxonomy: Taxonomy, sent_start: int | None, sent_end: int | None,
              context: str = "sentence", bounds: Sequence[tuple[int, int]] | None = None,
              parsed: bool | None = None) -> tuple[IssueStance, ...]:
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
    found = _detect(hits, taxonomy, start, end, ctx_lo, ctx_hi)
    via = ""
    if not found and context != "claim":
        found, via = _context_issues(doc, hits, taxonomy, start, end, ctx_lo, ctx_hi, bounds)
    if not found:
        return ()
    span = doc.char_span(start, end, alignment_mode="expand")
    t_lo, t_hi = (span.start, span.end) if span is not None else (0, len(doc))
    in_claim = [h for h in hits if _within(h, start, end)]
    generic = [h for h in in_claim if h.issue is None and h.kind in GENERIC_KINDS]
    negations = negation_scopes(doc, generic, t_lo, t_hi, taxonomy.stance, parsed)
    out = []
    for issue in taxonomy.issues:
        if issue.id not in found:
            continue
        signals = found[issue.id]
        own = [h for h in in_claim if h.issue == issue.id
               and h.kind in ("support", "oppose", "caution")]
        if not via:
            own += signals
        stance, ev = decide(cue, own, generic, negations, issue.adversary, taxonomy.stance)
        topic = "/".join(dict.fromkeys(h.text for h in signals))
        where = f"{via}>" if via else ""
        out.append(IssueStance(issue.id, stance, f"{ev} | issue:{where}{topic}"))
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# spaCy component


for _name in ("attributions", "claim_issues"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class IssuesComponent:
    """Sets `doc._.claim_issues`: one tuple of IssueStance per item of `doc._.attributions`."""

    def __init__(self, nlp: Language, name: str, taxonomy_path: str | None,
                 stance_path: str | None, context: str = "sentence"):
        self.name = name
        self.taxonomy = load_taxonomy(taxonomy_path, stance_path)
        if context not in ("sentence", "claim"):
            raise ConfigError(f"issues.context must be 'sentence' or 'claim', got {context!r}")
        self.context = context

    def __call__(self, doc: Doc) -> Doc:
        attributions = doc._.attributions or []
        if not attributions:
            doc._.claim_issues = []
            return doc
        bounds = _sentence_bounds(doc)
        parsed = doc.has_annotation("DEP")
        try:
            compiled = _matcher(doc.vocab, self.taxonomy, doc.lang_ or "en",
                                doc.has_annotation("POS"))
            regions = claim_regions(
                doc, ((a.start, a.end, a.sent_start, a.sent_end) for a in attributions), bounds,
                self.taxonomy.stance.lookback_sentences, self.context, compiled.width)
        except Exception:  # odd offsets: search the whole Doc
            regions = None
        hits = doc_hits(doc, self.taxonomy, regions)
        result = []
        for att in attributions:
            try:
                result.append(_classify(doc, hits, att.start, att.end, att.cue, self.taxonomy,
                                        att.sent_start, att.sent_end, self.context, bounds,
                                        parsed))
            except Exception:  # bad offsets must not lose the other claims
                result.append(())
        doc._.claim_issues = result
        for key in [k for k in doc.user_data if isinstance(k, tuple) and k
                    and k[0] == "claims_issues_hits"]:
            del doc.user_data[key]
        return doc


@Language.factory("claims_issues",
                  default_config={"taxonomy_path": None, "stance_path": None,
                                  "context": "sentence"})
def make_issues(nlp: Language, name: str, taxonomy_path: str | None, stance_path: str | None,
                context: str) -> IssuesComponent:
    return IssuesComponent(nlp, name, taxonomy_path, stance_path, context)


# ---------------------------------------------------------------------------------------------
# scoring


def score_issues(gold: list[dict], pred: list[dict]) -> dict:
    """Issue micro-P/R/F1 and stance accuracy over matched (claim, issue) pairs.

    `gold[i]` and `pred[i]` describe the same claim: {"issues": [...], "stance": {issue: s}}.
    Returns {"issue": {p, r, f1, tp, fp, fn}, "stance": {accuracy, n, correct},
    "per_issue": {id: {...}}, "confusion": {(gold, pred): count}}.
    """
    if len(gold) != len(pred):
        raise ValueError(f"score_issues: {len(gold)} gold items but {len(pred)} predictions")
    per: dict[str, dict[str, int]] = {}
    confusion: dict[str, int] = {}

    def row(issue: str) -> dict[str, int]:
        return per.setdefault(issue, {"tp": 0, "fp": 0, "fn": 0, "stance_n": 0,
                                      "stance_correct": 0})

    for g, p in zip(gold, pred):
        gi, pi = set(g.get("issues") or []), set(p.get("issues") or [])
        gs, ps = g.get("stance") or {}, p.get("stance") or {}
        for issue in gi & pi:
            r = row(issue)
            r["tp"] += 1
            r["stance_n"] += 1
            ok = gs.get(issue) == ps.get(issue)
            r["stance_correct"] += ok
            k = f"{gs.get(issue)}->{ps.get(issue)}"
            confusion[k] = confusion.get(k, 0) + 1
        for issue in pi - gi:
            row(issue)["fp"] += 1
        for issue in gi - pi:
            row(issue)["fn"] += 1

    def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}

    tp = sum(r["tp"] for r in per.values())
    fp = sum(r["fp"] for r in per.values())
    fn = sum(r["fn"] for r in per.values())
    n = sum(r["stance_n"] for r in per.values())
    correct = sum(r["stance_correct"] for r in per.values())
    per_issue = {}
    for issue, r in sorted(per.items()):
        per_issue[issue] = {**r, **prf(r["tp"], r["fp"], r["fn"]),
                            "stance_accuracy": (r["stance_correct"] / r["stance_n"]
                                                if r["stance_n"] else None)}
    return {
        "issue": {"tp": tp, "fp": fp, "fn": fn, **prf(tp, fp, fn)},
        "stance": {"n": n, "correct": correct, "accuracy": correct / n if n else None},
        "per_issue": per_issue,
        "confusion": dict(sorted(confusion.items())),
    }
