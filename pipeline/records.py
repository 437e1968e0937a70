"""The typed records that flow between stages, and the pyarrow schemas of the output tables.

Data flow (one record type per step, each stage a function from records to records):

    ingest   path          -> SourceFile (decoded text units, or a skip/failure reason)
    segment  SourceText    -> RawArticle*  (header fields + body span in source coordinates)
    clean    RawArticle    -> Article      (clean text + a char map back to the source text)
    dedup    Article*      -> Article*     (cluster_id, duplicate_of filled in)
    claims   Article + Doc -> Attribution* (quote span, kind, cue, speaker)
    enrich   Attribution   -> Claim        (canonical speaker, said_on, issues, stance)
    write    Claim*        -> claims.parquet rows (one per claim x issue)

Offsets: `Article.text` is the cleaned article text; claim `start`/`end` index into it.
`Article.char_map[i]` is the index in `SourceText.text` of the character `Article.text[i]`
came from, so any claim can be mapped back to the file it was read from.
"""
from __future__ import annotations

import dataclasses
import hashlib
from array import array
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from typing import Iterator, Mapping, Sequence

import pyarrow as pa

FILE_OK = "ok"
FILE_SKIPPED = "skipped"
FILE_FAILED = "failed"

DICT_STRING = pa.dictionary(pa.int32(), pa.string())   # a column of few distinct strings


def stable_hash(*parts: str, length: int = 16) -> str:
    """A short, stable hex digest of the given strings (order-sensitive)."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


@dataclass(frozen=True)
class SourceText:
    """One unit of decoded text from a file, handed to segmentation.

    A plain text file gives one unit (which may still hold several articles); a JSON/JSONL
    file gives one unit per record; an HTML page gives its extracted main text.
    `fields` carries metadata given by structured input (title, outlet, published, url);
    those values win over what segmentation finds.  `segment` is False when the unit is
    known to be exactly one article (structured input).
    """

    source_file: str                      # path relative to the corpus folder (posix)
    text: str
    unit_index: int = 0                   # index of this unit within its file
    fields: Mapping[str, str] = field(default_factory=dict)
    segment: bool = True


@dataclass(frozen=True)
class SourceFile:
    """A corpus file after ingest: its identity, its fate, and its decoded text units."""

    path: str                             # relative to the corpus folder (posix)
    size: int
    sha256: str                           # of the raw bytes ("" when unreadable)
    mtime: float
    format: str                           # text | html | json | jsonl | unknown
    encoding: str | None
    status: str                           # ok | skipped | failed
    reason: str | None = None
    units: tuple[SourceText, ...] = ()


@dataclass(frozen=True)
class RawArticle:
    """An article found by segmentation, before cleaning.

    `body` is `unit.text[body_start:body_end]` (the article's text region, boilerplate
    still in it); header fields are as found on the page.
    """

    source_file: str
    article_index: int                    # index of the article within its file
    unit_text: str                        # the SourceText.text it was cut from
    body_start: int
    body_end: int
    outlet: str | None = None
    section: str | None = None
    title: str | None = None
    dateline: str | None = None           # raw dateline text ("6 days ago", "31-07-2025")
    fields: Mapping[str, str] = field(default_factory=dict)

    @property
    def body(self) -> str:
        return self.unit_text[self.body_start:self.body_end]


def char_map_array(cmap: Sequence[int]) -> array:
    """An increasing char map as a packed array: 2 bytes an index below 2**16, else 4 (8 from
    2**32 on).

    Indexing, slicing and len work as on a tuple, and a pickle holds one bytes object. A tuple
    of one int object per character (788k on the 300 bench articles) held 30 MiB of prepared
    files and took 17 ms to pickle, 37 ms to unpickle (the array: 3.5 MiB, 5 ms, 5 ms).

    >>> char_map_array([3, 4, 7])[2], len(char_map_array([3, 4, 7]))
    (7, 3)
    """
    return array(char_map_typecode(cmap[-1] if len(cmap) else 0), cmap)


def char_map_typecode(last: int) -> str:
    """The array typecode of a char map whose largest (last) source index is `last`."""
    return "H" if last < 1 << 16 else "I" if last < 1 << 32 else "q"


@dataclass(frozen=True)
class Article:
    """A cleaned article: the unit of deduplication and NLP."""

    article_id: str                       # stable hash of the cleaned text
    source_file: str
    article_index: int = field(metadata={"arrow": pa.int16()})
    text: str                             # cleaned text; claim offsets point into it
    char_map: Sequence[int]               # text[i] came from unit_text[char_map[i]] (char_map_array)
    outlet: str | None = None
    section: str | None = None
    title: str | None = None
    dateline: str | None = None
    published: date | None = None
    date_flag: str | None = None          # where `published` came from ("text", "file-name", ...)
    context_year: int | None = None       # year month-days fall in when `published` is unknown
    n_words: int = 0
    cluster_id: str = ""
    duplicate_of: str | None = None       # article_id of the canonical copy, None if canonical
    url: str | None = None

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of `text` back to the source text unit."""
        if end <= start:
            raise ValueError("empty span")
        return self.char_map[start], self.char_map[end - 1] + 1


@dataclass(frozen=True)
class Attribution:
    """A claim found in a Doc: what was said, how, and the mention of who said it."""

    start: int                            # char offsets of the claim content in Article.text
    end: int
    kind: str                             # direct | indirect | mixed
    cue: str | None                       # reporting verb or phrase as written
    speaker_mention: str | None           # the text at the attribution ("he", "a senior official")
    speaker: str | None                   # resolved canonical speaker
    speaker_type: str                     # person | organization | anonymous | document | unknown
    speaker_role: str | None = None
    sent_start: int = 0                   # char span of the sentence(s) holding the attribution
    sent_end: int = 0
    evidence: str | None = None           # which rule found the claim


@dataclass(frozen=True)
class IssueStance:
    issue: str
    stance: str                           # support | oppose | neutral
    evidence: str


@dataclass(frozen=True)
class Claim:
    claim_id: str
    article_id: str
    source_file: str
    outlet: str | None
    title: str | None
    published: date | None
    speaker_id: str                       # row in speakers.parquet ("" until linked)
    speaker: str
    speaker_mention: str
    speaker_type: str = field(metadata={"arrow": DICT_STRING})
    speaker_role: str | None
    cue: str
    kind: str = field(metadata={"arrow": DICT_STRING})
    quote: str
    start: int
    end: int
    said_on: date | None = None
    said_on_raw: str | None = None
    said_on_flag: str | None = None       # where a month-day's year came from, when not the
                                          # article: "page-year", "corpus-year", "config-year"
    issues: tuple[IssueStance, ...] = ()
    duplicate_of: str | None = None


SPEAKER_TYPES = ["person", "organization", "anonymous", "document", "unknown"]
KINDS = ["direct", "indirect", "mixed"]
STANCES = ["support", "oppose", "neutral"]


# ------------------------------------------------------------------ output tables
#
# The columns of both tables are the fields of `Claim` and `Article`: a field's annotation
# gives its Arrow type (`ARROW_TYPES`; `X | None` is nullable), a field's metadata can say
# otherwise (`column(...)`). `Claim.issues` is spread into the issue/stance/stance_evidence
# columns (one row per claim x issue). Add a field to the dataclass and the table has it.

ARROW_TYPES: dict[str, pa.DataType] = {"str": pa.string(), "int": pa.int32(),
                                       "date": pa.date32()}

ISSUE_COLUMNS = [pa.field("issue", DICT_STRING), pa.field("stance", DICT_STRING),
                 pa.field("stance_evidence", pa.string())]

ARTICLE_COLUMNS = ("article_id", "source_file", "article_index", "outlet", "section", "title",
                   "dateline", "published", "date_flag", "url", "text", "n_words",
                   "cluster_id", "duplicate_of")


def arrow_field(f: dataclasses.Field) -> pa.Field:
    """The Arrow field of a dataclass field: `str | None` -> nullable string, `int` -> int32."""
    annotation = str(f.type)
    nullable = annotation.endswith(" | None")
    base = annotation.removesuffix(" | None")
    arrow = f.metadata.get("arrow") or ARROW_TYPES[base]
    return pa.field(f.name, arrow, nullable=nullable)


def _fields(cls) -> dict[str, dataclasses.Field]:
    return {f.name: f for f in dataclasses.fields(cls)}


def claims_schema() -> pa.Schema:
    columns: list[pa.Field] = []
    for f in dataclasses.fields(Claim):
        columns.extend(ISSUE_COLUMNS if f.name == "issues" else [arrow_field(f)])
    return pa.schema(columns)


def articles_schema() -> pa.Schema:
    fields = _fields(Article)
    return pa.schema([arrow_field(fields[name]) for name in ARTICLE_COLUMNS])


CLAIMS_SCHEMA = claims_schema()
ARTICLES_SCHEMA = articles_schema()
_CLAIM_COLUMNS = tuple(f.name for f in dataclasses.fields(Claim) if f.name != "issues")
# the column values of a record in one call (a tuple, in column order)
_claim_values = attrgetter(*_CLAIM_COLUMNS)
_article_values = attrgetter(*ARTICLE_COLUMNS)


def article_row(article: Article, cluster_id: str, duplicate_of: str | None) -> dict:
    """The articles-table row of an article (cluster fields as decided by dedup)."""
    row = dict(zip(ARTICLE_COLUMNS, _article_values(article)))
    row["cluster_id"], row["duplicate_of"] = cluster_id, duplicate_of
    return row


def claim_rows(claim: Claim, duplicate_of: str | None,
               speaker: Mapping[str, str] | None = None) -> Iterator[dict]:
    """One claims-table row per (claim, issue); a claim on no issue gives one row with
    issue null. `speaker`, when given, replaces the claim's speaker columns (the corpus-level
    speaker_id, speaker and speaker_type of the linking step)."""
    base = dict(zip(_CLAIM_COLUMNS, _claim_values(claim)))
    if speaker:
        base.update(speaker)
    base["duplicate_of"] = duplicate_of
    if not claim.issues:
        yield {**base, "issue": None, "stance": None, "stance_evidence": None}
    for found in claim.issues:
        yield {**base, "issue": found.issue, "stance": found.stance,
               "stance_evidence": found.evidence}


# One row per speaker across the corpus (pipeline.linking.table.SpeakerRow.as_row).
SPEAKERS_SCHEMA = pa.schema([
    pa.field("speaker_id", pa.string(), nullable=False),
    pa.field("name", pa.string(), nullable=False),
    pa.field("speaker_type", DICT_STRING, nullable=False),
    pa.field("aliases", pa.list_(pa.string()), nullable=False),
    pa.field("roles", pa.list_(pa.struct([pa.field("role", pa.string()),
                                          pa.field("articles", pa.list_(pa.string()))])),
             nullable=False),
    pa.field("n_claims", pa.int32(), nullable=False),
    pa.field("n_articles", pa.int32(), nullable=False),
    pa.field("first_said_on", pa.date32()),
    pa.field("last_said_on", pa.date32()),
])
