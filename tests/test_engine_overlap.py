"""The parent's reduce steps overlapped with the workers (local engine, several workers):
near-duplicate clusters made on a thread as the prepared files come in, the table rows made
on a thread as the claims come in, and the pool let go before the tables are written. Same
results as the serial steps."""
from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.articles.dedup import cluster
from pipeline.engine import local
from pipeline.engine.cache import remove_tree
from pipeline.engine.local import (PoolMapper, plan_extract, prepare_all, run, with_overrides,
                                   write_speakers)
from pipeline.engine.partition import Context, FileRef, rows_for_file
from pipeline.engine.write import RowSpool, TableWriter
from pipeline.linking import SpeakerLinker
from pipeline.records import DICT_STRING

from conftest import CORPUS


def serial_clusters(preps, config):
    return cluster([(k, s) for p in preps for k, s in zip(p.keys, p.signatures)], config.dedup)


@pytest.fixture
def corpus_with_copy(tmp_path):
    """The sample files and a copy of the first under a later name (a duplicate article)."""
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    first = sorted(folder.iterdir())[0]
    shutil.copy(first, folder / f"zz_copy_of_{first.name}")
    return folder


def refs_of(folder, names):
    return [FileRef(name, str(folder / name)) for name in names]


def test_clusters_are_made_on_a_thread_while_files_are_prepared(tmp_path, config,
                                                                corpus_with_copy, monkeypatch):
    threads = []

    def recording(items, cfg):
        threads.append(threading.current_thread())
        return cluster(items, cfg)

    monkeypatch.setattr(local, "cluster", recording)
    config = with_overrides(config, run={"workers": 2, "files_per_task": 1})
    ctx = Context(config, str(corpus_with_copy), str(tmp_path / "cache"))
    mapper = PoolMapper(2)
    try:
        names = sorted(p.name for p in corpus_with_copy.iterdir())
        preps, clusters = prepare_all(mapper, ctx, refs_of(corpus_with_copy, names), set())
    finally:
        mapper.close()
    assert threads and threads[0] is not threading.main_thread()
    assert clusters == serial_clusters(preps, config)
    assert list(clusters) == [k for p in preps for k in p.keys]     # corpus order
    assert sum(dup is not None for _, dup in clusters.values()) >= 1  # the copy was found
    assert plan_extract(preps, config, clusters=clusters)[0] is clusters


def test_clusters_are_made_again_when_the_final_order_is_another(tmp_path, config,
                                                                 corpus_with_copy):
    config = with_overrides(config, run={"workers": 2, "files_per_task": 1})
    ctx = Context(config, str(corpus_with_copy), str(tmp_path / "cache"))
    names = sorted((p.name for p in corpus_with_copy.iterdir()), reverse=True)
    mapper = PoolMapper(2)
    try:       # an output file listed: the preps are sorted by path, the thread saw them reversed
        preps, clusters = prepare_all(mapper, ctx, refs_of(corpus_with_copy, names),
                                      {"out/claims.parquet"})
    finally:
        mapper.close()
    assert clusters is None
    assert [p.source.path for p in preps] == sorted(names + ["out/claims.parquet"])
    made, _, _ = plan_extract(preps, config)
    assert made == serial_clusters(preps, config)
    assert list(made) == [k for p in preps for k in p.keys]


def test_one_worker_leaves_the_clusters_to_plan_extract(tmp_path, config, corpus_with_copy):
    ctx = Context(config, str(corpus_with_copy), str(tmp_path / "cache"))
    names = sorted(p.name for p in corpus_with_copy.iterdir())
    preps, clusters = prepare_all(local.InlineMapper(), ctx, refs_of(corpus_with_copy, names),
                                  set())
    assert clusters is None and len(preps) == len(names)


def _double(ctx, items):
    return [2 * item for item in items]


def test_workers_exit_while_the_tables_are_written(tmp_path, monkeypatch):
    mapper = PoolMapper(2)
    exits = []

    def write(ctx, out, tasks, metadata, result):     # waits for the workers, at most 30 s in all
        # Poll exitcode rather than join(): the pool's own shutdown thread reaps the same
        # processes, and a join racing it can return with exitcode still None.
        deadline = time.monotonic() + 30
        for process in workers:
            while process.exitcode is None and time.monotonic() < deadline:
                time.sleep(0.01)
            exits.append(process.exitcode)

    monkeypatch.setattr(local, "write_in_parent", write)
    try:
        assert mapper.map(_double, None, [[1, 2], [3]], "t", None) == [[2, 4], [6]]
        workers = list(mapper._pool._processes.values())
        mapper.write_tables(None, tmp_path, [], {}, None)
    finally:
        mapper.close()
    assert len(exits) == 2 and None not in exits
    assert not any(process.is_alive() for process in workers)


# ------------------------------------------------------------------ rows made as claims come

def _rows(n, start=0):
    kinds = ["direct", "indirect", "mixed"]
    return [{"name": f"row {i}", "kind": kinds[i % 3], "n": i} for i in range(start, start + n)]


SCHEMA = pa.schema([pa.field("name", pa.string()), pa.field("kind", DICT_STRING),
                    pa.field("n", pa.int32())])


def _parts(path):
    file = pq.ParquetFile(path)
    return ([file.metadata.row_group(i).num_rows for i in range(file.num_row_groups)],
            file.read(), file.schema_arrow.metadata)


def test_a_row_spool_writes_the_file_the_table_writer_writes(tmp_path):
    """Rows spooled in parts (some flushed early, some not) drain into the same Parquet file
    as TableWriter.write of the same parts: same rows, row groups, dictionaries, metadata."""
    parts = [_rows(2), _rows(3, 2), [], _rows(1, 5), _rows(4, 6)]
    with TableWriter(tmp_path / "direct.parquet", SCHEMA, {"run": 1}, row_group_rows=4) as t:
        for part in parts:
            t.write(part)
    spool = RowSpool(tmp_path, SCHEMA, row_group_rows=4, batch_rows=3)
    for n, part in enumerate(parts):
        spool.write(part)
        if n == 1:
            spool.flush()
    with TableWriter(tmp_path / "spooled.parquet", SCHEMA, {"run": 1}) as t:
        spool.drain(t)
    groups, table, metadata = _parts(tmp_path / "spooled.parquet")
    assert (groups, metadata) == _parts(tmp_path / "direct.parquet")[::2] == ([5, 5], metadata)
    assert table.equals(_parts(tmp_path / "direct.parquet")[1])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["direct.parquet", "spooled.parquet"]


def test_a_row_spool_patches_each_row_group_and_can_be_discarded(tmp_path):
    spool = RowSpool(tmp_path, SCHEMA, (pa.field("_odd", pa.bool_()),), row_group_rows=2)
    spool.write([{**row, "_odd": row["n"] % 2 == 1} for row in _rows(3)])

    def patch(table):                    # odd rows renamed, from the extra column
        names = [("odd " if odd else "") + name for name, odd in
                 zip(table["name"].to_pylist(), table["_odd"].to_pylist())]
        return table.set_column(0, "name", pa.array(names))

    with TableWriter(tmp_path / "t.parquet", SCHEMA) as t:
        spool.drain(t, patch)
    assert pq.read_table(tmp_path / "t.parquet")["name"].to_pylist() == \
        ["row 0", "odd row 1", "row 2"]
    left = RowSpool(tmp_path, SCHEMA)
    left.write(_rows(2))
    left.discard()
    assert [p.name for p in tmp_path.iterdir()] == ["t.parquet"]


def test_rows_are_made_on_a_thread_while_the_workers_parse(tmp_path, config, corpus_outputs,
                                                            monkeypatch):
    """With worker processes the parent makes each file's rows on a thread as its claims
    come, not after the last file, prepares their speakers for linking as they come too, and
    the spool is removed on a thread from then on, before the speakers table is written; the
    tables are those of one worker."""
    made, events = [], []

    def recording(ctx, task):
        made.append(threading.current_thread())
        return rows_for_file(ctx, task)

    def removing(folder):
        events.append(("spool removed", threading.current_thread(), folder))
        remove_tree(folder)

    class Linker(SpeakerLinker):        # how many new summaries each add brings
        def add(self, summaries):
            before = len(self._items)
            super().add(summaries)
            events.append(("speakers added", len(self._items) - before))

    monkeypatch.setattr(local, "SpeakerLinker", Linker)
    monkeypatch.setattr(local, "rows_for_file", recording)
    monkeypatch.setattr(local, "write_in_parent", None)    # never called
    monkeypatch.setattr(local, "remove_tree", removing)
    monkeypatch.setattr(local, "write_speakers",
                        lambda *a: events.append(("speakers",)) or write_speakers(*a))
    out = tmp_path / "pool"
    run(CORPUS, out, with_overrides(config, run={"workers": 2, "files_per_task": 1,
                                                 "cache": False}))
    assert len(made) == len(list(CORPUS.iterdir()))
    assert threading.main_thread() not in made
    added = [e[1] for e in events if e[0] == "speakers added"]
    assert len(added) > 2 and sum(added) > 0 and added[-1] == 0   # none left for the end
    events = [e for e in events if e[0] != "speakers added"]
    assert [e[0] for e in events] == ["spool removed", "speakers"]
    assert events[0][1] is not threading.main_thread() and not Path(events[0][2]).exists()
    for table in ("articles", "claims", "speakers"):
        pd.testing.assert_frame_equal(pd.read_parquet(out / f"{table}.parquet"),
                                      pd.read_parquet(corpus_outputs[0] / f"{table}.parquet"))
    assert sorted(p.name for p in out.iterdir()) == ["articles.parquet", "claims.parquet",
                                                     "manifest.json", "speakers.parquet"]
