"""Draw the blind agreement sample for issue #13 (second annotator).

150 claims from claims_to_label.jsonl (doc id, start, end), random.Random(13),
stratified by document only: each document gets a share of the 150 proportional
to its number of claims (largest remainders, ties by document id), then that
many claims are drawn from it without replacement. Nothing label-related is read.

    python scripts/unseen_taxonomy/blind_sample.py CLAIMS.jsonl OUT.jsonl
"""
from __future__ import annotations

import json
import random
import sys
from collections import defaultdict

SIZE = 150
SEED = 13


def allocate(counts: dict[str, int], size: int) -> dict[str, int]:
    """Proportional allocation with largest remainders.

    >>> allocate({"a": 3, "b": 1}, 2)
    {'a': 2, 'b': 0}
    """
    total = sum(counts.values())
    exact = {d: size * n / total for d, n in counts.items()}
    alloc = {d: int(x) for d, x in exact.items()}
    rest = size - sum(alloc.values())
    order = sorted(counts, key=lambda d: (-(exact[d] - alloc[d]), d))
    for d in order[:rest]:
        alloc[d] += 1
    return dict(sorted(alloc.items()))


def sample(rows: list[dict], size: int = SIZE, seed: int = SEED) -> list[dict]:
    """Stratified sample, in input order."""
    rng = random.Random(seed)
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_doc[r["id"]].append(i)
    alloc = allocate({d: len(v) for d, v in by_doc.items()}, size)
    chosen: list[int] = []
    for doc in sorted(by_doc):
        chosen.extend(rng.sample(by_doc[doc], alloc[doc]))
    return [rows[i] for i in sorted(chosen)]


def main(argv: list[str]) -> None:
    src, out = argv[1], argv[2]
    rows = [json.loads(line) for line in open(src, encoding="utf-8") if line.strip()]
    picked = sample(rows)
    with open(out, "w", encoding="utf-8") as fh:
        for r in picked:
            fh.write(json.dumps({"id": r["id"], "start": r["start"], "end": r["end"]}) + "\n")
    print(f"{len(picked)} claims from {len({r['id'] for r in picked})} documents -> {out}")


if __name__ == "__main__":
    main(sys.argv)
