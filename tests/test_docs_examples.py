"""The python examples in docs/analyse.md (and README.md's "Analyse the results" section, when
there is one) run against synthetic outputs, so they never rot.

Blocks of one document run in order in one namespace, as a reader would paste them, with the
working directory holding an `outputs/` folder (a single file per table, or folders of parts).
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from report_fixtures import write_outputs

ROOT = Path(__file__).resolve().parent.parent
SECTION = "Analyse the results"
FENCE = re.compile(r"^```python[ \t]*\n(.*?)^```[ \t]*$", re.M | re.S)


def section(markdown: str, title: str) -> str:
    """The text of the heading `title` (any level) up to the next heading of the same or a
    higher level; "" when there is no such heading."""
    lines = markdown.splitlines(keepends=True)
    start = level = None
    fenced = False
    for i, line in enumerate(lines):
        if line.startswith("```"):
            fenced = not fenced
        m = None if fenced else re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if not m:
            continue
        if start is None and m.group(2).strip().lower() == title.lower():
            start, level = i, len(m.group(1))
        elif start is not None and len(m.group(1)) <= level:
            return "".join(lines[start:i])
    return "".join(lines[start:]) if start is not None else ""


def python_blocks(markdown: str) -> list[str]:
    return [m.group(1) for m in FENCE.finditer(markdown)]


def documents() -> list:
    docs = []
    analyse = ROOT / "docs" / "analyse.md"
    docs.append(
        pytest.param(
            analyse.read_text(encoding="utf-8") if analyse.exists() else "", id="docs/analyse.md"
        )
    )
    readme = ROOT / "README.md"
    text = section(readme.read_text(encoding="utf-8"), SECTION) if readme.exists() else ""
    docs.append(
        pytest.param(
            text,
            id="README.md",
            marks=[] if text else pytest.mark.skip(reason=f"README.md has no '{SECTION}' section"),
        )
    )
    return docs


def test_section_extraction():
    md = "# T\n## Analyse the results\nA\n### Sub\n```py\n# comment\n```\nB\n## Next\nC\n"
    assert section(md, SECTION) == "## Analyse the results\nA\n### Sub\n```py\n# comment\n```\nB\n"
    assert section("# T\nnothing\n", SECTION) == ""


def test_python_blocks_extraction():
    md = "x\n```python\na = 1\n```\n```bash\nls\n```\n```python\nb = a\n```\n"
    assert python_blocks(md) == ["a = 1\n", "b = a\n"]


def test_analyse_doc_has_examples():
    text = (ROOT / "docs" / "analyse.md").read_text(encoding="utf-8")
    assert len(python_blocks(text)) >= 4
    assert "duckdb" in text and "load(" in text


@pytest.mark.parametrize("parts", [0, 2], ids=["single-file", "parts"])
@pytest.mark.parametrize("markdown", documents())
def test_examples_run(markdown, parts, tmp_path, monkeypatch, capsys):
    blocks = python_blocks(markdown)
    assert blocks, "no python examples found"
    if any(
        re.search(r"^\s*import duckdb", b, re.M) for b in blocks
    ) and not importlib.util.find_spec("duckdb"):
        pytest.skip("duckdb is not installed (pip install duckdb)")
    write_outputs(tmp_path / "outputs", parts=parts)
    monkeypatch.chdir(tmp_path)
    namespace: dict = {"__name__": "__docs__"}
    for i, block in enumerate(blocks, 1):
        try:
            exec(compile(block, f"<example {i}>", "exec"), namespace)
        except Exception as exc:  # show which example broke
            pytest.fail(f"example {i} failed: {type(exc).__name__}: {exc}\n{block}")
    assert capsys.readouterr().out  # the examples print their results
