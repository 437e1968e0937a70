"""Cleaning: RawArticle -> Article. Boilerplate out, unicode normalised, offsets kept.

Every step keeps a char map, so `raw.unit_text[article.char_map[i]]` is the source character
of `article.text[i]` (a character that replaced several source characters maps to the first).
The work is a handful of regex passes over the article plus a loop over its lines; no
per-character Python loops except on the rare text that is not already NFC.

Normalisation: NFC; odd spaces (no-break, thin, ideographic, tab) -> space; zero-width,
bidi and control characters removed (newline kept; CR, CRLF, line/paragraph separators ->
newline); quote-mark variants (‟ „ ″ 〝 〞 〟 ＂ ‛ ＇) -> their plain or curly equivalents;
`` and '' -> "; curly quotes ‘ ’ “ ” and guillemets are kept as they are (quote direction
matters downstream), dashes are kept. Runs of spaces collapse to one; one paragraph per line.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import numpy as np

from pipeline.config import ConfigError, RuleModel, load_rules
from pipeline.records import (Article, RawArticle, char_map_array, char_map_typecode,
                              stable_hash)
from pipeline.regex_gate import gated

# --------------------------------------------------------------------------- char table

_NEWLINE_CHARS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_SPACE_CHARS = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_REMOVE_CHARS = (
    "".join(chr(c) for c in range(0x00, 0x20) if chr(c) not in "\n\t\r" + _NEWLINE_CHARS)
    + "\x7f" + "".join(chr(c) for c in range(0x80, 0xA0) if chr(c) not in _NEWLINE_CHARS)
    + "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    + "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff\ufff9\ufffa\ufffb\ufffe\uffff"
)
_QUOTE_MAP = {
    "\u201f": "\u201c",   # ‟ double high-reversed-9 -> “
    "\u201e": "\u201c",   # „ low double (opening) -> “
    "\u2033": '"',        # ″ double prime -> "
    "\u301d": "\u201c",   # 〝 -> “
    "\u301e": "\u201d",   # 〞 -> ”
    "\u301f": "\u201d",   # 〟 -> ”
    "\uff02": '"',        # ＂ fullwidth -> "
    "\u201b": "\u2018",   # ‛ single high-reversed-9 -> ‘
    "\uff07": "'",        # ＇ fullwidth -> '
}
#: one character (or pair) -> its replacement ("" = removed)
CHAR_MAP: dict[str, str] = {
    **{c: "\n" for c in _NEWLINE_CHARS},
    **{c: " " for c in _SPACE_CHARS},
    **{c: "" for c in _REMOVE_CHARS},
    **_QUOTE_MAP,
    "\r": "\n", "\r\n": "\n",
    "``": '"', "''": '"', "\u2018\u2018": "\u201c", "\u2019\u2019": "\u201d",
}
_SINGLE = "".join(sorted(k for k in CHAR_MAP if len(k) == 1))
_PAIRS = frozenset(k for k in CHAR_MAP if len(k) == 2)
#: every character a CHAR_MAP key (or a lone surrogate) starts with
_SPECIAL_START_RE = re.compile(
    "[" + re.escape("".join(sorted(set(_SINGLE) | {k[0] for k in _PAIRS}))) + r"\ud800-\udfff]")
_NON_ASCII_RUN_RE = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")
_MULTISPACE_RE = re.compile(r"  +")
_EMAIL_DOMAIN_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_URL_DOMAIN_RE = re.compile(r"https?://(?:www\.)?([\w-]+(?:\.[\w-]+)+)", re.IGNORECASE)


# --------------------------------------------------------------------------- rules

@dataclass(frozen=True)
class OutletRules:
    """Known outlets: alias -> canonical name, domain -> name, self-reference phrasings."""

    canonical: Mapping[str, str] = field(default_factory=dict)      # casefolded alias -> name
    domains: Mapping[str, str] = field(default_factory=dict)        # domain -> name
    alias_re: re.Pattern[str] | None = None
    self_ref_re: re.Pattern[str] | None = None


@dataclass(frozen=True)
class BoilerplateRules:
    """Compiled boilerplate rules (see configs/boilerplate.toml)."""

    line_re: re.Pattern[str] | None = None      # whole-line patterns (fullmatch, ignore case)
    inline_re: re.Pattern[str] | None = None    # phrases cut inside lines
    outlets: OutletRules = field(default_factory=OutletRules)
    path: str = ""


class PatternTable(RuleModel):
    patterns: list[str] = []


class OutletEntry(RuleModel):
    name: str
    aliases: list[str] = []
    domains: list[str] = []


class OutletEvidence(RuleModel):
    self_reference: list[str] = []            # phrasings naming the outlet: {outlet} = an alias


class BoilerplateFile(RuleModel):
    """Schema of configs/boilerplate.toml."""

    lines: PatternTable = PatternTable()      # whole-line patterns (fullmatch, ignore case)
    inline: PatternTable = PatternTable()     # phrases cut inside lines
    outlet_evidence: OutletEvidence = OutletEvidence()
    outlets: list[OutletEntry] = []


def _compile_each(patterns: list[str], key: str, path: Path, flags: int = 0) -> None:
    for i, pattern in enumerate(patterns):
        try:
            re.compile(pattern, flags)
        except re.error as exc:
            raise ConfigError(f"{path}: [{key}[{i}]]: not a valid regular expression: {exc}") from None


def _alias_alternation(aliases: Iterable[str]) -> str:
    return "|".join(re.escape(a) for a in sorted(set(aliases), key=len, reverse=True))


def _outlet_rules(data: BoilerplateFile, path: Path) -> OutletRules:
    canonical: dict[str, str] = {}
    domains: dict[str, str] = {}
    for entry in data.outlets:
        for alias in [entry.name, *entry.aliases]:
            canonical[alias.casefold()] = entry.name
        for domain in entry.domains:
            domains[domain.casefold().removeprefix("www.")] = entry.name
    if not canonical:
        return OutletRules()
    alt = _alias_alternation(a for e in data.outlets for a in [e.name, *e.aliases])
    alias_re = re.compile(rf"(?:{alt})(?![\w-])")   # left boundary checked by hand (speed)
    parts = []
    for k, template in enumerate(data.outlet_evidence.self_reference):
        if "{outlet}" not in template:
            raise ConfigError(f"{path}: [outlet_evidence.self_reference[{k}]]: lacks {{outlet}}")
        parts.append("(?:" + template.replace("{outlet}", f"(?-i:(?P<o{k}>{alt}))") + ")")
    self_ref_re = None
    if parts:
        try:
            # run on a window around each outlet-name mention: behind a lookahead for a
            # match's first characters (same matches, ~30% less time)
            self_ref_re = gated(re.compile("|".join(parts), re.IGNORECASE))
        except re.error as exc:
            raise ConfigError(f"{path}: [outlet_evidence.self_reference]: {exc}") from None
    return OutletRules(canonical=canonical, domains=domains, alias_re=alias_re,
                       self_ref_re=self_ref_re)


def load_boilerplate(path: Path) -> BoilerplateRules:
    """Read and compile the boilerplate rule file; bad rules raise ConfigError."""
    path = Path(path)
    data = load_rules(path, BoilerplateFile, "boilerplate rules")
    lines, inline = data.lines.patterns, data.inline.patterns
    _compile_each(lines, "lines.patterns", path, re.IGNORECASE)
    _compile_each(inline, "inline.patterns", path)
    try:
        line_re = (re.compile("|".join(f"(?:{p})" for p in lines), re.IGNORECASE)
                   if lines else None)
        # searched over every line: behind a lookahead for a match's first characters
        inline_re = gated(re.compile("|".join(f"(?:{p})" for p in inline))) if inline else None
    except re.error as exc:   # e.g. a global flag such as (?i) inside one pattern
        raise ConfigError(f"{path}: patterns cannot be combined ({exc}); "
                          "use scoped flags like (?i:...)") from None
    return BoilerplateRules(line_re=line_re, inline_re=inline_re,
                            outlets=_outlet_rules(data, path), path=str(path))


# --------------------------------------------------------------------------- mapped text ops

def _align(out: str, seg: str) -> list[int]:
    """Offsets in `seg` for each char of `out` (len(out) <= len(seg)), strictly increasing."""
    res: list[int] = []
    last = -1
    k = len(out)
    for j, ch in enumerate(out):
        lo = last + 1
        hi = len(seg) - (k - j)          # last allowed offset for this char
        stop = min(hi, lo + 8) + 1
        idx = seg.find(ch, lo, stop)
        if idx < 0:
            idx = _related(ch, seg, lo, stop)
        res.append(idx)
        last = idx
    return res


def _related(ch: str, seg: str, lo: int, stop: int) -> int:
    """The source offset of a char NFC changed: a char normalising to it, else one with the
    same base letter, else the first starter (combining marks fold into the char before)."""
    base = unicodedata.normalize("NFD", ch)[0]
    for p in range(lo, stop):
        if unicodedata.normalize("NFC", seg[p]) == ch or unicodedata.normalize("NFD", seg[p])[0] == base:
            return p
    for p in range(lo, stop):
        if not unicodedata.combining(seg[p]):
            return p
    return lo


def _nfc_mapped(text: str, cmap: Sequence[int]) -> tuple[str, Sequence[int]]:
    """NFC with a char map; only non-ASCII runs (with the ASCII char before them) are visited."""
    if unicodedata.is_normalized("NFC", text):
        return text, cmap
    out: list[str] = []
    omap: list[int] = []
    last = 0
    for m in _NON_ASCII_RUN_RE.finditer(text):
        s, e = m.span()
        seg = m.group()
        if unicodedata.is_normalized("NFC", seg):
            continue
        out.append(text[last:s])
        omap.extend(cmap[last:s])
        norm = unicodedata.normalize("NFC", seg)
        if len(norm) > len(seg) or any(len(unicodedata.normalize("NFC", c)) > 1 for c in seg):
            norm = seg                   # a char would expand (U+0344...): the map cannot fork
        out.append(norm)
        omap.extend(cmap[s + j] for j in _align(norm, seg))
        last = e
    out.append(text[last:])
    omap.extend(cmap[last:])
    return "".join(out), omap


def _substitute(text: str, cmap: Sequence[int]) -> tuple[str, Sequence[int]]:
    """Apply CHAR_MAP in one scan (lone surrogates are removed); `text` and `cmap` as they
    are when nothing applies.

    The scan finds the characters a key can start with (one character class: the engine
    skips to them in C); at each, the pair wins over the single character, as the
    alternation of CHAR_MAP's keys would choose, and a lone ` or ' stays:

    >>> _substitute("a\\r\\nb``c'd", range(9))[0] == 'a\\nb"c\\'d'
    True
    """
    out: list[str] = []
    omap: list[int] = []
    last = 0
    for m in _SPECIAL_START_RE.finditer(text):
        s = m.start()
        if s < last:                     # the second character of a pair
            continue
        pair = text[s:s + 2]
        if pair in _PAIRS:
            key = pair
        elif pair[0] in CHAR_MAP or "\ud800" <= pair[0] <= "\udfff":
            key = pair[0]
        else:                            # a lone ` or '
            continue
        repl = CHAR_MAP.get(key, "")
        out.append(text[last:s])
        omap.extend(cmap[last:s])
        if repl:
            out.append(repl)
            omap.append(cmap[s])
        last = s + len(key)
    if not last:
        return text, cmap
    out.append(text[last:])
    omap.extend(cmap[last:])
    return "".join(out), omap


def normalize_mapped(text: str, offset: int = 0) -> tuple[str, Sequence[int]]:
    """Unicode normalisation of `text` with a map to `offset + index` of the source chars
    (a `range` while nothing changed, else a list)."""
    cmap: Sequence[int] = range(offset, offset + len(text))
    text, cmap = _nfc_mapped(text, cmap)
    return _substitute(text, cmap)


def _collapse_line(line: str, lmap: list[int]) -> tuple[str, list[int]]:
    if "  " in line:
        out: list[str] = []
        omap: list[int] = []
        last = 0
        for m in _MULTISPACE_RE.finditer(line):
            s = m.start()
            out.append(line[last:s + 1])
            omap.extend(lmap[last:s + 1])
            last = m.end()
        out.append(line[last:])
        omap.extend(lmap[last:])
        line, lmap = "".join(out), omap
    a = len(line) - len(line.lstrip(" "))
    b = len(line.rstrip(" "))
    return line[a:b], lmap[a:b]


# --------------------------------------------------------------------------- cleaning

def clean_text(text: str, rules: BoilerplateRules, offset: int = 0
               ) -> tuple[str, array, list[str]]:
    """Clean a text region: (clean text, packed char map to offset-based source indices,
    dropped lines).

    After normalisation, cleaning only deletes characters (boilerplate lines and phrases,
    repeated and edge spaces, empty lines), so what is kept is runs of the normalised text:
    the clean text is their slices joined, and the map is made once from the runs
    (`_map_of_runs`), not a list entry per character."""
    norm, nmap = normalize_mapped(text, offset)
    starts: list[int] = []                # kept runs [starts[k], ends[k]) of `norm`
    ends: list[int] = []
    dropped: list[str] = []
    pending_newline: int | None = None    # offset of the newline ending the last kept line
    pos = 0
    n = len(norm)
    line_re, inline_re = rules.line_re, rules.inline_re
    while pos <= n:
        nl = norm.find("\n", pos)
        end = n if nl < 0 else nl
        line = norm[pos:end]
        stripped = line.strip(" ")
        if stripped:
            if line_re is not None and line_re.fullmatch(stripped):
                dropped.append(stripped)
            else:
                kept = _kept_runs(line, pos, inline_re)
                if kept:
                    if pending_newline is not None:
                        kept.insert(0, (pending_newline, pending_newline + 1))
                    for a, b in kept:
                        if ends and ends[-1] == a:
                            ends[-1] = b
                        else:
                            starts.append(a)
                            ends.append(b)
                    pending_newline = end if end < n else None
        if nl < 0:
            break
        pos = nl + 1
    clean = "".join([norm[a:b] for a, b in zip(starts, ends)])
    return clean, _map_of_runs(starts, ends, nmap), dropped


def _kept_runs(line: str, pos: int, inline_re: re.Pattern[str] | None
               ) -> list[tuple[int, int]]:
    """The runs [a, b) of a line's kept characters, as offsets of the normalised text (the
    line starts at `pos`): inline boilerplate cut, each run of spaces kept as its first, the
    ends stripped.

    >>> _kept_runs("  Hello world ", 10, None)
    [(12, 23)]
    """
    pieces: list[tuple[int, int]] = []
    last = 0
    if inline_re is not None:
        for m in inline_re.finditer(line):
            s, e = m.span()
            if e == s:
                continue
            pieces.append((last, s))
            last = e
    pieces.append((last, len(line)))
    if len(pieces) == 1 and "  " not in line:       # most lines: one run, stripped
        a, b = len(line) - len(line.lstrip(" ")), len(line.rstrip(" "))
        return [(pos + a, pos + b)] if b > a else []
    kept = "".join([line[a:b] for a, b in pieces])
    _, idx = _collapse_line(kept, [pos + i for a, b in pieces for i in range(a, b)])
    runs: list[tuple[int, int]] = []
    for i in idx:
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def _map_of_runs(starts: list[int], ends: list[int], nmap: Sequence[int]) -> array:
    """The packed char map (`char_map_array`) of the kept runs [starts[k], ends[k]) of the
    normalised text, whose own map to the source is `nmap`.

    >>> list(_map_of_runs([1, 5], [3, 6], range(10, 20)))
    [11, 12, 15]
    """
    if not starts:
        return char_map_array([])
    first = np.array(starts, dtype=np.int64)
    lengths = np.array(ends, dtype=np.int64) - first
    # position j of the output comes from norm offset j + (start - output start) of its run
    shift = first - (np.cumsum(lengths) - lengths)
    idx = np.arange(int(lengths.sum()), dtype=np.int64) + np.repeat(shift, lengths)
    if isinstance(nmap, range):
        src = idx + nmap.start
    else:
        src = np.asarray(nmap, dtype=np.int64)[idx]
    packed = array(char_map_typecode(int(src[-1])))
    packed.frombytes(src.astype(f"{'i' if packed.typecode == 'q' else 'u'}{packed.itemsize}")
                     .tobytes())
    return packed


def infer_outlet(raw_outlet: str | None, body: str, clean: str, dropped: list[str],
                 rules: BoilerplateRules, url: str | None = None) -> str | None:
    """The article's outlet: header/field value (canonicalised), else in-text evidence.

    Evidence, in order, each used only when it names exactly one outlet: web domains of
    e-mail addresses and links in the body (and the record's url); self-references ("asked by
    The Korea Herald", "X has learned"); outlet names in dropped boilerplate (promo) lines.
    """
    o = rules.outlets
    if raw_outlet and raw_outlet.strip():
        value = raw_outlet.strip()
        return o.canonical.get(value.casefold(), value)
    if not o.canonical:
        return None
    found: set[str] = set()
    hosts = _EMAIL_DOMAIN_RE.findall(body) if "@" in body else []
    if "://" in body:
        hosts += _URL_DOMAIN_RE.findall(body)
    if url:
        hosts += _URL_DOMAIN_RE.findall(url)
    for host in hosts:
        parts = host.casefold().removeprefix("www.").split(".")
        for k in range(len(parts) - 1):
            name = o.domains.get(".".join(parts[k:]))
            if name:
                found.add(name)
                break
    if len(found) == 1:
        return found.pop()
    if not found and o.self_ref_re is not None and o.alias_re is not None:
        # the self-reference regex only runs on small windows around outlet-name mentions
        for mention in _mentions(o.alias_re, clean):
            lo, hi = max(mention.start() - 80, 0), min(mention.end() + 60, len(clean))
            for m in o.self_ref_re.finditer(clean, lo, hi):
                alias = next(v for v in m.groupdict().values() if v)
                found.add(o.canonical[alias.casefold()])
        if len(found) == 1:
            return found.pop()
    if not found and o.alias_re is not None and dropped:
        for mention in _mentions(o.alias_re, "\n".join(dropped)):
            found.add(o.canonical[mention.group().casefold()])
        if len(found) == 1:
            return found.pop()
    return None


def _mentions(alias_re: re.Pattern[str], text: str) -> list[re.Match[str]]:
    return [m for m in alias_re.finditer(text)
            if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-")]


def clean_article(raw: RawArticle, rules: BoilerplateRules) -> Article | None:
    """Clean one raw article; None when nothing is left after cleaning."""
    body = raw.unit_text[raw.body_start:raw.body_end]
    text, cmap, dropped = clean_text(body, rules, raw.body_start)
    if not text:
        return None
    url = raw.fields.get("url") if raw.fields else None
    outlet = infer_outlet(raw.outlet, body, text, dropped, rules, url)
    title = _clean_field(raw.title)
    return Article(
        article_id=stable_hash(text),
        source_file=raw.source_file,
        article_index=raw.article_index,
        text=text,
        char_map=cmap,
        outlet=outlet,
        section=_clean_field(raw.section),
        title=title,
        dateline=_clean_field(raw.dateline),
        n_words=len(text.split()),
        url=url,
    )


def _clean_field(value: str | None) -> str | None:
    """Header values get the same character normalisation (no map needed)."""
    if value is None:
        return None
    value = unicodedata.normalize("NFC", value)
    text, _ = _substitute(value, range(len(value)))
    text = " ".join(text.split())
    return text or None
