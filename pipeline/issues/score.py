"""Issue micro-P/R/F1 and stance accuracy of predicted against gold (claim, issue) pairs."""
from __future__ import annotations


def score_issues(gold: list[dict], pred: list[dict]) -> dict:
    """Issue micro-P/R/F1 and stance accuracy over matched (claim, issue) pairs.

    `gold[i]` and `pred[i]` describe the same claim: {"issues": [...], "stance": {issue: s}}.
    Returns {"issue": {p, r, f1, tp, fp, fn}, "stance": {accuracy, n, correct},
    "per_issue": {id: {...}}, "confusion": {(gold, pred): count}}.
    """
    if len(gold) != len(pred):
        raise ValueError(f"score_issues: {len(gold)} gold items but {len(pred)} predictions")
    per: dict[str, dict[str, int]] = {}
    confusion: dict[str, int] = {}

    def row(issue: str) -> dict[str, int]:
        return per.setdefault(issue, {"tp": 0, "fp": 0, "fn": 0, "stance_n": 0,
                                      "stance_correct": 0})

    for g, p in zip(gold, pred):
        gi, pi = set(g.get("issues") or []), set(p.get("issues") or [])
        gs, ps = g.get("stance") or {}, p.get("stance") or {}
        for issue in gi & pi:
            r = row(issue)
            r["tp"] += 1
            r["stance_n"] += 1
            ok = gs.get(issue) == ps.get(issue)
            r["stance_correct"] += ok
            k = f"{gs.get(issue)}->{ps.get(issue)}"
            confusion[k] = confusion.get(k, 0) + 1
        for issue in pi - gi:
            row(issue)["fp"] += 1
        for issue in gi - pi:
            row(issue)["fn"] += 1

    def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}

    tp = sum(r["tp"] for r in per.values())
    fp = sum(r["fp"] for r in per.values())
    fn = sum(r["fn"] for r in per.values())
    n = sum(r["stance_n"] for r in per.values())
    correct = sum(r["stance_correct"] for r in per.values())
    per_issue = {}
    for issue, r in sorted(per.items()):
        per_issue[issue] = {**r, **prf(r["tp"], r["fp"], r["fn"]),
                            "stance_accuracy": (r["stance_correct"] / r["stance_n"]
                                                if r["stance_n"] else None)}
    return {
        "issue": {"tp": tp, "fp": fp, "fn": fn, **prf(tp, fp, fn)},
        "stance": {"n": n, "correct": correct, "accuracy": correct / n if n else None},
        "per_issue": per_issue,
        "confusion": dict(sorted(confusion.items())),
    }
