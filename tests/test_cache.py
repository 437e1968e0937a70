"""The on-disk cache of per-file and per-article results (pipeline.engine.cache)."""
from __future__ import annotations


def test_cache_put_makes_its_folder_again_after_a_clear(tmp_path):
    """An entry's folder is made when a put finds it missing, also after the cache was
    cleared while the process runs (the put no longer makes it on every call)."""
    from pipeline.engine.cache import Cache

    cache = Cache(tmp_path / "c")
    cache.put("nlp", "ab12", (1, 2))
    assert cache.get("nlp", "ab12") == (1, 2)
    cache.clear()
    assert cache.get("nlp", "ab12") is None
    cache.put("nlp", "ab12", "again")
    assert cache.get("nlp", "ab12") == "again"


def test_remove_tree_removes_every_entry_and_folder(tmp_path):
    """The spool's removal (files unlinked by threads, then the folders) leaves nothing, and
    a folder already gone is no error."""
    from pipeline.engine.cache import Cache, remove_tree

    cache = Cache(tmp_path / "spool")
    for n in range(40):
        cache.put("prep" if n % 2 else "nlp", f"{n:04x}", n)
    remove_tree(tmp_path / "spool")
    assert not (tmp_path / "spool").exists()
    remove_tree(tmp_path / "spool")
