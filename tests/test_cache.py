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


def test_cache_put_leaves_one_owner_only_entry_even_beside_a_stale_temp_file(tmp_path):
    """A put writes a temp file named after the entry (owner-only, as mkstemp's) and renames
    it; a temp file of that name left by a killed writer does not stop it."""
    import os

    from pipeline.engine import cache as cache_mod
    from pipeline.engine.cache import Cache

    cache = Cache(tmp_path / "c")
    cache.put("prep", "k1", [1])
    folder = tmp_path / "c" / cache_mod.FORMAT / "prep"
    assert [p.name for p in folder.iterdir()] == ["k1.pkl"]
    assert (folder / "k1.pkl").stat().st_mode & 0o777 == 0o600
    seq = next(cache_mod._TEMP_SEQ) + 1
    (folder / f"k2.pkl.{os.getpid()}-{seq}.tmp").write_bytes(b"stale")
    cache.put("prep", "k2", {"a": 2})
    assert cache.get("prep", "k2") == {"a": 2}
    assert sorted(p.name for p in folder.iterdir()) == [
        "k1.pkl", "k2.pkl", f"k2.pkl.{os.getpid()}-{seq}.tmp"]
