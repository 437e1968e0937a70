"""The local and Dask engines: incremental re-runs, resumption after a kill, a worker that
dies, and the same tables from every engine."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from pipeline.articles.dedup import SHINGLE_HASH_VERSION
from pipeline.engine.cache import FORMAT
from pipeline.engine import partition
from pipeline.engine.local import InlineMapper, PoolMapper, chunked, run, with_overrides

from conftest import CORPUS, REPO

pytestmark = pytest.mark.model


def read_tables(out: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    claims = pd.read_parquet(out / "claims.parquet")
    articles = pd.read_parquet(out / "articles.parquet")
    claims = claims.sort_values(["claim_id", "issue"], na_position="first").reset_index(drop=True)
    articles = articles.sort_values(["source_file", "article_index"]).reset_index(drop=True)
    for frame in (claims, articles):
        for column in frame.columns:
            if isinstance(frame[column].dtype, pd.CategoricalDtype):
                frame[column] = frame[column].astype(object)
    return claims, articles


def read_speakers(out: Path) -> pd.DataFrame:
    """The speakers table, ids sorted (written by the client: one file for every engine)."""
    speakers = pd.read_parquet(out / "speakers.parquet")
    speakers["speaker_type"] = speakers["speaker_type"].astype(object)
    for column in ("aliases", "roles"):
        speakers[column] = speakers[column].map(repr)
    return speakers.sort_values("speaker_id").reset_index(drop=True)


def assert_same_tables(a: Path, b: Path) -> None:
    ca, aa = read_tables(a)
    cb, ab = read_tables(b)
    pd.testing.assert_frame_equal(ca, cb)
    pd.testing.assert_frame_equal(aa, ab)
    pd.testing.assert_frame_equal(read_speakers(a), read_speakers(b))


@pytest.fixture
def corpus_copy(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    return folder


def test_rerun_is_incremental_and_identical(tmp_path, corpus_copy, config, monkeypatch):
    out = tmp_path / "out"
    run(corpus_copy, out, config)
    first = json.loads((out / "manifest.json").read_text())

    prepared, parsed = [], []
    real_read, real_extract = partition.read_source, partition.extract_articles
    monkeypatch.setattr(partition, "read_source",
                        lambda root, rel, cfg: prepared.append(rel) or real_read(root, rel, cfg))
    monkeypatch.setattr(partition, "extract_articles",
                        lambda arts, cfg, nlp=None: parsed.extend(a.source_file for a in arts)
                        or real_extract(arts, cfg, nlp))

    run(corpus_copy, out, config)                      # nothing changed: nothing recomputed
    assert prepared == [] and parsed == []
    assert json.loads((out / "manifest.json").read_text())["files"] == first["files"]

    changed = corpus_copy / "000_2188b5e890cdc8c0.txt"
    changed.write_text(changed.read_text().replace("Things are moving", "Things are going"))
    run(corpus_copy, out, config)                      # one file changed: only it recomputed
    assert prepared == ["000_2188b5e890cdc8c0.txt"]
    assert set(parsed) == {"000_2188b5e890cdc8c0.txt"}

    fresh = tmp_path / "fresh"
    run(corpus_copy, fresh, with_overrides(config, run={"cache": False}))
    assert_same_tables(out, fresh)
    assert not (fresh / ".cache").exists()


UNDATED = ("Harbour master Ann Lee said on Aug. 17 that the pier would reopen before the winter "
           "storms arrive.\n")
DATED = "The mayor said the new bridge would open next spring after a long delay.\n"


def said_on_of(out: Path, source_file: str) -> set:
    claims = pd.read_parquet(out / "claims.parquet")
    mine = claims[claims.source_file == source_file]
    assert len(mine)
    return {(None if pd.isna(d) else d, None if pd.isna(f) else f)
            for d, f in zip(mine.said_on, mine.said_on_flag)}


def test_a_month_days_year_follows_the_corpus_on_a_cached_rerun(tmp_path, config, monkeypatch):
    """An undated article's "on Aug. 17" takes its year from the run's dated articles: none,
    then one in 2025 (added; the undated file is not parsed again), then one in 2023 too (two
    readings: null again). Each time the tables equal a fresh run's."""
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    (corpus / "harbour.txt").write_text(UNDATED)
    run(corpus, out, config)
    assert said_on_of(out, "harbour.txt") == {(None, None)}

    parsed = []
    real_extract = partition.extract_articles
    monkeypatch.setattr(partition, "extract_articles",
                        lambda arts, cfg, nlp=None: parsed.extend(a.source_file for a in arts)
                        or real_extract(arts, cfg, nlp))
    expected = [{(date(2025, 8, 17), "corpus-year")}, {(None, None)}]
    for name, want in zip(("city_2025-07-30_bridge.txt", "city_2023-05-02_bridge.txt"), expected):
        (corpus / name).write_text(DATED.replace("bridge", f"bridge {name[5:9]}"))
        parsed.clear()
        run(corpus, out, config)
        assert parsed == [name]
        assert said_on_of(out, "harbour.txt") == want
        fresh = tmp_path / f"fresh-{name}"
        run(corpus, fresh, with_overrides(config, run={"cache": False}))
        assert_same_tables(out, fresh)


def many_files(folder: Path, n: int, per_file: int = 14) -> None:
    """n distinct articles: random draws of sentences from the samples (dedup keeps them apart)."""
    import random
    import re

    rng = random.Random(5)
    pool = []
    for path in sorted(CORPUS.iterdir()):
        pool += [s for s in re.split(r"(?:(?<=[.!?])|(?<=[.!?][\"”’'])) (?=[A-Z“\"'‘])", path.read_text())
                 if len(s.split()) > 6]
    for i in range(n):
        picked = rng.sample(pool, per_file)
        (folder / f"many_{i:03d}.txt").write_text("\n\n".join(picked) + "\n")


def test_kill_mid_run_keeps_outputs_and_resumes(tmp_path, corpus_copy, config):
    out = tmp_path / "out"
    run(corpus_copy, out, config)
    before = read_tables(out)
    many_files(corpus_copy, 40)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "run", str(corpus_copy),
                             "--out", str(out), "-q", "--no-report"], env=env, cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    nlp_cache = out / ".cache" / FORMAT / "nlp"
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        if nlp_cache.exists() and sum(1 for _ in nlp_cache.rglob("*.pkl")) >= 12:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run finished before it could be interrupted"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    after_kill = read_tables(out)                       # previous outputs intact
    pd.testing.assert_frame_equal(before[0], after_kill[0])
    pd.testing.assert_frame_equal(before[1], after_kill[1])

    run(corpus_copy, out, config)                       # resume
    fresh = tmp_path / "fresh"
    run(corpus_copy, fresh, with_overrides(config, run={"cache": False}))
    assert_same_tables(out, fresh)


def _die_on_marked(ctx, items):
    """A partition function whose worker process dies on items named 'die'."""
    if any(item == "die" for item in items):
        os._exit(1)
    return [item.upper() for item in items]


def test_dead_worker_costs_only_its_file():
    mapper = PoolMapper(2)
    try:
        chunks = chunked(["a", "b", "die", "c", "d", "e"], 2)
        out = mapper.map(_die_on_marked, None, chunks, "test",
                         lambda item, reason: f"lost:{item}:{reason[:25]}")
    finally:
        mapper.close()
    flat = [r for part in out for r in part]
    assert flat == ["A", "B", "lost:die:worker process died while", "C", "D", "E"]


def test_inline_and_pool_mappers_agree():
    chunks = chunked(list("abcdefg"), 3)
    pool = PoolMapper(2)
    try:
        assert pool.map(_die_on_marked, None, chunks, "t", None) == \
            InlineMapper().map(_die_on_marked, None, chunks, "t", None)
    finally:
        pool.close()


@pytest.mark.slow
def test_two_workers_give_the_same_tables(tmp_path, config, corpus_outputs):
    out = tmp_path / "pool"
    run(CORPUS, out, with_overrides(config, run={"workers": 2, "files_per_task": 1}))
    assert_same_tables(corpus_outputs[0], out)


@pytest.mark.slow
def test_dask_engine_gives_the_same_tables(tmp_path, config, corpus_outputs):
    pytest.importorskip("dask.distributed")
    out = tmp_path / "dask"
    result = run(CORPUS, out, with_overrides(config, run={"engine": "dask", "workers": 2,
                                                          "files_per_task": 2}))
    assert (out / "claims.parquet").is_dir()
    assert len(list((out / "claims.parquet").glob("part-*.parquet"))) == 3
    assert result.claims == corpus_outputs[1].claims
    assert_same_tables(corpus_outputs[0], out)


def test_outputs_inside_the_corpus_are_never_read(tmp_path, config):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "000_2188b5e890cdc8c0.txt", corpus)
    out = corpus / "outputs"
    first = run(corpus, out, config)
    second = run(corpus, out, config)
    assert second.claims == first.claims and second.articles == first.articles == 1
    files = {f["path"]: f for f in json.loads((out / "manifest.json").read_text())["files"]}
    assert files["outputs/claims.parquet"]["status"] == "skipped"
    assert files["outputs/claims.parquet"]["reason"] == "inside the output folder (not read)"


def test_a_cached_rerun_reads_the_signatures(tmp_path, corpus_copy, config, monkeypatch):
    """The near-duplicate signatures of unchanged files come from the cache on a rerun."""
    out = tmp_path / "out"
    run(corpus_copy, out, config)
    kind = f"sig-v{SHINGLE_HASH_VERSION}"        # the kind names the shingle hashing
    assert any((out / ".cache" / FORMAT / kind).glob("*.pkl"))
    made = []
    real = partition.signature
    monkeypatch.setattr(partition, "signature", lambda text, cfg: made.append(1) or real(text, cfg))
    run(corpus_copy, tmp_path / "again", config)       # another output folder: no cache
    assert made
    made.clear()
    run(corpus_copy, out, config)
    assert made == []
    assert_same_tables(out, tmp_path / "again")
