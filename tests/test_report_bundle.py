"""The report's offline script bundle: made once per machine (kept under $XDG_CACHE_HOME) and,
in `claims run`, made on a thread while the run parses, started only at the run's first
progress (after its worker processes were forked)."""
from __future__ import annotations

import threading

import pytest

import pipeline.report.page as page
from pipeline.cli import once_started


@pytest.fixture
def fake_vl_convert(tmp_path, monkeypatch):
    """vl-convert's bundle maker replaced by a counting fake; the machine's cache in tmp."""
    import vl_convert

    calls = []

    def javascript_bundle(vl_version=None):
        calls.append(threading.current_thread().name)
        return f"/* vega {vl_version} */ var x = '</script>';"

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(vl_convert, "javascript_bundle", javascript_bundle)
    monkeypatch.setattr(page, "_pending_bundle", None)
    page.vega_bundle.cache_clear()
    yield calls
    page.vega_bundle.cache_clear()


def test_bundle_is_made_once_per_machine(fake_vl_convert, tmp_path):
    first = page.vega_bundle()
    page.vega_bundle.cache_clear()           # a new process: only the stored copy is left
    again = page.vega_bundle()
    assert again == first and "<\\/script>" in first
    assert len(fake_vl_convert) == 1
    stored = list((tmp_path / "cache" / "claims").glob("vega-bundle-*.js"))
    assert len(stored) == 1 and stored[0].read_text(encoding="utf-8") == first


def test_bundle_made_when_the_cache_folder_cannot_be_written(fake_vl_convert, tmp_path,
                                                             monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert "vega" in page.vega_bundle()
    page.vega_bundle.cache_clear()
    assert "vega" in page.vega_bundle()
    assert len(fake_vl_convert) == 2


def test_prefetched_bundle_is_made_on_its_own_thread_and_used(fake_vl_convert):
    page.prefetch_vega_bundle()
    page.prefetch_vega_bundle()              # a second call starts nothing more
    bundle = page.vega_bundle()
    assert "vega" in bundle
    assert len(fake_vl_convert) == 1 and fake_vl_convert[0].startswith("vega-bundle")
    page.prefetch_vega_bundle()              # already made in this process: nothing to do
    assert page._pending_bundle is None and len(fake_vl_convert) == 1


def test_hook_runs_once_at_the_first_progress_and_progress_is_passed_on():
    seen = []
    progress = once_started(lambda *a: seen.append(a), lambda: seen.append("hook"))
    assert seen == []                        # nothing before the run reports progress
    progress("prepare", 1, 3)
    progress("extract", 3, 3)
    assert seen == ["hook", ("prepare", 1, 3), ("extract", 3, 3)]
    quiet = once_started(None, lambda: seen.append("hook 2"))
    quiet("prepare", 1, 1)
    quiet("prepare", 1, 1)
    assert seen[-1] == "hook 2" and seen.count("hook 2") == 1


@pytest.mark.model
def test_cli_run_starts_the_bundle_after_the_run_started(small_corpus, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from pipeline import cli
    import pipeline.engine.local as local

    events = []
    real_run = local.run

    def run(*args, **kwargs):
        events.append("run")
        return real_run(*args, **kwargs)

    monkeypatch.setattr(local, "run", run)
    monkeypatch.setattr(page, "prefetch_vega_bundle", lambda: events.append("prefetch"))
    monkeypatch.setattr(page, "build_report", lambda out, html: events.append("report"))
    result = CliRunner().invoke(cli.app, ["run", str(small_corpus), "--out",
                                          str(tmp_path / "o"), "-q"])
    assert result.exit_code == 0, result.output
    assert events == ["run", "prefetch", "report"]
