"""Throughput and memory benchmark (run by `make bench`, never by the tests).

In ONE run, on the same synthetic corpus of N articles (and a smaller one for c and d), each
measure a whole fresh process with the model loaded before its clock starts:
  (a) bare `nlp.pipe` of the configured model over the cleaned article texts,
  (b) `claims run` with 1 worker,
  (c) `claims run` with 2 workers,
  (d) bare `nlp.pipe(..., n_process=2)`, spaCy's own two processes,
a timeline of one more 2-worker run (parent and workers: what each did when, from
`$CLAIMS_TIMELINE`), and peak RSS of (b) at N and 10N articles (each measured in a fresh
process), so one can see memory stays flat as the corpus grows. Prints words/s, the ratios
b/a, c/b and d/c, the timeline summary, and one JSON line last. The measures run in rounds,
each ratio taken from a back-to-back pair in every round and reported as the median over the
rounds: this machine's speed drifts too much for ratios of times measured minutes apart.
Beside each wall-time ratio, the same ratio in CPU time (user + system seconds of the
measured process and of its worker processes, `cpu_seconds`): other processes' load and idle
waiting move the wall-time ratios only, a change in our cost moves both, and so does a drift
of the machine's own speed between the two measures of a pair (on the 2-core machine of
stop 26 the CPU-time rounds spread as widely as the wall-time ones: speed drift, not load).

The corpus is made from the sample articles with names, numbers and sentence order varied,
so that near-duplicate detection does not fold the copies together.

    python bench/throughput.py [--articles 300] [--small 150] [--rss-scale 10] [--skip-rss]
                               [--repeat 5] [--bare-in-parent]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TIMELINE_ENV = "CLAIMS_TIMELINE"   # pipeline.engine.timeline.ENV

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


def cpu_seconds() -> float:
    """User + system CPU seconds of this process and of its children that have ended and
    been waited for (the pool workers of `claims run`, spaCy's `n_process` workers: both
    are joined before the measure ends). Take the difference of two calls."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def bare_pipe(texts: list[str], config, n_process: int = 1) -> dict:
    """(a)/(d) nlp.pipe of the same model (same components we keep) over the texts, in this
    process (a) or in spaCy's own `n_process` worker processes (d): {"seconds", "cpu_seconds"}
    (this process and its workers). The model is loaded and warmed up before the clock
    starts, as `child_run` does for (b) and (c)."""
    from pipeline.nlp import load_model

    nlp = load_model(config.model.name, config.model.exclude)
    nlp.max_length = max(nlp.max_length, config.model.max_doc_chars + 1)
    list(nlp.pipe(texts[:4]))            # warm-up, as our run loads the model before work
    cpu, started = cpu_seconds(), time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=config.model.batch_size, n_process=n_process):
        pass
    return {"seconds": time.perf_counter() - started, "cpu_seconds": cpu_seconds() - cpu}


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
        self.cpu = 0.0                # CPU seconds of the sampling thread itself
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(interval,), daemon=True)

    def _run(self, interval: float) -> None:
        import psutil

        me = psutil.Process()
        started = time.thread_time()
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
            self.cpu = time.thread_time() - started
            self._stop.wait(interval)

    def __enter__(self) -> "WorkerRSS":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def child_run(corpus: str, out: str, workers: int) -> None:
    """Runs in a fresh process: one `claims run`, prints seconds, CPU seconds (this process
    and its pool workers, less the RSS sampler's thread) and peak RSS (MiB) as JSON.

    The model is loaded before the clock starts, as (a) and (d) do; 2 workers are forked from
    this process once it holds it, as spaCy's n_process does, so their start is on the clock.
    (Versions before the fork start built the pipeline in each worker after a forkserver
    start: for them it is loaded only with 1 worker, and their workers' loads are on the
    clock.)"""
    from pipeline.config import load_config
    from pipeline.engine import local
    from pipeline.nlp import get_nlp

    config = load_config(REPO / "configs" / "default.toml")
    config = local.with_overrides(config, run={"workers": workers, "cache": False})
    if workers == 1 or not hasattr(local, "FORKSERVER_PRELOAD"):
        get_nlp(config)
    run = local.run
    with WorkerRSS() as kids:
        cpu, started = cpu_seconds(), time.perf_counter()
        result = run(corpus, out, config)
        seconds = time.perf_counter() - started
        cpu = cpu_seconds() - cpu
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu - kids.cpu,
                      "rss_mib": own_peak_mib(),
                      "worker_rss_mib": kids.peak_each, "workers_total_rss_mib": kids.peak_total,
                      "articles": result.articles, "claims": result.claims,
                      "parsed_words": result.words}))


def child_bare(texts_file: str, n_process: int) -> None:
    """Runs in a fresh process: one bare `nlp.pipe` over the texts saved in `texts_file`
    (JSON), prints its seconds and CPU seconds as JSON. (a) and (d) are timed in a process
    of their own, as (b) and (c) are, so that no side runs in a process warmed by the
    measures before it."""
    from pipeline.config import load_config

    config = load_config(REPO / "configs" / "default.toml")
    texts = json.loads(Path(texts_file).read_text(encoding="utf-8"))
    print(json.dumps(bare_pipe(texts, config, n_process=n_process)))


def _child(args: list[str], env: dict | None = None) -> dict:
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True,
                          cwd=REPO, env=env)
    if done.returncode != 0:
        raise SystemExit(f"benchmark child failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(corpus: Path, out: Path, workers: int, timeline: Path | None = None) -> dict:
    env = dict(os.environ)
    env.pop(TIMELINE_ENV, None)
    if timeline is not None:
        timeline.unlink(missing_ok=True)
        env[TIMELINE_ENV] = str(timeline)
    return _child(["--child", str(corpus), str(out), str(workers)], env)


def timeline_summary(path: Path) -> list[str]:
    """Where the time of a 2-worker run goes: each process's spans by kind (seconds), and
    how long the workers sat idle while the parent worked alone (start, reduce steps,
    writing) or waited for the last worker (tail)."""
    if not path.exists():
        return ["(no timeline: this version of the pipeline writes none)"]
    events = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    t0 = min(e["start"] for e in events)
    t1 = max(e["end"] for e in events)
    parent = min(events, key=lambda e: e["start"])["pid"]
    lines = [f"timeline of one 2-worker run ({t1 - t0:.1f} s), process: span total seconds, "
             f"cpu seconds of its thread (first-last)"]
    for pid in sorted({e["pid"] for e in events}, key=lambda p: p != parent):
        mine = [e for e in events if e["pid"] == pid]
        kinds: dict[str, list] = {}
        for e in mine:
            kinds.setdefault(e["what"], []).append(e)
        role = "parent" if pid == parent else f"worker {pid}"
        parts = [f"{k.split(':')[1]} {sum(e['end'] - e['start'] for e in es):.2f}"
                 + (f" cpu {sum(e['cpu'] for e in es):.2f}" if all("cpu" in e for e in es)
                    else "")
                 + f" ({min(e['start'] for e in es) - t0:.1f}-{max(e['end'] for e in es) - t0:.1f})"
                 for k, es in kinds.items()]
        lines.append(f"  {role}: " + "; ".join(parts))
    work = [e for e in events if e["pid"] != parent and e["what"] in ("worker:prepare",
                                                                       "worker:extract")]
    if work:
        by_pid: dict[int, float] = {}
        for e in work:
            by_pid[e["pid"]] = by_pid.get(e["pid"], 0.0) + e["end"] - e["start"]
        busy = sum(by_pid.values())
        lines.append(f"  workers busy {busy:.1f} of {len(by_pid)} x {t1 - t0:.1f} s "
                     f"({100 * busy / (len(by_pid) * (t1 - t0)):.0f}%); first task at "
                     f"{min(e['start'] for e in work) - t0:.2f} s, last ends "
                     f"{t1 - max(e['end'] for e in work):.2f} s before the run ends; worker "
                     f"finish spread {max(by_pid.values()) - min(by_pid.values()):.2f} s busy")
    return lines


def best(values: list[dict]) -> dict:
    return min(values, key=lambda m: m["seconds"])


# The order of the measures in each round. This machine's speed drifts by up to a third within
# minutes, so each ratio is taken from a pair measured back to back in the same round, the pair
# swapped every other round (a b | b a | a b ...) so that a drift favours neither side; the
# ratio reported is the median over rounds.
ORDERS = {True: (("a", "b", "c", "d"), ("b", "a", "d", "c")),
          False: (("c", "d"), ("d", "c"))}
RATIOS = {"b_over_a": ("a", "b"), "c_over_b": ("b", "c"), "c_vs_d": ("d", "c")}


def measure_once(key: str, corpus: Path, out: Path, texts: Path, config,
                 bare_in_parent: bool = False) -> dict:
    """One measure, each in a fresh process: (a)/(d) bare spaCy in 1 process or with its
    n_process=2, (b)/(c) `claims run` with 1/2 workers. With `bare_in_parent`, (a) and (d)
    run in this process instead, as versions before stop 25 measured them."""
    if key in ("b", "c"):
        return measure(corpus, out, 1 if key == "b" else 2)
    n_process = 1 if key == "a" else 2
    if bare_in_parent:
        texts_list = json.loads(texts.read_text(encoding="utf-8"))
        return bare_pipe(texts_list, config, n_process=n_process)
    return _child(["--child-bare", str(texts), str(n_process)])


def measure_size(tmp: Path, n: int, config, repeat: int, full: bool,
                 bare_in_parent: bool = False) -> dict:
    """At n articles, `repeat` rounds of (c) claims 2 workers and (d) bare spaCy n_process=2,
    and when `full` also (b) claims 1 worker and (a) bare spaCy 1 process, in the alternating
    orders of ORDERS; one more 2-worker run writes the timeline."""
    corpus = tmp / f"corpus{n}"
    make_corpus(corpus, n)
    texts, words, _ = cleaned_texts(corpus, config)
    texts_file = tmp / f"texts{n}.json"
    texts_file.write_text(json.dumps(texts), encoding="utf-8")
    rounds = []
    for r in range(max(1, repeat)):
        order = ORDERS[full][r % 2]
        rounds.append({key: measure_once(key, corpus, tmp / f"out{key}-{n}-{r}", texts_file,
                                         config, bare_in_parent) for key in order})
    out = {key: best([r[key] for r in rounds]) for key in rounds[0]}
    out["ratios"], out["cpu_ratios"] = ({
        name: [round(r[top][clock] / r[bottom][clock], 3) for r in rounds]
        for name, (top, bottom) in RATIOS.items() if top in rounds[0] and bottom in rounds[0]}
        for clock in ("seconds", "cpu_seconds"))
    for key in ("b", "c"):
        if key in out and out[key]["parsed_words"] != words:
            print(f"warning: words parsed by claims run ({key}) {out[key]['parsed_words']} "
                  f"!= {words} in the texts of (a)", file=sys.stderr)
    timeline = tmp / f"timeline-{n}.jsonl"
    measure(corpus, tmp / f"out-tl-{n}", 2, timeline)
    out["timeline"] = timeline_summary(timeline)
    out["words"], out["parsed_articles"] = words, len(texts)
    return out


def summarise(n: int, m: dict, rounds: int) -> dict:
    """Seconds are each measure's best round; ratios are medians of the per-round ratios
    (`per_round`), and `*_of_best` the ratio of the best times, as earlier versions printed;
    `*_cpu` the same ratios in CPU seconds (`per_round_cpu`): the same medians of the rounds'
    pairs, from the CPU time of the measured processes instead of the wall time."""
    sec = {k: round(m[k]["seconds"], 2) for k in ("a", "b", "c", "d") if k in m}
    res = {"articles": n, "parsed_articles": m["parsed_articles"], "words": m["words"],
           "rounds": rounds, "seconds": sec,
           "words_per_s": {k: round(m["words"] / v, 1) for k, v in sec.items()},
           "cpu_seconds": {k: round(m[k]["cpu_seconds"], 2) for k in sec},
           "per_round": m["ratios"], "per_round_cpu": m["cpu_ratios"],
           "timeline": m["timeline"]}
    for name, values in m["ratios"].items():
        top, bottom = RATIOS[name]
        res[name] = round(statistics.median(values), 3)
        res[f"{name}_of_best"] = round(sec[top] / sec[bottom], 3)
        res[f"{name}_cpu"] = round(statistics.median(m["cpu_ratios"][name]), 3)
    if "b" in sec:
        res["peak_rss_mib"] = {"b": round(m["b"]["rss_mib"], 1),
                               "c_parent": round(m["c"]["rss_mib"], 1),
                               "c_worker": round(m["c"]["worker_rss_mib"], 1),
                               "c_all_workers": round(m["c"]["workers_total_rss_mib"], 1)}
    return res


def report(results: list[dict]) -> None:
    labels = {"a": "a_bare_nlp_pipe", "b": "b_claims_1_worker", "c": "c_claims_2_workers",
              "d": "d_bare_n_process_2"}
    for r in results:
        print(f"N = {r['articles']} articles ({r['parsed_articles']} parsed), {r['words']} "
              f"words; {os.cpu_count()} CPUs; {r['rounds']} rounds (seconds, CPU s: best round; "
              f"ratios: median of the rounds' back-to-back pairs)")
        print(f"{'measure':<24}{'words/s':>12}{'seconds':>10}{'CPU s':>10}")
        for key, secs in r["seconds"].items():
            print(f"{labels[key]:<24}{r['words_per_s'][key]:>12.0f}{secs:>10.1f}"
                  f"{r['cpu_seconds'][key]:>10.1f}")

        def ratio(name: str) -> str:
            rounds = ", ".join(f"{v:.3f}" for v in r["per_round"][name])
            values = r["per_round"][name]
            cpu = r["per_round_cpu"][name]
            return (f"{r[name]:.3f} (rounds {rounds}: range {min(values):.3f}-{max(values):.3f}; "
                    f"of best times {r[name + '_of_best']:.3f}); in CPU time "
                    f"{r[name + '_cpu']:.3f} (rounds {', '.join(f'{v:.3f}' for v in cpu)})")

        if "b_over_a" in r:
            print(f"b/a = {ratio('b_over_a')}, target >= 0.89")
            print(f"c/b = {ratio('c_over_b')}, target >= 1.6 on 2 cores")
            rss = r["peak_rss_mib"]
            print(f"peak RSS: 1 worker {rss['b']} MiB; 2 workers parent {rss['c_parent']} MiB + "
                  f"workers {rss['c_worker']} MiB each ({rss['c_all_workers']} MiB all children)")
        print(f"d/c = {ratio('c_vs_d')}, 2 workers against spaCy n_process=2; target >= 0.95 "
              f"at 300 articles, >= 0.90 at 150")
        print("(targets are on the wall-time ratios; a CPU-time ratio is the same ratio of the "
              "CPU seconds of the measured processes and their workers: it moves with our cost "
              "and with a drift of the machine's speed, hardly with other processes' load)")
        print("\n".join(r["timeline"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--small", type=int, default=150,
                        help="a second, smaller corpus for 2 workers against n_process=2 (0: none)")
    parser.add_argument("--rss-scale", type=int, default=10)
    parser.add_argument("--skip-rss", action="store_true")
    parser.add_argument("--repeat", type=int, default=5,
                        help="rounds; each ratio is the median of the rounds' back-to-back "
                             "pairs (order swapped every other round), so a slow or fast "
                             "moment of the machine does not decide it")
    parser.add_argument("--bare-in-parent", action="store_true",
                        help="time (a) and (d) in this process, as versions before stop 25 "
                             "did, instead of in a fresh process like (b) and (c)")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--child-bare", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_run(args.child[0], args.child[1], int(args.child[2]))
        return
    if args.child_bare:
        child_bare(args.child_bare[0], int(args.child_bare[1]))
        return

    from pipeline.config import load_config

    config = load_config(REPO / "configs" / "default.toml")
    with tempfile.TemporaryDirectory(prefix="claims-bench-") as tmp:
        tmp = Path(tmp)
        sizes = [(args.articles, True)] + ([(args.small, False)] if args.small else [])
        results = [summarise(n, measure_size(tmp, n, config, args.repeat, full,
                                              args.bare_in_parent), args.repeat)
                   for n, full in sizes]
        if not args.skip_rss:
            big = tmp / "corpus_big"
            make_corpus(big, args.articles * args.rss_scale, seed=11)
            d = measure(big, tmp / "out3", 1)
            b_rss = results[0]["peak_rss_mib"]["b"]
            results[0]["rss_flat"] = {
                f"{args.articles}_articles_mib": b_rss,
                f"{args.articles * args.rss_scale}_articles_mib": round(d["rss_mib"], 1),
                "ratio": round(d["rss_mib"] / b_rss, 3)}
    report(results)
    if "rss_flat" in results[0]:
        print("peak RSS as the corpus grows: " + ", ".join(
            f"{k} = {v}" for k, v in results[0]["rss_flat"].items()))
    print(json.dumps(results))


if __name__ == "__main__":
    main()
