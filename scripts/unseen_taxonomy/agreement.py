"""Inter-annotator agreement between two label files in the labels.jsonl format.

    .venv/bin/python scripts/unseen_taxonomy/agreement.py A.jsonl B.jsonl

Only claims (id, start, end) labelled in both files count. Prints: the share of claims given
the same issue set; issue micro-F1 of B against A (symmetric: swapping A and B swaps P and R
only); stance agreement and Cohen's kappa over the (claim, issue) pairs both tagged.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path


def read_labels(path: Path) -> dict[tuple, dict]:
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return {(r["id"], r["start"], r["end"]): r for r in rows}


def kappa(pairs: list[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two raters' labels; None when undefined (no pairs, or chance = 1)."""
    if not pairs:
        return None
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    chance = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return None if chance == 1 else (observed - chance) / (1 - chance)


def agreement(a: dict[tuple, dict], b: dict[tuple, dict]) -> dict:
    """Agreement figures over the claims labelled in both `a` and `b`."""
    keys = sorted(set(a) & set(b))
    same_set = sum(set(a[k]["issues"]) == set(b[k]["issues"]) for k in keys)
    tp = sum(len(set(a[k]["issues"]) & set(b[k]["issues"])) for k in keys)
    n_a = sum(len(a[k]["issues"]) for k in keys)
    n_b = sum(len(b[k]["issues"]) for k in keys)
    stance = [(a[k]["stance"][i], b[k]["stance"][i]) for k in keys
              for i in sorted(set(a[k]["issues"]) & set(b[k]["issues"]))]
    return {
        "claims": len(keys),
        "same_issue_set": same_set / len(keys) if keys else None,
        "issue_f1": 2 * tp / (n_a + n_b) if n_a + n_b else None,
        "issue_p": tp / n_b if n_b else None, "issue_r": tp / n_a if n_a else None,
        "pairs_a": n_a, "pairs_b": n_b, "pairs_both": tp,
        "stance_agreement": sum(x == y for x, y in stance) / len(stance) if stance else None,
        "stance_kappa": kappa(stance),
        "stance_confusion": Counter(f"{x}->{y}" for x, y in stance),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a", type=Path)
    ap.add_argument("b", type=Path)
    args = ap.parse_args(argv)
    r = agreement(read_labels(args.a), read_labels(args.b))

    def pct(x):
        return "n/a" if x is None else f"{100 * x:.1f}"
    print(f"claims labelled by both: {r['claims']}")
    print(f"same issue set: {pct(r['same_issue_set'])}%")
    print(f"issues: F1 {pct(r['issue_f1'])} (B against A: P {pct(r['issue_p'])} R {pct(r['issue_r'])}; "
          f"pairs A {r['pairs_a']}, B {r['pairs_b']}, both {r['pairs_both']})")
    k = "n/a" if r["stance_kappa"] is None else f"{r['stance_kappa']:.2f}"
    print(f"stance over pairs both tagged: agreement {pct(r['stance_agreement'])}%, kappa {k}")
    print("stance A->B:", ", ".join(f"{c}: {n}" for c, n in r["stance_confusion"].most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
