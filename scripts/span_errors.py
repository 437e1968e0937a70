"""Content-span boundary errors: predictions that overlap a gold claim but do not match it.

    .venv/bin/python scripts/span_errors.py GOLD.jsonl PRED.jsonl [--show CLASS] [--n 20]

After score.py's one-to-one matching (overlap/union >= 0.5), each unmatched prediction is
paired (best overlap first, one-to-one) with an unmatched gold claim it overlaps.  The pair
is classed by its larger boundary difference: which side (L/R), who has the extra text
(P: the prediction runs too far, G: it stops too early), and how that text begins (a
comma-aside 'which', 'while', 'according to', a coordination, a sentence or quotation
boundary ...).  The table gives per class: pairs, pairs whose gold has >= 6 words, pairs
whose speaker is right (what a fix gains end to end).  --show prints the pairs of a class
with the gold [G..G] and predicted {P..P} boundaries marked (on the terminal only: the texts
of third-party gold stay out of the repository).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.eval.score import judge_tokens, match, n_words, name_tokens, overlap_ratio, valid  # noqa: E402

LEAD = r"^[,;—–-]?\s*"
RIGHT_RUNS_ON = [                    # (class, pattern of the prediction's extra text)
    ("while/whereas", r"(while|whereas)\b"), ("relative", r"(which|who|whose|whom|where|when)\b"),
    ("according-to", r"according to\b"), ("coordination", r"(but|and|yet|or)\b"),
    ("reason/condition", r"(because|since|as|so|though|although|even|if|unless)\b"),
    ("time", r"(after|before|during|until)\b"), ("including", r"(including|such as)\b"),
    ("participle", r"\w+ing\b"), ("infinitive", r"to\b"),
]


def boundary_class(extra: str, side: str, pred_longer: bool) -> str:
    """'P>R relative': the prediction runs on (P) on the right (R) into a relative clause."""
    s = extra.strip().lower()
    head = f"{'P' if pred_longer else 'G'}>{side} "
    if side == "R" and pred_longer:
        for name, pattern in RIGHT_RUNS_ON:
            if re.match(LEAD + pattern, s):
                return head + name
        return head + ("comma-aside" if s[:1] in ",;—–-" else "other")
    if side == "R":
        if s[:1] in ",;":
            return head + "after-comma"
        return head + ("after-sentence/quote" if s[:1] in ".?!\"“”'’" else "other")
    return head + ("that" if re.search(r"\bthat\s*$", s) else "other")


def boundary_pairs(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """(gold, pred) pairs of unmatched items that overlap, best overlap first, one-to-one."""
    pairs = match(gold, pred)
    used_g, used_p = {g for g, _ in pairs}, {p for _, p in pairs}
    cands = sorted((-overlap_ratio((g["start"], g["end"]), (p["start"], p["end"])), gi, pi)
                   for gi, g in enumerate(gold) if gi not in used_g
                   for pi, p in enumerate(pred) if pi not in used_p)
    out = []
    for ratio, gi, pi in cands:
        if ratio < 0 and gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gold[gi], pred[pi]))
    return out


def classify(text: str, g: dict, p: dict) -> str:
    """The class of the larger boundary difference of a (gold, pred) pair."""
    diffs = []
    if p["start"] != g["start"]:
        lo, hi = sorted((p["start"], g["start"]))
        diffs.append((hi - lo, boundary_class(text[lo:hi], "L", p["start"] < g["start"])))
    if p["end"] != g["end"]:
        lo, hi = sorted((p["end"], g["end"]))
        diffs.append((hi - lo, boundary_class(text[lo:hi], "R", p["end"] > g["end"])))
    return max(diffs)[1] if diffs else "same-span"


def marked(text: str, g: dict, p: dict, margin: int = 40) -> str:
    """The pair's text with [G G] and {P P} at the boundaries, one line."""
    marks = defaultdict(str)
    for at, m in ((g["start"], "[G"), (p["start"], "{P"), (g["end"], "G]"), (p["end"], "P}")):
        marks[at] += m
    lo = max(0, min(g["start"], p["start"]) - margin)
    hi = min(len(text), max(g["end"], p["end"]) + margin)
    return "".join(marks[i] + text[i] for i in range(lo, hi)).replace("\n", " ¶ ") + marks[hi]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--show", help="print the pairs of this class")
    ap.add_argument("--n", type=int, default=20)
    args = ap.parse_args(argv)
    preds = {}
    for line in Path(args.pred).read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            preds[str(doc["id"])] = valid(doc.get("quotes"))
    n, big, right, shown = Counter(), Counter(), Counter(), 0
    for line in Path(args.gold).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        text = doc["text"]
        for g, p in boundary_pairs(valid(doc.get("quotes")), preds.get(str(doc["id"]), [])):
            cls = classify(text, g, p)
            tokens = judge_tokens(g)
            n[cls] += 1
            big[cls] += n_words(text, g) >= 6
            right[cls] += bool(tokens and name_tokens(p.get("speaker")) & tokens)
            if cls == args.show and shown < args.n:
                shown += 1
                print(f"--- {doc['id']} {g.get('kind')}: {marked(text, g, p)}")
    print(f"{'class':<30}{'pairs':>6}{'>=6w':>6}{'spk ok':>7}")
    for cls, count in n.most_common():
        print(f"{cls:<30}{count:>6}{big[cls]:>6}{right[cls]:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
