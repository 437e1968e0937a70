"""The batch job: corpus folder -> outputs/{claims,articles,speakers}.parquet + manifest.json.

The orchestration here is shared by both engines; what differs is the `Mapper` that runs the
per-partition functions of `partition.py`: in this process, in a pool of worker processes
(local engine), or on a Dask cluster (`dask_engine.py`); the `Mapper` protocol is in `base.py`. Reduce steps (the span of the
published dates, near-duplicate clustering, claim duplicates, speaker linking, writing) happen
once, here.
"""
from __future__ import annotations

import dataclasses
import os
import platform
import tempfile
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime, timezone
from multiprocessing import get_context
from pathlib import Path
from typing import Any, Iterable

import pyarrow as pa

from pipeline import __version__
from pipeline.config import Config
from pipeline.errors import InputError
from pipeline.articles.corpus_dates import CorpusDates
from pipeline.articles.dedup import ClaimKey, claim_duplicates, cluster
from pipeline.articles.ingest import list_corpus
from pipeline.engine.base import (InOrder, Mapper, Progress, RunResult, chunked, lost_extract,
                                  lost_prep, skipped_prep)
from pipeline.engine.cache import remove_tree
from pipeline.engine.partition import (Context, ExtractSummary, ExtractTask, FileRef, PrepSummary,
                                       RowsTask, canonical_positions, check_rule_files,
                                       extract_chunk, prepare_chunk, rows_for_file)
from pipeline.engine.timeline import note, span
from pipeline.engine.write import RowSpool, TableWriter, column_array, write_json
from pipeline.linking import Linking, SpeakerLinker, link_rules
from pipeline.records import (ARTICLES_SCHEMA, CLAIMS_SCHEMA, FILE_FAILED, FILE_OK, FILE_SKIPPED,
                              SPEAKERS_SCHEMA)



@dataclass
class InlineMapper:
    """Runs every partition in this process (one worker)."""

    progress: Progress | None = None
    rows_as_ready = False       # the rows are made after the claims: nothing would overlap

    def map(self, fn, ctx, chunks, phase, on_lost, ready=None):
        total, done, results = sum(map(len, chunks)), 0, []
        for i, chunk in enumerate(chunks):
            results.append(fn(ctx, chunk))
            if ready:
                ready(i, results[-1])
            done += len(chunk)
            if self.progress:
                self.progress(phase, done, total)
        return results

    def write_tables(self, ctx, out, tasks, metadata, result) -> None:
        write_in_parent(ctx, out, tasks, metadata, result)

    def close(self) -> None:
        pass


def warm_worker(config: Config | None) -> None:
    """Pool initializer: the spaCy pipeline of the worker. Forked from a parent that holds it
    already (`get_nlp` is cached per process), so this only builds it when the parent could
    not."""
    if config is not None:
        from pipeline.nlp import get_nlp

        try:
            with span("worker:init"):
                get_nlp(config)
        except Exception:  # noqa: BLE001 - the task that needs it reports the error
            pass


@dataclass
class PoolMapper:
    """Runs partitions in worker processes forked from this one after it has built the spaCy
    pipeline (`config` given), as spaCy's own `n_process` does: a worker starts with the
    pipeline loaded and shares its memory pages with the parent until it writes to them.

    A worker that dies (killed, out of memory) breaks the pool: the partitions it had are
    retried one file at a time in a fresh pool, and a file that kills a worker again is
    given up with its reason, so it costs that file only.
    """

    workers: int
    progress: Progress | None = None
    config: Config | None = None
    rows_as_ready = True        # the parent makes the rows while the workers parse (`Rows`)
    _pool: ProcessPoolExecutor | None = None
    _broken_before: bool = False
    _closing: threading.Thread | None = None    # the pool shutting down (write_tables)

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            if self.config is not None:
                from pipeline.nlp import get_nlp

                try:
                    get_nlp(self.config)    # once, here: every worker forks with it loaded
                except Exception:  # noqa: BLE001 - a task that needs it reports the error
                    pass
            # after a worker died, the parent may run a thread (claim duplicates): a pool to
            # replace the broken one starts from a forkserver, which forking with threads is
            # not safe for
            context = get_context("forkserver" if self._broken_before else "fork")
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context,
                                             initializer=warm_worker, initargs=(self.config,))
        return self._pool

    def _reset(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
            self._broken_before = True

    def map(self, fn, ctx, chunks, phase, on_lost, ready=None):
        total = sum(map(len, chunks))
        done = 0
        results: dict[int, list] = {}
        queue: list[tuple[int, list, int]] = [(i, list(c), 0) for i, c in enumerate(chunks)]
        pieces: dict[int, list[tuple[int, list]]] = {}
        while queue:
            pool = self._executor()
            # Retries run one at a time: when a worker dies, every task in flight in the pool
            # fails with it, so only a task that ran alone can be blamed for the death.
            if any(tries for _, _, tries in queue):
                batch, queue = queue[:1], queue[1:]
            else:
                batch, queue = queue, []
            futures = {pool.submit(fn, ctx, chunk): (i, chunk, tries) for i, chunk, tries in batch}
            broken = False
            pending = set(futures)
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    i, chunk, tries = futures[future]
                    try:
                        out = future.result()
                    except BrokenProcessPool:
                        broken = True
                        if len(chunk) > 1:   # find the culprit: retry file by file
                            queue.extend((i, [item], tries + 1) for item in chunk)
                            pieces.setdefault(i, [])
                        elif tries < 1:
                            queue.append((i, chunk, tries + 1))
                        else:
                            out = [on_lost(chunk[0], "worker process died while processing "
                                                      "this file (killed or out of memory)")]
                            self._store(results, pieces, i, chunk, out, ready)
                            done += 1
                        continue
                    except Exception as exc:  # noqa: BLE001 - a bug in one partition
                        out = [on_lost(item, f"{type(exc).__name__}: {exc}") for item in chunk]
                    self._store(results, pieces, i, chunk, out, ready)
                    done += len(chunk)
                    if self.progress:
                        self.progress(phase, done, total)
            if broken:
                self._reset()
        for i, parts in pieces.items():
            order = {id(item): n for n, item in enumerate(chunks[i])}
            parts.sort(key=lambda p: order[id(p[0][0])])
            results[i] = [r for _, out in parts for r in out]
            if ready:
                ready(i, results[i])
        return [results[i] for i in range(len(chunks))]

    @staticmethod
    def _store(results, pieces, i, chunk, out, ready):
        if i in pieces:
            pieces[i].append((chunk, out))
        else:
            results[i] = out
            if ready:
                ready(i, out)

    def write_tables(self, ctx, out, tasks, metadata, result) -> None:
        """The tables are written here, in the parent: the workers are let go first and exit
        while it writes (`close` waits for them)."""
        self.release()
        write_in_parent(ctx, out, tasks, metadata, result)

    def release(self) -> None:
        """Let the workers go: they exit on a thread of their own while the parent goes on."""
        if self._pool is not None:
            pool, self._pool = self._pool, None
            self._closing = threading.Thread(target=pool.shutdown,
                                             kwargs={"wait": True, "cancel_futures": True})
            self._closing.start()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        if self._closing is not None:
            self._closing.join()
            self._closing = None


def check_corpus(corpus: Path) -> Path:
    if not corpus.exists():
        raise InputError(f"corpus folder not found: {corpus}")
    if not corpus.is_dir():
        raise InputError(f"corpus is not a folder: {corpus}")
    return corpus


def check_output(out: Path) -> Path:
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = tempfile.NamedTemporaryFile(dir=out, prefix=".probe-", delete=True)
        probe.close()
    except OSError as exc:
        raise InputError(f"output folder {out} cannot be written: "
                         f"{exc.strerror or exc}") from None
    return out


def parse_reference_time(value: str | None) -> str | None:
    """Validate `--reference-time`: an ISO time, or `mtime` (each file's modification time)."""
    if value is None or value == "mtime":
        return value
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise InputError(f"--reference-time must be an ISO time (2025-08-20T09:00) or 'mtime', "
                         f"got {value!r}") from None
    return value


def versions(config: Config) -> dict[str, str | None]:
    from importlib.metadata import PackageNotFoundError, version

    from pipeline.nlp import model_version

    out: dict[str, str | None] = {"claims": __version__, "python": platform.python_version()}
    for package in ("spacy", "pyarrow", "pandas", "dateparser", "datasketch", "dask"):
        try:
            out[package] = version(package)
        except PackageNotFoundError:
            out[package] = None
    out["model"] = config.model.name
    out["model_version"] = model_version(config.model.name)
    return out


def make_mapper(config: Config, progress: Progress | None, scheduler: str | None) -> Mapper:
    if config.run.engine == "dask":
        from pipeline.engine.dask_engine import DaskMapper

        return DaskMapper(config.run.workers, scheduler, progress)
    if config.run.workers > 1:
        return PoolMapper(config.run.workers, progress, config)
    return InlineMapper(progress)


def batches(tasks: list[ExtractTask], config: Config) -> list[list[ExtractTask]]:
    """Extract tasks grouped so that each holds at least `model.batch_size` articles to parse
    and at least `run.files_per_task` files, while leaving each worker several tasks to
    balance the load. With several workers the tasks shrink towards the end (guided
    scheduling: a share of what is left, down to an eighth of a batch, then also fewer
    files), so that the workers finish together instead of one waiting on a last big task:
    the last tasks are the idle time of the other worker, and a small batch costs the model
    no more CPU per article (32 bench articles: 2.26-2.29 s in batches of 32, 2.25-2.31 s in
    batches of 4)."""
    total = sum(len(t.canonical) for t in tasks)
    workers = config.run.workers
    per_worker = max(1, total // (4 * workers)) if workers > 1 else total
    want = max(config.model.batch_size, min(per_worker, 4 * config.model.batch_size))
    tail = max(1, config.model.batch_size // 8)
    out: list[list[ExtractTask]] = []
    current: list[ExtractTask] = []
    count = done = 0
    for task in tasks:
        if not current and workers > 1:
            want = min(want, max(tail, -(-(total - done) // (2 * workers))))
        current.append(task)
        count += len(task.canonical)
        files = config.run.files_per_task if want >= config.model.batch_size \
            else min(config.run.files_per_task, want)      # a tail task: fewer files too
        if count >= want and len(current) >= files:
            out.append(current)
            done += count
            current, count = [], 0
    if current:
        out.append(current)
    return out


def is_inside(path: str, folder: Path) -> bool:
    real, top = os.path.realpath(path), os.path.realpath(folder)
    return real == top or real.startswith(top + os.sep)


def check_inputs(corpus: str | Path, out: str | Path,
                 config: Config) -> tuple[Path, list[FileRef], set[str], Path]:
    """The corpus files, those inside the output folder, and the output folder; InputError or
    ConfigError before any work (a failed start creates no output folder)."""
    root = check_corpus(Path(corpus))
    parse_reference_time(config.dates.reference_time)
    check_rule_files(config)
    refs = [FileRef(rel, str(path)) for rel, path in list_corpus(root, config.ingest)]
    if not refs:
        raise InputError(f"corpus folder is empty: {root} (no files to read)")
    from pipeline.nlp import get_nlp

    if config.run.engine == "local" and config.run.workers == 1:
        get_nlp(config)  # fail fast on a missing model, before any work
    else:
        from pipeline.nlp import load_model
        import spacy.util

        if not spacy.util.is_package(config.model.name) and not Path(config.model.name).exists():
            load_model(config.model.name)  # raises the one-line ConfigError
    out = check_output(Path(out))
    own = {r.rel for r in refs if is_inside(r.path, out)}   # our own outputs are never input
    return root, [r for r in refs if r.rel not in own], own, out


def run(corpus: str | Path, out: str | Path, config: Config, *,
        progress: Progress | None = None, scheduler: str | None = None) -> RunResult:
    """Run the whole job. Raises InputError/ConfigError for bad input; never for a bad file."""
    started = time.perf_counter()
    started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with span("parent:start"):
        root, refs, own, out = check_inputs(corpus, out, config)
    spool = Spool(None if config.run.cache else tempfile.TemporaryDirectory(
        prefix="claims-spool-"))
    ctx = Context(config, str(root.resolve()), str(spool.folder or out / ".cache"))
    mapper = make_mapper(config, progress, scheduler)
    result = RunResult(out=out)
    rows: Rows | None = None
    try:
        with span("parent:prepare"):
            preps, clusters = prepare_all(mapper, ctx, refs, own)
        with span("parent:cluster"):
            # reduce 0: the span of the run's published dates (years of undated month-days)
            corpus_dates = CorpusDates.of(d for p in preps for d in p.dated)
            clusters, canonical, tasks = plan_extract(preps, config, corpus_dates, clusters)
            preps = [dataclasses.replace(p, signatures=()) for p in preps]
            if mapper.rows_as_ready:
                rows = Rows(ctx, out, rows_plan(preps, [], clusters, canonical, {},
                                                corpus_dates=corpus_dates))
        linker = SpeakerLinker(link_rules(config))
        with span("parent:extract"):
            extracts, dups = extract_all(mapper, ctx, tasks, rows, linker)
            if rows:
                rows.wait()
                spool.release()         # nothing reads it any more
        with span("parent:link_speakers"):
            # reduce 3: one speaker, one id and one name across the corpus
            linker.add(s for e in extracts for s in e.speakers)    # those not added yet
            linking = linker.link()
            rows_tasks = [] if rows else rows_plan(preps, extracts, clusters, canonical, dups,
                                                   linking, corpus_dates)
        metadata = {"pipeline_version": __version__, "model": config.model.name,
                    "config_hash": config.fingerprint(), "run_started": started_at,
                    "run_finished": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        with span("parent:write"):
            if rows:
                mapper.release()
                rows, made = None, rows
                made.commit(metadata, dups, linking, result)
            else:
                mapper.write_tables(ctx, out, rows_tasks, metadata, result)
                spool.release()
        with span("parent:finish"):
            write_speakers(out, linking, metadata)
            result.speakers = len(linking.rows)
            finish(result, preps, extracts, clusters, config, root, out, started_at, started)
    finally:
        if rows is not None:        # the run failed before the tables were written
            rows.abort()
        with span("parent:close"):
            mapper.close()
        with span("parent:cleanup"):
            spool.close()
    return result


class Spool:
    """The run's spool when the cache is off: a temporary folder (`folder`) for the prepared
    files and claims, removed on a thread from the moment nothing reads it (`release`; its
    files are unlinked waiting on the disk more than on the CPU) while the parent goes on,
    and gone after `close`. Without one (`tmp` None) both do nothing."""

    def __init__(self, tmp: tempfile.TemporaryDirectory | None):
        self._tmp = tmp
        self.folder = tmp.name if tmp else None
        self._removing: threading.Thread | None = None

    def release(self) -> None:
        if self._tmp is not None and self._removing is None:
            self._removing = threading.Thread(target=remove_tree, args=(self.folder,))
            self._removing.start()

    def close(self) -> None:
        if self._tmp is not None:
            if self._removing is None:
                remove_tree(self.folder)
            else:
                self._removing.join()
            self._tmp.cleanup()
            self._tmp = None


def prepare_all(mapper: Mapper, ctx: Context, refs: list[FileRef],
                own: set[str]) -> tuple[list[PrepSummary], dict | None]:
    """Map 1, every file prepared (in corpus order; our own outputs listed as skipped), and
    with worker processes reduce 1, the near-duplicate clusters: `cluster` takes articles one
    by one in corpus order, so it runs here on a thread as the workers' results come in, and
    is done soon after the last file is (the workers would otherwise wait for all of it).
    Returns the preps and the clusters, or None when they are left to `plan_extract` (one
    worker, or a final order of the files that is not the order the thread saw)."""
    jobs: list[InOrder] = []

    def find_clusters(items: Iterable[tuple[str, Any]]) -> dict:
        cpu = time.thread_time()
        found = cluster(items, ctx.config.dedup)
        note("parent:cluster_thread_cpu", time.thread_time() - cpu)
        return found

    def ready(i: int, part: list[PrepSummary]) -> None:
        if not jobs:    # a result has come: the pool's workers are forked, a thread is safe
            jobs.append(InOrder(find_clusters, lambda p: zip(p.keys, p.signatures)))
        jobs[0].ready(i, part)

    chunks = chunked(refs, ctx.config.run.files_per_task)
    try:
        parts = mapper.map(prepare_chunk, ctx, chunks, "prepare", lost_prep,
                           ready=ready if ctx.config.run.workers > 1 else None)
    except BaseException:
        for job in jobs:
            job.cancel()
        raise
    preps: list[PrepSummary] = [p for part in parts for p in part]
    clusters = jobs[0].result() if jobs else None
    if own:
        preps = sorted(preps + [skipped_prep(rel, "inside the output folder (not read)")
                                for rel in own], key=lambda p: p.source.path)
    if clusters is not None and list(clusters) != [k for p in preps for k in p.keys]:
        clusters = None         # clustered in another order: done again in the final one
    return preps, clusters


def extract_all(mapper: Mapper, ctx: Context, tasks: list[ExtractTask], rows: Rows | None = None,
                linker: SpeakerLinker | None = None
                ) -> tuple[list[ExtractSummary], dict[str, str]]:
    """Map 2, the claims of every canonical article, and reduce 2, the same statement carried
    by an earlier article. With worker processes, reduce 2 runs here on a thread, in corpus
    order, as their results come in (the parent would otherwise only wait), and so do the
    table rows when `rows` is given; each result's speakers are given to `linker` as it
    comes."""
    dedup = ctx.config.dedup
    chunks = batches(tasks, ctx.config)
    if ctx.config.run.workers == 1:
        extracts = [e for part in mapper.map(extract_chunk, ctx, chunks, "extract", lost_extract)
                    for e in part]
        with span("parent:claim_duplicates"):
            return extracts, claim_duplicates((k for e in extracts for k in e.claim_keys), dedup)

    def find_duplicates(keys: Iterable[ClaimKey]) -> dict[str, str]:
        cpu = time.thread_time()
        found = claim_duplicates(keys, dedup)
        note("parent:claim_duplicates_thread_cpu", time.thread_time() - cpu)
        return found

    job = InOrder(find_duplicates, lambda e: e.claim_keys)

    def ready(i: int, part: list[ExtractSummary]) -> None:
        job.ready(i, part)
        if rows:
            rows.ready(i, part)
        if linker:
            linker.add(s for e in part for s in e.speakers)

    try:
        parts = mapper.map(extract_chunk, ctx, chunks, "extract", lost_extract, ready=ready)
    except BaseException:
        job.cancel()
        raise
    return [e for part in parts for e in part], job.result()


def plan_extract(preps: list[PrepSummary], config: Config,
                 corpus_dates: CorpusDates = CorpusDates(), clusters: dict | None = None
                 ) -> tuple[dict, dict[str, tuple[int, ...]], list[ExtractTask]]:
    """Reduce 1: near-duplicate clusters over the whole corpus, in corpus order (unless
    given: made as the files were prepared); then the extract task of each file (its
    canonical articles, and the run's dates)."""
    if clusters is None:
        clusters = cluster([(key, sig) for p in preps
                            for key, sig in zip(p.keys, p.signatures)], config.dedup)
    canonical = {p.source.path: canonical_positions(p, clusters) for p in preps if p.keys}
    tasks = [ExtractTask(p.source.path, p.prep_key, canonical[p.source.path], corpus_dates)
             for p in preps if p.keys]
    return clusters, canonical, tasks


def rows_plan(preps: list[PrepSummary], extracts: list[ExtractSummary], clusters: dict,
              canonical: dict[str, tuple[int, ...]], dups: dict[str, str],
              linking: Linking | None = None,
              corpus_dates: CorpusDates = CorpusDates()) -> list[RowsTask]:
    """What each file contributes to the tables: its articles' cluster ids and canonical
    copies, the claim duplicates among its claims, its claims' speakers, and the run's
    dates (for month-days of undated articles)."""
    id_of = {key: aid for p in preps for key, aid in zip(p.keys, p.article_ids)}

    def cluster_info(key: str) -> tuple[str, str | None]:
        head, dup = clusters.get(key, (key, None))
        return id_of.get(head, head), (id_of.get(dup, dup) if dup else None)

    claim_keys = {e.rel: e.claim_keys for e in extracts}
    refs = {e.rel: {s.key: linking.ref(*s.key) for s in e.speakers}
            for e in extracts} if linking else {}
    return [RowsTask(p.source.path, p.prep_key, tuple(cluster_info(k) for k in p.keys),
                     canonical[p.source.path],
                     {k.claim_id: dups[k.claim_id] for k in claim_keys.get(p.source.path, ())
                      if k.claim_id in dups}, refs.get(p.source.path, {}), corpus_dates)
            for p in preps if p.keys]


# Spooled beside each claim row until the corpus-wide columns are filled in (`Rows`).
ROW_FLAGS = (pa.field("_linked", pa.bool_()), pa.field("_keyed", pa.bool_()))


class Rows:
    """The rows of the articles and claims tables made in this process while the workers
    parse the later files: each file's rows (`rows_for_file`, from the cache) as soon as its
    claims have come, in corpus order, on a thread (`InOrder`), turned into Arrow and spooled
    (`RowSpool`). What needs the whole corpus is filled in by `commit`, after the last
    file: the claim duplicates (`dups`) and the linked speakers (`linking`), for the claims
    whose file reported them, as `rows_plan` gives them to `write_in_parent`; the tables are
    the ones `write_in_parent` writes.

        rows = Rows(ctx, out, rows_plan(preps, [], clusters, canonical, {}))
        mapper.map(extract_chunk, ..., ready=rows.ready); rows.commit(metadata, dups, linking, result)
    """

    def __init__(self, ctx: Context, out: Path, tasks: list[RowsTask]):
        self._ctx, self._tasks, self._out = ctx, tasks, out
        self.articles = RowSpool(out, ARTICLES_SCHEMA)
        self.claims = RowSpool(out, CLAIMS_SCHEMA, ROW_FLAGS)
        self._job = InOrder(self._make, lambda part: (part,))
        self._made = False

    def ready(self, i: int, part: list[ExtractSummary]) -> None:
        self._job.ready(i, [part])

    def _make(self, parts: Iterable[list[ExtractSummary]]) -> None:
        """The rows of each part's files; a part's rows are spooled before the next part
        comes (the last part's before `commit` asks for them)."""
        cpu = time.thread_time()
        tasks = iter(self._tasks)
        for part in parts:
            for e in part:
                task = next(tasks)
                if task.rel != e.rel:
                    raise RuntimeError(f"rows of {task.rel} given the claims of {e.rel}")
                self._file_rows(task, e)
            self.articles.flush()
            self.claims.flush()
        note("parent:rows_thread_cpu", time.thread_time() - cpu)

    def _file_rows(self, task: RowsTask, e: ExtractSummary) -> None:
        article_rows, claim_rows = rows_for_file(self._ctx, task)
        speakers = {s.key for s in e.speakers}
        claim_ids = {k.claim_id for k in e.claim_keys}
        for row in claim_rows:
            row["_linked"] = (row["article_id"], row["speaker"], row["speaker_type"]) in speakers
            row["_keyed"] = row["claim_id"] in claim_ids
        self.articles.write(article_rows)
        self.claims.write(claim_rows)

    def wait(self) -> None:
        """Returns when the rows of every file are made (the cache is read no more)."""
        if not self._made:
            with span("parent:rows_wait"):
                self._job.result()
            self._made = True

    def commit(self, metadata: dict, dups: dict[str, str], linking: Linking,
               result: RunResult) -> None:
        """Waits for the last file's rows, then writes both tables (counts into `result`)."""
        try:
            self.wait()
            speakers, issues = set(), set()

            def patch(table: pa.Table) -> pa.Table:
                table = final_claims(table, dups, linking)
                result.claim_rows += table.num_rows
                speakers.update(table.column("speaker_id").to_pylist())
                issues.update(v for v in table.column("issue").to_pylist() if v)
                return table

            with TableWriter(self._out / "articles.parquet", ARTICLES_SCHEMA, metadata) as a, \
                    TableWriter(self._out / "claims.parquet", CLAIMS_SCHEMA, metadata) as c:
                self.articles.drain(a)
                self.claims.drain(c, patch)
            result.speakers, result.issues = len(speakers), len(issues)
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        self._job.cancel()
        self.articles.discard()
        self.claims.discard()


def final_claims(table: pa.Table, dups: dict[str, str], linking: Linking) -> pa.Table:
    """Spooled claim rows (`Rows`) with their duplicate_of and linked speaker columns, as
    `speaker_columns` and `claim_rows` give them: a row flagged `_keyed` takes its claim's
    duplicate, one flagged `_linked` its speaker's (id, name, type) when linking has one."""
    columns = {name: table.column(name).to_pylist() for name in
               ("claim_id", "article_id", "speaker", "speaker_type", "speaker_id", "_linked",
                "_keyed")}
    ids, names, types = columns["speaker_id"], columns["speaker"], columns["speaker_type"]
    duplicate_of = [dups.get(c) if keyed else None
                    for c, keyed in zip(columns["claim_id"], columns["_keyed"])]
    for n, linked in enumerate(columns["_linked"]):
        ref = linking.ref(columns["article_id"][n], names[n], types[n]) if linked else None
        if ref is not None:
            ids[n], names[n], types[n] = ref.speaker_id, ref.name, ref.type
    for name, values in (("duplicate_of", duplicate_of), ("speaker_id", ids),
                         ("speaker", names), ("speaker_type", types)):
        i = table.schema.get_field_index(name)
        table = table.set_column(i, table.schema.field(i),
                                 column_array(values, table.schema.field(i).type))
    return table


def write_speakers(out: Path, linking: Linking, metadata: dict) -> None:
    """speakers.parquet: one row per speaker of the corpus (written here, for every engine)."""
    with TableWriter(out / "speakers.parquet", SPEAKERS_SCHEMA, metadata) as table:
        table.write(row.as_row() for row in linking.rows)


def write_in_parent(ctx: Context, out: Path, tasks: list[RowsTask], metadata: dict,
                    result: RunResult) -> None:
    """Stream rows into the two tables from this process; they replace the previous outputs
    only when complete (the local mappers' `write_tables`)."""
    speakers, issues = set(), set()
    with TableWriter(out / "articles.parquet", ARTICLES_SCHEMA, metadata) as articles, \
            TableWriter(out / "claims.parquet", CLAIMS_SCHEMA, metadata) as claims:
        for task in tasks:
            article_rows, claim_rows = rows_for_file(ctx, task)
            articles.write(article_rows)
            claims.write(claim_rows)
            result.claim_rows += len(claim_rows)
            for row in claim_rows:
                speakers.add(row["speaker_id"])
                if row["issue"]:
                    issues.add(row["issue"])
    result.speakers, result.issues = len(speakers), len(issues)


def finish(result: RunResult, preps: list[PrepSummary], extracts: list[ExtractSummary],
           clusters: dict, config: Config, root: Path, out: Path, started_at: str,
           started: float) -> None:
    """Counts into `result`, and the manifest: every input file with its fate."""
    extract_of = {e.rel: e for e in extracts}
    files = []
    for p in preps:
        source = p.source
        status, reason = source.status, source.reason
        e = extract_of.get(source.path)
        if status == FILE_OK and e is not None and e.error:
            status, reason = FILE_FAILED, f"claims not extracted: {e.error}"
        n_claims = len({k.claim_id for k in e.claim_keys}) if e else 0
        n_dups = sum(1 for k in p.keys if clusters.get(k, (k, None))[1] is not None)
        files.append({"path": source.path, "status": status, "reason": reason,
                      "format": source.format, "encoding": source.encoding,
                      "bytes": source.size, "sha256": source.sha256 or None,
                      "articles": len(p.keys), "duplicates": n_dups, "claims": n_claims})
        result.status[status] += 1
        result.articles += len(p.keys)
        result.duplicates += n_dups
        result.claims += n_claims
        result.words += e.parsed_words if e else 0
        if status != FILE_OK:
            result.problems.append((source.path, status, reason or ""))
    result.files = len(files)
    result.seconds = time.perf_counter() - started
    manifest = {
        "pipeline_version": __version__,
        "run_started": started_at,
        "seconds": round(result.seconds, 3),
        "corpus": str(root.resolve()),
        "counts": {"files": result.files, **{k: result.status.get(k, 0) for k in
                                             (FILE_OK, FILE_SKIPPED, FILE_FAILED)},
                   "articles": result.articles, "duplicate_articles": result.duplicates,
                   "claims": result.claims, "claim_rows": result.claim_rows,
                   "speakers": result.speakers, "issues": result.issues},
        "config": config.to_dict(),
        "config_hash": config.fingerprint(),
        "versions": versions(config),
        "files": files,
    }
    write_json(out / "manifest.json", manifest)


def with_overrides(config: Config, **sections: dict[str, Any]) -> Config:
    """A copy of config with some keys of some sections replaced (CLI flags)."""
    changes = {}
    for section, values in sections.items():
        values = {k: v for k, v in values.items() if v is not None}
        if values:
            changes[section] = dataclasses.replace(getattr(config, section), **values)
    return dataclasses.replace(config, **changes) if changes else config


def ensure_not_same(corpus: Path, out: Path) -> None:
    if os.path.realpath(corpus) == os.path.realpath(out):
        raise InputError("the output folder must not be the corpus folder")
