"""Write the output tables: rows -> Parquet (streamed row groups, atomic rename) and the
run manifest (JSON, atomic).

A table is written to a temporary name beside its target and renamed into place only when
complete, so an interrupted run leaves the previous outputs intact. The target may be one
file (local engine) or a directory of parts (Dask engine); either replaces the other.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from operator import itemgetter
from pathlib import Path
from typing import Any, Iterable

import pyarrow as pa
import pyarrow.parquet as pq

METADATA_KEY = b"claims"
# Lone surrogates (a file name that is not valid UTF-8, decoded by the OS with
# surrogateescape) cannot be stored in Parquet; each becomes U+FFFD, one char for one char,
# so offsets into the text stay valid.
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _valid_unicode(values: list) -> list:
    return [_SURROGATE_RE.sub("\ufffd", v) if isinstance(v, str) else v for v in values]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


FILE_MODE = 0o666 & ~_umask()   # temp files are created 0600; outputs get the usual mode


def with_metadata(schema: pa.Schema, metadata: dict[str, Any]) -> pa.Schema:
    return schema.with_metadata({METADATA_KEY: json.dumps(metadata, sort_keys=True).encode()})


def _columns(rows: list[dict], names: list[str]) -> list:
    """The values of each column, in row order: rows holding every column are read by one
    C call per row (itemgetter) and transposed by zip; else a missing key reads as None."""
    if len(names) > 1 and rows:
        try:
            return list(zip(*map(itemgetter(*names), rows)))
        except KeyError:
            pass
    return [[row.get(name) for row in rows] for name in names]


def to_table(rows: list[dict], schema: pa.Schema) -> pa.Table:
    """Rows (dicts keyed by column) -> a table with exactly the given schema."""
    columns = {}
    for f, values in zip(schema, _columns(rows, schema.names)):
        value_type = f.type.value_type if pa.types.is_dictionary(f.type) else f.type
        try:
            column = pa.array(values, type=value_type)
        except UnicodeEncodeError:
            column = pa.array(_valid_unicode(values), type=value_type)
        columns[f.name] = column.dictionary_encode() if pa.types.is_dictionary(f.type) else column
    return pa.Table.from_pydict(columns, schema=schema)


def _replace(tmp: Path, target: Path) -> None:
    """Move a finished temp file or folder onto the target, file or folder alike."""
    if target.is_dir() and not target.is_symlink():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.replace(target, old)
        os.replace(tmp, target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(tmp, target)


class TableWriter:
    """Stream rows into one Parquet file; on `commit()` it is renamed onto `target`."""

    def __init__(self, target: Path, schema: pa.Schema, metadata: dict[str, Any] | None = None,
                 row_group_rows: int = 10_000):
        self.target = Path(target)
        self.schema = with_metadata(schema, metadata or {})
        self.row_group_rows = row_group_rows
        self._buffer: list[dict] = []
        self.rows = 0
        fd, name = tempfile.mkstemp(dir=self.target.parent, prefix=f".{self.target.name}.",
                                    suffix=".tmp")
        os.close(fd)
        os.chmod(name, FILE_MODE)
        self._tmp = Path(name)
        self._writer = pq.ParquetWriter(self._tmp, self.schema)

    def write(self, rows: Iterable[dict]) -> None:
        self._buffer.extend(rows)
        if len(self._buffer) >= self.row_group_rows:
            self.flush()

    def flush(self) -> None:
        if self._buffer:
            self._writer.write_table(to_table(self._buffer, self.schema))
            self.rows += len(self._buffer)
            self._buffer = []

    def commit(self) -> None:
        self.flush()
        self._writer.close()
        _replace(self._tmp, self.target)

    def abort(self) -> None:
        try:
            self._writer.close()
        finally:
            self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> "TableWriter":
        return self

    def __exit__(self, exc_type, *_) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()


def write_part(folder: Path, name: str, rows: list[dict], schema: pa.Schema,
               metadata: dict[str, Any] | None = None) -> None:
    """One part of a dataset directory (Dask engine), written atomically."""
    folder.mkdir(parents=True, exist_ok=True)
    table = to_table(rows, with_metadata(schema, metadata or {}))
    tmp = folder / f".{name}.tmp"
    pq.write_table(table, tmp)
    os.replace(tmp, folder / name)


def commit_dir(tmp_dir: Path, target: Path) -> None:
    _replace(tmp_dir, target)


def write_json(path: Path, data: Any) -> None:
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(name, FILE_MODE)
        # backslashreplace: a lone surrogate (undecodable file name) is written as a JSON
        # \\udcXX escape, which loads back to the same name
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as handle:
            json.dump(data, handle, indent=2, ensure_ascii=False, default=str)
            handle.write("\n")
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
