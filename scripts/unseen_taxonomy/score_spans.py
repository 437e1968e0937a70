"""Issue and stance on the unseen taxonomy over the gold claim spans (attribution left out).

    .venv/bin/python scripts/unseen_taxonomy/score_spans.py [--gold /work/devdata/unseen/gold.jsonl]
        [--config scripts/unseen_taxonomy/config.toml] [--errors]
    .venv/bin/python scripts/unseen_taxonomy/score_spans.py --labels labels_check.jsonl   # or --check

`claims eval` scores issues only on claims whose predicted span matches a labelled one (about
half of them); this scores every labelled claim: each gold document's text is parsed with the
config's spaCy model (no pipeline components) and `classify()` is called with the gold span, the
gold cue and the sentence(s) holding the claim, as scripts/dev_issues.py does for the seeds.
Prints issue micro-P/R/F1, stance accuracy over (claim, issue) pairs found by both, per issue,
the stance confusion, and with --errors every disagreement (claim text on stdout only; never
save it in the repository). `--labels FILE` scores a labels file directly (merged with the
PolNeAR dev file `--dev` as build_gold.py does, no gold file needed); `--check` is
`--labels labels_check.jsonl`, the check portion (README.md, "Check portion"), which rule
writers score only in aggregate: do not use --errors on it while writing rules.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.config import load_config  # noqa: E402
from pipeline.eval.score import score_issues  # noqa: E402
from pipeline.issues.detect import classify  # noqa: E402
from pipeline.issues.taxonomy import load_taxonomy  # noqa: E402

HERE = Path(__file__).resolve().parent


def predict(nlp, docs: list[dict], taxonomy) -> tuple[list[dict], list[dict], list[tuple]]:
    """(gold, prediction, (doc id, claim)) per labelled claim of `docs`."""
    gold, pred, where = [], [], []
    for d in docs:
        claims = [q for q in d["quotes"] if isinstance(q.get("issues"), list)]
        if not claims:
            continue
        doc = nlp(d["text"])
        for q in claims:
            start, end = q["start"], q["end"]
            sents = [s for s in doc.sents if s.start_char < end and s.end_char > start]
            s_start = sents[0].start_char if sents else None
            s_end = sents[-1].end_char if sents else None
            result = classify(doc, start, end, q.get("cue"), taxonomy, s_start, s_end)
            gold.append({"issues": q["issues"], "stance": q["stance"]})
            pred.append({"issues": [r.issue for r in result],
                         "stance": {r.issue: r.stance for r in result},
                         "evidence": {r.issue: r.evidence for r in result}})
            where.append((d["id"], d["text"], q))
    return gold, pred, where


def report(gold: list[dict], pred: list[dict]) -> None:
    s = score_issues(gold, pred)
    i, st = s["issue"], s["stance"]
    acc = f"{100 * st['accuracy']:.1f}" if st["accuracy"] is not None else "n/a"
    print(f"{len(gold)} labelled claims, gold spans")
    print(f"issue micro P {100 * i['p']:.1f}  R {100 * i['r']:.1f}  F1 {100 * i['f1']:.1f} "
          f"(tp={i['tp']} fp={i['fp']} fn={i['fn']});  stance accuracy {acc} "
          f"({st['correct']}/{st['n']})")
    for issue, r in s["per_issue"].items():
        sa = f"{r['stance_correct']}/{r['stance_n']}" if r["stance_n"] else "-"
        print(f"  {issue:<26} tp {r['tp']:3} fp {r['fp']:3} fn {r['fn']:3}  F1 {100 * r['f1']:5.1f}"
              f"  stance {sa}")
    print("stance confusion (gold->pred):",
          ", ".join(f"{k}: {v}" for k, v in sorted(s["confusion"].items(), key=lambda kv: -kv[1])))


def errors(gold: list[dict], pred: list[dict], where: list[tuple]) -> None:
    for g, p, (doc_id, text, q) in zip(gold, pred, where):
        gi, pi = set(g["issues"]), set(p["issues"])
        bad = [i for i in gi & pi if g["stance"][i] != p["stance"].get(i)]
        if gi == pi and not bad:
            continue
        print(f"\n{doc_id} [{q['start']},{q['end']}] {q.get('cue')!r}: {text[q['start']:q['end']][:200]}")
        for i in sorted(gi | pi):
            gs, ps = g["stance"].get(i, "-"), p["stance"].get(i, "-")
            print(f"    {'OK' if gs == ps else 'XX'} {i:<24} gold={gs:<8} pred={ps:<8} "
                  f"{p['evidence'].get(i, '')}")


def _build_gold():
    spec = importlib.util.spec_from_file_location("build_gold", HERE / "build_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_docs(gold: Path, labels: Path | None, dev: Path) -> list[dict]:
    """The labelled documents: `labels` merged with the dev file, else the gold file."""
    if labels is None:
        return [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()
                if line.strip()]
    build = _build_gold()
    docs, warnings = build.merge(build.read_jsonl(dev), build.read_jsonl(labels),
                                 build.issue_ids(HERE / "taxonomy.toml"))
    for warning in warnings:
        print("warning:", warning, file=sys.stderr)
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=Path("/work/devdata/unseen/gold.jsonl"))
    ap.add_argument("--labels", type=Path, default=None,
                    help="score this labels file (merged with --dev) instead of --gold")
    ap.add_argument("--check", action="store_true",
                    help="score the check portion (--labels labels_check.jsonl)")
    ap.add_argument("--dev", type=Path, default=Path("/work/devdata/polnear_dev.jsonl"))
    ap.add_argument("--config", type=Path, default=HERE / "config.toml")
    ap.add_argument("--errors", action="store_true", help="print every disagreement")
    args = ap.parse_args(argv)
    labels = args.labels
    if labels is not None or args.check:
        labels = _build_gold().labels_path(labels, args.check)

    import spacy
    config = load_config(args.config)
    taxonomy = load_taxonomy(config.rule_path(config.issues.taxonomy),
                             config.rule_path(config.issues.stance))
    docs = gold_docs(args.gold, labels, args.dev)
    gold, pred, where = predict(spacy.load(config.model.name), docs, taxonomy)
    report(gold, pred)
    if args.errors:
        errors(gold, pred, where)
    return 0


if __name__ == "__main__":
    sys.exit(main())
