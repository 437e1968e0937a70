"""Validate a gold JSONL file (format of /work/shared/gold/README.md).

    .venv/bin/python scripts/check_gold.py tests/data/dev_gold.jsonl

Checks: required keys, unique ids, offsets in range and non-empty, no edge whitespace,
no duplicate spans, `kind` one of direct/indirect/mixed and equal to the mechanical kind
(letters inside quotation marks: all -> direct, some -> mixed, none -> indirect).
Prints one line per problem; exit status 1 when there are any.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KINDS = {"direct", "indirect", "mixed"}


def check_doc(doc: dict) -> list[str]:
    from pipeline.attribution.quotes import QuoteIndex, claim_kind, find_quotes

    out = []
    did = doc.get("id", "?")
    text = doc.get("text")
    if not isinstance(text, str):
        return [f"{did}: text missing"]
    index = QuoteIndex(find_quotes(text))
    seen = set()
    for n, q in enumerate(doc.get("quotes", [])):
        where = f"{did}#{n}"
        s, e = q.get("start"), q.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            out.append(f"{where}: bad offsets {s}, {e}")
            continue
        span = text[s:e]
        if span != span.strip():
            out.append(f"{where}: edge whitespace {span!r}")
        if (s, e) in seen:
            out.append(f"{where}: duplicate span {span!r}")
        seen.add((s, e))
        if q.get("kind") not in KINDS:
            out.append(f"{where}: bad kind {q.get('kind')!r}")
        else:
            # direct content sits between marks: test one char wider on both sides
            mech = claim_kind(text, s, e, index)
            if mech != q["kind"]:
                out.append(f"{where}: kind {q['kind']} but marks say {mech}: {span[:70]!r}")
        if not q.get("speaker") and not q.get("speaker_canonical"):
            out.append(f"{where}: no speaker")
    return out


def check_file(path) -> list[str]:
    problems, ids = [], set()
    for k, line in enumerate(Path(path).open(encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {k}: invalid JSON: {exc}")
            continue
        if doc.get("id") in ids:
            problems.append(f"line {k}: duplicate id {doc.get('id')}")
        ids.add(doc.get("id"))
        problems += check_doc(doc)
    return problems


if __name__ == "__main__":
    probs = check_file(sys.argv[1] if len(sys.argv) > 1 else ROOT / "tests/data/dev_gold.jsonl")
    print("\n".join(probs) or "ok")
    sys.exit(1 if probs else 0)
