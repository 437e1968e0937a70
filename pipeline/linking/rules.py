"""The rule data of corpus-level speaker linking, read from configs/speakers.toml.

Every word list lives in the TOML file; this module only gives it a schema (read through
the one mechanism, `pipeline.config.load_rules`: unknown keys and wrong types are
`ConfigError`s naming the file and the key) and a handy shape.
Given-name genders and the heads of anonymous descriptors come from the cues file
(`[speakers.first_names]`, `[speakers.words] anonymous`: one list each, shared with the
in-article resolver).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from pydantic import Field

from pipeline.config import RuleModel, load_rules, read_toml


class NamesSchema(RuleModel):
    headline_verbs: list[str] = Field(default_factory=list)
    headline_joints: list[str] = Field(default_factory=list)
    leading_words: list[str] = Field(default_factory=list)
    descriptors: list[str] = Field(default_factory=list)
    honorifics: dict[str, str] = Field(default_factory=dict)
    titles: dict[str, str] = Field(default_factory=dict)
    suffixes: list[str] = Field(default_factory=list)
    surname_particles: list[str] = Field(default_factory=list)
    male_pronouns: list[str] = Field(default_factory=lambda: ["he", "him", "his"])
    female_pronouns: list[str] = Field(default_factory=lambda: ["she", "her", "hers"])
    pronouns: list[str] = Field(default_factory=list)
    group_words: list[str] = Field(default_factory=list)


class NicknamesSchema(RuleModel):
    classes: list[list[str]] = Field(default_factory=list)


class OrganizationsSchema(RuleModel):
    aliases: dict[str, str] = Field(default_factory=dict)
    words: list[str] = Field(default_factory=list)


class LinkingSchema(RuleModel):
    surname_share: float = Field(0.9, gt=0, le=1)
    linked_types: list[str] = Field(default_factory=lambda: ["person", "organization"])


class SpeakersFile(RuleModel):
    names: NamesSchema = Field(default_factory=NamesSchema)
    nicknames: NicknamesSchema = Field(default_factory=NicknamesSchema)
    organizations: OrganizationsSchema = Field(default_factory=OrganizationsSchema)
    linking: LinkingSchema = Field(default_factory=LinkingSchema)


def _low(words) -> frozenset[str]:
    return frozenset(str(w).lower() for w in words)


@dataclass(frozen=True)
class LinkRules:
    """The linking rules in the shape the functions use (lower-cased word sets)."""

    headline_verbs: frozenset[str] = frozenset()
    headline_joints: frozenset[str] = frozenset()
    leading_words: frozenset[str] = frozenset()
    descriptors: frozenset[str] = frozenset()
    honorifics: dict[str, str] = field(default_factory=dict)      # word -> gender ("" none)
    titles: dict[str, str] = field(default_factory=dict)          # phrase -> role
    suffixes: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    male_pronouns: frozenset[str] = frozenset()
    female_pronouns: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()                        # never an alias
    group_words: frozenset[str] = frozenset()                     # "Aides": a descriptor
    nicknames: tuple[frozenset[str], ...] = ()
    org_aliases: dict[str, str] = field(default_factory=dict)     # folded form -> name
    org_words: frozenset[str] = frozenset()                       # "foundation", "party"
    surname_share: float = 0.9
    linked_types: frozenset[str] = frozenset({"person", "organization"})
    given_gender: dict[str, str] = field(default_factory=dict)    # "hillary" -> "female"
    memo: dict = field(default_factory=dict, compare=False, repr=False)  # clean_person results

    @cached_property
    def max_title_words(self) -> int:
        return max((len(t.split()) for t in self.titles), default=1)

    @classmethod
    def from_schema(cls, data: SpeakersFile, given_gender: dict[str, str] | None = None,
                    anonymous: frozenset[str] = frozenset()) -> "LinkRules":
        from pipeline.linking.names import fold

        n = data.names
        return cls(
            headline_verbs=_low(n.headline_verbs), headline_joints=_low(n.headline_joints),
            leading_words=_low(n.leading_words),
            descriptors=_low(n.descriptors),
            honorifics={k.lower(): v for k, v in n.honorifics.items()},
            titles={k.lower(): v for k, v in n.titles.items()},
            suffixes=_low(n.suffixes), particles=_low(n.surname_particles),
            male_pronouns=_low(n.male_pronouns), female_pronouns=_low(n.female_pronouns),
            pronouns=_low(n.pronouns), group_words=_low(n.group_words) | anonymous,
            nicknames=tuple(_low(c) for c in data.nicknames.classes),
            org_aliases={fold(k): v for k, v in data.organizations.aliases.items()},
            org_words=_low(data.organizations.words),
            surname_share=data.linking.surname_share,
            linked_types=_low(data.linking.linked_types),
            given_gender=dict(given_gender or {}),
        )


def _cues_words(cues_path: Path | None) -> tuple[dict[str, str], frozenset[str]]:
    """From the cues file: given name -> gender ([speakers.first_names]) and the heads of
    anonymous descriptors ([speakers.words] anonymous); empty when there is no file."""
    if cues_path is None or not Path(cues_path).is_file():
        return {}, frozenset()
    speakers = read_toml(Path(cues_path), "cues").get("speakers", {})
    table = speakers.get("first_names", {})
    genders = {**{str(n).lower(): "male" for n in table.get("male", [])},
               **{str(n).lower(): "female" for n in table.get("female", [])}}
    return genders, _low(speakers.get("words", {}).get("anonymous", []))


def load_link_rules(path: str | Path, cues_path: str | Path | None = None) -> LinkRules:
    """Read a speakers TOML file (see configs/speakers.toml); ConfigError on bad content."""
    schema = load_rules(path, SpeakersFile, "speakers")
    return LinkRules.from_schema(schema, *_cues_words(Path(cues_path) if cues_path else None))


@lru_cache(maxsize=8)
def _cached(path: str, cues_path: str, stamps: tuple[int, int]) -> LinkRules:
    return load_link_rules(path, cues_path)


def _stamp(path: Path) -> int:
    return path.stat().st_mtime_ns if path.is_file() else 0


def link_rules(config) -> LinkRules:
    """The linking rules a `Config` names (its speakers and cues files), read once per
    process and file version (workers call it for every partition)."""
    path = config.rule_path(config.speakers.rules)
    cues = config.rule_path(config.quotes.cues)
    return _cached(str(path), str(cues), (_stamp(path), _stamp(cues)))
