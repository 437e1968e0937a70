"""Issue and stance rules scored on the gold claim spans of an eval gold file (no extraction).

    .venv/bin/python scripts/span_issues.py GOLD.jsonl [--config F] [--cache DIR] [--errors]
        [--rules]

`claims eval` scores issues only over the claims the extractor found (about half of PolNeAR
gold); this scores `classify()` on every gold claim that carries `issues` (the unseen-taxonomy
gold of scripts/unseen_taxonomy/build_gold.py, the seeds), with the gold span and the gold
cue, so a stance rule is measured on all labelled pairs. Documents are prepared as `claims
eval` prepares them (segment, clean) and parsed through the parse cache of
scripts/fast_eval.py. Prints issue micro-P/R/F1, stance accuracy and the confusion; `--rules`
adds accuracy per deciding rule (the evidence's first rule name); `--errors` every
disagreement with its evidence (the gold file's text: read it, never copy it into the repo).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def _rule(evidence: str) -> str:
    """The deciding rule of an evidence string: 'cue:x(support)*lexicon:y' -> 'cue*lexicon'."""
    head = evidence.split(" | ")[0]
    parts = []
    for part in head.replace("*", "+").split("+"):
        name = part.split(":")[0]
        if name and name not in parts:
            parts.append(name)
    return "+".join(parts[:2])


def _article_of(articles, start: int, end: int):
    """(article, its start, end) holding the source span [start, end), or None."""
    for article in articles:
        inverse = {src: i for i, src in enumerate(article.char_map)}
        s = inverse.get(start)
        e = inverse.get(end - 1)
        if s is not None and e is not None:
            return article, s, e + 1
    return None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("--config", default=None)
    parser.add_argument("--cache", default="/work/devdata/parse_cache")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--rules", action="store_true")
    parser.add_argument("--dump", default=None, help="write every scored claim as JSONL here "
                        "(holds the gold text: keep it outside the repository)")
    args = parser.parse_args(argv)

    import pipeline.nlp as nlp_module
    from fast_eval import CachedParses
    from pipeline.articles.ingest import source_from_string
    from pipeline.config import load_config
    from pipeline.engine.partition import prepare_source
    from pipeline.eval.score import score_issues
    from pipeline.issues.detect import classify
    from pipeline.issues.taxonomy import load_taxonomy

    config = load_config(Path(args.config) if args.config else None)
    parses = CachedParses(nlp_module.get_nlp(config), Path(args.cache))
    taxonomy = load_taxonomy(config.issues.taxonomy, config.issues.stance)
    gold, pred, rows, skipped = [], [], [], 0
    for line in Path(args.gold).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc_rec = json.loads(line)
        labelled = [q for q in doc_rec.get("quotes") or [] if isinstance(q.get("issues"), list)]
        if not labelled:
            continue
        articles = prepare_source(source_from_string(doc_rec["text"], doc_rec["id"]),
                                  config).articles
        docs = {}
        for q in labelled:
            found = _article_of(articles, q["start"], q["end"])
            if found is None:
                skipped += 1
                continue
            article, s, e = found
            if id(article) not in docs:
                docs[id(article)] = parses._parse(article.text)
            doc = docs[id(article)]
            sents = [x for x in doc.sents if x.start_char < e and x.end_char > s]
            res = classify(doc, s, e, q.get("cue"), taxonomy,
                           sents[0].start_char if sents else None,
                           sents[-1].end_char if sents else None)
            gold.append({"issues": q["issues"], "stance": q.get("stance") or {}})
            pred.append({"issues": [r.issue for r in res],
                         "stance": {r.issue: r.stance for r in res},
                         "evidence": {r.issue: r.evidence for r in res}})
            rows.append((doc_rec["id"], q, article.text[s:e]))
    s = score_issues(gold, pred)
    i, st = s["issue"], s["stance"]
    print(f"gold claims {len(gold)} (not mapped: {skipped})")
    print(f"issue micro P {100 * i['p']:.1f} R {100 * i['r']:.1f} F1 {100 * i['f1']:.1f} "
          f"(tp={i['tp']} fp={i['fp']} fn={i['fn']}); stance accuracy "
          f"{100 * (st['accuracy'] or 0):.1f} ({st['correct']}/{st['n']})")
    print("confusion (gold, pred):", s["confusion"])
    if args.rules:
        by_rule: Counter = Counter()
        right: Counter = Counter()
        golds: dict = {}
        for g, p in zip(gold, pred):
            for issue in set(g["issues"]) & set(p["issues"]):
                rule = f"{_rule(p['evidence'][issue])}>{p['stance'][issue][:3]}"
                by_rule[rule] += 1
                right[rule] += g["stance"][issue] == p["stance"][issue]
                golds.setdefault(rule, Counter())[g["stance"][issue][:3]] += 1
        for rule, n in by_rule.most_common():
            print(f"  {rule:32} {right[rule]:4}/{n:<4} {100 * right[rule] / n:5.1f}  gold "
                  + " ".join(f"{k} {v}" for k, v in sorted(golds[rule].items())))
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as handle:
            for (doc_id, q, text), g, p in zip(rows, gold, pred):
                handle.write(json.dumps({"id": doc_id, "start": q["start"], "cue": q.get("cue"),
                                         "text": text, "gold": g, "pred": p}) + "\n")
    if args.errors:
        for (doc_id, q, text), g, p in zip(rows, gold, pred):
            gi, pi = set(g["issues"]), set(p["issues"])
            bad = [x for x in gi & pi if g["stance"][x] != p["stance"][x]]
            if gi == pi and not bad:
                continue
            print(f"\n{doc_id} [{q['start']},{q['end']}] cue={q.get('cue')!r}: {text[:300]}")
            for x in sorted(gi | pi):
                mark = "ok" if g["stance"].get(x) == p["stance"].get(x) else "XX"
                print(f"   {mark} {x:24} gold={g['stance'].get(x, '-'):8} "
                      f"pred={p['stance'].get(x, '-'):8} {p['evidence'].get(x, '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
