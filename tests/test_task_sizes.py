"""Extract task sizes (pipeline.engine.local.batches): full batches first, then with several
workers a share of what is left, down to an eighth of a batch in the last tasks (with fewer
files than run.files_per_task), so that the workers finish together."""
from __future__ import annotations

import pytest

from pipeline.config import load_config
from pipeline.engine.local import batches, with_overrides
from pipeline.engine.partition import ExtractTask


def _sizes(n: int, workers: int, files_per_task: int = 8, articles: int = 1) -> list[int]:
    config = with_overrides(load_config(None), run={"workers": workers,
                                                    "files_per_task": files_per_task},
                            model={"batch_size": 32})
    tasks = [ExtractTask(f"{i:04d}.txt", f"k{i}", tuple(range(articles))) for i in range(n)]
    chunks = batches(tasks, config)
    assert [t for chunk in chunks for t in chunk] == tasks        # corpus order, all of them
    return [sum(len(t.canonical) for t in chunk) for chunk in chunks]


@pytest.mark.parametrize("n", [150, 300, 1000])
def test_two_workers_end_on_tasks_of_an_eighth_batch(n):
    sizes = _sizes(n, 2)
    assert sizes[0] >= 32
    assert sizes[-4:-1] == [4, 4, 4] and sizes[-1] <= 4
    body = sizes[:-1]
    assert body == sorted(body, reverse=True)                      # they only shrink


def test_tail_tasks_hold_fewer_files_than_files_per_task():
    sizes = _sizes(150, 2, files_per_task=8)
    assert min(sizes[:-1]) == 4


def test_full_size_tasks_keep_files_per_task():
    sizes = _sizes(300, 2, files_per_task=40)
    assert sizes[0] >= 40


def test_one_worker_parses_full_batches():
    assert _sizes(150, 1) == [128, 22]
    assert _sizes(100, 1, articles=3) == [129, 129, 42]
