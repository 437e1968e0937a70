"""Ingest: walk the corpus folder, read and decode every file, one `SourceFile` each.

Nothing raises for a bad file: every file listed by `list_corpus` comes back from
`read_source` as ok, skipped (empty, binary, too large, unsupported type, symlink loop...)
or failed (vanished, unreadable, broken link, unusable JSON), with a one-line reason.

Decoded text is kept exactly as decoded (no newline translation, no control-character
stripping): article offsets map back to it. Cleaning normalises later, with a char map.
"""
from __future__ import annotations

import codecs
import errno
import hashlib
import json
import os
import re
import stat
from pathlib import Path
from typing import Any, Iterator, NamedTuple

from pipeline.config import IngestConfig
from pipeline.records import FILE_FAILED, FILE_OK, FILE_SKIPPED, SourceFile, SourceText

#: metadata keys taken from structured input (JSON records); they win over segmentation
FIELD_KEYS = ("title", "outlet", "published", "url")

# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Decoded text with more than this share of C0 control characters (other than tab, newlines,
# form feed) is treated as binary even when some codec accepts the bytes.
_MAX_CONTROL_SHARE = 0.05
_CONTROL_CHARS = frozenset(chr(c) for c in range(32)) - {"\t", "\n", "\r", "\f", "\x1b"}
_CONTROL_RE = re.compile("[" + "".join(sorted(_CONTROL_CHARS)) + "]")   # counted in C
_MAX_REASON_LINES = 3
# Chaos-score margin within which a preferred legacy encoding wins over the detector's pick.
_TIE_CHAOS = 0.15


# --------------------------------------------------------------------------- listing

def list_corpus(root: Path, cfg: IngestConfig) -> Iterator[tuple[str, Path]]:
    """Yield (relative posix path, absolute path) for every file under `root`, sorted by path.

    Hidden files and folders (name starting with ".") are not read unless
    `cfg.include_hidden`: each is yielded as one entry (a hidden folder is not walked) so that
    `read_source` reports it as skipped and the manifest still accounts for it. Symlinked folders are walked when `cfg.follow_symlinks`, but a link
    back to a folder on the current path (a loop) or to a folder already walked is yielded
    as an entry of its own, so `read_source` reports it as skipped. Broken links, special
    files and unfollowed links are yielded too (reported skipped/failed by `read_source`).
    A `root` that is a single file yields that file. Raises FileNotFoundError /
    NotADirectoryError for a missing root (a usage error, not a file problem).
    """
    root = Path(root)
    if root.is_file():
        yield root.name, root.absolute()
        return
    if not root.exists():
        raise FileNotFoundError(f"corpus folder not found: {root}")
    if not root.is_dir():
        raise NotADirectoryError(f"corpus path is not a folder: {root}")
    found: list[tuple[str, Path]] = []
    visited = {os.path.realpath(root)}
    pending: list[tuple[str, Path]] = []
    _walk(root.absolute(), "", cfg, visited, found, pending)
    # Symlinked folders are walked after the real tree, so a link to a folder that is also
    # present for real is the one reported (as already read), whatever the listing order.
    while pending:
        pending.sort(key=lambda item: item[0], reverse=True)
        rel, path = pending.pop()
        real = os.path.realpath(path)
        if real in visited:
            found.append((rel, path))          # loop or folder already walked: read_source says which
            continue
        visited.add(real)
        _walk(path, rel + "/", cfg, visited, found, pending)
    found.sort(key=lambda item: item[0])
    yield from found


def _walk(folder: Path, prefix: str, cfg: IngestConfig, visited: set[str],
          found: list[tuple[str, Path]], pending: list[tuple[str, Path]]) -> None:
    try:
        entries = list(os.scandir(folder))
    except OSError as exc:
        # An unreadable folder is reported as one entry so that it shows up in the manifest.
        if prefix:
            found.append((prefix.rstrip("/"), folder))
        else:
            raise OSError(f"corpus folder is not readable: {folder}: {exc.strerror}") from None
        return
    for entry in entries:
        name = entry.name
        rel = prefix + name
        path = folder / name
        if name.startswith(".") and not cfg.include_hidden:
            found.append((rel, path))          # reported as skipped, never walked or read
            continue
        try:
            is_link = entry.is_symlink()
            is_dir = entry.is_dir(follow_symlinks=cfg.follow_symlinks)
        except OSError:
            found.append((rel, path))
            continue
        if not is_dir:
            found.append((rel, path))
        elif is_link:
            pending.append((rel, path))
        else:
            visited.add(os.path.realpath(path))
            _walk(path, rel + "/", cfg, visited, found, pending)


# --------------------------------------------------------------------------- reading

class _Fate(NamedTuple):
    """Why a file is not read on: its status (skipped or failed) and the reason."""

    status: str
    reason: str


def read_source(root: Path, relpath: str, cfg: IngestConfig) -> SourceFile:
    """Read and decode one corpus file; never raises for file problems."""
    root = Path(root)
    path = root if root.is_file() and relpath == root.name else root / relpath
    base: dict[str, Any] = {"path": relpath, "size": 0, "sha256": "", "mtime": 0.0,
                            "format": _format_of(relpath, cfg), "encoding": None}

    def result(status: str, reason: str | None = None, **kw: Any) -> SourceFile:
        return SourceFile(**{**base, **kw}, status=status, reason=reason)

    if not cfg.include_hidden and any(part.startswith(".") for part in relpath.split("/")):
        kind = "folder" if os.path.isdir(path) else "file"
        return result(FILE_SKIPPED, f"hidden {kind} (not read: ingest.include_hidden = false)")
    found = _stat_file(path, cfg, base)
    if isinstance(found, _Fate):
        return result(*found)
    data = _read_bytes(path, cfg, base)
    if isinstance(data, _Fate):
        return result(*data)
    return _read_units(data, relpath, cfg, base, result)


def _stat_file(path: Path, cfg: IngestConfig, base: dict[str, Any]) -> os.stat_result | _Fate:
    """The stat of a regular file no larger than ingest.max_file_bytes (through a symbolic
    link when ingest.follow_symlinks), else why not; sets base's mtime and size as known."""
    try:
        lst = os.lstat(path)
    except FileNotFoundError:
        return _Fate(FILE_FAILED, "file vanished before it could be read")
    except OSError as exc:
        return _Fate(FILE_FAILED, f"cannot stat file: {exc.strerror or exc}")
    base["mtime"] = lst.st_mtime
    st = lst
    if stat.S_ISLNK(lst.st_mode):
        st = _follow(path, cfg)
        if isinstance(st, _Fate):
            return st
        base["mtime"] = st.st_mtime
    fate = _not_a_regular_file(path, lst, st)
    if fate is not None:
        return fate
    base["size"] = st.st_size
    if st.st_size > cfg.max_file_bytes:
        return _Fate(FILE_SKIPPED, f"file too large ({st.st_size} bytes > ingest.max_file_bytes "
                                   f"{cfg.max_file_bytes})")
    return st


def _follow(path: Path, cfg: IngestConfig) -> os.stat_result | _Fate:
    """The stat of a symbolic link's target, or why it is not followed."""
    if not cfg.follow_symlinks:
        return _Fate(FILE_SKIPPED, "symbolic link (not followed: ingest.follow_symlinks = false)")
    try:
        return os.stat(path)
    except FileNotFoundError:
        return _Fate(FILE_FAILED, f"broken symbolic link -> {_readlink(path)}")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return _Fate(FILE_SKIPPED, "symlink loop")
        return _Fate(FILE_FAILED, f"cannot follow symbolic link: {exc.strerror or exc}")


def _not_a_regular_file(path: Path, lst: os.stat_result, st: os.stat_result) -> _Fate | None:
    """Why a path (`lst`: its own stat, `st`: its target's) is no file to read, or None."""
    if stat.S_ISDIR(st.st_mode):
        if stat.S_ISLNK(lst.st_mode):
            if _is_loop(path):
                return _Fate(FILE_SKIPPED, "symlink loop")
            return _Fate(FILE_SKIPPED, "symbolic link to a folder already read")
        return _Fate(FILE_FAILED, "folder could not be listed (permission denied?)")
    if not stat.S_ISREG(st.st_mode):
        return _Fate(FILE_SKIPPED, "not a regular file")
    return None


def _read_bytes(path: Path, cfg: IngestConfig, base: dict[str, Any]) -> bytes | _Fate:
    """The file's bytes (at most ingest.max_file_bytes: it may have grown since the stat),
    or why not; sets base's size and sha256."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(cfg.max_file_bytes + 1)
    except FileNotFoundError:
        return _Fate(FILE_FAILED, "file vanished while being read")
    except PermissionError:
        return _Fate(FILE_FAILED, "permission denied")
    except OSError as exc:
        return _Fate(FILE_FAILED, f"read error: {exc.strerror or exc}")
    base["size"] = len(data)
    base["sha256"] = hashlib.sha256(data).hexdigest()
    if len(data) > cfg.max_file_bytes:
        return _Fate(FILE_SKIPPED,
                     f"file too large (> ingest.max_file_bytes {cfg.max_file_bytes} bytes)")
    return data


def _read_units(data: bytes, relpath: str, cfg: IngestConfig, base: dict[str, Any],
                result: Any) -> SourceFile:
    """Decode a file's bytes and read its text units by format (text, HTML, JSON)."""
    fmt = base["format"]
    if fmt == "unknown":
        ext = Path(relpath).suffix.lower()
        return result(FILE_SKIPPED, f"unsupported file type {ext}")
    if not data:
        return result(FILE_SKIPPED, "empty file")
    decoded = decode_bytes(data, cfg)
    if decoded is None:
        return result(FILE_SKIPPED, "binary file")
    text, encoding = decoded
    base["encoding"] = encoding          # `result` reads base when it builds the record
    if len(text.strip()) < max(cfg.min_text_chars, 1):
        return result(FILE_SKIPPED, "empty file")
    if fmt == "text":
        return result(FILE_OK, units=(SourceText(source_file=relpath, text=text),))
    if fmt == "html":
        return _read_html(text, relpath, result)
    return _read_json(text, relpath, fmt, result, tuple(cfg.date_fields))


def source_from_string(text: str, name: str = "<text>") -> SourceFile:
    """Wrap an in-memory string as a one-unit text SourceFile (the text is kept exactly)."""
    data = text.encode("utf-8", "surrogatepass")
    base = dict(path=name, size=len(data), sha256=hashlib.sha256(data).hexdigest(), mtime=0.0,
                format="text", encoding="utf-8")
    if not text.strip():
        return SourceFile(**base, status=FILE_SKIPPED, reason="empty file")
    return SourceFile(**base, status=FILE_OK, units=(SourceText(source_file=name, text=text),))


# --------------------------------------------------------------------------- decoding

def decode_bytes(data: bytes, cfg: IngestConfig | None = None) -> tuple[str, str] | None:
    """Decode raw bytes: BOM, then strict UTF-8, then charset-normalizer. None = binary."""
    preferred = list(cfg.preferred_encodings) if cfg is not None else ["cp1252"]
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                break
            return (None if _looks_binary(text) else (text, encoding))
    has_nul = b"\x00" in data
    if not has_nul:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return None if _looks_binary(text) else (text, "utf-8")
    try:
        from charset_normalizer import from_bytes
        matches = list(from_bytes(data))
    except Exception:  # noqa: BLE001 - a detector crash must not stop the run
        matches = []
    if not matches:
        return None
    best = matches[0]
    chosen = best
    if has_nul:
        # NUL bytes are only text in UTF-16/32 without a BOM.
        wide = [m for m in matches if m.encoding.startswith(("utf_16", "utf_32"))]
        if not wide:
            return None
        chosen = wide[0]
    else:
        # Short Western texts tie between many single-byte code pages; prefer the configured
        # ones (cp1252 by default, the usual legacy encoding of English web text) on a tie.
        for name in preferred:
            norm = codecs.lookup(name).name
            for m in matches:
                if codecs.lookup(m.encoding).name == norm and m.chaos <= best.chaos + _TIE_CHAOS:
                    chosen = m
                    break
            if chosen is not best:
                break
    try:
        text = data.decode(chosen.encoding)
    except (UnicodeDecodeError, LookupError):
        text = str(chosen)
    if _looks_binary(text):
        return None
    return text, codecs.lookup(chosen.encoding).name


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    if not text:
        return False
    sample = text[:65536]
    controls = len(_CONTROL_RE.findall(sample))
    return controls > _MAX_CONTROL_SHARE * len(sample)


# --------------------------------------------------------------------------- formats

def _format_of(relpath: str, cfg: IngestConfig) -> str:
    name = relpath.rsplit("/", 1)[-1]
    ext = Path(name).suffix.lower()
    if ext in _lower(cfg.text_extensions):
        return "text"
    if ext in _lower(cfg.html_extensions):
        return "html"
    if ext in _lower(cfg.json_extensions):
        return "json" if ext == ".json" else "jsonl"
    return "unknown"


def _lower(exts: list[str]) -> set[str]:
    return {e.lower() if (not e or e.startswith(".")) else "." + e.lower() for e in exts}


def _read_html(html: str, relpath: str, result: Any) -> SourceFile:
    try:
        import trafilatura
        text = trafilatura.extract(html, include_comments=False, include_tables=False)
        meta = trafilatura.extract_metadata(html)
    except Exception as exc:  # noqa: BLE001 - the extractor must not stop the run
        return result(FILE_FAILED, f"HTML extraction failed: {type(exc).__name__}: {exc}")
    if not text or not text.strip():
        return result(FILE_SKIPPED, "no article text found in HTML")
    fields: dict[str, str] = {}
    if meta is not None:
        for key, attr in (("title", "title"), ("outlet", "sitename"), ("published", "date"),
                          ("url", "url")):
            value = getattr(meta, attr, None)
            if isinstance(value, str) and value.strip():
                fields[key] = value.strip()
    unit = SourceText(source_file=relpath, text=text, fields=fields, segment=False)
    return result(FILE_OK, units=(unit,))


def _record_unit(record: Any, relpath: str, index: int, date_fields: tuple[str, ...] = ()
                 ) -> tuple[SourceText | None, str | None]:
    if not isinstance(record, dict):
        return None, f"not an object ({type(record).__name__})"
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return None, "no non-empty string 'text'"
    fields: dict[str, str] = {}
    for key in FIELD_KEYS:
        value = record.get(key)
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, (str, int, float)) and str(value).strip():
            fields[key] = str(value).strip()
    if "published" not in fields:
        date_value = _first_date_field(record, date_fields)
        if date_value:
            fields["published"] = date_value
    return SourceText(source_file=relpath, text=text, unit_index=index, fields=fields,
                      segment=False), None


def _first_date_field(record: dict, keys: tuple[str, ...]) -> str | None:
    """The record's first non-empty string among the configured date keys
    ({"date": "2025-08-17"} -> "2025-08-17"; `[ingest] date_fields`)."""
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _read_json(text: str, relpath: str, fmt: str, result: Any,
               date_fields: tuple[str, ...] = ()) -> SourceFile:
    units: list[SourceText] = []
    problems: list[str] = []
    total = 0
    if fmt == "json":
        try:
            data = json.loads(text.lstrip("\ufeff"))
        except json.JSONDecodeError as exc:
            # "Unterminated string starting at" + " at line 1" would say "at at"
            msg = exc.msg.removesuffix(" at")
            return result(FILE_FAILED, f"invalid JSON: {msg} at line {exc.lineno} column {exc.colno}")
        except RecursionError:
            return result(FILE_FAILED, "invalid JSON: nested too deeply")
        records = data if isinstance(data, list) else [data]
        for i, record in enumerate(records):
            total += 1
            unit, problem = _record_unit(record, relpath, len(units), date_fields)
            if unit is None:
                problems.append(f"record {i}: {problem}")
            else:
                units.append(unit)
        what = "records"
    else:
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            total += 1
            try:
                record = json.loads(line.lstrip("\ufeff"))
            except json.JSONDecodeError as exc:
                problems.append(f"line {lineno}: invalid JSON ({exc.msg})")
                continue
            except RecursionError:
                problems.append(f"line {lineno}: invalid JSON (nested too deeply)")
                continue
            unit, problem = _record_unit(record, relpath, len(units), date_fields)
            if unit is None:
                problems.append(f"line {lineno}: {problem}")
            else:
                units.append(unit)
        what = "lines"
    detail = "; ".join(problems[:_MAX_REASON_LINES])
    if len(problems) > _MAX_REASON_LINES:
        detail += f"; and {len(problems) - _MAX_REASON_LINES} more"
    if not units:
        if total == 0:
            return result(FILE_SKIPPED, "empty file")
        return result(FILE_FAILED, f"no usable records ({detail})")
    if problems:
        return result(FILE_OK, f"{len(problems)} of {total} {what} skipped ({detail})",
                      units=tuple(units))
    return result(FILE_OK, units=tuple(units))


def _readlink(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return "?"


def _is_loop(path: Path) -> bool:
    """A symlinked folder is a loop when it points at itself or at a folder containing it."""
    real = os.path.realpath(path)
    parent = os.path.realpath(path.parent)
    return parent == real or parent.startswith(real.rstrip(os.sep) + os.sep)
