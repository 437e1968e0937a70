"""Check that pipeline.fast_components changes no parse: every text parsed by the model with
spaCy's own attribute ruler and lemmatizer and with the fast copies, token by token.

    python scripts/check_fast_components.py [--model NAME] [--jsonl FILE ...] [--folder DIR ...]

Defaults: the configured model, the PolNeAR dev texts, the seeds' texts and corpus/.
Compares TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE and sentence starts of every
token (and the token texts); prints the counts and the first differences; exit 1 on any.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG  # noqa: E402

from pipeline.config import load_config  # noqa: E402
from pipeline.fast_components import install  # noqa: E402
from pipeline.nlp import load_model  # noqa: E402

COLUMNS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]
NAMES = ["ORTH", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START"]
DEFAULT_JSONL = ["/work/devdata/polnear_dev.jsonl", "/work/shared/gold/seeds.jsonl"]


def read_texts(jsonl: list[str], folders: list[str]) -> list[tuple[str, str]]:
    """(source id, text) of every JSONL record's "text" and every file of the folders."""
    texts = []
    for path in jsonl:
        if Path(path).is_file():
            for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines()):
                if line.strip():
                    texts.append((f"{path}:{n + 1}", json.loads(line)["text"]))
    for folder in folders:
        for path in sorted(Path(folder).glob("*")):
            if path.is_file():
                texts.append((str(path), path.read_text(encoding="utf-8", errors="replace")))
    return texts


def compare(texts, model: str, batch_size: int = 32) -> int:
    """Parse every text both ways; print and return the number of differing tokens."""
    spacy_nlp, fast_nlp = load_model(model), load_model(model)
    replaced = install(fast_nlp)
    print(f"model {model}: replaced {replaced} "
          f"({[type(p).__name__ for _, p in fast_nlp.pipeline]})")
    plain = [t for _, t in texts]
    started = time.process_time()
    reference = [d.to_array(COLUMNS) for d in spacy_nlp.pipe(plain, batch_size=batch_size)]
    middle = time.process_time()
    fast = [d.to_array(COLUMNS) for d in fast_nlp.pipe(plain, batch_size=batch_size)]
    print(f"CPU: spaCy's components {middle - started:.1f} s, fast {time.process_time() - middle:.1f} s")
    tokens = differing = 0
    per_column = [0] * len(COLUMNS)
    for (source, _), a, b in zip(texts, reference, fast):
        tokens += len(a)
        if a.shape != b.shape:
            print(f"{source}: {len(a)} vs {len(b)} tokens")
            differing += len(a)
            continue
        rows = (a != b).any(axis=1)
        differing += int(rows.sum())
        for j in range(len(COLUMNS)):
            per_column[j] += int((a[:, j] != b[:, j]).sum())
        for i in rows.nonzero()[0][:3]:
            cols = [NAMES[j] for j in range(len(COLUMNS)) if a[i, j] != b[i, j]]
            print(f"{source}: token {i} differs in {cols}")
    print(f"{len(texts)} texts, {tokens} tokens, {differing} differing tokens; "
          f"per attribute: {dict(zip(NAMES, per_column))}")
    return differing


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: configured)")
    parser.add_argument("--jsonl", nargs="*", default=DEFAULT_JSONL)
    parser.add_argument("--folder", nargs="*", default=[str(REPO / "corpus")])
    args = parser.parse_args(argv)
    model = args.model or load_config(None).model.name
    texts = read_texts(args.jsonl, args.folder)
    return 1 if compare(texts, model) else 0


if __name__ == "__main__":
    sys.exit(main())
