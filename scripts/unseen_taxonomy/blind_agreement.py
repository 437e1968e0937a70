"""Inter-annotator agreement on the unseen-taxonomy labels (issue #13).

Compares the first annotator's labels (labels.jsonl, every claim of the chosen documents)
with the blind second annotator's (blind_labels.jsonl, a 150-claim sample drawn by
blind_sample.py), over the claims of the second file. Both files hold one line per claim:
{"id", "start", "end", "issues": [...], "stance": {issue: support|oppose|neutral}}.

Prints, as Markdown:
- issue micro-F1 over (claim, issue) pairs (the first annotator as reference; F1 is
  symmetric), exact issue-set agreement, and Cohen's kappa of on-topic vs off-topic;
- per-issue counts (both / first only / second only);
- stance agreement (% and Cohen's kappa) over (claim, issue) pairs both annotators tagged,
  and the stance confusion table; the claims whose issue sets differ, by (first, second).

    python scripts/unseen_taxonomy/blind_agreement.py \
        [--first scripts/unseen_taxonomy/labels.jsonl] \
        [--second scripts/unseen_taxonomy/blind_labels.jsonl]
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
STANCES = ("support", "oppose", "neutral")
Key = tuple[str, int, int]
Labels = dict[Key, dict[str, str]]


def load(path: Path) -> Labels:
    """One label line per claim -> {(doc id, start, end): {issue: stance}}."""
    out: Labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            key = (row["id"], row["start"], row["end"])
            if set(row["issues"]) != set(row["stance"]):
                raise ValueError(f"{path}: issues and stance keys differ at {key}")
            out[key] = dict(row["stance"])
    return out


def cohen_kappa(first: list[str], second: list[str]) -> float:
    """Cohen's kappa of two parallel label lists.

    >>> round(cohen_kappa(["a", "a", "b", "b"], ["a", "a", "b", "a"]), 3)
    0.5
    >>> cohen_kappa(["a", "a"], ["a", "a"])
    1.0
    """
    n = len(first)
    observed = sum(x == y for x, y in zip(first, second)) / n
    c1, c2 = Counter(first), Counter(second)
    expected = sum(c1[c] * c2[c] for c in set(c1) | set(c2)) / (n * n)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def issue_prf(first: Labels, second: Labels, keys: list[Key]) -> tuple[float, float, float]:
    """Micro P/R/F1 of the second annotator's (claim, issue) pairs against the first's.

    >>> a = {("d", 0, 1): {"x": "support"}, ("d", 2, 3): {}}
    >>> b = {("d", 0, 1): {"x": "oppose", "y": "neutral"}, ("d", 2, 3): {}}
    >>> issue_prf(a, b, list(a))
    (0.5, 1.0, 0.6666666666666666)
    """
    pa = {(k, i) for k in keys for i in first[k]}
    pb = {(k, i) for k in keys for i in second[k]}
    tp = len(pa & pb)
    p = tp / len(pb) if pb else 0.0
    r = tp / len(pa) if pa else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def stance_pairs(first: Labels, second: Labels, keys: list[Key]) -> list[tuple[str, str]]:
    """(first stance, second stance) for every (claim, issue) both annotators tagged."""
    return [(first[k][i], second[k][i]) for k in keys for i in sorted(first[k]) if i in second[k]]


def confusion_table(pairs: list[tuple[str, str]]) -> list[str]:
    """Markdown rows: first annotator's stance down, second's across."""
    counts = Counter(pairs)
    rows = ["| first \\ second | " + " | ".join(STANCES) + " |", "|---" * (len(STANCES) + 1) + "|"]
    for s in STANCES:
        rows.append(f"| {s} | " + " | ".join(str(counts[(s, t)]) for t in STANCES) + " |")
    return rows


def issue_rows(first: Labels, second: Labels, keys: list[Key]) -> list[str]:
    """Per issue: claims both tagged, only the first, only the second."""
    issues = sorted({i for k in keys for i in (*first[k], *second[k])})
    rows = ["| issue | both | first only | second only |", "|---|---|---|---|"]
    for issue in issues:
        both = sum(issue in first[k] and issue in second[k] for k in keys)
        only1 = sum(issue in first[k] and issue not in second[k] for k in keys)
        only2 = sum(issue not in first[k] and issue in second[k] for k in keys)
        rows.append(f"| {issue} | {both} | {only1} | {only2} |")
    return rows


def set_disagreements(first: Labels, second: Labels, keys: list[Key]) -> list[str]:
    """Markdown rows: how often each (first set, second set) pair of differing issue sets occurs."""
    def name(labels: dict[str, str]) -> str:
        return ", ".join(sorted(labels)) or "(off-topic)"

    counts = Counter((name(first[k]), name(second[k])) for k in keys if set(first[k]) != set(second[k]))
    rows = ["| first | second | claims |", "|---|---|---|"]
    rows += [f"| {a} | {b} | {n} |" for (a, b), n in sorted(counts.items(), key=lambda x: (-x[1], x[0]))]
    return rows


def report(first: Labels, second: Labels) -> list[str]:
    """All figures as Markdown lines, over the claims the second annotator labelled."""
    missing = [k for k in second if k not in first]
    if missing:
        raise ValueError(f"{len(missing)} sampled claims have no first label, e.g. {missing[0]}")
    keys = sorted(second)
    p, r, f1 = issue_prf(first, second, keys)
    topic = cohen_kappa([str(bool(first[k])) for k in keys], [str(bool(second[k])) for k in keys])
    exact = sum(set(first[k]) == set(second[k]) for k in keys)
    pairs = stance_pairs(first, second, keys)
    same = sum(a == b for a, b in pairs)
    on1, on2 = sum(bool(first[k]) for k in keys), sum(bool(second[k]) for k in keys)
    lines = [
        f"claims: {len(keys)}; on-topic: first {on1}, second {on2}; "
        f"(claim, issue) pairs: first {sum(len(first[k]) for k in keys)}, "
        f"second {sum(len(second[k]) for k in keys)}",
        f"issue micro-F1: {100 * f1:.1f} (P {100 * p:.1f}, R {100 * r:.1f}; first as reference)",
        f"same issue set: {exact}/{len(keys)} ({100 * exact / len(keys):.1f}%)",
        f"on-topic vs off-topic kappa: {topic:.3f}",
        f"stance agreement over {len(pairs)} pairs both tagged: {same}/{len(pairs)} "
        f"({100 * same / len(pairs):.1f}%), kappa {cohen_kappa(*map(list, zip(*pairs))):.3f}",
        "", "Stance confusion:", "", *confusion_table(pairs),
        "", "Per issue:", "", *issue_rows(first, second, keys),
        "", "Claims whose issue sets differ:", "", *set_disagreements(first, second, keys),
    ]
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=Path, default=HERE / "labels.jsonl")
    parser.add_argument("--second", type=Path, default=HERE / "blind_labels.jsonl")
    args = parser.parse_args(argv)
    print("\n".join(report(load(args.first), load(args.second))))


if __name__ == "__main__":
    main()
