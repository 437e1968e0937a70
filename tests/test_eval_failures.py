"""`claims eval` says which documents lost an article to a failing stage, instead of scoring
them as if the extractor had found nothing there (a crashing rule must not pass for low
recall). No model: a blank pipeline whose one component fails on a marked text."""
from __future__ import annotations

import json

import pytest
import spacy
from spacy.language import Language

import pipeline.issues.component  # noqa: F401 - registers Doc._.attributions, claim_issues
from pipeline.config import load_config
from pipeline.eval.evaluate import evaluate, format_report

from conftest import REPO


@Language.component("test_fails_on_boom")
def _fails_on_boom(doc):
    if "BOOM" in doc.text:
        raise ValueError("boom")
    return doc


@pytest.fixture
def blank_failing_nlp(monkeypatch):
    nlp = spacy.blank("en")
    nlp.add_pipe("test_fails_on_boom")
    monkeypatch.setattr("pipeline.nlp.get_nlp", lambda config: nlp)
    return nlp


def gold_file(tmp_path, texts: dict[str, str]):
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": t, "quotes": []}) + "\n"
                            for i, t in texts.items()))
    return path


@pytest.mark.parametrize("texts, failed", [
    ({"fine": "The council met on Monday and spoke at length.\n",
      "bad": "The council met on Monday. BOOM went the budget.\n"},
     (("bad", "nlp failed: ValueError: boom"),)),
    ({"fine": "The council met on Monday and spoke at length.\n"}, ()),
])
def test_failed_documents_are_named(tmp_path, blank_failing_nlp, texts, failed):
    ev = evaluate(gold_file(tmp_path, texts), load_config(REPO / "configs" / "default.toml"))
    assert ev.failed == failed
    report = format_report(ev)
    assert ("documents with a failed article (scored without its claims): 1" in report) \
        == bool(failed)
    assert all(f"  {doc}: {error}" in report for doc, error in failed)
