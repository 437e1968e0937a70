"""scripts/span_errors.py: boundary pairs and their classes on a hand-written document."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "span_errors.py"
spec = importlib.util.spec_from_file_location("span_errors", SCRIPT)
span_errors = importlib.util.module_from_spec(spec)
spec.loader.exec_module(span_errors)

TEXT = ("Mayor Ann Lee said she would sign the bill, which passed the state senate on Monday "
        "after a long debate. Lee also said taxes would rise.")
CLAUSE = TEXT.index("she would")
RELATIVE_END = TEXT.index(" after a long")
TAXES = TEXT.index("taxes would rise")


def _q(start, end, speaker="Ann Lee"):
    return {"start": start, "end": end, "speaker": speaker, "kind": "indirect"}


GOLD = [_q(CLAUSE, TEXT.index(", which")), _q(TAXES, len(TEXT) - 1)]
PRED = [_q(CLAUSE, RELATIVE_END), _q(TAXES, len(TEXT) - 1), _q(0, 5, "Lee")]


def test_pairs_only_unmatched_overlapping():
    pairs = span_errors.boundary_pairs(GOLD, PRED)
    assert pairs == [(GOLD[0], PRED[0])]          # the matched claim and the stray one are out


def test_class_of_a_run_on_relative_clause():
    assert span_errors.classify(TEXT, GOLD[0], PRED[0]) == "P>R relative"
    assert span_errors.classify(TEXT, PRED[0], GOLD[0]) == "G>R after-comma"


def test_marks_and_table(tmp_path, capsys):
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps({"id": "d", "text": TEXT, "quotes": GOLD}) + "\n")
    pred.write_text(json.dumps({"id": "d", "quotes": PRED}) + "\n")
    span_errors.main([str(gold), str(pred), "--show", "P>R relative"])
    out = capsys.readouterr().out
    assert "[G{Pshe would sign the billG], which" in out
    assert "P>R relative                       1     0      1" in out   # 5-word gold
