"""What every engine shares: the `Mapper` protocol an engine implements, the run's result
record, and the small plan helpers (`chunked`, the records of a lost partition item).

`local.py` (the run itself, in-process and process-pool mappers) and `dask_engine.py` (the
Dask mapper) both import from here and never from each other, except that `local.py`
starts a Dask mapper on request.
"""
from __future__ import annotations

import queue
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Protocol, Sequence, TypeVar

from pipeline.engine.partition import (Context, ExtractSummary, ExtractTask, FileRef,
                                       PrepSummary, RowsTask)
from pipeline.records import FILE_FAILED, FILE_SKIPPED, SourceFile

T = TypeVar("T")
Progress = Callable[[str, int, int], None]


@dataclass
class RunResult:
    out: Path
    files: int = 0
    status: Counter = field(default_factory=Counter)
    articles: int = 0
    duplicates: int = 0
    claims: int = 0
    claim_rows: int = 0
    speakers: int = 0
    issues: int = 0
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # (path, status, reason)
    seconds: float = 0.0
    words: int = 0


class Mapper(Protocol):
    """Runs the per-partition functions of `partition.py` somewhere (this process, worker
    processes, a cluster) and writes the tables.

    `map(fn, ctx, chunks, phase, on_lost, ready)` returns `[fn(ctx, chunk) for chunk in
    chunks]`, in order; an item whose partition was lost (a dead worker) becomes
    `on_lost(item, why)`; `ready(i, result)`, when given, is called as each chunk's result is
    final (in any order), so the parent can start on it while others are computed.
    `write_tables` writes claims.parquet and articles.parquet of the run into `out` from the
    rows tasks, adding claim-row, speaker and issue counts to `result`. A mapper with
    `rows_as_ready` has the run make the rows in the parent as the claims come in
    (`local.Rows`), and is then only asked to `release()` its workers instead.
    """

    rows_as_ready: bool

    def map(self, fn: Callable, ctx: Context, chunks: Sequence[Sequence], phase: str,
            on_lost: Callable[[Any, str], Any],
            ready: Callable[[int, list], None] | None = None) -> list[list]: ...

    def write_tables(self, ctx: Context, out: Path, tasks: list[RowsTask], metadata: dict,
                     result: RunResult) -> None: ...

    def close(self) -> None: ...


def chunked(items: Sequence[T], size: int) -> list[list[T]]:
    """`items` cut into lists of `size` (the last may be shorter): chunked([1, 2, 3], 2) ->
    [[1, 2], [3]]."""
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


def skipped_prep(rel: str, reason: str) -> PrepSummary:
    return PrepSummary(SourceFile(path=rel, size=0, sha256="", mtime=0.0, format="unknown",
                                  encoding=None, status=FILE_SKIPPED, reason=reason), "")


def lost_prep(ref: FileRef, reason: str) -> PrepSummary:
    return PrepSummary(SourceFile(path=ref.rel, size=0, sha256="", mtime=0.0, format="unknown",
                                  encoding=None, status=FILE_FAILED, reason=reason), "")


def lost_extract(task: ExtractTask, reason: str) -> ExtractSummary:
    return ExtractSummary(task.rel, (), reason)


class InOrder:
    """Feeds the results of `Mapper.map`'s `ready` callback to a consumer in chunk order, on
    a thread of its own, while later chunks are still computed:

        job = InOrder(lambda items: claim_duplicates(items, cfg), lambda e: e.claim_keys)
        mapper.map(..., ready=job.ready); dups = job.result()

    `consume` gets one iterable of every `explode(item)` element of every chunk, in order.
    """

    def __init__(self, consume: Callable[[Iterable], T], explode: Callable[[Any], Iterable]):
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._waiting: dict[int, list] = {}
        self._next = 0
        self._explode = explode
        self._out: list = []
        self._thread = threading.Thread(target=self._run, args=(consume,), daemon=True)
        self._thread.start()

    def _items(self) -> Iterator:
        while (chunk := self._queue.get()) is not None:
            for item in chunk:
                yield from self._explode(item)

    def _run(self, consume) -> None:
        try:
            self._out.append(consume(self._items()))
        except BaseException as exc:  # noqa: BLE001 - raised again in result()
            self._out.append(exc)
            while self._queue.get() is not None:   # drain, so no producer ever blocks
                pass

    def ready(self, i: int, chunk: list) -> None:
        self._waiting[i] = chunk
        while self._next in self._waiting:
            self._queue.put(self._waiting.pop(self._next))
            self._next += 1

    def result(self) -> T:
        """Ends the input (every chunk must have been given) and returns what consume gave."""
        self._queue.put(None)
        self._thread.join()
        out = self._out[0]
        if isinstance(out, BaseException):
            raise out
        return out

    def cancel(self) -> None:
        self._queue.put(None)
