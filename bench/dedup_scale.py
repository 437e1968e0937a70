"""Scaling benchmark for pipeline/dedup.py (not run by the tests).

Generates synthetic articles (~300 words drawn from a Zipf-distributed vocabulary, in
sentences and paragraphs), injects near-duplicates of earlier articles (sentence edits,
deletions, appended lines, reordered paragraphs, case/whitespace changes, exact copies),
then times:

* signature computation, in this process and with a process pool,
* the clustering pass (one pass, MinHash LSH + exact Jaccard confirmation),

and reports peak RSS, LSH candidate counts, recall on the injected pairs and the number of
unexpected merges. Run for several corpus sizes to see how the cost grows:

    .venv/bin/python bench/dedup_scale.py --sizes 10000 100000 --workers 2
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.config import DedupConfig  # noqa: E402
from pipeline.articles.dedup import cluster, jaccard, signatures  # noqa: E402

EDITS = ("replace-sentence", "replace-two", "drop-sentence", "append-line", "reorder",
         "case-space", "exact")


def make_vocab(rng: np.random.Generator, size: int) -> list[str]:
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    lengths = rng.integers(2, 10, size)
    words = {"".join(rng.choice(letters, n)) for n in lengths}
    return sorted(words)


class Generator:
    def __init__(self, seed: int, vocab_size: int = 30_000, zipf: float = 1.15) -> None:
        self.rng = np.random.default_rng(seed)
        self.vocab = make_vocab(self.rng, vocab_size)
        ranks = np.arange(1, len(self.vocab) + 1)
        p = ranks ** -zipf
        self.cdf = np.cumsum(p / p.sum())
        self.cdf[-1] = 1.0
        self.vocab = [self.vocab[i] for i in self.rng.permutation(len(self.vocab))]

    def sentence(self) -> str:
        n = int(self.rng.integers(12, 28))
        idx = np.searchsorted(self.cdf, self.rng.random(n))
        words = [self.vocab[i] for i in idx]
        words[0] = words[0].capitalize()
        return " ".join(words) + "."

    def article(self, n_words: int) -> list[list[str]]:
        paras: list[list[str]] = []
        total = 0
        while total < n_words:
            para = [self.sentence() for _ in range(int(self.rng.integers(2, 5)))]
            total += sum(s.count(" ") + 1 for s in para)
            paras.append(para)
        return paras

    def near_copy(self, paras: list[list[str]], edit: str) -> list[list[str]]:
        paras = [list(p) for p in paras]
        flat = [(i, j) for i, p in enumerate(paras) for j in range(len(p))]
        if edit in ("replace-sentence", "replace-two"):
            for _ in range(1 if edit == "replace-sentence" else 2):
                i, j = flat[int(self.rng.integers(len(flat)))]
                paras[i][j] = self.sentence()
        elif edit == "drop-sentence":
            i, j = flat[int(self.rng.integers(len(flat)))]
            if len(paras[i]) > 1:
                del paras[i][j]
        elif edit == "append-line":
            paras.append(["Reporting by " + self.sentence()])
        elif edit == "reorder":
            k = int(self.rng.integers(1, max(2, len(paras))))
            paras = paras[k:] + paras[:k]
        elif edit == "case-space":
            paras = [[s.upper() if n % 2 else s.replace(" ", "  ") for n, s in enumerate(p)]
                     for p in paras]
        return paras


def render(paras: list[list[str]]) -> str:
    return "\n\n".join(" ".join(p) for p in paras)


def generate(n: int, n_words: int, dup_rate: float, seed: int):
    gen = Generator(seed)
    texts: list[str] = []
    structure: list[list[list[str]]] = []
    injected: list[tuple[int, int, str]] = []            # (copy, source, edit)
    for i in range(n):
        if i > 10 and gen.rng.random() < dup_rate:
            src = int(gen.rng.integers(0, i))
            edit = EDITS[int(gen.rng.integers(len(EDITS)))]
            paras = gen.near_copy(structure[src], edit)
            injected.append((i, src, edit))
        else:
            paras = gen.article(n_words)
        structure.append(paras)
        texts.append(render(paras))
    return texts, injected


class PeakRSS:
    """Samples this process's RSS in a thread; `peak` is the largest value seen (bytes)."""

    def __init__(self, interval: float = 0.02) -> None:
        self.proc = psutil.Process()
        self.interval = interval
        self.peak = self.proc.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.proc.memory_info().rss)
            time.sleep(self.interval)

    def __enter__(self) -> "PeakRSS":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.proc.memory_info().rss)


def mb(n_bytes: float) -> str:
    return f"{n_bytes / 2**20:,.0f} MB"


def chunks(seq, size):
    return [seq[i:i + size] for i in range(0, len(seq), size)]


def _sign_chunk(args):
    texts, cfg = args
    return signatures(texts, cfg)


def run(n: int, args, cfg: DedupConfig) -> dict:
    print(f"\n== {n:,} articles, ~{args.words} words each, {args.dup_rate:.0%} near-duplicates "
          f"injected, num_perm={cfg.num_perm}, shingle={cfg.shingle_size}, "
          f"lsh_threshold={cfg.lsh_threshold}, jaccard_threshold={cfg.jaccard_threshold}")
    t0 = time.perf_counter()
    texts, injected = generate(n, args.words, args.dup_rate, args.seed)
    n_words = sum(t.count(" ") for t in texts) / len(texts)
    print(f"generated in {time.perf_counter() - t0:.1f}s (mean {n_words:.0f} words, "
          f"{len(injected):,} injected copies)")
    out = {"n": n}

    if not args.skip_serial:
        t0 = time.perf_counter()
        sigs = signatures(texts, cfg)
        dt = time.perf_counter() - t0
        out["sig_serial_s"] = dt
        print(f"signatures, 1 process: {dt:.1f}s = {dt / n * 1e6:.0f} us/article")

    if args.workers > 1:
        t0 = time.perf_counter()
        with ProcessPoolExecutor(args.workers) as pool:
            parts = list(pool.map(_sign_chunk, [(c, cfg) for c in chunks(texts, 512)]))
        sigs_pool = [s for part in parts for s in part]
        dt = time.perf_counter() - t0
        out["sig_pool_s"] = dt
        print(f"signatures, pool of {args.workers}: {dt:.1f}s = {dt / n * 1e6:.0f} us/article "
              "(pickling texts and signatures included)")
        if args.skip_serial:
            sigs = sigs_pool
        else:
            assert all(a == b for a, b in zip(sigs, sigs_pool)), "pool gave other signatures"
        del sigs_pool, parts

    sig_bytes = sum(s.hashvalues.nbytes + s.shingles.nbytes for s in sigs)
    print(f"signature arrays: {mb(sig_bytes)} ({sig_bytes / n / 1024:.1f} KB/article)")
    keys = [f"doc{i:07d}" for i in range(n)]
    stats: dict[str, int] = {}
    rss_before = psutil.Process().memory_info().rss
    with PeakRSS() as peak:
        t0 = time.perf_counter()
        result = cluster(zip(keys, sigs), cfg, stats=stats)
        dt = time.perf_counter() - t0
    out["cluster_s"] = dt
    out["cluster_rss_mb"] = (peak.peak - rss_before) / 2**20
    print(f"cluster: {dt:.1f}s = {dt / n * 1e6:.0f} us/article; RSS during cluster "
          f"+{mb(peak.peak - rss_before)} over {mb(rss_before)} before; stats {stats}")

    found = sum(result[keys[c]][0] == result[keys[s]][0] for c, s, _ in injected)
    by_edit: dict[str, list[int]] = {}
    for c, s, edit in injected:
        by_edit.setdefault(edit, [0, 0])
        by_edit[edit][0] += result[keys[c]][0] == result[keys[s]][0]
        by_edit[edit][1] += 1
    missed = [(c, s) for c, s, _ in injected if result[keys[c]][0] != result[keys[s]][0]]
    below = sum(jaccard(sigs[c].shingles, sigs[s].shingles) < cfg.jaccard_threshold
                for c, s in missed)
    print(f"missed pairs: {len(missed)}, of which {below} have exact Jaccard below "
          f"jaccard_threshold (by design) and {len(missed) - below} were lost by LSH")
    copies = {c for c, _, _ in injected}
    unexpected = sum(1 for i, k in enumerate(keys) if result[k][1] is not None and i not in copies)
    out["recall"] = found / max(1, len(injected))
    out["unexpected"] = unexpected
    print(f"recall on injected pairs: {found:,}/{len(injected):,} = {out['recall']:.4f}; "
          f"by edit: " + ", ".join(f"{e} {a}/{b}" for e, (a, b) in sorted(by_edit.items())))
    print(f"articles marked duplicate that were not injected copies: {unexpected}")
    self_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(f"peak RSS of this process so far: {mb(self_peak)}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--words", type=int, default=300)
    ap.add_argument("--dup-rate", type=float, default=0.05)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--num-perm", type=int, default=None)
    ap.add_argument("--lsh-threshold", type=float, default=None)
    ap.add_argument("--skip-serial", action="store_true", help="only the pool timing")
    args = ap.parse_args()
    cfg = DedupConfig()
    overrides = {k: v for k, v in (("num_perm", args.num_perm),
                                   ("lsh_threshold", args.lsh_threshold)) if v is not None}
    if overrides:
        cfg = DedupConfig(**{**cfg.__dict__, **overrides})
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    results = [run(n, args, cfg) for n in args.sizes]
    if len(results) > 1:
        a, b = results[0], results[-1]
        ratio = b["n"] / a["n"]
        print(f"\ngrowth {a['n']:,} -> {b['n']:,} (x{ratio:.0f} articles): cluster time "
              f"x{b['cluster_s'] / a['cluster_s']:.1f}"
              + (f", serial signatures x{b['sig_serial_s'] / a['sig_serial_s']:.1f}"
                 if "sig_serial_s" in a else ""))


if __name__ == "__main__":
    main()
