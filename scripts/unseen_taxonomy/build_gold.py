"""Build the unseen-taxonomy eval gold: PolNeAR dev documents + the issue/stance labels here.

    .venv/bin/python scripts/unseen_taxonomy/build_gold.py [--dev /work/devdata/polnear_dev.jsonl]
        [--labels scripts/unseen_taxonomy/labels.jsonl] [--out /work/devdata/unseen/gold.jsonl]
    .venv/bin/python scripts/unseen_taxonomy/build_gold.py --check
        (= --labels labels_check.jsonl --out /work/devdata/unseen/check_gold.jsonl)

`labels.jsonl` holds one line per labelled gold claim, offsets only (no document text):
{"id": "polnear:...", "start": 12, "end": 80, "issues": ["gun_control"],
 "stance": {"gun_control": "support"}}. An empty `issues` list is a labelled off-topic claim.
The output keeps only the documents that have labels, in the order of the dev file; every
labelled claim gets `issues` and `stance` in the seed format (stance keys == issues), which
`claims eval` / scripts/fast_eval.py score as issue micro-F1 and stance accuracy over matched
claims. A gold claim left without a label keeps no `issues` key and is not scored for issues
(it still counts for quote and speaker figures). The output holds third-party text: write it
outside the repository (the default is).

`labels_check.jsonl` is the check portion (other documents, labelled blind to the issue/stance
rules; README.md, "Check portion"); `--check` builds it. A bare file name given to --labels
that does not exist where the command runs is looked up beside this script.

Then: .venv/bin/claims eval /work/devdata/unseen/gold.jsonl --config scripts/unseen_taxonomy/config.toml
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
STANCES = {"support", "oppose", "neutral"}
LABELS = HERE / "labels.jsonl"
CHECK_LABELS = HERE / "labels_check.jsonl"
GOLD = Path("/work/devdata/unseen/gold.jsonl")
CHECK_GOLD = Path("/work/devdata/unseen/check_gold.jsonl")


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def issue_ids(taxonomy: Path) -> set[str]:
    """The issue ids the taxonomy file defines (labels must use only these)."""
    import tomllib
    with open(taxonomy, "rb") as handle:
        return {issue["id"] for issue in tomllib.load(handle).get("issue", [])}


def check_label(label: dict, known: set[str]) -> None:
    """Raise ValueError unless `label` is one well-formed labels.jsonl line."""
    issues, stance = label.get("issues"), label.get("stance")
    where = f"{label.get('id')} [{label.get('start')},{label.get('end')}]"
    if not isinstance(issues, list) or not isinstance(stance, dict):
        raise ValueError(f"{where}: needs an 'issues' list and a 'stance' object")
    if set(issues) != set(stance) or len(set(issues)) != len(issues):
        raise ValueError(f"{where}: stance keys must equal the issues")
    if not set(issues) <= known:
        raise ValueError(f"{where}: unknown issue(s) {sorted(set(issues) - known)}")
    if not set(stance.values()) <= STANCES:
        raise ValueError(f"{where}: stance must be one of {sorted(STANCES)}")


def merge(dev: list[dict], labels: list[dict], known: set[str]) -> tuple[list[dict], list[str]]:
    """Labelled documents of `dev` with `issues`/`stance` on their labelled claims, and warnings."""
    by_doc: dict[str, dict[tuple[int, int], dict]] = {}
    for label in labels:
        check_label(label, known)
        by_doc.setdefault(label["id"], {})[(label["start"], label["end"])] = label
    out, warnings = [], []
    dev_ids = {doc["id"] for doc in dev}
    warnings += [f"{doc_id}: labelled but not in the dev file" for doc_id in by_doc
                 if doc_id not in dev_ids]
    for doc in dev:
        spans = by_doc.get(doc["id"])
        if spans is None:
            continue
        quotes, used = [], set()
        for quote in doc.get("quotes") or []:
            quote = dict(quote)
            label = spans.get((quote["start"], quote["end"]))
            if label is None:
                warnings.append(f"{doc['id']} [{quote['start']},{quote['end']}]: gold claim not labelled")
            else:
                used.add((quote["start"], quote["end"]))
                quote["issues"] = list(label["issues"])
                quote["stance"] = dict(label["stance"])
            quotes.append(quote)
        warnings += [f"{doc['id']} [{s},{e}]: label matches no gold claim"
                     for s, e in sorted(set(spans) - used)]
        out.append({**doc, "quotes": quotes})
    return out, warnings


def summary(docs: list[dict]) -> str:
    """Counts of the labelled claims: claims, pairs, per stance, per issue, off-topic."""
    claims = [q for d in docs for q in d["quotes"] if isinstance(q.get("issues"), list)]
    pairs = [(i, q["stance"][i]) for q in claims for i in q["issues"]]
    per_issue = Counter(i for i, _ in pairs)
    lines = [f"documents {len(docs)}, labelled claims {len(claims)}, claim-issue pairs {len(pairs)}, "
             f"off-topic claims {sum(1 for q in claims if not q['issues'])}",
             "stance: " + ", ".join(f"{s} {n}" for s, n in Counter(s for _, s in pairs).most_common())]
    for issue, n in sorted(per_issue.items(), key=lambda kv: -kv[1]):
        st = Counter(s for i, s in pairs if i == issue)
        lines.append(f"  {issue:<26}{n:>4}  (support {st['support']}, oppose {st['oppose']}, "
                     f"neutral {st['neutral']})")
    return "\n".join(lines)


def labels_path(path: Path | None, check: bool) -> Path:
    """The labels file: `path` (a bare name missing from the working directory is looked up
    beside this script), else the check portion with `check`, else labels.jsonl."""
    if path is None:
        return CHECK_LABELS if check else LABELS
    if not path.exists() and (HERE / path).exists():
        return HERE / path
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=Path("/work/devdata/polnear_dev.jsonl"))
    parser.add_argument("--labels", type=Path, default=None,
                        help="labels file (default labels.jsonl, with --check labels_check.jsonl)")
    parser.add_argument("--check", action="store_true",
                        help=f"build the check portion: labels_check.jsonl -> {CHECK_GOLD}")
    parser.add_argument("--taxonomy", type=Path, default=HERE / "taxonomy.toml")
    parser.add_argument("--out", type=Path, default=None,
                        help=f"output (default {GOLD}, with --check {CHECK_GOLD})")
    args = parser.parse_args(argv)
    args.labels = labels_path(args.labels, args.check)
    args.out = args.out or (CHECK_GOLD if args.check else GOLD)
    try:
        docs, warnings = merge(read_jsonl(args.dev), read_jsonl(args.labels),
                               issue_ids(args.taxonomy))
    except (OSError, ValueError, KeyError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    for warning in warnings:
        print("warning:", warning, file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(summary(docs))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
