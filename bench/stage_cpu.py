"""CPU time of each per-article stage of a worker, against the model's own CPU time, on the
bench's synthetic corpus (bench/throughput.py builds it). CPU time (time.process_time), not
wall time, so the figures hold on a busy machine. Never run by the tests.

    python bench/stage_cpu.py [--articles 120] [--corpus DIR] [--profile STAGE,...] [--rounds 2]

Stages, each timed alone over the same articles, in the order a worker runs them:
  prepare      read, segment, clean, date a file; MinHash signatures (per file)
  model        the spaCy model's own components over the cleaned texts (nlp.pipe, batched)
  attribution  the claims_attribution component on each parsed Doc
  issues       the claims_issues component on each Doc
  said_on      statement_phrases of each Doc's claims
  enrich       build_claims (claim records, said_on resolved)
  linking      the per-article speaker summaries
  cache        pickling + writing the prep and nlp cache entries, reading them back (rows)
  transfer     pickling the results a worker returns to the parent
Prints seconds and % of the model's CPU time; --profile STAGE[,STAGE] prints each stage's cProfile
top functions (cumulative and own time).
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import pickle
import pstats
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def _clock(fn, profile: cProfile.Profile | None = None):
    if profile is not None:
        profile.enable()
    started = time.process_time()
    out = fn()
    seconds = time.process_time() - started
    if profile is not None:
        profile.disable()
    return out, seconds


def parsed(nlp, texts: list[str], config, saved: Path | None, profile):
    """The model's Docs of the texts and its CPU seconds; with `saved`, read from there when
    it holds the same texts (a DocBin and its model seconds), else parsed and written there,
    so that our stages can be timed again without parsing again."""
    from spacy.tokens import DocBin

    from pipeline.engine.cache import digest

    meta = saved.with_suffix(".json") if saved is not None else None
    if meta is not None and meta.exists() and saved.exists():
        known = json.loads(meta.read_text())
        if known["texts"] == digest(*texts):
            docs = list(DocBin().from_disk(saved).get_docs(nlp.vocab))
            return docs, known["model_seconds"]
    with nlp.select_pipes(disable=["claims_attribution", "claims_issues"]):
        docs, seconds = _clock(lambda: list(nlp.pipe(texts, batch_size=config.model.batch_size)),
                               profile)
    if saved is not None:
        DocBin(docs=docs).to_disk(saved)
        meta.write_text(json.dumps({"texts": digest(*texts), "model_seconds": seconds}))
    return docs, seconds


def run(corpus: Path, rounds: int, profile_stages: set[str], top: int,
        saved: Path | None = None) -> dict[str, float]:
    from pipeline.articles.dedup import cluster
    from pipeline.articles.ingest import read_source
    from pipeline.articles.said_on import statement_phrases
    from pipeline.config import load_config
    from pipeline.engine.cache import Cache
    from pipeline.engine.partition import (ExtractSummary, article_key, canonical_positions,
                                           claim_keys, context_year, date_rules, nlp_cache_key,
                                           prepare_source, summarize)
    from pipeline.enrich import build_claims
    from pipeline.linking import link_rules, summarise
    from pipeline.nlp import get_nlp

    config = load_config(REPO / "configs" / "default.toml")
    nlp = get_nlp(config)
    rules, lrules = date_rules(config), link_rules(config)
    ours = ("claims_attribution", "claims_issues")
    attribution, issues = nlp.get_pipe("claims_attribution"), nlp.get_pipe("claims_issues")
    files = sorted(p.name for p in corpus.iterdir())
    # warm-up: every lazy structure built once before any clock starts
    for doc in nlp.pipe(["He said on Monday, \"We will cut the carbon tax,\" and she said "
                         "it was reckless."] * 2):
        statement_phrases(doc, doc._.attributions, rules)
    best: dict[str, float] = {}
    profiles = {}
    for r in range(rounds):
        times: dict[str, float] = {}
        prof = (lambda name: profiles.setdefault(name, cProfile.Profile(time.process_time))
                if name in profile_stages and r == rounds - 1 else None)

        def prepare():
            out = []
            for rel in files:
                prepared = prepare_source(read_source(corpus, rel, config.ingest), config)
                out.append((prepared, summarize(prepared, "", config)))
            return out
        preps, times["prepare"] = _clock(prepare, prof("prepare"))
        clusters = cluster([(k, s) for _, p in preps for k, s in zip(p.keys, p.signatures)],
                           config.dedup)
        articles = [prepared.articles[n] for prepared, p in preps
                    for n in canonical_positions(p, clusters)]
        texts = [a.text for a in articles]
        docs, times["model"] = parsed(nlp, texts, config, saved, prof("model"))
        _, times["attribution"] = _clock(lambda: [attribution(d) for d in docs],
                                         prof("attribution"))
        _, times["issues"] = _clock(lambda: [issues(d) for d in docs], prof("issues"))
        phrases, times["said_on"] = _clock(lambda: [
            list(statement_phrases(d, d._.attributions, rules)) for d in docs], prof("said_on"))
        year = context_year(config)
        claims, times["enrich"] = _clock(lambda: [
            build_claims(a, d._.attributions, d._.claim_issues, rules, year, p)
            for a, d, p in zip(articles, docs, phrases)], prof("enrich"))
        summaries, times["linking"] = _clock(lambda: [
            summarise(a.article_id, a.text, c, lrules) for a, c in zip(articles, claims)],
            prof("linking"))
        with tempfile.TemporaryDirectory(prefix="stage-cpu-") as tmp:
            cache = Cache(tmp)

            def caching():
                for n, (prepared, _) in enumerate(preps):
                    cache.put("prep", f"{n:04d}p", prepared)
                for a, c in zip(articles, claims):
                    cache.put("nlp", nlp_cache_key(a, config), tuple(c))
                for n in range(len(preps)):
                    cache.get("prep", f"{n:04d}p")
                for a in articles:
                    cache.get("nlp", nlp_cache_key(a, config))
            _, times["cache"] = _clock(caching, prof("cache"))

        def transfer():
            results = [ExtractSummary(a.source_file, claim_keys(c, article_key(a)), None,
                                      a.n_words, tuple(s))
                       for a, c, s in zip(articles, claims, summaries)]
            return len(pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)) + sum(
                len(pickle.dumps(replace(p, signatures=()))) for _, p in preps)
        _, times["transfer"] = _clock(transfer, prof("transfer"))
        for k, v in times.items():
            best[k] = min(best.get(k, v), v)
        print(f"round {r + 1}: " + ", ".join(f"{k} {v:.2f}" for k, v in times.items()),
              file=sys.stderr)
    n_claims = sum(len(c) for c in claims)
    print(f"{len(files)} files, {len(articles)} parsed articles, "
          f"{sum(a.n_words for a in articles)} words, {n_claims} claims; best of {rounds}")
    model = best["model"]
    ours_total = sum(v for k, v in best.items() if k != "model")
    print(f"{'stage':<13}{'CPU s':>8}{'% model':>9}")
    for k, v in best.items():
        print(f"{k:<13}{v:>8.2f}{100 * v / model:>8.1f}%")
    print(f"{'ours, total':<13}{ours_total:>8.2f}{100 * ours_total / model:>8.1f}%")
    for name, p in profiles.items():
        for order in ("cumulative", "tottime"):
            s = io.StringIO()
            pstats.Stats(p, stream=s).sort_stats(order).print_stats(top)
            print(f"--- {name} by {order}\n" + s.getvalue())
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--corpus", type=Path, help="an existing corpus folder (else built)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--profile", default="",
                        help="stage names, comma-separated: print their cProfile")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--docs", type=Path,
                        help="a DocBin file: the model's parses are kept there and reused "
                             "while the texts are the same (times our stages alone)")
    args = parser.parse_args()
    stages = set(args.profile.split(",")) - {""}
    if args.corpus is not None and args.corpus.exists():
        run(args.corpus, args.rounds, stages, args.top, args.docs)
        return
    from throughput import make_corpus

    with tempfile.TemporaryDirectory(prefix="stage-cpu-corpus-") as tmp:
        corpus = args.corpus or Path(tmp) / "corpus"
        make_corpus(corpus, args.articles)
        run(corpus, args.rounds, stages, args.top, args.docs)


if __name__ == "__main__":
    main()
