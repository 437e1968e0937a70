"""Load the output tables as pandas DataFrames with the types analysts expect.

    >>> from pipeline.load import load
    >>> out = load("outputs")
    >>> out.claims.groupby(["issue", "stance"], observed=False).size()

Types (the same for a single Parquet file and for a directory of parts):

- `speaker_type`, `kind`, `stance`: pandas Categorical with *all* known categories
  (from `pipeline.records`), so counts show zero rows for absent values; unknown values
  written by a newer pipeline are kept, appended after the known ones.
- `issue`: Categorical of the issue ids found in the data (sorted); null = no issue.
- `published`, `said_on`: ``datetime64[ms]`` (naive, at midnight), ``NaT`` when unknown.
  We chose datetime64 over `datetime.date` objects so that `.dt`, `resample`, comparisons
  with strings ("2025-08-01") and plotting work directly; `.dt.date` gives date objects.
- text columns: the nullable ``string`` dtype (``pd.NA`` for missing values).
- integer columns: nullable ``Int16``/``Int32``.
- `speakers` (one row per speaker of the corpus; `claims.speaker_id` joins it): `aliases`
  a list of strings, `roles` a list of {"role", "articles"} dicts; an output folder written
  before the table existed loads with an empty one.

`read_run_metadata(path)` reads the run metadata the writer stores in the Parquet schema
metadata under the key ``b"claims"`` (pipeline_version, model, config_hash, run_started,
run_finished).
"""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.records import (ARTICLES_SCHEMA, CLAIMS_SCHEMA, KINDS, SPEAKER_TYPES,
                              SPEAKERS_SCHEMA, STANCES)

CLAIMS_FILE = "claims.parquet"
ARTICLES_FILE = "articles.parquet"
SPEAKERS_FILE = "speakers.parquet"
MANIFEST_FILE = "manifest.json"
METADATA_KEY = b"claims"

KNOWN_CATEGORIES: dict[str, list[str]] = {
    "speaker_type": list(SPEAKER_TYPES),
    "kind": list(KINDS),
    "stance": list(STANCES),
}
DATE_DTYPE = "datetime64[ms]"

_INT_DTYPES = {
    pa.int16(): pd.Int16Dtype(),
    pa.int32(): pd.Int32Dtype(),
    pa.int64(): pd.Int64Dtype(),
}


@dataclass(frozen=True)
class Outputs:
    """The tables of one run: `claims` (one row per claim x issue), `articles`,
    the run `manifest` (dict, empty when the file is absent), the run `metadata`
    stored in the Parquet files (dict, empty when absent) and `speakers` (one row per
    speaker across the corpus)."""

    claims: pd.DataFrame
    articles: pd.DataFrame
    manifest: dict[str, Any] = field(default_factory=dict)
    metadata: dict[str, Any] = field(default_factory=dict)
    speakers: pd.DataFrame = field(default_factory=lambda: to_pandas(SPEAKERS_SCHEMA.empty_table()))


def load(outputs_dir: str | Path = "outputs") -> Outputs:
    """Read `claims.parquet`, `articles.parquet` (files or directories of parts),
    `speakers.parquet` and `manifest.json` from `outputs_dir`.

    Raises FileNotFoundError when the folder or a table is missing, ValueError when a
    table or the manifest cannot be read."""
    root = Path(outputs_dir)
    if not root.is_dir():
        raise FileNotFoundError(
            f"outputs folder not found: {root} (run `claims run CORPUS --out {root}` first)"
        )
    claims = _read_table(root / CLAIMS_FILE, CLAIMS_SCHEMA)
    articles = _read_table(root / ARTICLES_FILE, ARTICLES_SCHEMA)
    manifest = _read_manifest(root / MANIFEST_FILE)
    metadata: dict[str, Any] = {}
    for path in (root / CLAIMS_FILE, root / ARTICLES_FILE):
        try:
            metadata = read_run_metadata(path)
        except ValueError as exc:
            warnings.warn(str(exc), stacklevel=2)
            continue
        if metadata:
            break
    speakers_path = root / SPEAKERS_FILE
    speakers = (_read_table(speakers_path, SPEAKERS_SCHEMA) if speakers_path.exists()
                else to_pandas(SPEAKERS_SCHEMA.empty_table()))
    return Outputs(claims=claims, articles=articles, manifest=manifest, metadata=metadata,
                   speakers=speakers)


def read_run_metadata(path: str | Path) -> dict[str, Any]:
    """The run metadata dict stored as JSON under schema metadata key b"claims" of a Parquet
    file, or of the first part (in name order) that has it when `path` is a directory.

    Returns {} when no metadata is stored; raises FileNotFoundError when `path` does not
    exist and ValueError when the file or the stored JSON is unreadable."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"Parquet output not found: {path}")
    for part in _parts(path):
        try:
            meta = pq.read_schema(part).metadata or {}
        except (pa.ArrowException, OSError) as exc:
            raise ValueError(f"cannot read Parquet file {part}: {_one_line(exc)}") from exc
        raw = meta.get(METADATA_KEY)
        if raw is None:
            continue
        try:
            value = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"bad run metadata in {part}: {_one_line(exc)}") from exc
        if not isinstance(value, dict):
            raise ValueError(f"bad run metadata in {part}: expected a JSON object")
        return value
    return {}


def _parts(path: Path) -> list[Path]:
    """The Parquet files making up a table: the file itself, or the data files of a
    directory (recursively; names starting with '.' or '_' are skipped, as pyarrow does)."""
    if path.is_file():
        return [path]
    return sorted(
        p
        for p in path.rglob("*")
        if p.is_file() and not any(s.startswith((".", "_")) for s in p.relative_to(path).parts)
    )


def _read_table(path: Path, schema: pa.Schema) -> pd.DataFrame:
    if not path.exists():
        raise FileNotFoundError(f"output table not found: {path}")
    if path.is_dir() and not _parts(path):
        table = schema.empty_table()
    else:
        try:
            table = pq.read_table(path)
        except (pa.ArrowException, OSError) as exc:
            raise ValueError(f"cannot read {path}: {_one_line(exc)}") from exc
    missing = [name for name in schema.names if name not in table.column_names]
    if missing:
        raise ValueError(f"{path} lacks column(s) {', '.join(missing)}: not a claims output table")
    return to_pandas(table)


def to_pandas(table: pa.Table) -> pd.DataFrame:
    """Convert an output table (claims, articles or speakers schema) to a DataFrame with
    the documented dtypes."""

    # Hive-partitioned directories may carry partition keys as dictionaries of other types.
    def mapper(t: pa.DataType):
        if pa.types.is_string(t) or pa.types.is_large_string(t):
            return pd.StringDtype()
        return _INT_DTYPES.get(t)

    df = table.to_pandas(date_as_object=False, types_mapper=mapper)
    for name in df.columns:
        typ = table.schema.field(name).type
        if pa.types.is_date(typ) or pa.types.is_timestamp(typ):
            df[name] = df[name].astype(DATE_DTYPE)
        elif pa.types.is_dictionary(typ) or name in KNOWN_CATEGORIES:
            df[name] = _categorical(df[name], KNOWN_CATEGORIES.get(name, []))
        elif pa.types.is_list(typ):
            df[name] = df[name].map(_plain)
    return df


def _plain(value: Any) -> Any:
    """Arrow lists come back as numpy arrays: plain lists (and dicts of lists) instead."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "tolist") and not isinstance(value, str):
        return [_plain(v) for v in value]
    return value


def _categorical(col: pd.Series, known: list[str]) -> pd.Series:
    values = col.astype(object).where(col.notna(), None)
    seen = sorted({str(v) for v in values if v is not None} - set(known))
    dtype = pd.CategoricalDtype(
        categories=pd.Index(known + seen, dtype="string")
        if known + seen
        else pd.Index([], dtype="string")
    )
    return pd.Series(
        pd.Categorical(values.map(lambda v: None if v is None else str(v)), dtype=dtype),
        index=col.index,
        name=col.name,
    )


def _read_manifest(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"cannot read manifest {path}: {_one_line(exc)}") from exc
    if not isinstance(value, dict):
        raise ValueError(f"cannot read manifest {path}: expected a JSON object")
    return value


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:300] or type(exc).__name__
