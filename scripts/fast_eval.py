"""`claims eval` with the model's parses cached on disk: the dev loop for rule changes.

    .venv/bin/python scripts/fast_eval.py GOLD.jsonl [--config F] [--predictions P]
        [--cache DIR] [--kinds K] [--min-words N] [--all-views]

Exactly what `claims eval` computes (same `pipeline.eval.evaluate`, same article preparation),
except that the spaCy model components' output for each text is read from DIR (a DocBin per
text, keyed by the text's hash and the model name) when present, and only our own components
(`claims_attribution`, `claims_issues`) run again. The first run fills the cache at the cost of
one ordinary `claims eval`; later runs pay for our rules only. A cache made with another model
version gives other parses: delete DIR after a model change. `--all-views` prints the four
views of issue #12 (all, direct, min-words 6, min-words 6 indirect+mixed) from one prediction
run.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OURS = ("claims_attribution", "claims_issues")


class CachedParses:
    """Stands in for the pipeline in `extract_articles`: model parses from disk, our
    components run on them."""

    def __init__(self, nlp, cache_dir: Path):
        self.nlp = nlp
        self.cache_dir = cache_dir
        cache_dir.mkdir(parents=True, exist_ok=True)
        self.model_names = [n for n in nlp.pipe_names if n not in OURS]
        self.ours = [(n, p) for n, p in nlp.pipeline if n in OURS]
        self.tag = f"{nlp.meta.get('name')}-{nlp.meta.get('version')}"

    def __getattr__(self, name):
        return getattr(self.nlp, name)

    def _path(self, text: str) -> Path:
        digest = hashlib.sha1(f"{self.tag}\0{text}".encode("utf-8")).hexdigest()
        return self.cache_dir / digest[:2] / f"{digest}.spacy"

    def _parse(self, text: str):
        from spacy.tokens import DocBin

        path = self._path(text)
        if path.exists():
            return next(iter(DocBin().from_disk(path).get_docs(self.nlp.vocab)))
        with self.nlp.select_pipes(enable=self.model_names):
            doc = self.nlp(text)
        path.parent.mkdir(exist_ok=True)
        bin_ = DocBin(store_user_data=False)
        bin_.add(doc)
        bin_.to_disk(path)
        return next(iter(DocBin().from_disk(path).get_docs(self.nlp.vocab)))

    def __call__(self, text: str):
        doc = self._parse(text)
        for _, proc in self.ours:
            doc = proc(doc)
        return doc

    def pipe(self, texts, batch_size: int = 64, **_):
        for text in texts:
            yield self(text)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("--config", default=None)
    parser.add_argument("--predictions", default=None)
    parser.add_argument("--cache", default="/work/devdata/parse_cache")
    parser.add_argument("--kinds", default=None)
    parser.add_argument("--min-words", type=int, default=0)
    parser.add_argument("--all-views", action="store_true")
    args = parser.parse_args(argv)

    import pipeline.nlp as nlp_module
    from pipeline.config import load_config
    from pipeline.eval.evaluate import evaluate, format_report
    from pipeline.eval.score import View

    config = load_config(Path(args.config) if args.config else None)
    cached = CachedParses(nlp_module.get_nlp(config), Path(args.cache))
    nlp_module.get_nlp = lambda _config: cached

    kinds = frozenset(args.kinds.split(",")) if args.kinds else None
    view = View(kinds, args.min_words) if kinds else View(min_words=args.min_words)
    ev = evaluate(Path(args.gold), config, Path(args.predictions) if args.predictions else None,
                  view=view)
    print(format_report(ev))
    if args.all_views:
        if not args.predictions:
            parser.error("--all-views needs --predictions")
        print_views(Path(args.gold), Path(args.predictions))
    return 0


def print_views(gold: Path, pred: Path) -> None:
    """The four #12 views and speaker accuracy, one line each, from the shared scorer."""
    import json
    import subprocess

    scorer = ROOT.parent / "shared" / "tools" / "score.py"
    if not scorer.exists():
        scorer = Path("/work/shared/tools/score.py")
    views = {"all": [], "direct": ["--kinds", "direct"], "mw6": ["--min-words", "6"],
             "mw6 ind+mixed": ["--min-words", "6", "--kinds", "indirect,mixed"]}
    for name, extra in views.items():
        out = subprocess.run([sys.executable, str(scorer), str(gold), str(pred), *extra],
                             capture_output=True, text=True, check=True).stdout
        data = json.loads(out.strip().splitlines()[-1])["overall"]
        print(f"{name:14s} E2E P/R/F1 {100 * data['e2e_p']:5.1f} {100 * data['e2e_r']:5.1f} "
              f"{100 * data['e2e_f1']:5.1f} | quote F1 {100 * data['quote_f1']:5.1f} | "
              f"speaker acc {100 * data['speaker_acc']:5.1f} (n={data['speaker_judged']})")


if __name__ == "__main__":
    sys.exit(main())
