"""The per-partition work, shared by the local engine (`run.py`) and the Dask engine
(`distributed.py`): each function takes a list of files and returns small records, so
either engine can map it over partitions and reduce the results in one place.

Phases:
    prepare  file -> SourceFile + cleaned, dated Articles + MinHash signatures   (cached)
    extract  canonical Articles -> Claims (spaCy + our components + enrich)      (cached)
    rows     cached results + cluster/duplicate maps -> table rows
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Iterable, Sequence

from pipeline import __version__
from pipeline.engine.cache import Cache, digest, file_sha256
from pipeline.engine.timeline import span
from pipeline.articles.clean import clean_article, load_boilerplate
from pipeline.articles.corpus_dates import CorpusDates, dated_evidence, dated_from_corpus
from pipeline.config import Config
from pipeline.articles.dates import file_name_date, resolve_published
from pipeline.articles.dedup import SHINGLE_HASH_VERSION, ClaimKey, signature
from pipeline.articles.ingest import read_source
from pipeline.linking import SpeakerRef, SpeakerSummary, link_rules, summarise
from pipeline.records import (FILE_FAILED, FILE_OK, Article, Claim, SourceFile, article_row,
                              claim_rows)
from pipeline.articles.segment import segment


@dataclass(frozen=True)
class Context:
    """Everything a worker needs, picklable: the config, the corpus root, the cache folder."""

    config: Config
    root: str
    cache_dir: str

    @property
    def cache(self) -> Cache:
        return Cache(self.cache_dir)


@dataclass(frozen=True)
class FileRef:
    rel: str                                  # path relative to the corpus root
    path: str                                 # absolute path


@dataclass(frozen=True)
class PreparedFile:
    """A file after ingest, segment, clean and dates (what the prepare cache stores)."""

    source: SourceFile                        # text units dropped, identity and fate kept
    articles: tuple[Article, ...] = ()


@dataclass(frozen=True)
class PrepSummary:
    """What the parent keeps of a prepared file: small, no article text."""

    source: SourceFile
    prep_key: str
    keys: tuple[str, ...] = ()                # "<file>::<article_index>" per article
    article_ids: tuple[str, ...] = ()
    signatures: tuple = ()
    seconds: float = 0.0
    dated: tuple[date, ...] = ()              # published dates that date the corpus


@dataclass(frozen=True)
class ExtractSummary:
    rel: str
    claim_keys: tuple[ClaimKey, ...] = ()
    error: str | None = None                  # why the file's claims could not be extracted
    parsed_words: int = 0
    speakers: tuple[SpeakerSummary, ...] = ()  # per canonical article, for the linking reduce


def article_key(article: Article) -> str:
    return f"{article.source_file}::{article.article_index}"


def _lightweight(source: SourceFile) -> SourceFile:
    return replace(source, units=())


def _error(stage: str, exc: BaseException) -> str:
    return f"{stage} failed: {type(exc).__name__}: {exc}".strip()


# ------------------------------------------------------------------ prepare

# keyed by (config folder, file name as configured): the rule files are read once a process,
# and a call costs a dict look-up, not a path resolved (it runs per file and per article)
_rules_cache: dict[tuple[str, str], object] = {}
_date_rules_cache: dict[tuple[str, str], object] = {}


def boilerplate_rules(config: Config):
    key = (config.base_dir, config.clean.boilerplate)
    rules = _rules_cache.get(key)
    if rules is None:
        rules = _rules_cache[key] = load_boilerplate(config.rule_path(config.clean.boilerplate))
    return rules


def date_rules(config: Config):
    key = (config.base_dir, config.dates.rules)
    rules = _date_rules_cache.get(key)
    if rules is None:
        from pipeline.articles.dates import load_date_rules

        rules = _date_rules_cache[key] = load_date_rules(config.rule_path(config.dates.rules))
    return rules


def check_rule_files(config: Config) -> None:
    """Load the rule files of the prepare, enrich and linking stages once, so a bad one stops
    the run at the start with its one-line ConfigError (the model stages load theirs with the
    model)."""
    boilerplate_rules(config)
    date_rules(config)
    link_rules(config)


def context_year(config: Config) -> int | None:
    """Year for month-days in articles with no date of their own: the reference time's,
    else `dates.default_year`."""
    from pipeline.articles.dates import reference_datetime

    if config.dates.reference_time and config.dates.reference_time != "mtime":
        ref = reference_datetime(config.dates)
        if ref is not None:
            return ref.year
    return config.dates.default_year


def prepare_source(source: SourceFile, config: Config) -> PreparedFile:
    """Segment, clean and date the text units of one ingested file (no I/O)."""
    if source.status != FILE_OK:
        return PreparedFile(_lightweight(source))
    rules = boilerplate_rules(config)
    file_date = file_name_date(source.path, date_rules(config).file_name)
    articles: list[Article] = []
    next_index = 0
    try:
        for unit in source.units:
            raws = segment(unit, config.segment, first_index=next_index)
            next_index += len(raws)
            for raw in raws:
                article = clean_article(raw, rules)
                if article is None:
                    continue
                published, flag = resolve_published(article.dateline, raw.fields,
                                                    config.dates, source.mtime, file_date)
                articles.append(replace(article, published=published, date_flag=flag))
    except Exception as exc:  # noqa: BLE001 - one bad file never stops the run
        return PreparedFile(replace(_lightweight(source), status=FILE_FAILED,
                                    reason=_error("segment/clean", exc)))
    return PreparedFile(_lightweight(source), with_context_years(articles))


def with_context_years(articles: list[Article]) -> tuple[Article, ...]:
    """An undated article on a page whose other articles carry dates (an aggregator page
    scraped at one time) takes the latest of their years for month-days ("on Aug. 1")."""
    years = [a.published.year for a in articles if a.published is not None]
    if not years:
        return tuple(articles)
    latest = max(years)
    return tuple(a if a.published is not None else replace(a, context_year=latest)
                 for a in articles)


# in every prepared file's key: a new layout of its records is never read as the old one
# (2: Article.char_map a packed array, no longer a tuple)
PREP_FORMAT = "prep-2"


def prep_cache_key(sha: str, ref: FileRef, config: Config) -> str:
    parts = [__version__, PREP_FORMAT, config.fingerprint(), sha, ref.rel]
    if config.dates.reference_time == "mtime":
        try:
            parts.append(str(Path(ref.path).stat().st_mtime))
        except OSError:
            pass
    return digest(*parts)


def prepare_file(ctx: Context, ref: FileRef) -> tuple[PreparedFile, str]:
    """Prepared file from the cache, or computed and cached. Returns (prepared, cache key)."""
    config = ctx.config
    # only regular files are hashed here: opening a FIFO would block the run forever
    path = Path(ref.path)
    sha = file_sha256(path, limit=config.ingest.max_file_bytes) if path.is_file() else None
    key = prep_cache_key(sha, ref, config) if sha else ""
    cache = ctx.cache
    if key:
        hit = cache.get("prep", key)
        if hit is not None:
            return hit, key
    source = read_source(Path(ctx.root), ref.rel, config.ingest)
    prepared = prepare_source(source, config)
    if not key or source.sha256 != sha:
        # unreadable or oversize when hashed, or a read that failed (or saw other bytes)
        # after hashing: key on this run only, so a transient failure is not reused
        key = digest(__version__, PREP_FORMAT, config.fingerprint(), "nohash", ref.rel,
                     str(time.time()))
    cache.put("prep", key, prepared)
    return prepared, key


def prepare_chunk(ctx: Context, refs: Sequence[FileRef]) -> list[PrepSummary]:
    """Map step 1: prepare files, return the small summaries the reduce step needs."""
    with span("worker:prepare", files=len(refs)):
        return _prepare_chunk(ctx, refs)


def _prepare_chunk(ctx: Context, refs: Sequence[FileRef]) -> list[PrepSummary]:
    out = []
    for ref in refs:
        started = time.perf_counter()
        try:
            prepared, key = prepare_file(ctx, ref)
        except Exception as exc:  # noqa: BLE001
            source = SourceFile(path=ref.rel, size=0, sha256="", mtime=0.0, format="unknown",
                                encoding=None, status=FILE_FAILED,
                                reason=_error("ingest", exc))
            out.append(PrepSummary(source, ""))
            continue
        cache = ctx.cache if ctx.config.run.cache else None     # not on a run's spool
        out.append(summarize(prepared, key, ctx.config, time.perf_counter() - started, cache))
    return out


def summarize(prepared: PreparedFile, key: str, config: Config,
              seconds: float = 0.0, cache: Cache | None = None) -> PrepSummary:
    """What the near-duplicate reduce step needs of a prepared file: keys and signatures
    (with `cache`, kept there under the file's prep key, see `article_signatures`)."""
    arts = prepared.articles
    return PrepSummary(source=prepared.source, prep_key=key,
                       keys=tuple(article_key(a) for a in arts),
                       article_ids=tuple(a.article_id for a in arts),
                       signatures=article_signatures(arts, key, config, cache),
                       seconds=seconds, dated=dated_evidence(arts))


def article_signatures(articles: Sequence[Article], key: str, config: Config,
                       cache: Cache | None = None) -> tuple:
    """The dedup signature of each article of a prepared file. With the run's cache (not a
    spool) and the file's prep key (its text, the config and the version), they are stored
    beside the prepared file, so a rerun over an unchanged file reads them instead of
    computing them again (~0.7 ms an article). The cache kind names the shingle hashing's
    version: signatures of another hashing are never read back."""
    kind = f"sig-v{SHINGLE_HASH_VERSION}"
    if cache is not None and key and articles:
        stored = cache.get(kind, key)
        if stored is not None and len(stored) == len(articles):
            return stored
    found = tuple(signature(a.text, config.dedup) for a in articles)
    if cache is not None and key and articles:
        cache.put(kind, key, found)
    return found


def canonical_positions(prep: PrepSummary, clusters: dict) -> tuple[int, ...]:
    """Positions of the file's articles that are no near-duplicate of an earlier one (the
    articles whose claims are extracted)."""
    return tuple(n for n, key in enumerate(prep.keys)
                 if clusters.get(key, (key, None))[1] is None)


# ------------------------------------------------------------------ extract

def text_chunks(text: str, limit: int) -> list[tuple[int, str]]:
    """Cut a text longer than `limit` at paragraph (else sentence, else any) boundaries."""
    if len(text) <= limit:
        return [(0, text)]
    chunks, start = [], 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            cut = text.rfind("\n", start + limit // 2, end)
            if cut < 0:
                cut = text.rfind(". ", start + limit // 2, end)
            end = cut + 1 if cut >= 0 else end
        chunks.append((start, text[start:end]))
        start = end
    return chunks


def _shift(attribution, offset: int):
    if not offset:
        return attribution
    return replace(attribution, start=attribution.start + offset, end=attribution.end + offset,
                   sent_start=attribution.sent_start + offset,
                   sent_end=attribution.sent_end + offset)


def extract_articles(articles: Sequence[Article], config: Config,
                     nlp=None) -> tuple[list[list[Claim]], list[str | None]]:
    """Run the spaCy pipeline over articles; returns claims and an error (or None) per article.

    Articles go through `nlp.pipe` in batches; an article whose batch fails is retried alone,
    so one bad document costs only itself.
    """
    from pipeline.articles.said_on import statement_phrases
    from pipeline.enrich import build_claims
    from pipeline.nlp import get_nlp

    nlp = nlp or get_nlp(config)
    limit = config.model.max_doc_chars
    jobs = [(i, offset, piece) for i, article in enumerate(articles)
            for offset, piece in text_chunks(article.text, limit)]
    found: list[list] = [[] for _ in articles]
    issues: list[list] = [[] for _ in articles]
    phrases: list[list] = [[] for _ in articles]
    errors: list[str | None] = [None] * len(articles)
    rules = date_rules(config)

    def consume(doc, i, offset):
        attributions = doc._.attributions or []
        claim_issues = doc._.claim_issues or [()] * len(attributions)
        for attribution, found_issues, phrase in zip(
                attributions, claim_issues, statement_phrases(doc, attributions, rules)):
            found[i].append(_shift(attribution, offset))
            issues[i].append(found_issues)
            phrases[i].append(phrase and phrase.shifted(offset))

    batch = config.model.batch_size
    for b in range(0, len(jobs), batch):
        part = jobs[b:b + batch]
        try:
            docs = list(nlp.pipe((piece for _, _, piece in part), batch_size=batch))
            for (i, offset, _), doc in zip(part, docs):
                consume(doc, i, offset)
            del docs      # not held while the next batch is parsed (peak memory)
        except Exception:  # noqa: BLE001 - isolate the failing article
            for i, offset, piece in part:
                if errors[i]:
                    continue
                try:
                    consume(nlp(piece), i, offset)
                except Exception as exc:  # noqa: BLE001
                    errors[i] = _error("nlp", exc)
                    found[i], issues[i], phrases[i] = [], [], []
    claims: list[list[Claim]] = []
    for i, article in enumerate(articles):
        if errors[i]:
            claims.append([])
            continue
        try:
            claims.append(build_claims(article, found[i], issues[i], rules,
                                       context_year(config), phrases[i]))
        except Exception as exc:  # noqa: BLE001
            errors[i] = _error("enrich", exc)
            claims.append([])
    return claims, errors


def nlp_cache_key(article: Article, config: Config) -> str:
    return digest(__version__, config.fingerprint(), config.model.name,
                  article.article_id,
                  str(article.published), article.text)


@dataclass(frozen=True)
class ExtractTask:
    rel: str
    prep_key: str
    canonical: tuple[int, ...]               # positions of canonical articles in the file
    corpus: CorpusDates = CorpusDates()      # the run's published dates (reduce 0)


def claim_keys(claims: Iterable[Claim], key: str) -> tuple[ClaimKey, ...]:
    return tuple(ClaimKey(claim_id=c.claim_id, article=key, speaker=c.speaker, quote=c.quote,
                          speaker_type=c.speaker_type) for c in claims)


def extract_chunk(ctx: Context, tasks: Sequence[ExtractTask]) -> list[ExtractSummary]:
    """Map step 2: claims for the canonical articles of some files (cached per article)."""
    with span("worker:extract", files=len(tasks), articles=sum(len(t.canonical) for t in tasks)):
        return _extract_chunk(ctx, tasks)


def _extract_chunk(ctx: Context, tasks: Sequence[ExtractTask]) -> list[ExtractSummary]:
    cache, config = ctx.cache, ctx.config
    pending: list[tuple[int, int, Article, str]] = []   # (task, position, article, cache key)
    per_task: list[dict[int, tuple[Claim, ...]]] = [dict() for _ in tasks]
    task_errors: list[str | None] = [None] * len(tasks)
    articles_of: list[tuple[Article, ...]] = []
    for t, task in enumerate(tasks):
        prepared = cache.get("prep", task.prep_key) if task.prep_key else None
        if prepared is None:
            prepared, _ = prepare_file(ctx, FileRef(task.rel, str(Path(ctx.root) / task.rel)))
        articles_of.append(prepared.articles)
        for pos in task.canonical:
            if pos >= len(prepared.articles):
                task_errors[t] = "file changed during the run; rerun to include it"
                continue
            article = prepared.articles[pos]
            key = nlp_cache_key(article, config)
            hit = cache.get("nlp", key)
            if hit is not None:
                per_task[t][pos] = hit
            else:
                pending.append((t, pos, article, key))
    words = [0] * len(tasks)                  # words parsed for each file of the chunk
    if pending:
        with span("worker:parse", articles=len(pending)):
            claims, errors = extract_articles([a for _, _, a, _ in pending], config)
        for (t, pos, article, key), found, error in zip(pending, claims, errors):
            words[t] += article.n_words
            if error:
                task_errors[t] = f"{article_key(article)}: {error}"
                continue
            cache.put("nlp", key, tuple(found))
            per_task[t][pos] = tuple(found)
    out = []
    rules = link_rules(config)
    for t, task in enumerate(tasks):
        keys: list[ClaimKey] = []
        speakers: list[SpeakerSummary] = []
        for pos in sorted(per_task[t]):
            article = articles_of[t][pos]
            found = dated_from_corpus(per_task[t][pos], task.corpus, date_rules(config))
            keys.extend(claim_keys(found, article_key(article)))
            speakers.extend(summarise(article.article_id, article.text, found, rules))
        out.append(ExtractSummary(task.rel, tuple(keys), task_errors[t], words[t],
                                  tuple(speakers)))
    return out


@dataclass(frozen=True)
class SourceClaims:
    """What `claims eval` keeps of one gold document: (article, claims) for each canonical
    article, the published dates that date the corpus (`PrepSummary.dated`), and the error of
    each canonical article whose claims could not be made (an article that failed keeps an
    empty claim list in `pairs`, so the caller can say which documents were not scored)."""

    pairs: list[tuple[Article, list[Claim]]]
    dated: tuple[date, ...] = ()
    errors: tuple[str, ...] = ()


def source_claims(source: SourceFile, config: Config, nlp=None) -> SourceClaims:
    """One file held in memory through the per-file stages (prepare, near-duplicates within
    the file, claims of the canonical articles), no cache: what `claims eval` runs on each
    gold document; the corpus-level date step is the caller's (`dated_from_corpus`)."""
    from pipeline.articles.dedup import cluster

    prepared = prepare_source(source, config)
    summary = summarize(prepared, "", config)
    clusters = cluster(list(zip(summary.keys, summary.signatures)), config.dedup)
    canonical = [prepared.articles[n] for n in canonical_positions(summary, clusters)]
    claims, errors = extract_articles(canonical, config, nlp)
    return SourceClaims(list(zip(canonical, claims)), summary.dated,
                        tuple(e for e in errors if e))


def extract_source(source: SourceFile, config: Config,
                   nlp=None) -> list[tuple[Article, list[Claim]]]:
    """(article, claims) for each canonical article of one file, the file alone forming the
    run (`source_claims`, its own dates applied by `dated_from_corpus`)."""
    found = source_claims(source, config, nlp)
    corpus, rules = CorpusDates.of(found.dated), date_rules(config)
    return [(article, dated_from_corpus(claims, corpus, rules)) for article, claims in found.pairs]


# ------------------------------------------------------------------ rows

@dataclass(frozen=True)
class RowsTask:
    rel: str
    prep_key: str
    clusters: tuple[tuple[str, str | None], ...]   # per article: (cluster_id, duplicate_of)
    canonical: tuple[int, ...]
    claim_duplicates: dict = field(default_factory=dict)   # claim_id -> claim_id
    speakers: dict = field(default_factory=dict)   # (article_id, speaker, type) -> SpeakerRef
    corpus: CorpusDates = CorpusDates()            # the run's published dates (reduce 0)


def speaker_columns(claim: Claim, speakers: dict) -> dict[str, str]:
    """The corpus-level speaker of a claim as its claims-table columns (speaker_id, speaker,
    speaker_type), or {} when the linking step has none for it."""
    ref: SpeakerRef | None = speakers.get((claim.article_id, claim.speaker, claim.speaker_type))
    if ref is None:
        return {}
    return {"speaker_id": ref.speaker_id, "speaker": ref.name, "speaker_type": ref.type}


def rows_for_file(ctx: Context, task: RowsTask) -> tuple[list[dict], list[dict]]:
    """Article rows and claim rows of one file, from the cache."""
    cache, config = ctx.cache, ctx.config
    prepared = cache.get("prep", task.prep_key) if task.prep_key else None
    if prepared is None:
        return [], []
    articles, claims = [], []
    for pos, article in enumerate(prepared.articles):
        cluster_id, duplicate_of = task.clusters[pos]
        articles.append(article_row(article, cluster_id, duplicate_of))
        if pos in task.canonical:
            found = cache.get("nlp", nlp_cache_key(article, config)) or ()
            for claim in dated_from_corpus(found, task.corpus, date_rules(config)):
                claims.extend(claim_rows(claim, task.claim_duplicates.get(claim.claim_id),
                                         speaker_columns(claim, task.speakers)))
    return articles, claims


def write_rows_part(ctx: Context, tasks: Sequence[RowsTask], index: int, claims_dir: str,
                    articles_dir: str, metadata: dict) -> tuple[int, int, set, set]:
    """Map step 3 (Dask engine): write one part of each table; returns counts for the summary."""
    from pipeline.records import ARTICLES_SCHEMA, CLAIMS_SCHEMA
    from pipeline.engine.write import write_part

    article_rows, claim_rows_ = [], []
    for task in tasks:
        a, c = rows_for_file(ctx, task)
        article_rows.extend(a)
        claim_rows_.extend(c)
    name = f"part-{index:05d}.parquet"
    write_part(Path(articles_dir), name, article_rows, ARTICLES_SCHEMA, metadata)
    write_part(Path(claims_dir), name, claim_rows_, CLAIMS_SCHEMA, metadata)
    return (len(article_rows), len(claim_rows_), {r["speaker_id"] for r in claim_rows_},
            {r["issue"] for r in claim_rows_ if r["issue"]})
