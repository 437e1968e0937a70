"""An optional timeline of a run, for the benchmark: when `$CLAIMS_TIMELINE` names a file,
the parent and every worker process append one JSON line per span to it:
{"pid", "what", "start", "end", "cpu", ...}, `cpu` being the CPU seconds the span's thread
spent in it (wall time alone says little on a busy machine). Without it `span` costs one
dictionary look-up.

    with span("extract", articles=40):
        ...
"""
from __future__ import annotations

import json
import os
import time
from contextlib import contextmanager
from typing import Iterator

ENV = "CLAIMS_TIMELINE"


@contextmanager
def span(what: str, **info) -> Iterator[None]:
    path = os.environ.get(ENV)
    if not path:
        yield
        return
    start, cpu = time.time(), time.thread_time()
    try:
        yield
    finally:
        line = json.dumps({"pid": os.getpid(), "what": what, "start": start,
                           "end": time.time(), "cpu": time.thread_time() - cpu, **info})
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")


def note(what: str, seconds: float, **info) -> None:
    """A span known only by its length (e.g. a thread's CPU time), ending now."""
    path = os.environ.get(ENV)
    if path:
        end = time.time()
        line = json.dumps({"pid": os.getpid(), "what": what, "start": end - seconds,
                           "end": end, "cpu": seconds, **info})
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")
