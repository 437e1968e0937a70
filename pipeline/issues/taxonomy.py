"""The issue taxonomy: `configs/issues.toml` (or the user's own file) -> typed `Taxonomy`.

A taxonomy is a TOML file of `[[issue]]` tables (the keys are documented in the header of
configs/issues.toml); every phrase in it is a term of the term language (pipeline.issues.terms).
It is loaded together with the generic stance rules (configs/stance.toml), which it is used with.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.config import ConfigError, default_config_dir, read_toml
from pipeline.issues.stance import StanceRules, load_stance_rules
from pipeline.issues.terms import check_term

_ISSUE_KEYS = {"id": str, "label": str, "proposition": str, "terms": list, "patterns": list,
               "cooccur": list, "support": list, "oppose": list, "caution": list,
               "exclude": list, "adversary": bool}
_COOCCUR_KEYS = {"terms": list, "anchors": list, "scope": str}


@dataclass(frozen=True)
class Cooccur:
    terms: tuple[str, ...]
    anchors: tuple[str, ...]
    scope: str = "claim"              # claim | sentence


@dataclass(frozen=True)
class Issue:
    id: str
    label: str
    proposition: str
    terms: tuple[str, ...] = ()
    patterns: tuple[Any, ...] = ()    # raw spaCy Matcher token patterns (lists of dicts)
    cooccur: tuple[Cooccur, ...] = ()
    support: tuple[str, ...] = ()
    oppose: tuple[str, ...] = ()
    caution: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()     # phrases that veto a signal they overlap ("trade-off")
    adversary: bool = False


@dataclass(frozen=True)
class Taxonomy:
    issues: tuple[Issue, ...]
    stance: StanceRules
    name: str = ""
    path: str = ""
    key: str = ""                     # hash of both rule files: identifies compiled matchers

    def ids(self) -> list[str]:
        return [i.id for i in self.issues]


# ---------------------------------------------------------------------------------------------
# loading


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)



def load_taxonomy(path: Path | str | None = None, stance_path: Path | str | None = None) -> Taxonomy:
    """Read and validate an issue taxonomy (and the stance rules it is used with).

    None means the shipped default (`issues.toml` / `stance.toml` in the config folder).
    Bad or missing keys raise ConfigError naming the file, the issue id and the key.
    """
    path = Path(path) if path is not None else default_config_dir() / "issues.toml"
    stance_path = (Path(stance_path) if stance_path is not None
                   else default_config_dir() / "stance.toml")
    data = read_toml(path, "issue taxonomy")
    where = f"issue taxonomy {path}"
    unknown = sorted(set(data) - {"taxonomy", "issue"})
    if unknown:
        raise ConfigError(f"{where}: unknown top-level key {unknown[0]!r} (expected [taxonomy] "
                          "and [[issue]] tables)")
    meta = data.get("taxonomy", {})
    if not isinstance(meta, dict):
        raise ConfigError(f"{where}: [taxonomy] must be a table")
    raw = data.get("issue")
    if not isinstance(raw, list) or not raw:
        raise ConfigError(f"{where}: no [[issue]] tables")
    issues: list[Issue] = []
    seen: set[str] = set()
    for n, item in enumerate(raw):
        issue = _issue(item, n, where)
        if issue.id in seen:
            raise ConfigError(f"{where}: issue {issue.id!r}: duplicate id")
        seen.add(issue.id)
        issues.append(issue)
    rules = load_stance_rules(stance_path)
    for kind, term in rules.generic_terms():
        check_term(term, f"stance rules {stance_path}: {kind}")
    digest = hashlib.sha256(path.read_bytes() + b"\0" + stance_path.read_bytes()).hexdigest()[:16]
    return Taxonomy(tuple(issues), rules, str(meta.get("name", path.stem)), str(path), digest)


def _issue(item: Any, n: int, where: str) -> Issue:
    """One [[issue]] table -> Issue (every problem a ConfigError naming the issue and key)."""
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: issue #{n + 1} must be a table")
    iid = item.get("id")
    if not isinstance(iid, str) or not iid.strip():
        raise ConfigError(f"{where}: issue #{n + 1} has no 'id' (a non-empty string)")
    who = f"{where}: issue {iid!r}"
    for key in item:
        if key not in _ISSUE_KEYS:
            raise ConfigError(f"{who}: unknown key {key!r}; known keys: "
                              + ", ".join(sorted(_ISSUE_KEYS)))
        if not isinstance(item[key], _ISSUE_KEYS[key]):
            raise ConfigError(f"{who}: key {key!r} must be a "
                              f"{_ISSUE_KEYS[key].__name__}, got {type(item[key]).__name__}")
    for key in ("label", "proposition"):
        if not str(item.get(key, "")).strip():
            raise ConfigError(f"{who}: missing key {key!r}")
    patterns = tuple(item.get("patterns", []))
    for p in patterns:
        if not (isinstance(p, list) and p and all(isinstance(t, dict) for t in p)):
            raise ConfigError(f"{who}: key 'patterns' must be a list of token patterns "
                              "(each a list of tables)")
    issue = Issue(
        id=iid.strip(), label=item["label"].strip(), proposition=item["proposition"].strip(),
        terms=_strings(item.get("terms", []), f"{who}: key 'terms'"),
        patterns=patterns,
        cooccur=tuple(_cooccur(grp, f"{who}: cooccur #{g + 1}")
                      for g, grp in enumerate(item.get("cooccur", []))),
        support=_strings(item.get("support", []), f"{who}: key 'support'"),
        oppose=_strings(item.get("oppose", []), f"{who}: key 'oppose'"),
        caution=_strings(item.get("caution", []), f"{who}: key 'caution'"),
        exclude=_strings(item.get("exclude", []), f"{who}: key 'exclude'"),
        adversary=bool(item.get("adversary", False)),
    )
    if not (issue.terms or issue.patterns or issue.cooccur):
        raise ConfigError(f"{who}: needs at least one of 'terms', 'patterns', 'cooccur'")
    for key in ("terms", "support", "oppose", "caution", "exclude"):
        for term in getattr(issue, key):
            check_term(term, f"{who}: key {key!r}")
    return issue


def _cooccur(grp: Any, gwho: str) -> Cooccur:
    if not isinstance(grp, dict):
        raise ConfigError(f"{gwho} must be a table")
    for key in grp:
        if key not in _COOCCUR_KEYS:
            raise ConfigError(f"{gwho}: unknown key {key!r}; known keys: "
                              + ", ".join(sorted(_COOCCUR_KEYS)))
    for key in ("terms", "anchors"):
        if key not in grp:
            raise ConfigError(f"{gwho}: missing key {key!r}")
    scope = grp.get("scope", "claim")
    if scope not in ("claim", "sentence"):
        raise ConfigError(f"{gwho}: scope must be 'claim' or 'sentence', got {scope!r}")
    return Cooccur(_strings(grp["terms"], f"{gwho}: terms"),
                   _strings(grp["anchors"], f"{gwho}: anchors"), scope)
