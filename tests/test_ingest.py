"""Ingest: corpus walk, decoding, formats, and hostile files (made in tmp_path)."""
from __future__ import annotations

import json
import os
import random
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.config import IngestConfig
from pipeline.articles.ingest import decode_bytes, list_corpus, read_source, source_from_string

CFG = IngestConfig()
KOREAN = "서울에서 한미 동맹 현대화 논의가 진행됐다. 정부 고위 관계자는 이렇게 말했다."
WESTERN = "Café owners in Zürich said the naïve plan was “a disaster” – and asked for more time."


def write(root: Path, rel: str, data: bytes | str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def read(root: Path, rel: str, cfg: IngestConfig = CFG):
    return read_source(root, rel, cfg)


# --------------------------------------------------------------------------- listing

def test_list_corpus_walks_any_depth_sorted_and_skips_hidden(tmp_path):
    for rel in ["b.txt", "a/z.txt", "a/b/c/deep.md", "a b/ünïcode name.txt", ".hidden.txt",
                ".git/config", "a/.cache/x.txt"]:
        write(tmp_path, rel, "text")
    rels = [rel for rel, _ in list_corpus(tmp_path, CFG)]
    assert rels == sorted(rels)
    # hidden entries are listed once each (folders not walked) so the manifest accounts for them
    assert rels == [".git", ".hidden.txt", "a b/ünïcode name.txt", "a/.cache", "a/b/c/deep.md",
                    "a/z.txt", "b.txt"]
    fates = {rel: read_source(tmp_path, rel, CFG) for rel in rels}
    assert fates[".git"].status == "skipped" and fates[".git"].reason.startswith("hidden folder")
    assert fates[".hidden.txt"].reason.startswith("hidden file")
    assert fates["b.txt"].status == "ok"
    with_hidden = [rel for rel, _ in list_corpus(tmp_path, replace(CFG, include_hidden=True))]
    assert ".hidden.txt" in with_hidden and ".git/config" in with_hidden
    for rel, path in list_corpus(tmp_path, CFG):
        assert path.is_absolute() and path.exists()


def test_list_corpus_missing_root_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="corpus folder not found"):
        list(list_corpus(tmp_path / "nope", CFG))


def test_list_corpus_single_file_root(tmp_path):
    path = write(tmp_path, "one.txt", "Hello there, this is a file.")
    assert [rel for rel, _ in list_corpus(path, CFG)] == ["one.txt"]
    assert read_source(path, "one.txt", CFG).status == "ok"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlink_loop_is_listed_once_and_skipped(tmp_path):
    write(tmp_path, "sub/a.txt", "An article about things.")
    os.symlink(tmp_path, tmp_path / "sub" / "loop")          # points back at the root
    os.symlink(tmp_path / "sub", tmp_path / "sub" / "self")  # points at its own folder
    os.symlink("selfref", tmp_path / "selfref")              # a link to itself (ELOOP)
    rels = [rel for rel, _ in list_corpus(tmp_path, CFG)]
    assert rels == ["selfref", "sub/a.txt", "sub/loop", "sub/self"]
    for rel in ("sub/loop", "sub/self", "selfref"):
        result = read(tmp_path, rel)
        assert result.status == "skipped" and result.reason == "symlink loop", rel


def test_symlinked_folder_is_followed_once(tmp_path):
    root = tmp_path / "corpus"
    write(root, "real/x.txt", "Some article text.")
    os.symlink(root / "real", root / "alias")
    rels = [rel for rel, _ in list_corpus(root, CFG)]
    assert rels == ["alias", "real/x.txt"]
    assert read(root, "alias").reason == "symbolic link to a folder already read"
    write(tmp_path / "outside", "y.txt", "Outside text.")
    os.symlink(tmp_path / "outside", root / "real" / "ext")
    assert "real/ext/y.txt" in [rel for rel, _ in list_corpus(root, CFG)]


def test_broken_and_unfollowed_links(tmp_path):
    write(tmp_path, "t.txt", "Target text here.")
    os.symlink(tmp_path / "gone.txt", tmp_path / "broken.txt")
    os.symlink(tmp_path / "t.txt", tmp_path / "link.txt")
    assert "broken.txt" in [rel for rel, _ in list_corpus(tmp_path, CFG)]
    broken = read(tmp_path, "broken.txt")
    assert broken.status == "failed" and broken.reason.startswith("broken symbolic link")
    assert read(tmp_path, "link.txt").status == "ok"
    nofollow = replace(CFG, follow_symlinks=False)
    assert read(tmp_path, "link.txt", nofollow).status == "skipped"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_fifo_is_skipped_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    result = read(tmp_path, "pipe.txt")
    assert result.status == "skipped" and result.reason == "not a regular file"


# --------------------------------------------------------------------------- decoding

@pytest.mark.parametrize("encoding,text,expected", [
    ("utf-8", WESTERN, "utf-8"),
    ("utf-8-sig", WESTERN, "utf-8-sig"),
    ("utf-16", WESTERN, "utf-16"),            # with BOM
    ("utf-16-le", WESTERN * 3, "utf-16-le"),  # no BOM: NUL bytes, still text
    ("utf-32", WESTERN, "utf-32"),
    ("cp1252", WESTERN, "cp1252"),
    ("latin-1", "Ça va? Où est la gare? Très bien, señor. Déjà vu à Zürich.", "cp1252"),
    ("euc-kr", KOREAN, None),
    ("cp949", KOREAN + " 똠방각하", None),
    ("utf-16", KOREAN, "utf-16"),
])
def test_encodings_decode_exactly(tmp_path, encoding, text, expected):
    write(tmp_path, "f.txt", text.encode(encoding))
    result = read(tmp_path, "f.txt")
    assert result.status == "ok", result.reason
    assert result.units[0].text == text
    if expected:
        assert result.encoding == expected
    assert result.sha256 and result.size == len(text.encode(encoding)) and result.mtime > 0


def test_decoded_text_is_kept_exactly(tmp_path):
    text = "Title\r\nLine with\x0bvertical tab\x07bell and\u00a0nbsp\u200b.\r\n"
    write(tmp_path, "exact.txt", text)
    assert read(tmp_path, "exact.txt").units[0].text == text


@pytest.mark.parametrize("data,reason", [
    (b"", "empty file"),
    (b"   \n\t\n", "empty file"),
    (b"\xef\xbb\xbf", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" + bytes(200), "binary file"),
    (bytes(range(256)) * 4, "binary file"),
    (random.Random(7).randbytes(4000), "binary file"),
    (b"\x01\x02\x03\x04\x05\x06" * 100 + b"abc", "binary file"),
])
def test_empty_and_binary_are_skipped(tmp_path, data, reason):
    write(tmp_path, "bad.txt", data)
    result = read(tmp_path, "bad.txt")
    assert (result.status, result.reason) == ("skipped", reason)
    assert result.units == ()


def test_oversize_is_skipped_with_size(tmp_path):
    write(tmp_path, "big.txt", "x" * 5000)
    result = read(tmp_path, "big.txt", replace(CFG, max_file_bytes=1000))
    assert result.status == "skipped" and "5000 bytes" in result.reason and result.size == 5000


@pytest.mark.parametrize("name", ["photo.jpg", "data.csv", "archive.tar.gz", "doc.PDF"])
def test_unknown_extension_is_skipped(tmp_path, name):
    write(tmp_path, name, "some text")
    result = read(tmp_path, name)
    assert result.status == "skipped"
    assert result.reason == f"unsupported file type {Path(name).suffix.lower()}"


@pytest.mark.parametrize("name", ["README", "notes.md", "story.TXT", "with space.txt", "ünï.txt"])
def test_text_extensions_and_odd_names(tmp_path, name):
    write(tmp_path, name, "A short story. It is fine.")
    result = read(tmp_path, name)
    assert result.status == "ok" and result.format == "text" and result.units[0].segment


def test_vanished_file_fails(tmp_path):
    result = read(tmp_path, "never-there.txt")
    assert result.status == "failed" and "vanished" in result.reason


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file_fails(tmp_path):
    path = write(tmp_path, "locked.txt", "secret")
    path.chmod(0)
    try:
        result = read(tmp_path, "locked.txt")
    finally:
        path.chmod(0o644)
    assert result.status == "failed" and result.reason == "permission denied"


def test_decode_bytes_none_for_nul_garbage():
    assert decode_bytes(b"abc\x00\x00\x00\xff\xfe\x00\x01" * 50) is None


# --------------------------------------------------------------------------- formats

def test_json_object_and_list(tmp_path):
    write(tmp_path, "one.json", json.dumps({"text": "Body one.", "title": "T", "outlet": "O",
                                            "published": "2025-08-01", "url": "http://x.org/a",
                                            "extra": 1}))
    result = read(tmp_path, "one.json")
    assert result.status == "ok" and result.format == "json"
    (unit,) = result.units
    assert unit.text == "Body one." and not unit.segment
    assert dict(unit.fields) == {"title": "T", "outlet": "O", "published": "2025-08-01",
                                 "url": "http://x.org/a"}
    write(tmp_path, "many.json", json.dumps([{"text": "A."}, {"text": ""}, {"text": "B."}, 5]))
    result = read(tmp_path, "many.json")
    assert [u.text for u in result.units] == ["A.", "B."]
    assert [u.unit_index for u in result.units] == [0, 1]
    assert result.status == "ok" and "2 of 4 records skipped" in result.reason


@pytest.mark.parametrize("record, published", [
    ({"text": "A.", "date": "2025-08-17"}, "2025-08-17"),
    ({"text": "A.", "publication_date": "Aug. 17, 2025"}, "Aug. 17, 2025"),
    ({"text": "A.", "datePublished": "2025-08-17T09:00:00Z"}, "2025-08-17T09:00:00Z"),
    ({"text": "A.", "published": "2025-08-01", "date": "2025-08-17"}, "2025-08-01"),  # wins
    ({"text": "A.", "date": "", "pubdate": "2025-08-17"}, "2025-08-17"),   # first non-empty
    ({"text": "A.", "date": 20250817}, None),                                # not a string
    ({"text": "A.", "updated": "2025-08-17"}, None),                         # not a date key
    ({"text": "A."}, None),
])
def test_json_record_date_field(tmp_path, record, published):
    write(tmp_path, "one.jsonl", json.dumps(record) + "\n")
    (unit,) = read(tmp_path, "one.jsonl").units
    assert unit.fields.get("published") == published


def test_json_record_date_fields_from_config(tmp_path):
    write(tmp_path, "one.json", json.dumps({"text": "A.", "released": "2025-08-17"}))
    cfg = replace(CFG, date_fields=["released"])
    assert read(tmp_path, "one.json", cfg).units[0].fields["published"] == "2025-08-17"


def test_jsonl_with_bad_lines(tmp_path):
    lines = [json.dumps({"text": "First article."}), "{not json", "", json.dumps(["list"]),
             json.dumps({"title": "no text"}), json.dumps({"text": "Second.", "published": 20250801})]
    write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    result = read(tmp_path, "feed.jsonl")
    assert result.status == "ok"
    assert [u.text for u in result.units] == ["First article.", "Second."]
    assert result.units[1].fields["published"] == "20250801"
    assert result.reason.startswith("3 of 5 lines skipped") and "line 2: invalid JSON" in result.reason


@pytest.mark.parametrize("name,data", [
    ("bad.json", "{\"text\": \"unterminated"),
    ("none.jsonl", "{bad\n[1, 2]\n{\"text\": 3}\n"),
    ("none.json", json.dumps([{"title": "x"}])),
    ("deep.json", "[" * 100000 + "]" * 100000),
])
def test_json_without_usable_records_fails(tmp_path, name, data):
    write(tmp_path, name, data)
    result = read(tmp_path, name)
    assert result.status == "failed" and result.units == ()
    assert result.reason


def test_html_main_text_and_metadata(tmp_path):
    paragraphs = "".join(
        f"<p>Paragraph {i}: the minister said the talks would continue next week, officials "
        f"told reporters on condition of anonymity in the capital.</p>" for i in range(6))
    html = f"""<html><head><title>Talks continue | Example Times</title>
    <meta property="og:title" content="Talks continue">
    <meta property="og:site_name" content="Example Times">
    <meta property="article:published_time" content="2025-08-01T09:00:00Z">
    <link rel="canonical" href="https://example.com/talks"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Talks continue</h1>{paragraphs}</article>
    <footer>Copyright 2025 Example Times</footer></body></html>"""
    write(tmp_path, "page.html", html)
    result = read(tmp_path, "page.html")
    assert result.status == "ok" and result.format == "html"
    (unit,) = result.units
    assert "Paragraph 5" in unit.text and "Home" not in unit.text and not unit.segment
    assert unit.fields["title"] == "Talks continue"
    assert unit.fields["outlet"] == "Example Times"
    assert unit.fields["published"] == "2025-08-01"
    assert unit.fields["url"] == "https://example.com/talks"


def test_html_without_text_is_skipped(tmp_path):
    write(tmp_path, "empty.htm", "<html><body><script>var x = 1;</script></body></html>")
    result = read(tmp_path, "empty.htm")
    assert result.status == "skipped"


def test_source_from_string_keeps_text():
    text = "Headline\r\n\r\nBody\u00a0text with ``quotes''.\x0c"
    result = source_from_string(text, "gold/doc-1")
    assert result.status == "ok" and result.path == "gold/doc-1"
    assert result.units[0].text == text and result.units[0].segment
    assert result.sha256 and result.size == len(text.encode())
    assert source_from_string("  \n").status == "skipped"


def test_control_pattern_counts_the_control_characters():
    """_looks_binary counts with a regex: exactly the characters of _CONTROL_CHARS."""
    from pipeline.articles.ingest import _CONTROL_CHARS, _CONTROL_RE

    every = "".join(chr(c) for c in range(0x3000)) * 2
    assert _CONTROL_RE.findall(every) == [ch for ch in every if ch in _CONTROL_CHARS]
