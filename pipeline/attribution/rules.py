"""Rule data of the attribution component: `CueRules`, read from configs/cues.toml."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.attribution.speakers import SpeakerRules
from pipeline.config import ConfigError, read_toml


@dataclass(frozen=True)
class CueRules:
    """Reporting cues and speaker rules, loaded from configs/cues.toml."""

    verbs: dict[str, str] = field(default_factory=dict)                 # lemma -> group
    phrases: dict[tuple[str, str], str] = field(default_factory=dict)   # (lemma, particle)
    attitude: frozenset[str] = frozenset()                              # attitude groups
    from_speaker: frozenset[str] = frozenset()                          # "learned from X"
    express_nouns: frozenset[str] = frozenset()
    express_verbs: frozenset[str] = frozenset()
    prepositional: tuple[tuple[str, ...], ...] = ()
    speakers: SpeakerRules = field(default_factory=SpeakerRules)
    requires: dict[str, str] = field(default_factory=dict)              # group -> need
    adjectives: dict[str, str] = field(default_factory=dict)            # predicative attitude
    hearsay_passive: frozenset[str] = frozenset()                       # "is said to"
    event_verbs: frozenset[str] = frozenset()                           # "when asked ..."
    event_marks: frozenset[str] = frozenset()
    quoted_as: frozenset[str] = frozenset()                             # "was quoted as saying"
    negative_heads: frozenset[str] = frozenset()                        # "declined to say"
    own_action: frozenset[str] = frozenset()                            # "wants to make money"
    own_action_inf: frozenset[str] = frozenset()                        # "... to know how"
    make_clear: frozenset[str] = frozenset()                            # "made it clear that"
    channel_groups: frozenset[str] = frozenset()                        # "X said Y, AP reported"


def load_cues(path: Path) -> CueRules:
    """Read a cues TOML file (see configs/cues.toml); ConfigError on bad content."""
    data = read_toml(Path(path), "cues")
    verbs: dict[str, str] = {}
    phrases: dict[tuple[str, str], str] = {}
    attitude, from_speaker, express_nouns, express_verbs = set(), set(), set(), set()
    requires: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    groups = data.get("cues", {})
    if not isinstance(groups, dict):
        raise ConfigError(f"cues file {path}: [cues] must be a table of groups")
    for name, group in groups.items():
        if not isinstance(group, dict):
            raise ConfigError(f"cues file {path}: [cues.{name}] must be a table")
        unknown = set(group) - {"verbs", "phrases", "attitude", "speaker", "nouns", "requires",
                                "adjectives"}
        if unknown:
            raise ConfigError(f"cues file {path}: unknown key {sorted(unknown)[0]!r} in [cues.{name}]")
        for v in group.get("verbs", []):
            verbs[str(v).lower()] = name
        for p in group.get("phrases", []):
            words = str(p).lower().split()
            if len(words) == 1:
                express_verbs.add(words[0])
            elif len(words) == 2:
                phrases[(words[0], words[1])] = name
            else:
                raise ConfigError(f"cues file {path}: phrase {p!r} in [cues.{name}] must be "
                                  "a verb and one particle")
        if group.get("attitude"):
            attitude.add(name)
        need = group.get("requires")
        if need is not None:
            if need not in ("complement", "clause"):
                raise ConfigError(f"cues file {path}: requires in [cues.{name}] must be "
                                  "'complement' or 'clause'")
            requires[name] = need
        for a in group.get("adjectives", []):
            adjectives[str(a).lower()] = name
        if group.get("speaker", "subject") == "from":
            from_speaker.add(name)
        express_nouns.update(str(n).lower() for n in group.get("nouns", []))
    prep = tuple(tuple(str(p).lower().split()) for p in
                 data.get("prepositional", {}).get("phrases", []))
    return CueRules(verbs=verbs, phrases=phrases, attitude=frozenset(attitude),
                    from_speaker=frozenset(from_speaker), express_nouns=frozenset(express_nouns),
                    express_verbs=frozenset(express_verbs), prepositional=prep,
                    speakers=SpeakerRules.from_dict(data.get("speakers", {})),
                    requires=requires, adjectives=adjectives,
                    hearsay_passive=_words(data, "hearsay_passive", "verbs"),
                    event_verbs=_words(data, "event_clauses", "verbs"),
                    event_marks=_words(data, "event_clauses", "marks"),
                    quoted_as=_words(data, "hearsay_passive", "quoted_as"),
                    negative_heads=_words(data, "negative", "heads"),
                    own_action=_words(data, "own_action", "verbs"),
                    own_action_inf=_words(data, "own_action", "infinitives"),
                    make_clear=_words(data, "make_clear", "adjectives"),
                    channel_groups=_words(data, "channels", "speech_groups"))


def _words(data: dict, table: str, key: str) -> frozenset[str]:
    """The lowercased word list `[table] key` of a cues file (empty when absent)."""
    return frozenset(str(v).lower() for v in data.get(table, {}).get(key, []))
