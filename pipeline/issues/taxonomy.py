"""The issue taxonomy: `configs/issues.toml` (or the user's own file) -> typed `Taxonomy`.

A taxonomy is a TOML file of `[[issue]]` tables (the keys are documented in the header of
configs/issues.toml, the schema is `TaxonomyFile`); every phrase in it is a term of the term
language (pipeline.issues.terms). It is loaded together with the generic stance rules
(configs/stance.toml), which it is used with.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, StrictBool, StrictStr, StringConstraints

from pipeline.config import RuleModel, default_config_dir, load_rules
from pipeline.errors import ConfigError
from pipeline.issues.sides import term_sides
from pipeline.issues.stance import StanceRules, Words, load_stance_rules
from pipeline.issues.terms import check_term

Text = Annotated[StrictStr, StringConstraints(strip_whitespace=True, min_length=1)]

#: keys of an issue whose values are lists of terms
TERM_KEYS = ("terms", "support", "oppose", "caution", "exclude", "pro", "con")


class CooccurTable(RuleModel):
    terms: Annotated[Words, Field(min_length=1)]
    anchors: Annotated[Words, Field(min_length=1)]
    scope: Literal["claim", "sentence"] = "claim"


class IssueTable(RuleModel):
    id: Text
    label: Text
    proposition: Text
    terms: Words = []
    patterns: list[Annotated[list[dict[str, Any]], Field(min_length=1)]] = []
    cooccur: list[CooccurTable] = []
    support: Words = []
    oppose: Words = []
    caution: Words = []
    exclude: Words = []
    pro: Words = []
    con: Words = []
    adversary: StrictBool = False


class CompoundsTable(RuleModel):
    prepositions: Words = []


class TermsFile(RuleModel):
    """The schema of configs/terms.toml: the English grammar of the term language."""

    compounds: CompoundsTable = CompoundsTable()


class TaxonomyMeta(RuleModel):
    name: StrictStr = ""
    description: StrictStr = ""


class TaxonomyFile(RuleModel):
    """The schema of an issue taxonomy file."""

    taxonomy: TaxonomyMeta = TaxonomyMeta()
    issue: Annotated[list[IssueTable], Field(min_length=1)]


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
    pro: tuple[str, ...] = ()         # what supporters want, or the supporters (a side)
    con: tuple[str, ...] = ()         # what opponents want, or the opponents
    adversary: bool = False
    con_signals: tuple[str, ...] = ()  # terms the proposition puts on the con side (sides.py)
    pro_signals: tuple[str, ...] = ()  # terms it names as the measure itself: pro (sides.py)


@dataclass(frozen=True)
class Taxonomy:
    issues: tuple[Issue, ...]
    stance: StanceRules
    name: str = ""
    path: str = ""
    key: str = ""                     # hash of the rule files: identifies compiled matchers
    prepositions: tuple[str, ...] = ()  # paraphrases of compound terms (configs/terms.toml)

    def ids(self) -> list[str]:
        return [i.id for i in self.issues]


def terms_path() -> Path:
    """configs/terms.toml of the config folder, else the one shipped beside the package."""
    path = default_config_dir() / "terms.toml"
    return path if path.is_file() else Path(__file__).resolve().parents[2] / "configs" / "terms.toml"


def load_taxonomy(path: Path | str | None = None, stance_path: Path | str | None = None) -> Taxonomy:
    """Read and validate an issue taxonomy (and the stance rules it is used with, and the term
    grammar of configs/terms.toml).

    None means the shipped default (`issues.toml` / `stance.toml` in the config folder).
    Unknown keys, wrong types and bad terms raise a one-line ConfigError naming the file and
    the key, e.g. `issues.toml: [issue[2].suport]: unknown key`.
    """
    path = Path(path) if path is not None else default_config_dir() / "issues.toml"
    stance_path = (Path(stance_path) if stance_path is not None
                   else default_config_dir() / "stance.toml")
    data = load_rules(path, TaxonomyFile, "issue taxonomy")
    issues = tuple(_issue(item, n, path) for n, item in enumerate(data.issue))
    seen: set[str] = set()
    for n, issue in enumerate(issues):
        if issue.id in seen:
            raise ConfigError(f"{path}: [issue[{n}].id]: duplicate id {issue.id!r}")
        seen.add(issue.id)
    rules = load_stance_rules(stance_path)
    restrictive = rules.restrictive + rules.negative_predicates + rules.negators
    issues = tuple(replace(i, **dict(zip(("con_signals", "pro_signals"),
                                         term_sides(i.proposition, _signal_terms(i),
                                                    restrictive, rules.negation_window))))
                   for i in issues)
    grammar = terms_path()
    compounds = load_rules(grammar, TermsFile, "term grammar").compounds
    digest = hashlib.sha256(path.read_bytes() + b"\0" + stance_path.read_bytes() + b"\0"
                            + grammar.read_bytes()).hexdigest()[:16]
    return Taxonomy(issues, rules, data.taxonomy.name or path.stem, str(path), digest,
                    tuple(compounds.prepositions))


def _signal_terms(issue: Issue) -> tuple[str, ...]:
    """The issue's signal terms and the terms of its co-occurrence groups (their signals)."""
    return issue.terms + tuple(t for g in issue.cooccur for t in g.terms)


def _issue(item: IssueTable, n: int, path: Path) -> Issue:
    """One validated [[issue]] table -> Issue; its terms are checked by the term compiler."""
    where = f"{path}: [issue[{n}]"
    if not (item.terms or item.patterns or item.cooccur):
        raise ConfigError(f"{where}]: issue {item.id!r} needs at least one of 'terms', "
                          "'patterns', 'cooccur'")
    for key in TERM_KEYS:
        for term in getattr(item, key):
            check_term(term, f"{where}.{key}]")
    for g, grp in enumerate(item.cooccur):
        for key in ("terms", "anchors"):
            for term in getattr(grp, key):
                check_term(term, f"{where}.cooccur[{g}].{key}]")
    return Issue(
        id=item.id, label=item.label, proposition=item.proposition, terms=tuple(item.terms),
        patterns=tuple(item.patterns),
        cooccur=tuple(Cooccur(tuple(g.terms), tuple(g.anchors), g.scope) for g in item.cooccur),
        **{key: tuple(getattr(item, key)) for key in TERM_KEYS if key != "terms"},
        adversary=item.adversary)
