"""The output tables are derived from the record dataclasses: rows and schemas agree."""
from __future__ import annotations

import dataclasses
from datetime import date

import pyarrow as pa

from pipeline.records import (ARTICLES_SCHEMA, CLAIMS_SCHEMA, Article, Claim, IssueStance,
                              article_row, claim_rows)

CLAIM = Claim(claim_id="c1", article_id="a1", source_file="f.txt", outlet=None, title="T",
              published=date(2025, 8, 1), speaker_id="s1", speaker="Ann Lee",
              speaker_mention="she", speaker_type="person", speaker_role=None, cue="said", kind="direct",
              quote="We will win.", start=3, end=15)
ARTICLE = Article(article_id="a1", source_file="f.txt", article_index=0, text="Hello.",
                  char_map=tuple(range(6)), n_words=1)


def test_claim_rows_one_per_issue_and_one_without():
    assert [r["issue"] for r in claim_rows(CLAIM, None)] == [None]
    found = (IssueStance("tariffs", "oppose", "e1"), IssueStance("defense", "support", "e2"))
    rows = list(claim_rows(dataclasses.replace(CLAIM, issues=found), "c0"))
    assert [(r["issue"], r["stance"], r["stance_evidence"]) for r in rows] == [
        ("tariffs", "oppose", "e1"), ("defense", "support", "e2")]
    assert {r["duplicate_of"] for r in rows} == {"c0"}


def test_rows_fit_the_schemas():
    claims = pa.Table.from_pylist(list(claim_rows(CLAIM, None)), schema=CLAIMS_SCHEMA)
    articles = pa.Table.from_pylist([article_row(ARTICLE, "a1", None)], schema=ARTICLES_SCHEMA)
    assert sorted(next(claim_rows(CLAIM, None))) == sorted(CLAIMS_SCHEMA.names)
    assert list(article_row(ARTICLE, "a1", None)) == ARTICLES_SCHEMA.names
    assert claims.column("kind").type == pa.dictionary(pa.int32(), pa.string())
    assert articles.column("article_index").type == pa.int16()


def test_every_claim_field_is_a_column():
    fields = {f.name for f in dataclasses.fields(Claim)} - {"issues"}
    assert fields | {"issue", "stance", "stance_evidence"} == set(CLAIMS_SCHEMA.names)
    assert not CLAIMS_SCHEMA.field("claim_id").nullable
    assert CLAIMS_SCHEMA.field("said_on").nullable


def test_claim_rows_take_the_linked_speaker():
    linked = {"speaker_id": "s9", "speaker": "Ann B. Lee", "speaker_type": "person"}
    row = next(claim_rows(CLAIM, None, linked))
    assert (row["speaker_id"], row["speaker"], row["speaker_mention"]) == ("s9", "Ann B. Lee",
                                                                          "she")
    assert next(claim_rows(CLAIM, None, {})) == next(claim_rows(CLAIM, None))


def test_to_table_reads_rows_whole_or_with_missing_columns():
    from pipeline.engine.write import to_table

    rows = list(claim_rows(CLAIM, None)) + list(claim_rows(
        dataclasses.replace(CLAIM, claim_id="c2", issues=(IssueStance("tariffs", "oppose",
                                                                      "e1"),)), "c1"))
    table = to_table(rows, CLAIMS_SCHEMA)
    assert table.equals(pa.Table.from_pylist(rows, schema=CLAIMS_SCHEMA))
    short = [{k: v for k, v in row.items() if k != "speaker_role"} for row in rows]
    assert to_table(short, CLAIMS_SCHEMA).equals(table)      # a missing column reads as None
    assert to_table([], CLAIMS_SCHEMA).num_rows == 0
