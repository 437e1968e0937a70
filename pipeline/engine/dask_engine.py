"""The Dask engine: the same per-partition functions as the local engine, on `dask.distributed`.

Without a scheduler address it starts a `LocalCluster` (one process per worker, one thread
each). Each worker process loads the spaCy pipeline once (`pipeline.nlp.get_nlp` caches it
per process). Near-duplicate clustering and claim duplicates are single reduce steps in the
client (`local.py`); the tables are written by the workers as parts of dataset directories
`claims.parquet/` and `articles.parquet/`, moved into place when all parts are written.

To use an existing cluster: `claims run CORPUS --engine dask --scheduler tcp://host:8786`;
the corpus and the output folder must be reachable at the same paths from every worker
(a shared file system), and the workers need this package and the spaCy model installed.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from pipeline.engine.base import RunResult, chunked
from pipeline.engine.partition import Context, RowsTask, write_rows_part
from pipeline.engine.write import commit_dir
from pipeline.errors import InputError


@dataclass
class DaskMapper:
    workers: int
    scheduler: str | None = None
    progress: Callable[[str, int, int], None] | None = None
    rows_as_ready = False       # the rows are made and written by the workers (write_tables)

    def __post_init__(self) -> None:
        from dask.distributed import Client, LocalCluster

        self._cluster = None
        try:
            if self.scheduler:
                self.client = Client(self.scheduler, timeout="20s")
            else:
                self._cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1,
                                             processes=True, dashboard_address=None,
                                             silence_logs=40)
                self.client = Client(self._cluster)
        except (OSError, TimeoutError) as exc:
            raise InputError(f"cannot reach the Dask scheduler {self.scheduler}: {exc}") from None

    def map(self, fn, ctx: Context, chunks, phase, on_lost, ready=None):
        from dask.distributed import as_completed

        if not chunks:
            return []
        futures = self.client.map(fn, [ctx] * len(chunks), chunks, pure=False)
        index = {f.key: i for i, f in enumerate(futures)}
        results: list = [None] * len(chunks)
        total, done = sum(map(len, chunks)), 0
        for future in as_completed(futures):
            i = index[future.key]
            try:
                results[i] = future.result()
            except Exception as exc:  # noqa: BLE001 - KilledWorker, errors in one partition
                results[i] = [on_lost(item, f"{type(exc).__name__}: {exc}") for item in chunks[i]]
            if ready:
                ready(i, results[i])
            done += len(chunks[i])
            if self.progress:
                self.progress(phase, done, total)
        return results

    def write_tables(self, ctx: Context, out: Path, tasks: list[RowsTask], metadata: dict,
                     result: RunResult) -> None:
        """Each worker writes one part of each table; the parts move into place together."""
        chunks = chunked(tasks, ctx.config.run.files_per_task) or [[]]
        tmp_claims = out / f".claims.parquet.tmp-{os.getpid()}"
        tmp_articles = out / f".articles.parquet.tmp-{os.getpid()}"
        for tmp in (tmp_claims, tmp_articles):
            shutil.rmtree(tmp, ignore_errors=True)
            tmp.mkdir(parents=True)
        try:
            futures = self.client.map(
                write_rows_part, [ctx] * len(chunks), chunks, list(range(len(chunks))),
                [str(tmp_claims)] * len(chunks), [str(tmp_articles)] * len(chunks),
                [metadata] * len(chunks), pure=False)
            speakers, issues = set(), set()
            for _, n_claims, spk, iss in self.client.gather(futures):
                result.claim_rows += n_claims
                speakers |= spk
                issues |= iss
            commit_dir(tmp_articles, out / "articles.parquet")
            commit_dir(tmp_claims, out / "claims.parquet")
            result.speakers, result.issues = len(speakers), len(issues)
        finally:
            shutil.rmtree(tmp_claims, ignore_errors=True)
            shutil.rmtree(tmp_articles, ignore_errors=True)

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
