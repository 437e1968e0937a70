"""A content-addressed, on-disk store of per-file and per-article results.

It makes re-runs incremental (an unchanged file is not prepared again, an unchanged article
is not parsed again) and lets an interrupted run resume: every entry is written atomically
(temp file, then rename) as soon as it is computed, so a killed run leaves only whole entries.
Keys include the config fingerprint and the pipeline version, so a changed rule file or a new
release never reuses stale results.
"""
from __future__ import annotations

import hashlib
import itertools
import os
import pickle
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

FORMAT = "v2"   # v1 spread each kind over 256 folders (<kind>/<ab>/<key>.pkl)


class Cache:
    """A folder of pickled values under `root/v2/<kind>/<key>.pkl`.

    One folder per kind, not one per key prefix: on a run's spool (cache off) or a first run,
    making and removing a few hundred prefix folders cost more than writing the entries
    (ext4: 350 folders made and removed 1.5 s, 600 entries 0.1 s)."""

    def __init__(self, root: Path | str):
        self.root = Path(root)

    def _path(self, kind: str, key: str) -> str:
        return os.path.join(self.root, FORMAT, kind, f"{key}.pkl")

    def get(self, kind: str, key: str) -> Any | None:
        path = self._path(kind, key)
        try:
            with open(path, "rb") as handle:
                return pickle.load(handle)
        except FileNotFoundError:
            return None
        except Exception:  # noqa: BLE001 - a corrupt entry is recomputed, never trusted
            Path(path).unlink(missing_ok=True)
            return None

    def put(self, kind: str, key: str, value: Any) -> None:
        path = self._path(kind, key)
        handle, tmp = _temp_file(path)
        try:
            with handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def clear(self) -> None:
        remove_tree(self.root)


_TEMP_SEQ = itertools.count()


def _owner_only(path: str, flags: int) -> int:
    return os.open(path, flags, 0o600)


def _temp_file(path: str) -> tuple[Any, str]:
    """A new file beside `path` to write its entry to, open for writing, and its name:
    `<path>.<pid>-<n>.tmp`, owner-only as mkstemp makes it, without mkstemp's random name
    (~25 us a put, 600 puts a 300-article run). The folder is made when missing (the first
    entry of its kind, or after a clear); a name left by a killed writer falls back to
    mkstemp."""
    tmp = f"{path}.{os.getpid()}-{next(_TEMP_SEQ)}.tmp"
    try:
        return open(tmp, "xb", opener=_owner_only), tmp
    except FileNotFoundError:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        return open(tmp, "xb", opener=_owner_only), tmp
    except FileExistsError:
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tmp-", suffix=".pkl")
        return os.fdopen(fd, "wb"), tmp


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def remove_tree(root: Path | str, threads: int = 8) -> None:
    """Remove a folder and all in it, its files unlinked by several threads at once.

    Removing an entry that has reached the disk waits on the disk (~2 ms on a virtual disk),
    not on the CPU, and such waits overlap: 600 written-back entries took 2.3 s one by one,
    0.17 s with 4 threads. A run's spool is removed after its tables are written, while
    nothing else runs."""
    files = [os.path.join(folder, name) for folder, _, names in os.walk(root) for name in names]
    if len(files) > 1:
        with ThreadPoolExecutor(min(threads, len(files))) as pool:
            for _ in pool.map(_unlink, files):
                pass
    shutil.rmtree(root, ignore_errors=True)


def digest(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part if isinstance(part, bytes) else part.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:32]


def file_sha256(path: Path, limit: int | None = None) -> str | None:
    """sha256 of a file's bytes, or None when it cannot be read (or is over `limit` bytes)."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            total = 0
            while chunk := handle.read(1 << 20):
                total += len(chunk)
                if limit is not None and total > limit:
                    return None
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()
