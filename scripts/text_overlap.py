"""Which of the repository's files (and commit messages) repeat third-party text?

    .venv/bin/python scripts/text_overlap.py GOLD.jsonl [--words 8] [--commits RANGE]
                                             [--allow "phrase" ...]

The development gold (PolNeAR's development split, converted outside the repository) carries
texts with no license: they may not go into the repository, its tests, notes or commit
messages, where regression rows paraphrase a construction in words of our own. This check
reads the `text` of every gold document and reports each run of at least --words words
(lowercase letters and digits, punctuation ignored) that a tracked text file, or with
--commits the message of a commit in RANGE (e.g. `main~20..main`), shares with one of them.
Stock phrases of news writing that are nobody's text can be let through with --allow.
Exit code 1 when anything is found, so it can run before a commit lands.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = (".py", ".toml", ".md", ".txt", ".json", ".jsonl", ".cfg", ".yaml", ".yml", ".html")
WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """Lowercase words: words("Lee's plan, 2016") -> ['lee', 's', 'plan', '2016']."""
    return [w.lower() for w in WORD.findall(text)]


def gold_grams(path: Path, n: int) -> set[tuple[str, ...]]:
    """Every run of n words in the gold documents' texts."""
    grams: set[tuple[str, ...]] = set()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                w = words(json.loads(line).get("text") or "")
                grams.update(tuple(w[i:i + n]) for i in range(len(w) - n + 1))
    return grams


def shared_runs(text: str, grams: set[tuple[str, ...]], n: int) -> list[str]:
    """The maximal runs of >= n words of `text` that the gold texts hold too (a run grows
    while each next window of n words is a gold window).

    >>> shared_runs("x a b c d y", {("a", "b", "c"), ("b", "c", "d")}, 3)
    ['a b c d']
    """
    w = words(text)
    runs, i = [], 0
    while i <= len(w) - n:
        if tuple(w[i:i + n]) in grams:
            j = i + n
            while j < len(w) and tuple(w[j - n + 1:j + 1]) in grams:
                j += 1
            runs.append(" ".join(w[i:j]))
            i = j
        else:
            i += 1
    return runs


def let_through(run: str, phrase: str, n: int) -> bool:
    """A run is let through when an allowed phrase covers it but for fewer than n words.

    >>> let_through("he did not respond to requests", "did not respond to requests", 3)
    True
    """
    if run in phrase:
        return True
    return phrase in run and len(run.split()) - len(phrase.split()) < n


def git(*args: str) -> str:
    return subprocess.run(["git", *args], capture_output=True, text=True, check=True,
                          cwd=ROOT).stdout


def strings_but_ids(value) -> list[str]:
    """The strings of a JSON value, leaving out `id` fields: a document id made from a file
    name is a reference to the document, not its text."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() if k != "id" for s in strings_but_ids(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings_but_ids(v)]
    return []


def tracked_texts() -> list[tuple[str, str]]:
    """(path, text) of the tracked text files (git ls-files); of a JSONL file, its strings
    but the ids, one per line."""
    out = []
    for name in git("ls-files").splitlines():
        if not name.endswith(SUFFIXES):
            continue
        text = (ROOT / name).read_text(encoding="utf-8", errors="replace")
        if name.endswith(".jsonl"):
            try:
                text = "\n".join(s for line in text.splitlines() if line.strip()
                                 for s in strings_but_ids(json.loads(line)))
            except json.JSONDecodeError:
                pass
        out.append((name, text))
    return out


def commit_messages(revisions: str) -> list[tuple[str, str]]:
    """(short hash, message) of the commits in a range."""
    return [(sha[:10], git("show", "-s", "--format=%B", sha))
            for sha in git("rev-list", revisions).split()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="gold JSONL whose texts may not be repeated")
    parser.add_argument("--words", type=int, default=8, help="shortest run reported (8)")
    parser.add_argument("--commits", help="also check the messages of this revision range")
    parser.add_argument("--allow", action="append", default=[],
                        help="a stock phrase to let through (repeatable)")
    args = parser.parse_args()
    if not args.gold.is_file():
        print(f"Error: no gold file at {args.gold}", file=sys.stderr)
        return 1
    grams = gold_grams(args.gold, args.words)
    allowed = [" ".join(words(a)) for a in args.allow]
    sources = tracked_texts() + (commit_messages(args.commits) if args.commits else [])
    found = 0
    for where, text in sources:
        for run in shared_runs(text, grams, args.words):
            if not any(let_through(run, a, args.words) for a in allowed):
                print(f"{where}: {run}")
                found += 1
    print(f"{found} shared run(s) of >= {args.words} words in {len(sources)} files/messages",
          file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
