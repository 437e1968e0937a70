"""The term language of the rule files, compiled and matched.

Every phrase of configs/issues.toml and configs/stance.toml is one term:

    "alliance modernization"        words in sequence; each word matches on a light stem of the
                                    token's lemma (of its text when there are no lemmas), so
                                    "modernized" ~ "modernise" ~ "modernize"; write base forms
    "modernize|upgrade alliance"    `|` separates alternatives for one word
    "take * lead"                   `*` is a gap of 0-3 tokens
    "US forces"                     a word with a capital letter matches that exact spelling,
                                    or its other number ("Muslims" ~ "Muslim", "Dreamer" ~
                                    "Dreamers") when it is a capitalised word of letters
    "request|demand/NOUN"           `/POS` restricts the slot's part of speech (when tagged)

`compile_term` turns a term into a spaCy `Matcher` token pattern over per-token keys (NORM =
the stem, ORTH = the text, POS). `TermProgram` runs many such patterns over a token sequence
as spaCy's `Matcher` would (same matches, same order: tests/test_terms.py checks it against the
Matcher with hypothesis); it is kept because it needs no Matcher or shadow Doc per text and
starts states only where a pattern's first word occurs (~3x faster over the bench corpus).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Sequence

from spacy.tokens import Doc

from pipeline.errors import ConfigError

GAP = "{0,3}"                     # the Matcher quantifier of a `*` gap: 0-3 tokens
GAP_WIDTH = 3


# ---------------------------------------------------------------------------------------------
# match keys


@lru_cache(maxsize=1 << 16)   # called per token of every claim's context: cache the words
def stem(word: str) -> str:
    """A light, consistent stem used as the match key on both sides (text and term language):
    modernized / modernising / modernize -> moderniz; forces -> forc; defence -> defens;
    cutting -> cut. Applied to a token's lemma when the Doc has lemmas, else its text."""
    w = word.lower()
    if not w.isalpha() or len(w) < 4:
        return w
    for a, b in (("isation", "ization"), ("isations", "izations"), ("ising", "izing"),
                 ("ised", "ized"), ("ises", "izes"), ("ise", "ize"), ("ence", "ense")):
        if w.endswith(a) and len(w) > len(a) + 2:
            w = w[: -len(a)] + b
            break
    if w.endswith(("ies", "ied")) and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ing") and len(w) > 5:
        w = w[:-3]
        if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
            w = w[:-1]
    elif w.endswith("ed") and len(w) > 4:
        w = w[:-2]
        if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
            w = w[:-1]
    elif w.endswith("s") and len(w) > 3 and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


def term_keys(word: str) -> set[str]:
    """Match keys of one lowercase word of the term language: its stem, and for a
    comparative or superlative the stem of the base form (a lemma-keyed token "greater" has
    the key of "great")."""
    w = word.lower()
    keys = {stem(w)}
    for suffix in ("er", "est"):
        if w.endswith(suffix) and len(w) > len(suffix) + 3:
            base = w[: -len(suffix)]
            keys.add(stem(base))
            if len(base) > 3 and base[-1] == base[-2]:
                keys.add(stem(base[:-1]))          # bigger -> big
            keys.add(stem(base + "e"))             # larger -> large
            if base.endswith("i"):
                keys.add(stem(base[:-1] + "y"))    # earlier -> early
    return keys


# ---------------------------------------------------------------------------------------------
# terms -> patterns


def check_term(term: str, where: str) -> None:
    """Reject a term the compiler cannot use (empty, leading/trailing gap, empty alternative)."""
    words = term.split()
    if not words or all(w == "*" for w in words) or words[0] == "*" or words[-1] == "*":
        raise ConfigError(f"{where}: bad term {term!r} (empty, or starts/ends with a gap '*')")
    for w in words:
        if w != "*" and any(not a for a in w.split("/")[0].split("|")):
            raise ConfigError(f"{where}: bad term {term!r} (empty alternative in {w!r})")


_TOKENIZERS: dict[str, Any] = {}


def _tokenize(text: str, lang: str) -> list[str]:
    if lang not in _TOKENIZERS:
        import spacy
        try:
            _TOKENIZERS[lang] = spacy.blank(lang).tokenizer
        except Exception:  # pragma: no cover - unknown language code
            _TOKENIZERS[lang] = spacy.blank("en").tokenizer
    return [t.text for t in _TOKENIZERS[lang](text)]


def number_forms(word: str) -> list[str]:
    """The other grammatical number of a capitalised word ("Muslims" -> "Muslim", "Dreamer" ->
    "Dreamers"), which exact (ORTH) matching would otherwise miss; none for acronyms ("ISIS",
    "NRA"), short words ("US"), words with other characters ("U.S.") and singulars in -s
    ("Texas", "Congress").

    >>> number_forms("Muslims"), number_forms("Republican"), number_forms("ISIS")
    (['Muslim'], ['Republicans'], [])
    """
    if not (len(word) > 3 and word.isalpha() and word[0].isupper() and word[1:].islower()):
        return []
    if word.endswith("s"):
        return [] if word.endswith(("ss", "us", "is", "as")) else [word[:-1]]
    return [word + "s"]


def _slot(alts: list[str]) -> dict[str, Any]:
    """A slot whose alternatives all carry a capital letter is matched exactly (ORTH), in
    either grammatical number (`number_forms`); otherwise on the NORM key (the stem of the
    token's lemma or text, see `token_keys`)."""
    if all(any(c.isupper() for c in a) for a in alts):
        return {"ORTH": {"IN": sorted(set(alts) | {f for a in alts for f in number_forms(a)})}}
    keys: set[str] = set()
    for a in alts:
        keys.update(term_keys(a))
    return {"NORM": {"IN": sorted(keys)}}


def compile_term(term: str, lang: str = "en", use_pos: bool = True) -> list[dict]:
    """One term of the term language -> one spaCy Matcher pattern over the keys of
    `token_keys` (NORM = stem, ORTH = text, POS).

    >>> compile_term("request/NOUN")          # the stem and the word itself
    [{'NORM': {'IN': ['requ', 'request']}, 'POS': 'NOUN'}]
    """
    pattern: list[dict] = []
    for word in term.split():
        if word == "*":
            pattern.append({"OP": GAP})
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


def gapped(terms: Sequence[str]) -> list[str]:
    """Gapped forms of signal phrases: a phrase of lowercase words with no gap of its own also
    matches with a short gap between its words ("back vouchers" ~ "backing these vouchers").
    Phrases with a capitalised word (names) or a `*` stay as written.

    >>> gapped(["back vouchers", "Planned Parenthood", "take * lead", "tariff"])
    ['back * vouchers']
    """
    out = []
    for term in terms:
        words = term.split()
        if len(words) > 1 and "*" not in words and not any(c.isupper() for c in term):
            out.append(" * ".join(words))
    return out


def paraphrased(terms: Sequence[str], prepositions: Sequence[str]) -> list[str]:
    """Prepositional forms of noun-compound signal terms (configs/terms.toml [compounds]): the
    head (last word), a preposition, a gap, the modifier(s) ("carbon tax" ~ "a tax on carbon",
    "Supreme Court vacancy" ~ "the vacancy on the Supreme Court"). Terms with a gap or a `/POS`
    tag, one word, a capitalised head or only capitalised words (names) are left out.

    >>> paraphrased(["carbon tax", "Supreme Court vacancy", "Planned Parenthood", "take * lead",
    ...              "tariff"], ["of", "on"])
    ['tax of|on * carbon', 'vacancy of|on * Supreme Court']
    """
    if not prepositions:
        return []
    preps = "|".join(prepositions)
    out = []
    for term in terms:
        words = term.split()
        if len(words) < 2 or "*" in words or any("/" in w for w in words):
            continue
        if any(c.isupper() for c in words[-1]):
            continue                                  # names: "Planned Parenthood", "Islamic State"
        out.append(f"{words[-1]} {preps} * {' '.join(words[:-1])}")
    return out


def signal_forms(terms: Sequence[str], prepositions: Sequence[str]) -> list[str]:
    """Every form in which an issue's terms are matched as its signals: as written, gapped
    (`gapped`) and paraphrased with a preposition (`paraphrased`), in that order. The
    detector (detect.py) and `claims issues check` (check.py) both read terms through it.

    >>> signal_forms(["carbon tax"], ["on"])
    ['carbon tax', 'carbon * tax', 'tax on * carbon']
    """
    return [*terms, *gapped(terms), *paraphrased(terms, prepositions)]


def heads(terms: Sequence[str], prepositions: Sequence[str]) -> list[str]:
    """Head nouns of noun-compound signal terms: the last word of a term of two or more words
    written as modifier(s) + head ("border wall" -> wall, "trade deal|pact" -> deal|pact), each
    alternative a lowercase word of letters. A definite noun phrase with that head ("the wall",
    "his proposed wall") may refer back to the compound named before it (detect.py). Terms with
    a gap, a `/POS` tag, a preposition (not a compound: "path to citizenship"), a capitalised
    head (names) or one word are left out.

    >>> heads(["border wall", "trade deal|pact", "path to citizenship", "build * wall",
    ...        "Planned Parenthood", "tariff", "$15 an hour"], ["to", "of"])
    ['wall', 'deal', 'pact']
    """
    skip = {p.lower() for p in prepositions}
    out: list[str] = []
    for term in terms:
        words = term.split()
        if len(words) < 2 or "*" in words or any("/" in w for w in words):
            continue
        alts = [a for w in words for a in w.split("|")]
        if any(a.lower() in skip or not any(c.isalpha() for c in a) for a in alts):
            continue
        for alt in words[-1].split("|"):
            if alt.isalpha() and alt.islower() and alt not in out:
                out.append(alt)
    return out


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


def pattern_width(pattern: list[dict]) -> int:
    """Most tokens one match of a compiled term can cover."""
    return sum(GAP_WIDTH if spec.get("OP") == GAP else 1 for spec in pattern)


# ---------------------------------------------------------------------------------------------
# running the patterns


class TermProgram:
    """Compiled term patterns as plain Python data, run by a token-by-token simulation of
    spaCy's `Matcher` over per-token keys (stem, text, POS).

    Term patterns only hold word slots (NORM or ORTH equal to / IN a set, maybe POS) and gaps
    (`{0,3}`: optional any-token slots), so the simulation follows the Matcher's state machine
    for the quantifiers ONE and ZERO_ONE exactly: the same matches in the same order. New
    states start only where a pattern's first word occurs (a hash lookup), so the cost grows
    with the tokens, not with tokens x patterns, and no Matcher or Doc is built per text.

    >>> program = TermProgram([("t", compile_term("take * lead", use_pos=False))])
    >>> words = ["we", "take", "the", "lead"]
    >>> program.run([stem(w) for w in words], words, None)      # keys: stems, texts
    [('t', 1, 4)]
    """

    __slots__ = ("labels", "slots", "first")

    def __init__(self, patterns: Sequence[tuple[str, list[dict]]]):
        labels: list[str] = []
        slots: list[tuple] = []
        for label, pattern in patterns:
            labels.append(label)
            slots.append(_compile_slots(pattern))
        self.labels = tuple(labels)
        self.slots = tuple(slots)
        self.first = _first_index(self.slots)

    def run(self, norms: Sequence[str], orths: Sequence[str], pos: Sequence[str] | None,
            offset: int = 0) -> list[tuple[str, int, int]]:
        """(label, start + offset, end + offset) of every match over one token sequence, in
        the order spaCy's Matcher returns them (duplicates dropped as it does)."""
        labels, slots = self.labels, self.slots
        first_norm, first_orth = self.first
        keys = (norms, orths)
        n = len(norms)
        out: list[tuple[str, int, int]] = []
        seen: set[tuple[str, int, int]] = set()
        states: list[tuple[int, int, int, int]] = []     # (pattern, slot, start, length)
        starts_n = list(map(first_norm.get, norms))   # per token, the _Start of its keys
        starts_o = list(map(first_orth.get, orths))
        for i in range(n):
            entry_n, entry_o = starts_n[i], starts_o[i]
            if not states and entry_n is None and entry_o is None:
                continue
            fresh = _fresh(entry_n, entry_o, keys, i, n) if entry_n or entry_o else ()
            if not states and not fresh:
                continue
            tag = pos[i] if pos is not None else None
            alive, forks, ended = _advance(slots, states, (norms[i], orths[i]), tag)
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
                dkey = (labels[k], start, start + length)   # the Matcher dedups on this
                if dkey not in seen:
                    seen.add(dkey)
                    out.append((labels[k], start + offset, start + length + offset))
            states = alive + forks if forks else alive
        return out


class _Start:
    """The patterns whose first word is one key, indexed by their next word: a state is only
    started where that next word follows within reach (else it could only die), so a common
    first word ("the", "such") costs a lookup or two instead of a state per pattern.

    `alone`: one-word patterns; `next_to[attr][key]`: patterns whose second slot is a word
    with that key (NORM attr 0, ORTH attr 1); `after_gap[attr][key]`: (pattern, reach) of
    patterns with a gap before their next word, the slot index p of that word: it may
    stand 1..p tokens on (the gap's slots take 0..p-1)."""

    __slots__ = ("alone", "next_to", "after_gap", "reach", "next_attrs", "gap_attrs")

    def __init__(self) -> None:
        self.alone: list[int] = []
        self.next_to: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})
        self.after_gap: tuple[dict[str, list[tuple[int, int]]],
                              dict[str, list[tuple[int, int]]]] = ({}, {})
        self.reach = 0
        # the attrs (0 NORM, 1 ORTH) whose next_to / after_gap table has entries, so that
        # `_fresh` looks up only those (set by `_first_index` once every pattern is added)
        self.next_attrs: tuple[int, ...] = (0, 1)
        self.gap_attrs: tuple[int, ...] = (0, 1)

    def add(self, k: int, pat: tuple) -> None:
        if len(pat) == 1:
            self.alone.append(k)
            return
        p = 1
        while pat[p] is None:
            p += 1
        attr, values, _ = pat[p]
        if p == 1:
            for v in values:
                self.next_to[attr].setdefault(v, []).append(k)
        else:
            for v in values:
                self.after_gap[attr].setdefault(v, []).append((k, p))
            self.reach = max(self.reach, p)


def _first_index(slots: Sequence[tuple]) -> tuple[dict[str, _Start], dict[str, _Start]]:
    """Per first-word key (NORM, ORTH), the patterns starting with it (`_Start`)."""
    first: tuple[dict[str, _Start], dict[str, _Start]] = ({}, {})
    for k, pat in enumerate(slots):
        attr, values, _ = pat[0]
        for v in values:
            first[attr].setdefault(v, _Start()).add(k, pat)
    for table in first:
        for entry in table.values():
            entry.next_attrs = tuple(a for a in (0, 1) if entry.next_to[a])
            entry.gap_attrs = tuple(a for a in (0, 1) if entry.after_gap[a])
    return first


def _fresh(entry_n: _Start | None, entry_o: _Start | None, keys: tuple[Sequence[str], ...],
           i: int, n: int) -> list[int]:
    """The patterns to start at token i, ascending: those whose first word is token i's key
    and whose next word stands where it can (the next token, or within a gap's reach)."""
    found: list[int] = []
    parts = 0
    for entry in (entry_n, entry_o):
        if entry is None:
            continue
        if entry.alone:
            found += entry.alone
            parts += 1
        if i + 1 < n:
            for attr in entry.next_attrs:
                got = entry.next_to[attr].get(keys[attr][i + 1])
                if got:
                    found += got
                    parts += 1
        if entry.reach:
            for attr in entry.gap_attrs:
                table = entry.after_gap[attr]
                seq = keys[attr]
                for j in range(i + 1, min(n, i + entry.reach + 1)):
                    got = table.get(seq[j])
                    if got:
                        found += [k for k, p in got if j - i <= p]
                        parts += 2
    return sorted(set(found)) if parts > 1 else found


def _compile_slots(pattern: list[dict]) -> tuple:
    """A term pattern -> per slot (attr 0=NORM|1=ORTH, values, POS or None), None for each
    of the 3 optional any-token slots of a gap."""
    compiled: list[tuple | None] = []
    for spec in pattern:
        if spec.get("OP") == GAP and len(spec) == 1:
            compiled.extend([None] * GAP_WIDTH)            # ZERO_ONE x3, any token
            continue
        if set(spec) - {"NORM", "ORTH", "POS"} or ("NORM" in spec) == ("ORTH" in spec):
            raise ValueError(f"unsupported term pattern slot {spec!r}")
        attr = 0 if "NORM" in spec else 1
        value = spec["NORM"] if attr == 0 else spec["ORTH"]
        values = frozenset(value["IN"]) if isinstance(value, dict) else frozenset([value])
        compiled.append((attr, values, spec.get("POS")))
    if not compiled or compiled[0] is None or compiled[-1] is None:
        raise ValueError(f"term pattern must start and end with a word: {pattern!r}")
    return tuple(compiled)


def _advance(slots: Sequence[tuple], states: list[tuple[int, int, int, int]],
             keys: tuple[str, str], tag: str | None) -> tuple[list, list, list]:
    """One token through the live states, as the Matcher's transition function: a gap slot
    forks (RETRY_ADVANCE), a word slot advances, matches or rejects.
    Returns (alive, forks, ended) with ended = (pattern, start, length)."""
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
    return alive, forks, ended


_POS_NAMES: dict[int, str] = {}     # POS id -> name, "X" for none
# string hash -> text, and -> match key (stem) of a lemma or of a text; string hashes are the
# same in every vocab, so these hold across Docs
_TEXTS: dict[int, str] = {}
_STEMS: dict[int, str] = {}
_CACHE_LIMIT = 500_000


def token_keys(doc: Doc, use_pos: bool, lemmas: bool, lo: int = 0, hi: int | None = None,
               array: Any = None) -> tuple[list[str], list[str], list[str] | None]:
    """For tokens [lo, hi) of `doc`: the match key of each (the stem of its lemma, or of its
    text), its text, and (when `use_pos`) its POS, "X" when untagged.

    `array`: `doc.to_array([ORTH, LEMMA, POS, ...])`, when the caller reads several ranges.
    Each distinct string is looked up and stemmed once per process (`_TEXTS`, `_STEMS`)."""
    if array is None:
        from spacy.attrs import LEMMA, ORTH, POS
        array = doc.to_array([ORTH, LEMMA, POS]) if len(doc) else []
    block = array[lo:hi]
    if not len(block):
        return [], [], [] if use_pos else None
    if len(_TEXTS) > _CACHE_LIMIT or len(_STEMS) > _CACHE_LIMIT:
        _TEXTS.clear()
        _STEMS.clear()
    if hasattr(block, "tolist"):      # one list per column, not a tuple per row
        ids, lems, tags = block[:, 0].tolist(), block[:, 1].tolist(), block[:, 2].tolist()
    else:
        ids, lems, tags = zip(*((r[0], r[1], r[2]) for r in block))
    orths = list(map(_TEXTS.get, ids))
    if None in orths:
        strings = doc.vocab.strings
        for k, o in enumerate(ids):
            if orths[k] is None:
                orths[k] = _TEXTS[o] = strings[o]
    # the key of a token: its lemma's stem, else (no lemma) its text's
    keys = [lem or o for o, lem in zip(ids, lems)] if lemmas else list(ids)
    norms = list(map(_STEMS.get, keys))
    if None in norms:
        strings = doc.vocab.strings
        for k, key in enumerate(keys):
            if norms[k] is None:
                norms[k] = _STEMS[key] = stem(orths[k] if key == ids[k] else strings[key])
    pos = None
    if use_pos:
        if not _POS_NAMES:
            from spacy.parts_of_speech import NAMES
            _POS_NAMES.update({int(k): v or "X" for k, v in NAMES.items()})
            _POS_NAMES[0] = "X"
        names = _POS_NAMES
        pos = [names.get(t, "X") for t in tags]
    return norms, orths, pos
