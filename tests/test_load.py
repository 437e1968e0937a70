"""pipeline.load: typed DataFrames from outputs written with the real schemas."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.load import KNOWN_CATEGORIES, Outputs, load, read_run_metadata
from pipeline.records import ARTICLES_SCHEMA, CLAIMS_SCHEMA, KINDS, SPEAKER_TYPES, STANCES
from report_fixtures import (
    RUN_METADATA,
    article_row,
    claim_row,
    empty_outputs,
    make_tables,
    tables,
    write_outputs,
    write_table,
)


@pytest.fixture(scope="module")
def synthetic():
    return make_tables()


@pytest.fixture(params=[0, 3], ids=["single-file", "parts"])
def outputs(request, tmp_path, synthetic):
    claims, articles = synthetic
    return write_outputs(tmp_path / "outputs", claims, articles, parts=request.param)


def _sorted(df: pd.DataFrame, key: list[str]) -> pd.DataFrame:
    return df.sort_values(key, kind="stable").reset_index(drop=True)


def test_load_returns_all_rows(outputs, synthetic):
    out = load(outputs)
    assert isinstance(out, Outputs)
    assert len(out.claims) == synthetic[0].num_rows
    assert len(out.articles) == synthetic[1].num_rows
    assert list(out.claims.columns) == CLAIMS_SCHEMA.names
    assert list(out.articles.columns) == ARTICLES_SCHEMA.names
    assert out.manifest["counts"]["articles"] == synthetic[1].num_rows


def test_single_file_and_parts_load_identically(tmp_path, synthetic):
    one = load(write_outputs(tmp_path / "one", *synthetic, parts=0))
    many = load(write_outputs(tmp_path / "many", *synthetic, parts=4))
    key = ["claim_id", "issue"]
    pd.testing.assert_frame_equal(_sorted(one.claims, key), _sorted(many.claims, key))
    pd.testing.assert_frame_equal(
        _sorted(one.articles, ["article_id"]), _sorted(many.articles, ["article_id"])
    )


@pytest.mark.parametrize(
    "column, known",
    [
        ("speaker_type", SPEAKER_TYPES),
        ("kind", KINDS),
        ("stance", STANCES),
    ],
)
def test_categoricals_carry_all_known_categories(outputs, column, known):
    col = load(outputs).claims[column]
    assert isinstance(col.dtype, pd.CategoricalDtype)
    assert list(col.cat.categories[: len(known)]) == known
    assert KNOWN_CATEGORIES[column] == known


def test_issue_is_categorical_of_observed_ids(outputs, synthetic):
    col = load(outputs).claims["issue"]
    assert isinstance(col.dtype, pd.CategoricalDtype)
    observed = sorted({v for v in synthetic[0].column("issue").to_pylist() if v is not None})
    assert list(col.cat.categories) == observed
    assert col.isna().any()  # claims without an issue keep a null issue


def test_absent_categories_still_counted_as_zero(tmp_path):
    claims, articles = tables([claim_row(kind="direct", speaker_type="person")], [article_row()])
    out = load(write_outputs(tmp_path / "o", claims, articles))
    counts = out.claims["kind"].value_counts()
    assert counts.to_dict() == {"direct": 1, "indirect": 0, "mixed": 0}


def test_unknown_category_value_is_kept(tmp_path):
    claims, articles = tables([claim_row(speaker_type="group")], [article_row()])
    col = load(write_outputs(tmp_path / "o", claims, articles)).claims["speaker_type"]
    assert col.iloc[0] == "group"
    assert list(col.cat.categories) == SPEAKER_TYPES + ["group"]


@pytest.mark.parametrize(
    "frame, column, dtype",
    [
        ("claims", "claim_id", "string"),
        ("claims", "outlet", "string"),
        ("claims", "quote", "string"),
        ("claims", "start", "Int32"),
        ("claims", "end", "Int32"),
        ("claims", "published", "datetime64[ms]"),
        ("claims", "said_on", "datetime64[ms]"),
        ("articles", "article_index", "Int16"),
        ("articles", "n_words", "Int32"),
        ("articles", "published", "datetime64[ms]"),
        ("articles", "text", "string"),
    ],
)
def test_column_dtypes(outputs, frame, column, dtype):
    assert str(getattr(load(outputs), frame)[column].dtype) == dtype


def test_missing_values_are_na_and_dates_are_midnight(tmp_path):
    claims, articles = tables(
        [
            claim_row(claim_id="c1", published=date(2025, 8, 17), said_on=None, outlet=None),
            claim_row(claim_id="c2", published=None, said_on=date(2025, 8, 15), outlet="Wire"),
        ],
        [article_row()],
    )
    df = load(write_outputs(tmp_path / "o", claims, articles)).claims
    assert df.loc[0, "outlet"] is pd.NA
    assert df.loc[1, "outlet"] == "Wire"
    assert df.loc[0, "published"] == pd.Timestamp("2025-08-17")
    assert pd.isna(df.loc[1, "published"]) and pd.isna(df.loc[0, "said_on"])
    assert df["said_on"].dt.date.iloc[1] == date(2025, 8, 15)
    assert len(df[df["published"] >= "2025-08-01"]) == 1


@pytest.mark.parametrize("parts", [0, 2], ids=["single-file", "parts"])
def test_empty_outputs_keep_dtypes(tmp_path, parts):
    out_dir = tmp_path / "o"
    write_outputs(out_dir, CLAIMS_SCHEMA.empty_table(), ARTICLES_SCHEMA.empty_table(), parts=parts)
    out = load(out_dir)
    assert out.claims.empty and out.articles.empty
    assert list(out.claims["stance"].cat.categories) == STANCES
    assert str(out.claims["said_on"].dtype) == "datetime64[ms]"


def test_empty_parts_directory_is_an_empty_table(tmp_path):
    out_dir = empty_outputs(tmp_path / "o")
    (out_dir / "claims.parquet").unlink()
    (out_dir / "claims.parquet").mkdir()
    (out_dir / "claims.parquet" / "_SUCCESS").write_text("")
    assert load(out_dir).claims.empty


def test_parts_directory_ignores_hidden_and_underscore_files(tmp_path, synthetic):
    out_dir = write_outputs(tmp_path / "o", *synthetic, parts=2)
    (out_dir / "claims.parquet" / "_SUCCESS").write_text("")
    (out_dir / "claims.parquet" / ".part-tmp.crc").write_text("junk")
    assert len(load(out_dir).claims) == synthetic[0].num_rows


def test_manifest_is_optional(tmp_path, synthetic):
    out = load(write_outputs(tmp_path / "o", *synthetic, manifest=False))
    assert out.manifest == {}


@pytest.mark.parametrize(
    "damage, error, words",
    [
        (lambda d: None, FileNotFoundError, "outputs folder not found"),
        (lambda d: d.mkdir(), FileNotFoundError, "claims.parquet"),
        (
            lambda d: write_outputs(d, manifest=False) and (d / "articles.parquet").unlink(),
            FileNotFoundError,
            "articles.parquet",
        ),
        (
            lambda d: write_outputs(d) and (d / "claims.parquet").write_bytes(b"not parquet"),
            ValueError,
            "cannot read",
        ),
        (
            lambda d: write_outputs(d) and (d / "manifest.json").write_text("{oops"),
            ValueError,
            "manifest",
        ),
        (
            lambda d: write_outputs(d) and (d / "manifest.json").write_text("[1, 2]"),
            ValueError,
            "manifest",
        ),
        (
            lambda d: (
                write_outputs(d) and pq.write_table(pa.table({"x": [1]}), d / "claims.parquet")
            ),
            ValueError,
            "lacks column",
        ),
    ],
)
def test_clear_one_line_errors(tmp_path, damage, error, words):
    out_dir = tmp_path / "outputs"
    damage(out_dir)
    with pytest.raises(error) as info:
        load(out_dir)
    message = str(info.value)
    assert words in message
    assert "\n" not in message


def test_run_metadata_single_file_and_parts(tmp_path, synthetic):
    for parts in (0, 3):
        out_dir = write_outputs(tmp_path / f"o{parts}", *synthetic, parts=parts)
        assert read_run_metadata(out_dir / "claims.parquet") == RUN_METADATA
        assert load(out_dir).metadata == RUN_METADATA


def test_run_metadata_absent_is_empty(tmp_path, synthetic):
    out_dir = write_outputs(tmp_path / "o", *synthetic, metadata=None)
    assert read_run_metadata(out_dir / "claims.parquet") == {}
    assert load(out_dir).metadata == {}


def test_run_metadata_falls_back_to_articles(tmp_path, synthetic):
    out_dir = write_outputs(tmp_path / "o", *synthetic, metadata=None)
    write_table(synthetic[1], out_dir / "articles.parquet", metadata={"model": "m"})
    assert load(out_dir).metadata == {"model": "m"}


@pytest.mark.parametrize("raw", [b"{not json", b"[1, 2]", b"\xff\xfe"])
def test_bad_run_metadata(tmp_path, raw):
    claims, _ = make_tables(n_articles=3)
    path = tmp_path / "claims.parquet"
    pq.write_table(claims.replace_schema_metadata({b"claims": raw}), path)
    with pytest.raises(ValueError, match="bad run metadata"):
        read_run_metadata(path)


def test_bad_run_metadata_warns_but_loads(tmp_path, synthetic):
    out_dir = write_outputs(tmp_path / "o", *synthetic, metadata=None)
    pq.write_table(
        synthetic[0].replace_schema_metadata({b"claims": b"{bad"}), out_dir / "claims.parquet"
    )
    with pytest.warns(UserWarning, match="bad run metadata"):
        out = load(out_dir)
    assert out.metadata == {} and len(out.claims) == synthetic[0].num_rows


def test_read_run_metadata_missing_path(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_run_metadata(tmp_path / "nope.parquet")


def test_metadata_is_json_written_by_writer_convention(tmp_path, synthetic):
    """The writer stores JSON under schema metadata key b"claims"; check the raw bytes."""
    out_dir = write_outputs(tmp_path / "o", *synthetic)
    raw = pq.read_schema(out_dir / "claims.parquet").metadata[b"claims"]
    assert json.loads(raw) == read_run_metadata(out_dir / "claims.parquet")


def test_default_outputs_dir_is_relative_outputs(tmp_path, monkeypatch, synthetic):
    write_outputs(tmp_path / "outputs", *synthetic)
    monkeypatch.chdir(tmp_path)
    assert len(load().claims) == synthetic[0].num_rows
