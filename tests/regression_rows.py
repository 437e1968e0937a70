"""The regression-table machinery shared by every table of hand-written attribution rows.

A row is ``pytest.param(text, [(quote, kind, speaker), ...], id=...)``: ``quote`` the exact
expected content, ``kind`` direct / indirect / mixed, ``speaker`` a word the canonical
speaker must contain (None: not judged).  A row expecting ``[]`` must find nothing.  Known
misses are strict xfails (``marks=X``): a fixed miss fails the suite until its row is made a
passing one.

The big mixed table is ``tests/test_attribution.py::REGRESSION``; each new construction gets
its own small table in ``tests/regression/test_<construction>.py`` (a ``ROWS`` list and a
four-line test calling :func:`check_row`), so that work on different constructions never
edits the same lines.  ``scripts/dev_eval.py --table`` scores all of them like score.py.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

X = pytest.mark.xfail(strict=True)
TESTS = Path(__file__).resolve().parent


def _overlap(a, b):
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / (max(a[1], b[1]) - min(a[0], b[0])) if inter > 0 else 0.0


def match_claims(text: str, found, expected):
    """(matched pairs, unmatched expected, unmatched found) by span overlap >= 0.5."""
    pairs, used = [], set()
    for exp in expected:
        s = text.find(exp[0])
        assert s >= 0, f"expected quote not in text: {exp[0]!r}"
        span = (s, s + len(exp[0]))
        best = max(((k, _overlap(span, (a.start, a.end))) for k, a in enumerate(found)
                    if k not in used), key=lambda x: x[1], default=(None, 0.0))
        if best[0] is not None and best[1] >= 0.5:
            used.add(best[0])
            pairs.append((exp, found[best[0]]))
    missing = [e for e in expected if all(e is not p[0] for p in pairs)]
    extra = [a for k, a in enumerate(found) if k not in used]
    return pairs, missing, extra


def check_row(nlp, text: str, expected) -> None:
    """Every expected claim found (overlap >= 0.5) with its kind and speaker; nothing else."""
    found = nlp(text)._.attributions
    pairs, missing, extra = match_claims(text, found, expected)
    assert not missing, f"missed {missing}; found {[(text[a.start:a.end], a.speaker) for a in found]}"
    assert not extra, f"unexpected {[(text[a.start:a.end], a.kind, a.speaker) for a in extra]}"
    for exp, got in pairs:
        assert got.kind == exp[1], (exp, got)
        if exp[2] is not None:
            assert got.speaker and exp[2].lower() in got.speaker.lower(), (exp, got)


def issue_params(rows, issues: dict) -> list:
    """A table's rows as ``(text, expected, issues)`` params, ``issues`` looked up by row id:
    tables of issue rows (a claim and what it addresses under the table's own taxonomy)."""
    return [pytest.param(*r.values, issues[r.id], id=r.id) for r in rows]


def taxonomy_path(tmp_path_factory, name: str, toml_text: str) -> Path:
    """A table's own small taxonomy (TOML text) written to a temporary ``issues.toml``."""
    path = tmp_path_factory.mktemp(name) / "issues.toml"
    path.write_text(toml_text, encoding="utf-8")
    return path


def claim_issues(nlp, taxonomy, text: str, claim: str) -> list:
    """The issue hits of ``claim`` (a span of ``text``) as ``classify`` gives them, cue 'said'."""
    from pipeline.issues.detect import classify
    start = text.index(claim)
    return classify(nlp(text), start, start + len(claim), "said", taxonomy)


def check_issues(nlp, taxonomy, text: str, expected, issues: dict) -> None:
    """An issue row: the row's first claim, classified under the table's taxonomy, takes
    ``issues`` ({issue: the evidence's issue part}); an empty dict: it takes none."""
    found = {r.issue: r.evidence.split("| issue:")[1]
             for r in claim_issues(nlp, taxonomy, text, expected[0][0])}
    assert found == issues


def check_stances(nlp, taxonomy, text: str, expected, stances: dict | None,
                  own_cue: bool = False) -> None:
    """A stance row: the row's one claim, classified under the table's taxonomy, has
    ``stances`` ({issue: (stance, evidence without its issue part)}); a row whose stances are
    None must find no claim. The claim's cue is 'said', or with ``own_cue`` the cue the
    attribution found."""
    if stances is None:
        assert expected == []
        return
    if own_cue:
        from pipeline.issues.detect import classify
        doc = nlp(text)
        [(_, claim)], _, _ = match_claims(text, doc._.attributions, expected)
        results = classify(doc, claim.start, claim.end, claim.cue, taxonomy)
    else:
        results = claim_issues(nlp, taxonomy, text, expected[0][0])
    assert {r.issue: (r.stance, r.evidence.split(" | issue:")[0]) for r in results} == stances


def all_tables() -> list:
    """Every row of every regression table (the big one first, then tests/regression/*)."""
    rows = []
    paths = [TESTS / "test_attribution.py", *sorted((TESTS / "regression").glob("test_*.py"))]
    for path in paths:
        spec = importlib.util.spec_from_file_location(f"_rows_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        rows.extend(getattr(module, "REGRESSION", None) or getattr(module, "ROWS"))
    return rows
