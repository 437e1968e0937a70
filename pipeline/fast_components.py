"""Faster drop-in copies of two rule-based model components, built from the loaded ones.

spaCy's `attribute_ruler` runs a Matcher of ~180 patterns over every token and sets each
match's attributes through a Span (12% of en_core_web_sm's CPU on news text), and its rule
`lemmatizer` walks the Doc in Python and reads `token.morph.to_dict()` for each token. Both
results depend on a few attributes of each token only, so each is computed once per distinct
value of those attributes (per process) and written back to the Doc in bulk (`from_array`).

`compile_ruler` and `CachedLemmatizer.supports` accept only what they reproduce exactly;
anything else (operators, other predicates, extension attributes, another lemmatizer class)
keeps spaCy's own component. `install` swaps them into a loaded pipeline; output is the same
token for token (scripts/check_fast_components.py checks it on real text).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy
from spacy.attrs import DEP, IDS, LEMMA, MORPH, ORTH, POS, TAG
from spacy.strings import get_string_id

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: token attributes a compiled pattern may test (all read by Doc.to_array as the Matcher does)
TESTABLE = {"ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "SHAPE", "IS_SPACE",
            "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE"}
#: attributes a compiled ruler may set (plain struct fields of the token)
SETTABLE = (POS, MORPH, LEMMA, TAG, DEP)


class Unsupported(ValueError):
    """A ruler or lemmatizer this module does not reproduce exactly (spaCy's is kept)."""


@dataclass
class _Spec:
    """One token of a pattern: exact values, IN / NOT_IN sets and regexes, by column.

    >>> _Spec(equal={0: 5}).matches((5, 1), lambda col, v: "")
    True
    """
    equal: dict[int, int] = field(default_factory=dict)
    within: list[tuple[int, frozenset]] = field(default_factory=list)
    outside: list[tuple[int, frozenset]] = field(default_factory=list)
    regexes: list[tuple[int, Any]] = field(default_factory=list)

    def matches(self, values: tuple, text) -> bool:
        """Whether a token with these column values matches (text(col, value) -> string)."""
        return (all(values[c] == v for c, v in self.equal.items())
                and all(values[c] in s for c, s in self.within)
                and all(values[c] not in s for c, s in self.outside)
                and all(rx.search(text(c, values[c])) for c, rx in self.regexes))


@dataclass
class CompiledRuler:
    """The patterns of an AttributeRuler as per-token specs over a few columns."""
    columns: list[int]                       # attribute ids read with Doc.to_array
    singles: list[tuple[int, _Spec]]         # (pattern id, spec) of one-token patterns
    multis: list[tuple[int, list[_Spec], int]]  # (pattern id, specs, target offset)
    attrs: list[dict[int, int]]              # per pattern id: SETTABLE attribute -> value
    named: list[frozenset]                   # per column: values some spec names
    regex_columns: set[int]                  # columns some REGEX reads


def _column(columns: list[int], name: str) -> int:
    """The column of attribute `name`, added on first use.

    >>> cols = []; _column(cols, "TAG"), _column(cols, "LOWER"), _column(cols, "TAG")
    (0, 1, 0)
    """
    attr = IDS[name]
    if attr not in columns:
        columns.append(attr)
    return columns.index(attr)


def _compile_spec(token: dict, columns: list[int], strings) -> _Spec:
    """A Matcher token pattern as a _Spec (Unsupported for anything but =, IN, NOT_IN, REGEX)."""
    spec = _Spec()
    for key, value in token.items():
        name = key.upper() if isinstance(key, str) else None
        name = "ORTH" if name == "TEXT" else name
        if name not in TESTABLE:
            raise Unsupported(f"pattern key {key!r}")
        col = _column(columns, name)
        if isinstance(value, bool):
            spec.equal[col] = int(value)
        elif isinstance(value, str):
            spec.equal[col] = strings.add(value)
        elif isinstance(value, int):
            spec.equal[col] = value
        elif isinstance(value, dict) and value and set(value) <= {"IN", "NOT_IN", "REGEX"}:
            _compile_predicates(spec, col, value)
        else:
            raise Unsupported(f"pattern value {value!r}")
    return spec


def _compile_predicates(spec: _Spec, col: int, value: dict) -> None:
    """Add a token pattern's {"IN": [...], "NOT_IN": [...], "REGEX": "..."} to spec."""
    for op, arg in value.items():
        if op == "REGEX":
            if not isinstance(arg, str):
                raise Unsupported(f"REGEX {arg!r}")
            spec.regexes.append((col, re.compile(arg)))
            continue
        if not isinstance(arg, (list, tuple)) or not all(
                isinstance(v, (str, int)) and not isinstance(v, bool) for v in arg):
            raise Unsupported(f"{op} {arg!r}")
        values = frozenset(get_string_id(v) for v in arg)
        (spec.within if op == "IN" else spec.outside).append((col, values))


def compile_ruler(ruler) -> CompiledRuler:
    """Compile a loaded spaCy AttributeRuler, or raise Unsupported.

    Its Matcher matches every pattern on the Doc's values before any is applied, and the
    matches are applied by pattern id, later ones overriding: a token's result is fixed by
    the specs it and its neighbours match, whatever the Doc."""
    strings = ruler.vocab.strings
    columns: list[int] = []
    singles, multis, attrs = [], [], []
    for pid, (set_attrs, index) in enumerate(zip(ruler.attrs, ruler.indices)):
        if "_" in set_attrs or not set(set_attrs) <= set(SETTABLE):
            raise Unsupported(f"sets {set_attrs!r}")
        attrs.append(dict(set_attrs))
        for pattern in ruler.matcher.get(str(pid))[1]:
            if not pattern or not -len(pattern) <= index < len(pattern):
                raise Unsupported(f"pattern {pattern!r} index {index}")
            specs = [_compile_spec(token, columns, strings) for token in pattern]
            if len(specs) == 1:
                singles.append((pid, specs[0]))
            else:
                multis.append((pid, specs, index % len(specs)))
    named = [set() for _ in columns]
    regex_columns = set()
    for spec in [s for _, s in singles] + [s for _, ss, _ in multis for s in ss]:
        for col, value in spec.equal.items():
            named[col].add(value)
        for col, values in spec.within + spec.outside:
            named[col].update(values)
        regex_columns.update(col for col, _ in spec.regexes)
    return CompiledRuler(columns, singles, multis, attrs, [frozenset(n) for n in named],
                         regex_columns)


class FastAttributeRuler:
    """Applies a CompiledRuler: one result per distinct key of coded column values.

    Each column value is coded by its rank among the values the patterns name; a value no
    pattern names gets one code past them (one per outcome of the column's REGEXes): all
    such values match the same specs, so the key stays exact and the number of distinct
    keys small (~600 on 100 news articles). A token's key is one integer; each distinct key
    of a Doc is looked up once in a dict (a dense table over the key space, 1.9 MB for
    en_core_web_sm, saved ~0.1 ms per article: not worth its memory)."""

    def __init__(self, compiled: CompiledRuler, vocab):
        self.compiled = compiled
        self.vocab = vocab
        specs = [s for _, s in compiled.singles] + [s for _, ss, _ in compiled.multis for s in ss]
        self._regexes = [[rx for spec in specs for c, rx in spec.regexes if c == col]
                         for col in range(len(compiled.columns))]
        if any(len(rxs) > 12 for rxs in self._regexes):
            raise Unsupported("more than 12 REGEX on one attribute")
        self._named = [numpy.array(sorted(n) or [0], dtype=numpy.uint64) for n in compiled.named]
        self._n_named = [len(n) for n in compiled.named]
        self._multipliers, size = [], 1
        for n, rxs in zip(self._n_named, self._regexes):
            self._multipliers.append(size)
            size *= n + 2 ** len(rxs)
        if size >= 1 << 63:
            raise Unsupported("too many distinct keys for one integer")
        self._keys: dict[int, int] = {}         # key -> entry id
        self._outcomes: list[dict[int, int]] = [{} for _ in compiled.columns]
        self._entries: list[tuple[tuple, frozenset]] = []  # (single pids, multi specs hit)
        self._entry_result = numpy.zeros(0, dtype=numpy.intp)  # entry id -> result id
        self._entry_starts = numpy.zeros(0, dtype=bool)  # entry opens some multi pattern
        self._results: dict[tuple, int] = {}    # merged settings -> result id
        self._values = numpy.zeros((0, len(SETTABLE)), dtype=numpy.uint64)
        self._set = numpy.zeros((0, len(SETTABLE)), dtype=bool)

    def __call__(self, doc: "Doc") -> "Doc":
        if len(doc) == 0:
            return doc
        raw = doc.to_array(self.compiled.columns).reshape(len(doc), -1)
        entry_ids = self._entry_ids(raw)
        result_ids = self._entry_result[entry_ids]
        if self.compiled.multis:
            self._apply_multis(entry_ids, result_ids)
        self._write(doc, result_ids)
        return doc

    def _keys_of(self, raw: numpy.ndarray) -> numpy.ndarray:
        """Per token, its key: the column codes in mixed radix."""
        keys = numpy.zeros(len(raw), dtype=numpy.int64)
        for col in range(raw.shape[1]):
            values, named = raw[:, col], self._named[col]
            rank = numpy.searchsorted(named, values)
            known = named[numpy.minimum(rank, len(named) - 1)] == values
            if self._n_named[col] == 0:
                known[:] = False
            code = numpy.where(known, rank, self._n_named[col])
            if self._regexes[col] and not known.all():
                code[~known] += self._regex_outcomes(col, values[~known])
            keys += code * self._multipliers[col]
        return keys

    def _regex_outcomes(self, col: int, values: numpy.ndarray) -> numpy.ndarray:
        """Per value, the bits of the column's REGEXes its string matches (cached)."""
        unique, inverse = numpy.unique(values, return_inverse=True)
        known = self._outcomes[col]
        out = []
        for value in unique.tolist():
            bits = known.get(value)
            if bits is None:
                text = self.vocab.strings[value]
                bits = known[value] = sum(bool(rx.search(text)) << b
                                          for b, rx in enumerate(self._regexes[col]))
            out.append(bits)
        return numpy.array(out, dtype=numpy.int64)[inverse.reshape(-1)]

    def _entry_ids(self, raw: numpy.ndarray) -> numpy.ndarray:
        """Per token, the id of its key's entry (new keys evaluated on a token holding them)."""
        keys = self._keys_of(raw)
        unique, first, inverse = numpy.unique(keys, return_index=True, return_inverse=True)
        ids = numpy.empty(len(unique), dtype=numpy.intp)
        for k, (key, at) in enumerate(zip(unique.tolist(), first.tolist())):
            entry = self._keys.get(key)
            if entry is None:
                entry = self._keys[key] = self._new_entry(tuple(raw[at].tolist()))
            ids[k] = entry
        return ids[inverse.reshape(-1)]

    def _new_entry(self, values: tuple) -> int:
        """Evaluate every spec on one token's column values; store and return the entry id."""
        text = lambda col, value: self.vocab.strings[value]  # noqa: E731
        singles = tuple(pid for pid, spec in self.compiled.singles if spec.matches(values, text))
        multi_hits = frozenset((m, j) for m, (_, specs, _) in enumerate(self.compiled.multis)
                               for j, spec in enumerate(specs) if spec.matches(values, text))
        self._entries.append((singles, multi_hits))
        self._entry_result = numpy.append(self._entry_result, self._result(singles))
        self._entry_starts = numpy.append(self._entry_starts,
                                          any(j == 0 for _, j in multi_hits))
        return len(self._entries) - 1

    def _result(self, pids) -> int:
        """The id of the settings left by applying these patterns in id order."""
        merged: dict[int, int] = {}
        for pid in sorted(pids):
            merged.update(self.compiled.attrs[pid])
        key = tuple(merged.get(a) for a in SETTABLE)
        rid = self._results.get(key)
        if rid is None:
            rid = self._results[key] = len(self._results)
            self._values = numpy.vstack([self._values, numpy.array(
                [[v or 0 for v in key]], dtype=numpy.uint64)])
            self._set = numpy.vstack([self._set, [[v is not None for v in key]]])
        return rid

    def _apply_multis(self, entry_ids: numpy.ndarray, result_ids: numpy.ndarray) -> None:
        """Tokens targeted by a multi-token pattern: merge its settings in id order."""
        entries = self._entries
        n = len(entry_ids)
        extra: dict[int, list[int]] = {}
        for start in numpy.flatnonzero(self._entry_starts[entry_ids]).tolist():
            for m, (pid, specs, target) in enumerate(self.compiled.multis):
                if start + len(specs) <= n and all(
                        (m, j) in entries[entry_ids[start + j]][1] for j in range(len(specs))):
                    extra.setdefault(start + target, []).append(pid)
        for i, pids in extra.items():
            result_ids[i] = self._result(entries[entry_ids[i]][0] + tuple(pids))

    def _write(self, doc: "Doc", result_ids: numpy.ndarray) -> None:
        """Write the changed columns back in bulk."""
        current = doc.to_array(list(SETTABLE))
        new = numpy.where(self._set[result_ids], self._values[result_ids], current)
        changed = [j for j in range(len(SETTABLE))
                   if not numpy.array_equal(new[:, j], current[:, j])]
        if changed:
            doc.from_array([SETTABLE[j] for j in changed],
                           numpy.ascontiguousarray(new[:, changed]))


class CachedLemmatizer:
    """spaCy's rule or lookup lemmatizer with one look-up per distinct (ORTH, POS, MORPH).

    spaCy's `Lemmatizer.rule_lemmatize` (and `EnglishLemmatizer.is_base_form`) read the
    token's text, POS and morphology only, `lookup_lemmatize` its text only: a cache keyed
    on the three gives spaCy's lemma, computed by spaCy's own `lemmatize` on a miss. Tokens
    with no POS are passed to spaCy each time (it warns for them)."""

    def __init__(self, lemmatizer):
        if not self.supports(lemmatizer):
            raise Unsupported(f"lemmatizer {type(lemmatizer).__name__} mode {lemmatizer.mode}")
        self.original = lemmatizer
        self.vocab = lemmatizer.vocab
        self.overwrite = lemmatizer.overwrite
        self._cache: dict[int, int] = {}   # ORTH | MORPH << 64 | POS << 128 -> lemma

    @staticmethod
    def supports(lemmatizer) -> bool:
        """spaCy's own Lemmatizer or EnglishLemmatizer in rule or lookup mode."""
        from spacy.lang.en.lemmatizer import EnglishLemmatizer
        from spacy.pipeline import Lemmatizer

        return (type(lemmatizer) in (Lemmatizer, EnglishLemmatizer)
                and lemmatizer.mode in ("rule", "lookup"))

    def __call__(self, doc: "Doc") -> "Doc":
        if len(doc) == 0:
            return doc
        original = self.original
        if not original._validated:
            original._validate_tables()
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = columns[:, 3].copy()
        cache = self._cache
        for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
            if lemma and not self.overwrite:
                continue
            key = orth | morph << 64 | pos << 128   # one int: less memory than a tuple
            value = cache.get(key)
            if value is None:
                value = self.vocab.strings.add(original.lemmatize(doc[i])[0])
                original.cache.pop((orth, pos, morph), None)  # kept here, not twice
                if pos:
                    cache[key] = value
            lemmas[i] = value
        if not numpy.array_equal(lemmas, columns[:, 3]):
            doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


def install(nlp: "Language") -> list[str]:
    """Swap the pipeline's attribute ruler and lemmatizer for the fast copies it supports.

    Returns the names of the components replaced. A component this module cannot reproduce
    exactly is left as it is."""
    from spacy.pipeline import AttributeRuler, Lemmatizer

    replaced = []
    for i, (name, component) in enumerate(list(nlp._components)):  # disabled ones too
        try:
            if type(component) is AttributeRuler:
                fast = FastAttributeRuler(compile_ruler(component), nlp.vocab)
            elif isinstance(component, Lemmatizer):
                fast = CachedLemmatizer(component)
            else:
                continue
        except Unsupported:
            continue
        nlp._components[i] = (name, fast)  # same name, place, config entry and meta
        replaced.append(name)
    return replaced
