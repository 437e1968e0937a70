"""The parent's reduce steps overlapped with the workers (local engine, several workers):
near-duplicate clusters made on a thread as the prepared files come in, and the pool let go
before the tables are written. Same results as the serial steps."""
from __future__ import annotations

import shutil
import threading
import time

import pytest

from pipeline.articles.dedup import cluster
from pipeline.engine import local
from pipeline.engine.local import PoolMapper, plan_extract, prepare_all, with_overrides
from pipeline.engine.partition import Context, FileRef

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
