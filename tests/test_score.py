"""The scorer (`pipeline.eval.score`): hand-written gold/prediction pairs for every view, and
the same figures as the shared `tools/score.py` on them."""
from __future__ import annotations

import importlib.util
import json

import pytest

from pipeline.eval.score import Counts, View, parse_kinds, score_document

from conftest import SHARED, needs_shared

#            0         1         2         3         4         5         6
#            0123456789012345678901234567890123456789012345678901234567890123456789
TEXT = ("Yes, she said. He said the plan would cost far more than anyone had told them. "
        "Later, officials argued that the bridge was never safe for heavy trucks at all.")


def span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def quote(words: str, kind: str | None = None, speaker: str | None = None) -> dict:
    start, end = span(words)
    out: dict = {"start": start, "end": end, "speaker": speaker}
    if kind:
        out["kind"] = kind
    return out


GOLD = [
    quote("Yes", "direct", "Ann Lee"),                                          # 1 word
    quote("the plan would cost far more than anyone had told them", "indirect", "Bo Park"),
    quote("the bridge was never safe for heavy trucks at all", "mixed", "officials"),
]


def score(gold, pred, view=View()) -> dict:
    counts = Counts()
    score_document(gold, pred, counts, view, TEXT)
    return counts.metrics()


CASES = [
    # (name, predictions, view, expected gold/pred/matched/speaker-correct/ignored)
    ("plain: one hit, one miss, one false positive",
     [quote("Yes", "direct", "Ann Lee"), quote("He said", "indirect", "Bo Park")],
     View(), (3, 2, 1, 1, 0)),
    ("plain: nothing predicted", [], View(), (3, 0, 0, 0, 0)),
    ("kinds direct: a prediction matched to indirect gold is ignored",
     [quote("Yes", "direct", "Ann Lee"),
      quote("the plan would cost far more than anyone had told them", "indirect", "Bo Park")],
     View(frozenset({"direct"})), (1, 1, 1, 1, 1)),
    ("kinds direct: an unmatched prediction of another kind is ignored",
     [quote("Later, officials argued", "indirect", "x")],
     View(frozenset({"direct"})), (1, 0, 0, 0, 1)),
    ("kinds direct: an unmatched prediction of that kind is a false positive",
     [quote("Later, officials argued", "direct", "x")],
     View(frozenset({"direct"})), (1, 1, 0, 0, 0)),
    ("kinds direct: an unmatched prediction without a kind is a false positive",
     [quote("Later, officials argued")], View(frozenset({"direct"})), (1, 1, 0, 0, 0)),
    ("kinds indirect,mixed: both kept, the direct prediction ignored",
     [quote("Yes", "direct", "Ann Lee"),
      quote("the bridge was never safe for heavy trucks at all", "mixed", "an official")],
     View(frozenset({"indirect", "mixed"})), (2, 1, 1, 0, 1)),
    ("min-words 6: a prediction matched to 1-word gold is ignored",
     [quote("Yes", "direct", "Ann Lee")], View(min_words=6), (2, 0, 0, 0, 1)),
    ("min-words 6: an unmatched short prediction is ignored",
     [quote("He said", "indirect")], View(min_words=6), (2, 0, 0, 0, 1)),
    ("min-words 6: an unmatched long prediction is a false positive",
     [quote("Later, officials argued that the bridge", "indirect")],
     View(min_words=6), (2, 1, 0, 0, 0)),
    ("min-words 6 + kinds indirect,mixed",
     [quote("the plan would cost far more than anyone had told them", "indirect", "Park"),
      quote("Yes", "direct", "Ann Lee"), quote("she said", "direct")],
     View(frozenset({"indirect", "mixed"}), 6), (2, 1, 1, 1, 2)),
]


@pytest.mark.parametrize("name, pred, view, expected", CASES, ids=[c[0] for c in CASES])
def test_views(name, pred, view, expected):
    m = score(GOLD, pred, view)
    assert (m["gold"], m["pred"], m["matched"], m["speaker_correct"],
            m["ignored_pred"]) == expected


@pytest.mark.parametrize("value, expected", [
    ("direct", frozenset({"direct"})), ("indirect, mixed", frozenset({"indirect", "mixed"})),
    ("", None), (None, None), (" , ", None)])
def test_parse_kinds(value, expected):
    assert parse_kinds(value) == expected


@pytest.mark.parametrize("view, label", [
    (View(), "all"), (View(frozenset({"mixed", "indirect"})), "indirect,mixed"),
    (View(min_words=6), "all >=6w"), (View(frozenset({"direct"}), 6), "direct >=6w")])
def test_view_label(view, label):
    assert view.label == label


SHARED_SCORER = SHARED / "tools" / "score.py"


@needs_shared(SHARED_SCORER)
@pytest.mark.parametrize("name, pred, view, expected", CASES, ids=[c[0] for c in CASES])
def test_same_figures_as_shared_scorer(tmp_path, name, pred, view, expected):
    spec = importlib.util.spec_from_file_location("shared_score", SHARED_SCORER)
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    gold_file, pred_file = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold_file.write_text(json.dumps({"id": "d", "text": TEXT, "quotes": GOLD}) + "\n")
    pred_file.write_text(json.dumps({"id": "d", "quotes": pred}) + "\n")
    total, _, _ = shared.score_files(gold_file, pred_file, set(view.kinds) if view.kinds
                                     else None, view.min_words)
    theirs = shared.summarise(total)
    ours = score(GOLD, pred, view)
    for key in ("gold", "pred", "matched", "speaker_judged", "speaker_correct",
                "speaker_excluded"):
        assert ours[key] == theirs[key], key
    for key in ("quote_p", "quote_r", "quote_f1", "e2e_p", "e2e_r", "e2e_f1"):
        assert round(ours[key], 4) == theirs[key], key
    assert ours["ignored_pred"] == theirs["ignored_pred_other_kind"]
