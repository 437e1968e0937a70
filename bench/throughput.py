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

    python bench/throughput.py [--articles 500] [--rss-scale 10] [--skip-rss] [--repeat 2]
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
    from pipeline.articles.ingest import read_source
    from pipeline.engine.partition import prepare_source

    config = load_config(REPO / "configs" / "default.toml")
    corpus = REPO / "corpus"
    bodies = []
    for path in sorted(corpus.iterdir()):
        prepared = prepare_source(read_source(corpus, path.name, config.ingest), config)
        bodies.extend(a.text for a in prepared.articles if a.n_words > 100)
    return bodies


def paragraph_pool(bodies: list[str]) -> list[str]:
    """Paragraphs of the samples; one-line articles are cut into runs of three sentences."""
    pool = []
    for body in bodies:
        for para in body.split("\n"):
            sentences = SENT_RE.split(para)
            for i in range(0, len(sentences), 3):
                chunk = " ".join(sentences[i:i + 3]).strip()
                if len(chunk.split()) >= 8:
                    pool.append(chunk)
    return pool


def vary(pool: list[str], rng: random.Random) -> str:
    """A new article: 6-9 paragraphs drawn from the samples, with other names and numbers.

    Each article is a different combination of paragraphs, so near-duplicate detection keeps
    them apart (a bench corpus that dedup folds would leave spaCy idle)."""
    names: dict[str, str] = {}

    def person(match: re.Match) -> str:
        key = match.group(0)
        if key not in names:
            names[key] = (f"{rng.choice(FIRST)} {rng.choice(GIVEN)}" if rng.random() < 0.5
                          else f"{rng.choice(['John', 'Mary', 'Robert', 'Linda', 'James'])} "
                               f"{rng.choice(WESTERN)}")
        return names[key]

    text = "\n\n".join(rng.sample(pool, rng.randint(6, 9)))
    text = NAME_RE.sub(person, text)
    return NUM_RE.sub(lambda m: str(rng.randint(2, 999)), text)


def make_corpus(folder: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    pool = paragraph_pool(sample_articles())
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"{i:06d}.txt").write_text(vary(pool, rng) + "\n", encoding="utf-8")


def cleaned_texts(folder: Path, config) -> tuple[list[str], int, int]:
    """The texts `claims run` parses: cleaned articles, near-duplicates left out (they are
    not parsed, their claims come from the canonical copy). Returns (texts, their words,
    all articles)."""
    from pipeline.articles.dedup import cluster, signature
    from pipeline.articles.ingest import read_source
    from pipeline.engine.partition import article_key, prepare_source

    articles = []
    for path in sorted(folder.iterdir()):
        prepared = prepare_source(read_source(folder, path.name, config.ingest), config)
        articles.extend(prepared.articles)
    clusters = cluster(((article_key(a), signature(a.text, config.dedup)) for a in articles),
                       config.dedup)
    canonical = [a for a in articles if clusters[article_key(a)][1] is None]
    return [a.text for a in canonical], sum(a.n_words for a in canonical), len(articles)


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


def own_peak_mib() -> float:
    """This process's peak RSS (VmHWM: per address space, so not inherited from the parent
    that started it, unlike ru_maxrss)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class WorkerRSS:
    """Samples the RSS of this process's descendants (pool workers, forkserver) in a thread."""

    def __init__(self, interval: float = 0.2) -> None:
        import threading

        self.peak_each = 0.0          # largest single descendant
        self.peak_total = 0.0         # largest sum over descendants at one time
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(interval,), daemon=True)

    def _run(self, interval: float) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.is_set():
            total = 0.0
            for proc in me.children(recursive=True):
                try:
                    rss = proc.memory_info().rss / 2**20
                except psutil.Error:
                    continue
                total += rss
                self.peak_each = max(self.peak_each, rss)
            self.peak_total = max(self.peak_total, total)
            self._stop.wait(interval)

    def __enter__(self) -> "WorkerRSS":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def child_run(corpus: str, out: str, workers: int) -> None:
    """Runs in a fresh process: one `claims run`, prints seconds and peak RSS (MiB) as JSON.

    With 1 worker the model is loaded before the clock starts (as (a) does); with 2 workers
    the clock includes starting the workers and their model loads: that is real cost."""
    from pipeline.config import load_config
    from pipeline.nlp import get_nlp
    from pipeline.engine.local import run, with_overrides

    config = load_config(REPO / "configs" / "default.toml")
    config = with_overrides(config, run={"workers": workers, "cache": False})
    get_nlp(config) if workers == 1 else None   # the run loads it too; load outside the clock
    with WorkerRSS() as kids:
        started = time.perf_counter()
        result = run(corpus, out, config)
        seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "rss_mib": own_peak_mib(),
                      "worker_rss_mib": kids.peak_each, "workers_total_rss_mib": kids.peak_total,
                      "articles": result.articles, "claims": result.claims,
                      "parsed_words": result.words}))


def measure(corpus: Path, out: Path, workers: int) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", str(corpus), str(out),
                           str(workers)], capture_output=True, text=True, cwd=REPO)
    if done.returncode != 0:
        raise SystemExit(f"benchmark child failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--rss-scale", type=int, default=10)
    parser.add_argument("--skip-rss", action="store_true")
    parser.add_argument("--repeat", type=int, default=2,
                        help="rounds of (b, c, a); each measure keeps its best time, as timeit "
                             "does, so a noisy moment on the machine does not decide a ratio")
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
        texts, words, n_articles = cleaned_texts(corpus, config)
        rounds = [(measure(corpus, tmp / f"out1-{r}", 1), measure(corpus, tmp / f"out2-{r}", 2),
                   bare_pipe(texts, config))   # (a) last: this process then holds the model
                  for r in range(max(1, args.repeat))]
        b = min((r[0] for r in rounds), key=lambda m: m["seconds"])
        c = min((r[1] for r in rounds), key=lambda m: m["seconds"])
        a = min(r[2] for r in rounds)
        if b["parsed_words"] != words or c["parsed_words"] != words:
            print(f"warning: words parsed by claims run {b['parsed_words']}/{c['parsed_words']} "
                  f"!= {words} in the texts of (a)", file=sys.stderr)
        rows = {"a_bare_nlp_pipe": words / a, "b_claims_1_worker": words / b["seconds"],
                "c_claims_2_workers": words / c["seconds"]}
        result = {
            "articles": args.articles, "parsed_articles": len(texts), "words": words,
            "rounds": len(rounds),
            "seconds": {"a": round(a, 2), "b": round(b["seconds"], 2),
                        "c": round(c["seconds"], 2)},
            "words_per_s": {k: round(v, 1) for k, v in rows.items()},
            "b_over_a": round(rows["b_claims_1_worker"] / rows["a_bare_nlp_pipe"], 3),
            "c_over_b": round(rows["c_claims_2_workers"] / rows["b_claims_1_worker"], 3),
            "peak_rss_mib": {"b": round(b["rss_mib"], 1),
                             "c_parent": round(c["rss_mib"], 1),
                             "c_worker": round(c["worker_rss_mib"], 1),
                             "c_all_workers": round(c["workers_total_rss_mib"], 1)},
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

    print(f"N = {result['articles']} articles ({result['parsed_articles']} parsed, the rest "
          f"near-duplicates), {result['words']} words parsed; {os.cpu_count()} CPUs; "
          f"best of {result['rounds']} rounds")
    print(f"{'measure':<24}{'words/s':>12}{'seconds':>10}")
    for (key, value), secs in zip(rows.items(), result["seconds"].values()):
        print(f"{key:<24}{value:>12.0f}{secs:>10.1f}")
    print(f"b/a = {result['b_over_a']:.3f} (target >= 0.85)   "
          f"c/b = {result['c_over_b']:.3f} (target >= 1.6 on 2 cores)")
    print(f"peak RSS: 1 worker {result['peak_rss_mib']['b']} MiB; 2 workers parent "
          f"{result['peak_rss_mib']['c_parent']} MiB + workers {result['peak_rss_mib']['c_worker']} MiB "
          f"each ({result['peak_rss_mib']['c_all_workers']} MiB with the forkserver)")
    if "rss_flat" in result:
        print("peak RSS as the corpus grows: " + ", ".join(
            f"{k} = {v}" for k, v in result["rss_flat"].items()))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
