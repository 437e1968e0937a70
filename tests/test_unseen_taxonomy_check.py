"""scripts/unseen_taxonomy/labels_check.jsonl, the check portion of the unseen-taxonomy set
(issue #13): well-formed offsets-only lines with the taxonomy's issue ids, documents disjoint
from labels.jsonl, every gold claim of its documents labelled (when the PolNeAR dev file is
present), and build_gold.py / score_spans.py reach it with --check or --labels."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

DIR = Path(__file__).resolve().parents[1] / "scripts" / "unseen_taxonomy"
DEV = Path("/work/devdata/polnear_dev.jsonl")
needs_dev = pytest.mark.skipif(not DEV.exists(), reason=f"{DEV} is not on this machine")


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, DIR / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _check_labels() -> list[dict]:
    return _module("build_gold").read_jsonl(DIR / "labels_check.jsonl")


def test_check_labels_are_offsets_only_and_valid():
    build = _module("build_gold")
    known = build.issue_ids(DIR / "taxonomy.toml")
    lines = _check_labels()
    assert len(lines) >= 300
    seen = set()
    for line in lines:
        assert set(line) == {"id", "start", "end", "issues", "stance"}
        assert isinstance(line["start"], int) and isinstance(line["end"], int)
        assert 0 <= line["start"] < line["end"]
        build.check_label(line, known)              # issue ids from taxonomy.toml
        key = (line["id"], line["start"], line["end"])
        assert key not in seen
        seen.add(key)
    assert len({line["id"] for line in lines}) >= 12


def test_check_documents_are_not_in_the_tuning_labels():
    tuned = {line["id"] for line in _module("build_gold").read_jsonl(DIR / "labels.jsonl")}
    assert not tuned & {line["id"] for line in _check_labels()}


@needs_dev
def test_check_offsets_fall_on_gold_claims_of_the_dev_documents():
    build = _module("build_gold")
    dev = build.read_jsonl(DEV)
    texts = {doc["id"]: doc["text"] for doc in dev}
    labels = _check_labels()
    for line in labels:
        assert line["id"] in texts
        assert line["end"] <= len(texts[line["id"]])
    docs, warnings = build.merge(dev, labels, build.issue_ids(DIR / "taxonomy.toml"))
    assert warnings == []          # every label on a gold claim, every gold claim labelled
    assert sum(len(d["quotes"]) for d in docs) == len(labels)


def test_check_option_picks_the_check_files(tmp_path):
    build = _module("build_gold")
    assert build.labels_path(None, True) == DIR / "labels_check.jsonl"
    assert build.labels_path(None, False) == DIR / "labels.jsonl"
    assert build.labels_path(Path("labels_check.jsonl"), False) == DIR / "labels_check.jsonl"
    mine = tmp_path / "mine.jsonl"
    mine.write_text("")
    assert build.labels_path(mine, True) == mine


TEXT = "The mayor said the plan is good. Critics said it would cost too much."
DEV_DOCS = [{"id": "d1", "text": TEXT, "quotes": [
    {"start": 15, "end": 31, "kind": "indirect", "speaker": "The mayor"},
    {"start": 46, "end": 68, "kind": "indirect", "speaker": "Critics"}]}]


def test_build_gold_and_score_spans_read_a_labels_file(tmp_path):
    dev, labels, out = tmp_path / "dev.jsonl", tmp_path / "l.jsonl", tmp_path / "gold.jsonl"
    dev.write_text("".join(json.dumps(d) + "\n" for d in DEV_DOCS))
    labels.write_text(json.dumps({"id": "d1", "start": 46, "end": 68,
                                  "issues": ["minimum_wage"],
                                  "stance": {"minimum_wage": "oppose"}}) + "\n")
    assert _module("build_gold").main(["--check", "--dev", str(dev), "--labels", str(labels),
                                       "--out", str(out)]) == 0
    built = [json.loads(line) for line in out.read_text().splitlines()]
    docs = _module("score_spans").gold_docs(tmp_path / "absent.jsonl", labels, dev)
    assert docs == built
    assert [q.get("issues") for q in docs[0]["quotes"]] == [None, ["minimum_wage"]]
