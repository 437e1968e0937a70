"""scripts/unseen_taxonomy: the blind second-annotator sample and labels are well-formed and
offsets-only, the sample allocation is proportional, and the agreement figures are computed
right on hand-made labels (issue #13)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

DIR = Path(__file__).resolve().parents[1] / "scripts" / "unseen_taxonomy"
STANCES = {"support", "oppose", "neutral"}


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, DIR / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DIR / name).read_text(encoding="utf-8").splitlines()]


def test_blind_labels_cover_the_sample_with_offsets_only():
    sample, labels = _rows("blind_sample.jsonl"), _rows("blind_labels.jsonl")
    assert len(sample) == 150
    assert [(r["id"], r["start"], r["end"]) for r in labels] == [
        (r["id"], r["start"], r["end"]) for r in sample]
    for row in labels:
        assert set(row) == {"id", "start", "end", "issues", "stance"}
        assert sorted(row["stance"]) == sorted(row["issues"])
        assert set(row["stance"].values()) <= STANCES
        assert 0 <= row["start"] < row["end"]


@pytest.mark.parametrize("counts, size, expected", [
    ({"a": 3, "b": 1}, 2, {"a": 2, "b": 0}),
    ({"a": 1, "b": 1}, 1, {"a": 1, "b": 0}),  # tie: by document id
    ({"a": 10, "b": 5, "c": 5}, 4, {"a": 2, "b": 1, "c": 1}),
    ({"a": 2}, 0, {"a": 0}),
])
def test_allocation_is_proportional(counts, size, expected):
    assert _module("blind_sample").allocate(counts, size) == expected


def test_sample_is_seeded_and_stratified():
    sample = _module("blind_sample").sample
    rows = [{"id": d, "start": i, "end": i + 1} for d in "abc" for i in range(10)]
    first = sample(rows, size=6, seed=13)
    assert first == sample(rows, size=6, seed=13)
    assert sorted(r["id"] for r in first) == ["a", "a", "b", "b", "c", "c"]


@pytest.mark.parametrize("first, second, expected", [
    (["a", "a", "b", "b"], ["a", "a", "b", "a"], 0.5),
    (["a", "b"], ["b", "a"], -1.0),
    (["a", "a"], ["a", "a"], 1.0),
])
def test_cohen_kappa(first, second, expected):
    assert _module("blind_agreement").cohen_kappa(first, second) == pytest.approx(expected)


def test_report_on_hand_made_labels():
    agreement = _module("blind_agreement")
    first = {("d", 0, 5): {"x": "support"}, ("d", 6, 9): {}, ("d", 10, 20): {"y": "neutral"}}
    second = {("d", 0, 5): {"x": "support"}, ("d", 6, 9): {"y": "oppose"},
              ("d", 10, 20): {"y": "oppose"}}
    lines = agreement.report(first, second)
    assert "issue micro-F1: 80.0 (P 66.7, R 100.0; first as reference)" in lines
    assert "same issue set: 2/3 (66.7%)" in lines
    assert any(line.startswith("stance agreement over 2 pairs both tagged: 1/2 (50.0%)")
               for line in lines)
    assert "| (off-topic) | y | 1 |" in lines


def test_report_refuses_a_sampled_claim_without_first_label():
    with pytest.raises(ValueError, match="no first label"):
        _module("blind_agreement").report({}, {("d", 0, 1): {}})
