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


def column_array(values: list, value_type: pa.DataType) -> pa.Array:
    """The values of one column as an array (lone surrogates replaced, see above)."""
    try:
        return pa.array(values, type=value_type)
    except UnicodeEncodeError:
        return pa.array(_valid_unicode(values), type=value_type)


def to_table(rows: list[dict], schema: pa.Schema) -> pa.Table:
    """Rows (dicts keyed by column) -> a table with exactly the given schema."""
    columns = {}
    for f, values in zip(schema, _columns(rows, schema.names)):
        value_type = f.type.value_type if pa.types.is_dictionary(f.type) else f.type
        column = column_array(values, value_type)
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

    def write_arrow(self, table: pa.Table) -> None:
        """One row group of a table of exactly the writer's schema (no metadata needed)."""
        self.flush()
        self._writer.write_table(table.replace_schema_metadata(self.schema.metadata))
        self.rows += table.num_rows

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


def plain(schema: pa.Schema) -> pa.Schema:
    """The schema with each dictionary-encoded field as its value type (how `to_table` builds
    the column before encoding it)."""
    return pa.schema([pa.field(f.name, f.type.value_type, f.nullable, f.metadata)
                      if pa.types.is_dictionary(f.type) else f for f in schema])


def encode(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """A table of `plain(schema)` (extra columns ignored) as `to_table` makes it of the same
    rows: one chunk per column, dictionary fields encoded."""
    columns = {}
    for f in schema:
        column = table.column(f.name).combine_chunks()
        columns[f.name] = column.dictionary_encode() if pa.types.is_dictionary(f.type) else column
    return pa.Table.from_pydict(columns, schema=schema)


class RowSpool:
    """Rows of a table that come before the run's metadata (which a Parquet file's schema
    holds from its first byte) and before some corpus-wide columns are known: they are
    turned into Arrow a batch at a time (at `flush`, or every `batch_rows`: one Arrow call per
    column is what converting costs, whatever the rows) and appended to a spool file (an
    Arrow IPC stream in `folder`); `drain(writer, patch)` streams them into a `TableWriter`,
    each row group through `patch` (a table of `plain(schema)` plus the `extra` columns -> the
    final values). Row groups are cut where the writer's own would be (at the first `write`
    that brings them to `row_group_rows`), so the file is the one `TableWriter.write` makes
    of the same rows; memory holds one row group at a time.

        spool = RowSpool(out, CLAIMS_SCHEMA)
        spool.write(rows_of_file_1); spool.write(rows_of_file_2)
        with TableWriter(out / "claims.parquet", CLAIMS_SCHEMA, metadata) as table:
            spool.drain(table)
    """

    def __init__(self, folder: Path, schema: pa.Schema, extra: tuple[pa.Field, ...] = (),
                 row_group_rows: int = 10_000, batch_rows: int = 2_000):
        self.schema = schema
        self.row_group_rows, self.batch_rows = row_group_rows, batch_rows
        self._spool_schema = pa.schema(list(plain(schema)) + list(extra))
        self._buffer: list[dict] = []
        self._groups: list[int] = []        # rows of each finished row group
        self._pending = 0                   # rows of the row group being filled
        fd, name = tempfile.mkstemp(dir=folder, prefix=".rows.", suffix=".arrows")
        os.close(fd)
        self._path = Path(name)
        self._sink = pa.OSFile(name, "wb")
        self._writer = pa.ipc.new_stream(self._sink, self._spool_schema)

    def write(self, rows: Iterable[dict]) -> None:
        n = len(self._buffer)
        self._buffer.extend(rows)
        self._pending += len(self._buffer) - n
        if self._pending >= self.row_group_rows:
            self.flush()
            self._groups.append(self._pending)
            self._pending = 0
        elif len(self._buffer) >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        """Spool the rows written so far now (e.g. while there is time to)."""
        if self._buffer:
            self._writer.write_table(to_table(self._buffer, self._spool_schema))
            self._buffer = []

    def _row_groups(self) -> Iterable[pa.Table]:
        groups = self._groups + ([self._pending] if self._pending else [])
        with pa.OSFile(str(self._path), "rb") as source:
            reader = pa.ipc.open_stream(source)
            for size in groups:
                batches, n = [], 0
                while n < size:
                    batches.append(reader.read_next_batch())
                    n += batches[-1].num_rows
                yield pa.Table.from_batches(batches, self._spool_schema)

    def drain(self, writer: "TableWriter", patch=None) -> None:
        """Every row written, into `writer` (of `schema`), one row group at a time."""
        self.flush()
        self._close()
        try:
            for table in self._row_groups():
                writer.write_arrow(encode(patch(table) if patch else table, self.schema))
        finally:
            self._path.unlink(missing_ok=True)

    def discard(self) -> None:
        try:
            self._close()
        finally:
            self._path.unlink(missing_ok=True)

    def _close(self) -> None:
        if not self._sink.closed:
            try:
                self._writer.close()
            finally:
                self._sink.close()


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
