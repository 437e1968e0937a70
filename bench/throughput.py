"""Throughput and memory benchmark (run by `make bench`, never by the tests).

In ONE run, on the same synthetic corpus:
  (a) bare `nlp.pipe` of the configured model over the cleaned article texts,
  (b) `claims run` with 1 worker,
  (c) `claims run` with 2 workers,
and peak RSS of (b) at N and 10N articles (each measured in a fresh process), so one can see
memory stays flat as the corpus grows. Prints words/s, the ratios b/a and c/b, a table, and
one JSON line last.

The corpus is made from the sample articles with names, numbers and sentence order varied,
so that near-duplicate detection does not fold the copies together.

    python bench/throughput.py [--articles 300] [--rss-scale 10] [--skip-rss]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

FIRST = ["Kim", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh",
         "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Jeon", "Hong", "Ko"]
GIVEN = ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yoon", "Su-ah", "Joon-young",
         "Eun-ji", "Sung-min", "Hye-jin", "Tae-hoon", "Yu-na"]
WESTERN = ["Smith", "Johnson", "Brown", "Garcia", "Miller", "Davis", "Wilson", "Moore",
           "Taylor", "Clark", "Lewis", "Walker", "Hall", "Young", "Allen", "Wright"]
NAME_RE = re.compile(r"\b(Lee Jae[- ][Mm]yung|Donald Trump|Elbridge Colby|Cho Hyun|Pete Hegseth|"
                     r"Marco Rubio|Wi Sung-lac|Kang Yu-jung|Laura Loomer|Ihn Yohan)\b")
NUM_RE = re.compile(r"\b\d[\d,.]*\b")
SENT_RE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[A-Z“\"'‘])")


def sample_articles() -> list[str]:
    """Cleaned bodies of the sample articles (the real segment and clean stages)."""
    from pipeline.config import load_config
    from pipeline.ingest import read_source
    from pipeline.partition import prepare_source

    config = load_config(REPO / "configs" / "default.toml")
    corpus = REPO / "corpus"
    bodies = []
    for path in sorted(corpus.iterdir()):
        prepared = prepare_source(read_source(corpus, path.name, config.ingest), config)
        bodies.extend(a.text for a in prepared.articles if a.n_words > 100)
    return bodies


def vary(text: str, rng: random.Random) -> str:
    """A new article: other names and numbers, paragraphs and sentences reordered."""
    names = {}

    def person(match: re.Match) -> str:
        key = match.group(0)
        if key not in names:
            names[key] = (f"{rng.choice(FIRST)} {rng.choice(GIVEN)}" if rng.random() < 0.5
                          else f"{rng.choice(['John', 'Mary', 'Robert', 'Linda', 'James'])} "
                               f"{rng.choice(WESTERN)}")
        return names[key]

    text = NAME_RE.sub(person, text)
    text = NUM_RE.sub(lambda m: str(rng.randint(2, 999)), text)
    paragraphs = text.split("\n")
    out = []
    for para in paragraphs:
        sentences = SENT_RE.split(para)
        if len(sentences) > 3:
            head, rest = sentences[0], sentences[1:]
            rng.shuffle(rest)
            sentences = [head] + rest[: max(2, int(len(rest) * rng.uniform(0.6, 1.0)))]
        out.append(" ".join(sentences))
    rng.shuffle(out)
    return "\n\n".join(out)


def make_corpus(folder: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    bodies = sample_articles()
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"{i:06d}.txt").write_text(vary(bodies[i % len(bodies)], rng) + "\n",
                                             encoding="utf-8")


def cleaned_texts(folder: Path, config) -> list[str]:
    from pipeline.ingest import read_source
    from pipeline.partition import prepare_source

    texts = []
    for path in sorted(folder.iterdir()):
        prepared = prepare_source(read_source(folder, path.name, config.ingest), config)
        texts.extend(a.text for a in prepared.articles)
    return texts


def bare_pipe(texts: list[str], config) -> float:
    """(a) seconds for nlp.pipe of the same model (same components we keep) over the texts."""
    from pipeline.nlp import load_model

    nlp = load_model(config.model.name, config.model.exclude)
    nlp.max_length = max(nlp.max_length, config.model.max_doc_chars + 1)
    list(nlp.pipe(texts[:4]))            # warm-up, as our run loads the model before work
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=config.model.batch_size):
        pass
    return time.perf_counter() - started


def child_run(corpus: str, out: str, workers: int) -> None:
    """Runs in a fresh process: one `claims run`, prints seconds and peak RSS (MiB) as JSON."""
    import resource

    from pipeline.config import load_config
    from pipeline.nlp import get_nlp
    from pipeline.run import run, with_overrides

    config = load_config(REPO / "configs" / "default.toml")
    config = with_overrides(config, run={"workers": workers, "cache": False})
    get_nlp(config) if workers == 1 else None   # the run loads it too; load outside the clock
    started = time.perf_counter()
    result = run(corpus, out, config)
    seconds = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "rss_mib": own, "worker_rss_mib": kids,
                      "articles": result.articles, "claims": result.claims}))


def measure(corpus: Path, out: Path, workers: int) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", str(corpus), str(out),
                           str(workers)], capture_output=True, text=True, cwd=REPO)
    if done.returncode != 0:
        raise SystemExit(f"benchmark child failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rss-scale", type=int, default=10)
    parser.add_argument("--skip-rss", action="store_true")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_run(args.child[0], args.child[1], int(args.child[2]))
        return

    from pipeline.config import load_config

    config = load_config(REPO / "configs" / "default.toml")
    with tempfile.TemporaryDirectory(prefix="claims-bench-") as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        make_corpus(corpus, args.articles)
        texts = cleaned_texts(corpus, config)
        words = sum(len(t.split()) for t in texts)
        a = bare_pipe(texts, config)
        b = measure(corpus, tmp / "out1", 1)
        c = measure(corpus, tmp / "out2", 2)
        rows = {"a_bare_nlp_pipe": words / a, "b_claims_1_worker": words / b["seconds"],
                "c_claims_2_workers": words / c["seconds"]}
        result = {
            "articles": args.articles, "words": words,
            "words_per_s": {k: round(v, 1) for k, v in rows.items()},
            "b_over_a": round(rows["b_claims_1_worker"] / rows["a_bare_nlp_pipe"], 3),
            "c_over_b": round(rows["c_claims_2_workers"] / rows["b_claims_1_worker"], 3),
            "peak_rss_mib": {"b": round(b["rss_mib"], 1),
                             "c_parent": round(c["rss_mib"], 1),
                             "c_worker": round(c["worker_rss_mib"], 1)},
            "targets": {"b_over_a": 0.85, "c_over_b": 1.6},
        }
        if not args.skip_rss:
            big = tmp / "corpus_big"
            make_corpus(big, args.articles * args.rss_scale, seed=11)
            d = measure(big, tmp / "out3", 1)
            result["rss_flat"] = {
                f"{args.articles}_articles_mib": round(b["rss_mib"], 1),
                f"{args.articles * args.rss_scale}_articles_mib": round(d["rss_mib"], 1),
                "ratio": round(d["rss_mib"] / b["rss_mib"], 3)}

    print(f"{'measure':<24}{'words/s':>12}")
    for key, value in rows.items():
        print(f"{key:<24}{value:>12.0f}")
    print(f"b/a = {result['b_over_a']:.3f} (target >= 0.85)   "
          f"c/b = {result['c_over_b']:.3f} (target >= 1.6 on 2 cores)")
    print(f"peak RSS: 1 worker {result['peak_rss_mib']['b']} MiB; 2 workers parent "
          f"{result['peak_rss_mib']['c_parent']} MiB + worker {result['peak_rss_mib']['c_worker']} MiB")
    if "rss_flat" in result:
        print("peak RSS as the corpus grows: " + ", ".join(
            f"{k} = {v}" for k, v in result["rss_flat"].items()))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
