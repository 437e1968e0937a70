"""`claims report`: one self-contained HTML page about a run's outputs.

The page opens without a network: the Vega, Vega-Lite and Vega-Embed JavaScript comes from
`vl_convert.javascript_bundle()` (package vl-convert-python) and is inlined. Each chart is an
Altair/Vega-Lite spec over *aggregated* data (so the page stays small for big corpora) and
has the table it was drawn from under it.

Sections (each a plain function from DataFrames to a DataFrame, then a chart spec):
  stance_matrix      stance of the top speakers on each issue (heatmap)
  claims_over_time   claims per day/week/month by issue (stacked bars)
  speaker_summary    top speakers, claims by kind, issues, representative quotes
  claim_reach        how many articles / outlets carried each statement (duplicates)

Counting rule: a statement repeated by another article (`duplicate_of` set) is counted once,
under its first report; its repeats show up in the reach section.  All text from the data is
HTML-escaped (Jinja2 autoescape); chart specs are embedded as JSON with `<`, `>` and `&`
escaped so no data can close the script element.
"""

from __future__ import annotations

import functools
import json
import os
import tempfile
import warnings
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import jinja2
import pandas as pd

from pipeline.load import KNOWN_CATEGORIES, Outputs, load

TOP_SPEAKERS = 15
TOP_REACH = 15
QUOTES_PER_SPEAKER = 2
ALIASES_SHOWN = 3           # other names of a speaker on its card
MAX_QUOTE_CHARS = 400  # longer quotes are clipped in the page (the Parquet files have them whole)
MAX_SOURCES = 10  # source files listed per claim in the reach table
MAX_PERIODS = 60
MAX_FILLED_PERIODS = 300  # empty periods are drawn (as gaps) up to this many
TRIM_MIN_ROWS = 100
TRIM_QUANTILE = 0.01
NO_ISSUE = "(no issue)"
STANCE_COLORS = {"support": "#3a7dbf", "neutral": "#b8bec6", "oppose": "#d2553f"}
KIND_COLORS = {"direct": "#2f4b7c", "indirect": "#7a9cc6", "mixed": "#c7a24a"}
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

_TEMPLATES = Path(__file__).parent / "templates"


# ----------------------------------------------------------------------------- data


def unique_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per claim (the claims table has one row per claim x issue)."""
    return claims.drop_duplicates("claim_id").reset_index(drop=True)


def first_reports(claims: pd.DataFrame) -> pd.DataFrame:
    """Claim x issue rows of first reports only: rows whose `duplicate_of` is null or names
    no claim in the table (so a dangling link never hides a claim)."""
    dup = claims["duplicate_of"]
    return claims[dup.isna() | ~dup.isin(claims["claim_id"])]


def stance_matrix(claims: pd.DataFrame, top: int = TOP_SPEAKERS) -> pd.DataFrame:
    """Per (speaker, issue) of the `top` speakers with most issue-tagged claims: counts of
    support / oppose / neutral / unclassified, total, and net = (support - oppose) / total."""
    rows = first_reports(claims)
    rows = rows[rows["issue"].notna()]
    cols = ["speaker", "issue", "support", "oppose", "neutral", "no stance", "total", "net"]
    if rows.empty:
        return pd.DataFrame(columns=cols)
    speakers = (
        rows.groupby("speaker", observed=True).size().sort_values(ascending=False, kind="stable")
    )
    keep = list(speakers.index[:top])
    rows = rows[rows["speaker"].isin(keep)]
    stance = rows["stance"].astype("string").fillna("no stance")
    table = (
        pd.crosstab([rows["speaker"].astype(str), rows["issue"].astype(str)], stance)
        .reindex(columns=["support", "oppose", "neutral", "no stance"], fill_value=0)
        .reset_index()
    )
    table["total"] = table[["support", "oppose", "neutral", "no stance"]].sum(axis=1)
    table["net"] = ((table["support"] - table["oppose"]) / table["total"]).round(2)
    order = {s: i for i, s in enumerate(keep)}
    table = table.sort_values(
        ["speaker", "issue"], key=lambda s: s.map(order) if s.name == "speaker" else s
    )
    return table[cols].reset_index(drop=True)


def claim_dates(claims: pd.DataFrame) -> pd.Series:
    """When each claim was made: `said_on`, else the article's `published` date."""
    return claims["said_on"].fillna(claims["published"])


def _granularity(start: pd.Timestamp, end: pd.Timestamp) -> tuple[str, str]:
    days = (end - start).days + 1
    if days <= MAX_PERIODS:
        return "D", "day"
    if days / 7 <= MAX_PERIODS:
        return "W-SUN", "week"  # weeks starting on Monday
    if days / 30.4 <= MAX_PERIODS:
        return "M", "month"
    return "Y", "year"


def claims_over_time(claims: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """Claims per period and issue (long format: period, issue, claims), with every period
    between the first and last date present, and the period name (day/week/month/year).
    Claims without any date are left out, and so are outlying dates (beyond the 1st and 99th
    percentile, when there are at least TRIM_MIN_ROWS rows); a claim on two issues counts
    under each, one without an issue under NO_ISSUE."""
    rows = first_reports(claims).copy()
    rows["date"] = claim_dates(rows)
    rows = rows[rows["date"].notna()]
    if rows.empty:
        return pd.DataFrame(columns=["period", "issue", "claims"]), "day"
    if len(rows) >= TRIM_MIN_ROWS:  # a few misread dates (1900, 2099) must not stretch the axis
        lo = rows["date"].quantile(TRIM_QUANTILE, interpolation="lower")
        hi = rows["date"].quantile(1 - TRIM_QUANTILE, interpolation="higher")
        rows = rows[rows["date"].between(lo, hi)]
    freq, name = _granularity(rows["date"].min(), rows["date"].max())
    periods = rows["date"].dt.to_period(freq)
    rows["period"] = periods.dt.start_time.dt.strftime(
        "%Y-%m-%d" if name in ("day", "week") else "%Y-%m" if name == "month" else "%Y"
    )
    rows["issue"] = rows["issue"].astype("string").fillna(NO_ISSUE)
    counts = rows.groupby(["period", "issue"]).size().rename("claims").reset_index()
    if periods.max().ordinal - periods.min().ordinal < MAX_FILLED_PERIODS:
        full = pd.period_range(periods.min(), periods.max(), freq=freq).start_time
        labels = list(
            full.strftime(
                "%Y-%m-%d" if name in ("day", "week") else "%Y-%m" if name == "month" else "%Y"
            )
        )
    else:  # centuries between a few stray dates: show the periods that have claims only
        labels = sorted(set(rows["period"]), key=lambda p: (len(p), p))
    issues = sorted(set(counts["issue"]) - {NO_ISSUE}) + (
        [NO_ISSUE] if NO_ISSUE in set(counts["issue"]) else []
    )
    grid = pd.MultiIndex.from_product([labels, issues], names=["period", "issue"])
    counts = counts.set_index(["period", "issue"]).reindex(grid, fill_value=0).reset_index()
    return counts, name


def _reach_members(claims: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """(root claim_id, article_id, outlet, source_file) for every article carrying a claim:
    the claim's article, the articles of its repeats, and all their near-duplicate copies."""
    uc = unique_claims(claims)[["claim_id", "article_id", "duplicate_of", "outlet", "source_file"]]
    parent = dict(zip(uc["claim_id"], uc["duplicate_of"]))

    def root(cid: str) -> str:
        seen = set()
        while isinstance(parent.get(cid), str) and parent[cid] in parent and cid not in seen:
            seen.add(cid)
            cid = parent[cid]
        return cid

    uc = uc.assign(
        root=[
            root(c) if isinstance(d, str) else c for c, d in zip(uc["claim_id"], uc["duplicate_of"])
        ]
    )
    arts = articles[["article_id", "duplicate_of", "outlet", "source_file"]].copy()
    arts["canon"] = arts["duplicate_of"].fillna(arts["article_id"])
    canon_of = dict(zip(arts["article_id"], arts["canon"]))
    uc["canon"] = [canon_of.get(a, a) for a in uc["article_id"]]
    own = uc[["canon", "article_id", "outlet", "source_file"]]
    members = pd.concat(
        [arts[["canon", "article_id", "outlet", "source_file"]], own]
    ).drop_duplicates(["canon", "article_id"])
    pairs = uc[["root", "canon"]].drop_duplicates()
    return pairs.merge(members, on="canon")


def claim_reach(claims: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per first-reported claim: speaker, quote, first date, and how many articles,
    outlets and source files carried it; sorted by reach (most repeated first)."""
    cols = ["claim_id", "speaker", "quote", "date", "articles", "outlets", "sources"]
    uc = unique_claims(first_reports(claims))
    if uc.empty:
        return pd.DataFrame(columns=cols)
    members = _reach_members(claims, articles)
    grouped = members.groupby("root")
    stats = pd.DataFrame(
        {
            "articles": grouped["article_id"].nunique(),
            "outlets": grouped["outlet"].nunique(),
            "sources": grouped["source_file"].agg(lambda s: sorted(set(s.dropna()))),
        }
    )
    out = uc.assign(date=claim_dates(uc)).set_index("claim_id").join(stats, how="left")
    out["articles"] = out["articles"].fillna(1).astype(int)
    out["outlets"] = out["outlets"].fillna(0).astype(int)
    out["sources"] = [v if isinstance(v, list) else [] for v in out["sources"]]
    out = out.reset_index().sort_values(
        ["articles", "outlets", "date"], ascending=[False, False, True], kind="stable"
    )
    return out[cols].reset_index(drop=True)


def reach_histogram(reach: pd.DataFrame) -> pd.DataFrame:
    """How many claims were carried by n articles and by n outlets (long: measure, n, claims)."""
    parts = []
    for measure in ("articles", "outlets"):
        vc = reach[measure].value_counts().sort_index()
        parts.append(
            pd.DataFrame({"measure": measure, "n": vc.index.astype(int), "claims": vc.values})
        )
    return (
        pd.concat(parts, ignore_index=True)
        if parts
        else pd.DataFrame(columns=["measure", "n", "claims"])
    )


def representative_quotes(
    speaker_claims: pd.DataFrame, reach: pd.DataFrame, n: int = QUOTES_PER_SPEAKER
) -> list[str]:
    """The speaker's `n` most representative distinct quotes: most widely carried first,
    then direct quotes, then ones with a clear stance, then lengths near a readable 140 chars."""
    uc = unique_claims(speaker_claims)
    if uc.empty:
        return []
    carried = dict(zip(reach["claim_id"], reach["articles"]))
    stanced = set(
        speaker_claims.loc[speaker_claims["stance"].isin(["support", "oppose"]), "claim_id"]
    )
    scored = sorted(
        (
            (-carried.get(c, 1), k != "direct", c not in stanced, abs(len(q) - 140), q)
            for c, k, q in zip(uc["claim_id"], uc["kind"].astype(str), uc["quote"].astype(str))
        ),
    )
    quotes: list[str] = []
    for *_, q in scored:
        q = _clip(q)
        if q not in quotes:
            quotes.append(q)
        if len(quotes) == n:
            break
    return quotes


def _clip(text: str, limit: int = MAX_QUOTE_CHARS) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + " …"


def speaker_keys(frame: pd.DataFrame) -> pd.Series:
    """One key per speaker: the corpus-level `speaker_id` (outputs since the speakers
    table), else the speaker string."""
    names = "name:" + frame["speaker"].astype(str)
    if "speaker_id" not in frame.columns:
        return names
    ids = frame["speaker_id"].astype(object)
    return ids.where(ids.notna() & (ids != ""), names)


def _table_entry(speakers: pd.DataFrame | None, key: str) -> dict[str, Any] | None:
    if speakers is None or speakers.empty or key.startswith("name:"):
        return None
    rows = speakers[speakers["speaker_id"] == key]
    return None if rows.empty else rows.iloc[0].to_dict()


def _card_identity(mine: pd.DataFrame, entry: dict[str, Any] | None) -> dict[str, str]:
    """Name, type, main role and other names of a speaker: from its speakers-table row
    when there is one (corpus-wide type, the role most articles give), else its claims."""
    if entry is not None:
        roles = [r["role"] for r in entry.get("roles") or []]
        others = [a for a in entry.get("aliases") or []     # most used first; short names
                  if a != entry["name"] and len(a.split()) <= 4 and " and " not in a]
        return {"speaker": str(entry["name"]), "type": str(entry["speaker_type"]),
                "role": roles[0] if roles else "", "also": ", ".join(others[:ALIASES_SHOWN])}
    roles = mine["speaker_role"].dropna().value_counts()
    kind = mine["speaker_type"]
    return {"speaker": str(mine["speaker"].iloc[0]),
            "type": str(kind.mode().iloc[0]) if kind.notna().any() else "",
            "role": str(roles.index[0]) if len(roles) else "", "also": ""}


def speaker_summary(
    claims: pd.DataFrame, reach: pd.DataFrame, top: int = TOP_SPEAKERS,
    speakers: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The `top` speakers by first-reported claims (one per `speaker_id`, named by the
    speakers table): type, most frequent role, other names, claims (and by kind), articles
    reached, main issues, representative quotes."""
    cols = [
        "speaker",
        "type",
        "role",
        "also",
        "claims",
        *KNOWN_CATEGORIES["kind"],
        "articles",
        "issues",
        "quotes",
    ]
    rows = first_reports(claims)
    uc = unique_claims(rows)
    if uc.empty:
        return pd.DataFrame(columns=cols)
    rows, uc = rows.assign(_key=speaker_keys(rows)), uc.assign(_key=speaker_keys(uc))
    counts = uc.groupby("_key").size().sort_values(ascending=False, kind="stable")
    carried = dict(zip(reach["claim_id"], reach["articles"]))
    records = []
    for key in counts.index[:top]:
        mine = uc[uc["_key"] == key]
        mine_rows = rows[rows["_key"] == key]
        kinds = mine["kind"].astype(str).value_counts()
        issues = mine_rows["issue"].dropna().astype(str).value_counts()
        records.append(
            {
                **_card_identity(mine, _table_entry(speakers, key)),
                "claims": len(mine),
                **{k: int(kinds.get(k, 0)) for k in KNOWN_CATEGORIES["kind"]},
                "articles": int(sum(carried.get(c, 1) for c in mine["claim_id"])),
                "issues": ", ".join(f"{i} ({c})" for i, c in issues.head(3).items()),
                "quotes": representative_quotes(mine_rows, reach),
            }
        )
    return pd.DataFrame.from_records(records, columns=cols)


# ----------------------------------------------------------------------------- charts


def _values(df: pd.DataFrame) -> list[dict[str, Any]]:
    """JSON-ready records (NA -> None, numpy scalars -> Python)."""
    return json.loads(df.to_json(orient="records", date_format="iso"))


def _base_config() -> dict[str, Any]:
    return {
        "font": FONT,
        "view": {"stroke": None},
        "axis": {
            "labelFontSize": 12,
            "titleFontSize": 12,
            "titleFontWeight": 600,
            "labelColor": "#333",
            "titleColor": "#333",
            "gridColor": "#eceef1",
        },
        "legend": {"labelFontSize": 12, "titleFontSize": 12, "orient": "top"},
    }


def _spec(chart) -> dict[str, Any]:
    """The chart's Vega-Lite spec. Not validated against the Vega-Lite JSON schema on each
    report (the same dict; validating took ~0.03 s CPU of a report on 120 bench articles):
    tests/test_report.py validates the specs of its reports."""
    return chart.configure(**_base_config()).to_dict(validate=False)


def stance_heatmap_spec(matrix: pd.DataFrame) -> dict[str, Any]:
    import altair as alt

    speakers = list(dict.fromkeys(matrix["speaker"]))
    issues = sorted(set(matrix["issue"]))
    data = alt.Data(values=_values(matrix))
    tooltip = [
        alt.Tooltip("speaker:N"),
        alt.Tooltip("issue:N"),
        alt.Tooltip("support:Q"),
        alt.Tooltip("oppose:Q"),
        alt.Tooltip("neutral:Q"),
        alt.Tooltip("no stance:Q"),
        alt.Tooltip("net:Q", format="+.2f"),
    ]
    base = alt.Chart(data).encode(
        x=alt.X(
            "issue:N",
            sort=issues,
            title=None,
            axis=alt.Axis(
                orient="top", labelAngle=-30 if len(issues) <= 8 else -50, labelLimit=220
            ),
        ),
        y=alt.Y("speaker:N", sort=speakers, title=None, axis=alt.Axis(labelLimit=260)),
    )
    cells = base.mark_rect(stroke="white", strokeWidth=2).encode(
        color=alt.Color(
            "net:Q",
            title="net stance: (support − oppose) / claims",
            scale=alt.Scale(
                domain=[-1, 0, 1],
                range=[STANCE_COLORS["oppose"], "#f4f4f2", STANCE_COLORS["support"]],
                interpolate="lab",
            ),
            legend=alt.Legend(
                orient="top", gradientLength=260, titleLimit=420, values=[-1, -0.5, 0, 0.5, 1]
            ),
        ),
        tooltip=tooltip,
    )
    labels = base.mark_text(fontSize=12, fontWeight=600).encode(
        text=alt.Text("total:Q"),
        color=alt.condition("abs(datum.net) > 0.55", alt.value("white"), alt.value("#222")),
        tooltip=tooltip,
    )
    chart = (cells + labels).properties(
        width=max(240, (120 if len(issues) <= 8 else 72) * len(issues)),
        height=max(60, 28 * len(speakers)),
    )
    return _spec(chart)


def timeline_spec(counts: pd.DataFrame, period: str) -> dict[str, Any]:
    import altair as alt

    issues = list(dict.fromkeys(counts["issue"]))
    axis_title = "week starting" if period == "week" else period
    colors = list(_palette(len(issues)))
    if NO_ISSUE in issues:
        colors[issues.index(NO_ISSUE)] = "#c9ccd1"
    chart = (
        alt.Chart(alt.Data(values=_values(counts)))
        .mark_bar()
        .encode(
            x=alt.X(
                "period:O", title=axis_title, axis=alt.Axis(labelAngle=-45, labelOverlap="parity")
            ),
            y=alt.Y("sum(claims):Q", title="claims"),
            color=alt.Color(
                "issue:N", sort=issues, scale=alt.Scale(domain=issues, range=colors), title="issue"
            ),
            order=alt.Order("issue_order:Q"),
            tooltip=[
                alt.Tooltip("period:O", title=axis_title),
                alt.Tooltip("issue:N"),
                alt.Tooltip("claims:Q"),
            ],
        )
        .transform_calculate(issue_order=f"indexof({json.dumps(issues)}, datum.issue)")
        .properties(width=880, height=280)
    )
    return _spec(chart)


def speakers_spec(summary: pd.DataFrame) -> dict[str, Any]:
    import altair as alt

    kinds = KNOWN_CATEGORIES["kind"]
    long = summary[["speaker", *kinds]].melt(
        id_vars=["speaker"], var_name="kind", value_name="claims"
    )
    long = long[long["claims"] > 0]
    speakers = list(summary["speaker"])
    chart = (
        alt.Chart(alt.Data(values=_values(long)))
        .mark_bar()
        .encode(
            y=alt.Y("speaker:N", sort=speakers, title=None, axis=alt.Axis(labelLimit=260)),
            x=alt.X("sum(claims):Q", title="claims (first reports)"),
            color=alt.Color(
                "kind:N",
                scale=alt.Scale(domain=kinds, range=[KIND_COLORS[k] for k in kinds]),
                title="kind",
            ),
            order=alt.Order("kind_order:Q"),
            tooltip=[alt.Tooltip("speaker:N"), alt.Tooltip("kind:N"), alt.Tooltip("claims:Q")],
        )
        .transform_calculate(kind_order=f"indexof({json.dumps(kinds)}, datum.kind)")
        .properties(width=620, height=max(60, 24 * len(speakers)))
    )
    return _spec(chart)


def reach_spec(hist: pd.DataFrame) -> dict[str, Any]:
    import altair as alt

    measures = ["articles", "outlets"]
    chart = (
        alt.Chart(alt.Data(values=_values(hist)))
        .mark_bar()
        .encode(
            x=alt.X("n:O", title="carried by n articles / n outlets", axis=alt.Axis(labelAngle=0)),
            xOffset=alt.XOffset("measure:N", sort=measures),
            y=alt.Y("claims:Q", title="claims"),
            color=alt.Color(
                "measure:N",
                sort=measures,
                scale=alt.Scale(domain=measures, range=["#2f4b7c", "#e39b4f"]),
                title="counted in",
            ),
            tooltip=[
                alt.Tooltip("measure:N", title="counted in"),
                alt.Tooltip("n:O", title="n"),
                alt.Tooltip("claims:Q"),
            ],
        )
        .properties(width=max(240, 90 * hist["n"].nunique()), height=240)
    )
    return _spec(chart)


def _palette(n: int) -> list[str]:
    base = [
        "#4c78a8",
        "#f58518",
        "#54a24b",
        "#e45756",
        "#72b7b2",
        "#b279a2",
        "#ff9da6",
        "#9d755d",
        "#eeca3b",
        "#bab0ac",
        "#1b9e77",
        "#7570b3",
    ]
    return [base[i % len(base)] for i in range(n)]


_pending_bundle: Future | None = None     # the bundle being made on a thread (prefetch)


@functools.lru_cache(maxsize=1)
def vega_bundle() -> str:
    """Vega + Vega-Lite + Vega-Embed as one offline script (from vl-convert-python), in the
    Vega-Lite version Altair writes: the one `prefetch_vega_bundle` started, else this
    machine's stored copy, else made here (`_bundle`)."""
    global _pending_bundle
    job, _pending_bundle = _pending_bundle, None
    return job.result() if job is not None else _bundle()


def prefetch_vega_bundle() -> None:
    """Start getting the bundle on a thread of its own, so that a run's report does not wait
    for it: making it costs ~2 s of CPU in vl-convert's own code, which lets other Python
    threads run (on a second core while the run parses). Start it only once the run's worker
    processes exist: a process forked while another thread runs inherits that thread's locks
    held."""
    global _pending_bundle
    if _pending_bundle is None and vega_bundle.cache_info().currsize == 0:
        pool = ThreadPoolExecutor(1, thread_name_prefix="vega-bundle")
        _pending_bundle = pool.submit(_bundle)
        pool.shutdown(wait=False)


def bundle_path(vlc_version: str, vl_version: str) -> Path:
    """Where the bundle of these versions is kept on this machine:
    `$XDG_CACHE_HOME/claims/` (default `~/.cache/claims/`)."""
    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(home) / "claims" / f"vega-bundle-{vlc_version}-{vl_version}.js"


def _bundle() -> str:
    """The bundle, read from this machine's copy when there is one (it depends only on the
    versions of vl-convert and Vega-Lite), else made and stored there (atomically; a folder
    that cannot be written only means it is made again next time)."""
    import vl_convert as vlc
    from altair.utils._importers import vl_version_for_vl_convert

    vl_version = vl_version_for_vl_convert()
    path = bundle_path(getattr(vlc, "__version__", "unknown"), vl_version)
    try:
        stored = path.read_text(encoding="utf-8")
        if stored:
            return stored
    except (OSError, UnicodeError):
        pass
    bundle = vlc.javascript_bundle(vl_version=vl_version)
    bundle = bundle.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomic(path, bundle, prefix=".vega-", suffix=".tmp")
    except OSError:
        pass
    return bundle


def _write_atomic(path: Path, text: str, prefix: str, suffix: str,
                  mode: int | None = None) -> None:
    """Write `text` to `path` through a temporary file in its folder, renamed over it (a reader
    never sees half a file; the temporary file is removed on failure); `mode`: its permission
    bits, else mkstemp's (owner only)."""
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def script_json(value: Any) -> str:
    """JSON safe to place inside a <script> element: no '<', '>' or '&' can end it."""
    text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    for ch, esc in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(ch, esc)
    return text


# ----------------------------------------------------------------------------- page


@dataclass
class Table:
    columns: list[str]
    rows: list[list[Any]]
    numeric: set[str] = field(default_factory=set)
    caption: str = ""
    note: str = ""


@dataclass
class Section:
    id: str
    title: str
    lead: str
    spec: dict[str, Any] | None = None
    table: Table | None = None
    empty: str = ""
    spec_json: str = ""
    cards: list[dict[str, Any]] = field(default_factory=list)


def _table(df: pd.DataFrame, caption: str = "", note: str = "") -> Table:
    numeric = {c for c in df.columns if pd.api.types.is_numeric_dtype(df[c])}
    rows = [[_cell(v) for v in row] for row in df.itertuples(index=False, name=None)]
    return Table(
        columns=[str(c) for c in df.columns], rows=rows, numeric=numeric, caption=caption, note=note
    )


def _cell(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float):
        return f"{value:+.2f}" if -1 <= value <= 1 else f"{value:,.1f}"
    return value


def _stance_section(claims: pd.DataFrame) -> Section:
    matrix = stance_matrix(claims)
    section = Section(
        "stance",
        "Who stands where",
        f"Stance of the {TOP_SPEAKERS} speakers with most issue-tagged claims toward each "
        "issue's proposition. Blue: mostly support, red: mostly oppose, pale: neutral or "
        "split. The number in a cell is the count of claims.",
    )
    if matrix.empty:
        section.empty = "No claim was matched to an issue, so there is no stance to show."
        return section
    section.spec = stance_heatmap_spec(matrix)
    section.table = _table(matrix, "Claims by speaker, issue and stance")
    return section


def _time_section(claims: pd.DataFrame) -> Section:
    counts, period = claims_over_time(claims)
    section = Section(
        "time",
        "Claims over time",
        f"Claims per {period} and issue, dated by when the statement was made "
        "(said_on) or else when the article was published. A claim on two issues counts "
        "under each.",
    )
    if counts.empty:
        section.empty = (
            "No claim has a date (neither said_on nor published), so there is no timeline."
        )
        return section
    rows = first_reports(claims)
    undated = int(claim_dates(rows).isna().sum())
    outlying = int(claim_dates(rows).notna().sum()) - int(counts["claims"].sum())
    section.spec = timeline_spec(counts, period)
    pivot = counts.pivot_table(
        index="period", columns="issue", values="claims", aggfunc="sum", fill_value=0, sort=False
    )
    pivot = pivot[list(dict.fromkeys(counts["issue"]))]
    pivot = pivot[pivot.sum(axis=1) > 0]
    pivot["total"] = pivot.sum(axis=1)
    table = pivot.reset_index().rename(columns={"period": period})
    table.columns.name = None
    notes = []
    if undated:
        notes.append(f"{undated} claim × issue row(s) without any date are not shown.")
    if outlying:
        notes.append(
            f"{outlying} row(s) with outlying dates (before the 1st or after the 99th "
            "percentile) are not shown."
        )
    note = " ".join(notes)
    section.table = _table(table, f"Claims per {period} (periods without claims omitted)", note)
    return section


def _speakers_section(claims: pd.DataFrame, reach: pd.DataFrame,
                      speakers: pd.DataFrame | None = None) -> Section:
    summary = speaker_summary(claims, reach, speakers=speakers)
    section = Section(
        "speakers",
        "Top speakers",
        "Who is quoted most, by kind of quotation, with their most representative "
        "quotes: the most widely carried first, direct quotes preferred.",
    )
    section.spec = speakers_spec(summary)
    section.table = _table(summary, f"Top {len(summary)} speakers: all numbers")
    for rec in summary.to_dict("records"):
        who = " · ".join(x for x in (rec["role"], rec["type"]) if x)
        # `articles` adds up, claim by claim, the articles that carried it (copies included)
        reach_note = (f"{_plural(rec['claims'], 'claim')}, carried "
                      f"{_plural(rec['articles'], 'time')} across articles")
        section.cards.append(
            {
                "speaker": rec["speaker"],
                "who": who,
                "also": rec["also"],
                "counts": reach_note,
                "issues": rec["issues"],
                "quotes": [q.rstrip(" ,;:") for q in rec["quotes"]],  # the card adds quote marks
            }
        )
    return section


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _reach_section(claims: pd.DataFrame, articles: pd.DataFrame, reach: pd.DataFrame) -> Section:
    section = Section(
        "reach",
        "Duplicates and sources per claim",
        "How many articles (near-duplicate copies included) and distinct outlets carried "
        "each statement. Most statements appear once; the table lists the most repeated.",
    )
    hist = reach_histogram(reach)
    section.spec = reach_spec(hist)
    top = reach.head(TOP_REACH).drop(columns=["claim_id"])
    top["quote"] = top["quote"].map(_clip)
    top["sources"] = top["sources"].map(
        lambda files: (
            files[:MAX_SOURCES] + [f"… and {len(files) - MAX_SOURCES} more"]
            if len(files) > MAX_SOURCES
            else files
        )
    )
    section.table = _table(top, f"The {len(top)} most widely carried claims")
    return section


def _summary(out: Outputs) -> list[tuple[str, str]]:
    claims, articles = out.claims, out.articles
    uc = unique_claims(claims)
    items: list[tuple[str, str]] = []
    counts = out.manifest.get("counts") if isinstance(out.manifest.get("counts"), dict) else {}
    files = out.manifest.get("files")
    n_files = (
        counts.get("files")
        if isinstance(counts.get("files"), int)
        else (len(files) if isinstance(files, list) else None)
    )
    if n_files is not None:
        items.append(("files", f"{n_files:,}"))
    items.append(("articles", f"{len(articles):,}"))
    items.append(("duplicate articles", f"{int(articles['duplicate_of'].notna().sum()):,}"))
    items.append(("claims", f"{len(uc):,}"))
    items.append(("repeated claims", f"{int(uc['duplicate_of'].notna().sum()):,}"))
    items.append(("speakers", f"{speaker_keys(uc).nunique():,}"))
    items.append(("issues", f"{claims['issue'].dropna().nunique():,}"))
    return items


def _date_range(claims: pd.DataFrame) -> str:
    dates = claim_dates(unique_claims(claims)).dropna()
    if dates.empty:
        return ""
    lo, hi = dates.min().strftime("%Y-%m-%d"), dates.max().strftime("%Y-%m-%d")
    return lo if lo == hi else f"{lo} to {hi}"


def _file_fates(manifest: dict[str, Any]) -> Table | None:
    files = manifest.get("files")
    if not isinstance(files, list) or not files:
        return None
    fates: dict[tuple[str, str], int] = {}
    for entry in files:
        if not isinstance(entry, dict):
            continue
        key = (str(entry.get("status", "?")), str(entry.get("reason") or ""))
        fates[key] = fates.get(key, 0) + 1
    df = pd.DataFrame(
        [(s, r, n) for (s, r), n in sorted(fates.items())], columns=["status", "reason", "files"]
    )
    return _table(df, "Input files by fate")


def _run_info(out: Outputs) -> list[tuple[str, str]]:
    meta = out.metadata
    labels = [
        ("pipeline_version", "pipeline"),
        ("model", "model"),
        ("config_hash", "config"),
        ("run_started", "started"),
        ("run_finished", "finished"),
    ]
    return [(label, str(meta[key])) for key, label in labels if meta.get(key) not in (None, "")]


def render(out: Outputs, source: str = "") -> str:
    """The report page for loaded outputs, as an HTML string."""
    claims, articles = out.claims, out.articles
    sections: list[Section] = []
    chart_error = ""
    if not claims.empty:
        reach = claim_reach(claims, articles)
        sections = [
            _stance_section(claims),
            _time_section(claims),
            _speakers_section(claims, reach, out.speakers),
            _reach_section(claims, articles, reach),
        ]
    bundle = ""
    if any(s.spec for s in sections):
        try:
            bundle = vega_bundle()
        except Exception as exc:  # missing/broken vl-convert: tables still make a useful report
            chart_error = (
                f"Charts are not drawn: the offline Vega bundle is unavailable "
                f"({type(exc).__name__}: {exc}). Install vl-convert-python."
            )
            warnings.warn(chart_error, stacklevel=2)
    for i, s in enumerate(sections):
        if s.spec and bundle:
            s.spec_json = script_json(s.spec)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    return env.get_template("report.html.j2").render(
        title="Claims report",
        source=source,
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        summary=_summary(out),
        date_range=_date_range(claims),
        run_info=_run_info(out),
        fates=_file_fates(out.manifest),
        sections=sections,
        has_claims=not claims.empty,
        bundle=bundle,
        chart_error=chart_error,
    )


def build_report(outputs_dir: Path, html_path: Path | None = None) -> Path:
    """Write the HTML report for the run in `outputs_dir` to `html_path` (default
    `outputs_dir/report.html`) and return its path.

    Raises FileNotFoundError / ValueError (one-line messages, from `load`) when the outputs
    are missing or unreadable."""
    outputs_dir = Path(outputs_dir)
    out = load(outputs_dir)
    html_path = Path(html_path) if html_path is not None else outputs_dir / "report.html"
    page = render(out, source=str(outputs_dir))
    html_path.parent.mkdir(parents=True, exist_ok=True)
    umask = os.umask(0)
    os.umask(umask)
    _write_atomic(html_path, page, prefix=".report-", suffix=".html", mode=0o666 & ~umask)
    return html_path
