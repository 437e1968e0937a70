"""Rule data of the attribution component: `CueRules`, read from configs/cues.toml through
the schema in `pipeline.attribution.schema` (unknown keys and wrong types are errors that
name the file and the key)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from pipeline.attribution.schema import CuesFile
from pipeline.attribution.speakers import SpeakerRules
from pipeline.config import ConfigError, load_rules


@dataclass(frozen=True)
class CueRules:
    """Reporting cues and speaker rules, loaded from configs/cues.toml."""

    verbs: dict[str, str] = field(default_factory=dict)                 # lemma -> group
    phrases: dict[tuple[str, str], str] = field(default_factory=dict)   # (lemma, particle)
    attitude: frozenset[str] = frozenset()                              # attitude groups
    from_speaker: frozenset[str] = frozenset()                          # "learned from X"
    express_nouns: frozenset[str] = frozenset()
    express_verbs: dict[str, str] = field(default_factory=dict)         # lemma -> group
    prepositional: tuple[tuple[str, ...], ...] = ()
    source_preps: frozenset[str] = frozenset()                          # "in a new poll, X"
    source_prep_nouns: frozenset[str] = frozenset()
    prep_idioms: frozenset[str] = frozenset()                           # "according to plan"
    held_preps: frozenset[str] = frozenset()                            # "In their view, X"
    held_nouns: frozenset[str] = frozenset()
    speakers: SpeakerRules = field(default_factory=SpeakerRules)
    requires: dict[str, str] = field(default_factory=dict)              # group -> need
    min_words: dict[str, int] = field(default_factory=dict)             # group -> content size
    adjectives: dict[str, str] = field(default_factory=dict)            # predicative attitude
    hearsay_passive: frozenset[str] = frozenset()                       # "is said to"
    event_verbs: frozenset[str] = frozenset()                           # "when asked ..."
    event_marks: frozenset[str] = frozenset()
    quoted_as: frozenset[str] = frozenset()                             # "was quoted as saying"
    negative_heads: frozenset[str] = frozenset()                        # "declined to say"
    own_action: frozenset[str] = frozenset()                            # "wants to make money"
    own_action_inf: frozenset[str] = frozenset()                        # "... to know how"
    own_action_any: frozenset[str] = frozenset()                        # "wishes to stay"
    own_action_means: frozenset[str] = frozenset()                      # "By V-ing, X hopes to"
    own_action_means_preps: frozenset[str] = frozenset()                # ... "by"
    make_clear: frozenset[str] = frozenset()                            # "made it clear that"
    make_clear_group: str = "say"
    make_nouns: frozenset[str] = frozenset()                            # "made the case that"
    as_marks: frozenset[str] = frozenset()                              # "As Lee put it, X"
    as_verbs: frozenset[str] = frozenset()
    as_group: str = "say"
    channel_groups: frozenset[str] = frozenset()                        # "X said Y, AP reported"
    relay_groups: frozenset[str] = frozenset()                          # ... AP's claim
    subject_groups: frozenset[str] = frozenset()                        # "engineers warned X"
    participle_preps: frozenset[str] = frozenset()                      # "after saying X"
    source_nouns: frozenset[str] = frozenset()                          # "the poll showed X"
    source_groups: frozenset[str] = frozenset()
    object_infinitive: frozenset[str] = frozenset()                     # "asked X to Y"
    predicate_verbs: frozenset[str] = frozenset()                       # "the poll has X leading"
    addressee_verbs: frozenset[str] = frozenset()                       # "told reporters that"
    time_marks: frozenset[str] = frozenset()                            # ", when asked"
    reason_marks: frozenset[str] = frozenset()                          # "..., because ..."
    comparison_preps: frozenset[str] = frozenset()                      # "..., compared with"
    inverted_condition: frozenset[str] = frozenset()                    # "... should he win"
    aside_relatives: frozenset[str] = frozenset()                       # "..., which ..."
    contrast_marks: frozenset[str] = frozenset()                        # "..., while ..."
    even_marks: frozenset[str] = frozenset()                            # "..., even as ..."
    aside_marks: frozenset[str] = frozenset()                           # "..., as Y said Z"
    adjective_preps: frozenset[str] = frozenset()                       # "worried about"
    adjective_action_heads: frozenset[str] = frozenset()                # "make sure X"
    raising_adjectives: frozenset[str] = frozenset()                    # "is sure to win"
    wh_words: frozenset[str] = frozenset()                              # "how they define X"
    characterising_preps: frozenset[str] = frozenset()                  # "described it as"
    not_after_as: frozenset[str] = frozenset()                          # "as well"
    ground_preps: frozenset[str] = frozenset()                          # "criticized X for"
    ground_verbs: frozenset[str] = frozenset()
    likeness_preps: frozenset[str] = frozenset()                        # "compared X to"
    likeness_verbs: frozenset[str] = frozenset()
    jibe_verbs: frozenset[str] = frozenset()                            # 'mocked "X"': no claim
    judged_object_words: int = 0                                        # "condemned X" alone
    bare_quote_groups: frozenset[str] = frozenset()                     # 'said "X"'
    label_tails: frozenset[str] = frozenset()                           # "Name on X:"
    label_bullets: frozenset[str] = frozenset()                         # "- Name:"
    label_leads: tuple[tuple[str, ...], ...] = ()                       # "More from Name:"
    label_page_words: frozenset[str] = frozenset()                      # "UPDATE:"
    lemma_forms: dict[str, str] = field(default_factory=dict)           # "hopes" -> "hope"
    report_nouns: frozenset[str] = frozenset()                          # "his claim that"
    light_verbs: frozenset[str] = frozenset()                           # "made the claim"
    nominal_group: str = "argue"

    @cached_property
    def phrase_verbs(self) -> frozenset[str]:
        """The verbs of `phrases` ("call" of "call for"): no other verb opens a phrase cue."""
        return frozenset(v for v, _ in self.phrases)

    @cached_property
    def opening_words(self) -> frozenset[str]:
        """The words the opener matchers of `cues.match_cue` start from: a prepositional
        phrase's first word, a source or held preposition, an attitude adjective.  At any
        other word they find nothing unless it is a noun (`_nominal`, `_noun_finding`)."""
        return frozenset([p[0] for p in self.prepositional if p]) | self.source_preps \
            | self.held_preps | frozenset(self.adjectives)


def _lower(words) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def _cue_groups(cues: CuesFile) -> dict:
    """The [cues.<group>] tables as the lookup tables of CueRules."""
    verbs, phrases, express_verbs, requires, adjectives, min_words = {}, {}, {}, {}, {}, {}
    attitude, from_speaker, express_nouns = set(), set(), set()
    source_groups, source_nouns, object_infinitive, predicate = set(), set(), set(), set()
    for name, group in cues.cues.items():
        for v in group.verbs:
            verbs[v.lower()] = name
        for p in group.phrases:
            words = p.lower().split()
            if len(words) == 1:
                express_verbs[words[0]] = name         # "express" + a noun from `nouns`
            else:
                phrases[(words[0], words[1])] = name
        if group.attitude:
            attitude.add(name)
        if group.requires is not None:
            requires[name] = group.requires
        if group.min_words:
            min_words[name] = group.min_words
        for a in group.adjectives:
            adjectives[a.lower()] = name
        if group.speaker == "from":
            from_speaker.add(name)
        express_nouns.update(n.lower() for n in group.nouns)
        if group.object_infinitive:
            object_infinitive.add(name)
        if group.sources:
            source_groups.add(name)
            source_nouns.update(n.lower() for n in group.sources)
        predicate.update(v.lower() for v in group.predicate_verbs)
    return dict(verbs=verbs, phrases=phrases, attitude=frozenset(attitude),
                from_speaker=frozenset(from_speaker), express_nouns=frozenset(express_nouns),
                express_verbs=express_verbs, requires=requires, adjectives=adjectives,
                min_words=min_words,
                source_groups=frozenset(source_groups), source_nouns=frozenset(source_nouns),
                object_infinitive=frozenset(object_infinitive), predicate_verbs=frozenset(predicate))


def _check_groups(cues: CuesFile, path: Path) -> None:
    """Group names used outside [cues] must name a [cues.<group>] table."""
    for key, names in (("channels.speech_groups", cues.channels.speech_groups),
                       ("channels.relay_groups", cues.channels.relay_groups),
                       ("channels.subject_groups", cues.channels.subject_groups),
                       ("cue_then_quote.bare_quote_groups", cues.cue_then_quote.bare_quote_groups),
                       ("make_clear.group", [cues.make_clear.group]),
                       ("as_frame.group", [cues.as_frame.group]),
                       ("nominal.group", [cues.nominal.group])):
        for name in names:
            if cues.cues and name not in cues.cues:
                raise ConfigError(f"{path}: [{key}]: no [cues.{name}] group (got {name!r})")


def load_cues(path: Path) -> CueRules:
    """Read a cues TOML file (see configs/cues.toml); ConfigError naming file and key."""
    cues = load_rules(path, CuesFile, "cues")
    _check_groups(cues, path)
    c, ch = cues.content, cues.characterisation
    return CueRules(
        **_cue_groups(cues),
        prepositional=tuple(tuple(p.lower().split()) for p in cues.prepositional.phrases),
        source_preps=_lower(cues.prepositional.source_preps),
        source_prep_nouns=_lower(cues.prepositional.source_nouns),
        prep_idioms=_lower(cues.prepositional.idioms),
        held_preps=_lower(cues.prepositional.held_preps),
        held_nouns=_lower(cues.prepositional.held_nouns),
        speakers=SpeakerRules.from_section(cues.speakers),
        hearsay_passive=_lower(cues.hearsay_passive.verbs),
        event_verbs=_lower(cues.event_clauses.verbs), event_marks=_lower(cues.event_clauses.marks),
        quoted_as=_lower(cues.hearsay_passive.quoted_as),
        negative_heads=_lower(cues.negative.heads),
        own_action=_lower(cues.own_action.verbs), own_action_inf=_lower(cues.own_action.infinitives),
        own_action_any=_lower(cues.own_action.any_infinitive),
        own_action_means=_lower(cues.own_action.means_verbs),
        own_action_means_preps=_lower(cues.own_action.means_preps),
        make_clear=_lower(cues.make_clear.adjectives), make_clear_group=cues.make_clear.group,
        make_nouns=_lower(cues.make_clear.nouns),
        as_marks=_lower(cues.as_frame.marks), as_verbs=_lower(cues.as_frame.verbs),
        as_group=cues.as_frame.group,
        channel_groups=_lower(cues.channels.speech_groups),
        relay_groups=frozenset(cues.channels.relay_groups),
        subject_groups=_lower(cues.channels.speech_groups + cues.channels.subject_groups),
        participle_preps=_lower(cues.channels.participle_preps),
        addressee_verbs=_lower(c.addressee_verbs), time_marks=_lower(c.time_marks),
        reason_marks=_lower(c.reason_marks), comparison_preps=_lower(c.comparison_preps),
        inverted_condition=_lower(c.inverted_condition),
        aside_relatives=_lower(c.aside_relatives), contrast_marks=_lower(c.contrast_marks),
        even_marks=_lower(c.even_marks), aside_marks=_lower(c.aside_marks),
        adjective_preps=_lower(c.adjective_preps), wh_words=_lower(c.wh_words),
        adjective_action_heads=_lower(c.adjective_action_heads),
        raising_adjectives=_lower(c.raising_adjectives),
        characterising_preps=_lower(ch.preps), not_after_as=_lower(ch.not_after_as),
        ground_preps=_lower(ch.ground_preps), ground_verbs=_lower(ch.ground_verbs),
        likeness_preps=_lower(ch.likeness_preps), likeness_verbs=_lower(ch.likeness_verbs),
        jibe_verbs=_lower(ch.jibe_verbs),
        judged_object_words=ch.object_min_words,
        bare_quote_groups=frozenset(cues.cue_then_quote.bare_quote_groups),
        label_tails=_lower(cues.speaker_label.tails),
        label_bullets=frozenset(cues.speaker_label.bullets),
        label_page_words=_lower(cues.speaker_label.page_words),
        label_leads=tuple(sorted((tuple(w.lower().split()) for w in cues.speaker_label.leads),
                                 key=len, reverse=True)),
        lemma_forms={k.lower(): v.lower() for k, v in cues.lemma_forms.items()},
        report_nouns=_lower(cues.nominal.nouns), light_verbs=_lower(cues.nominal.light_verbs),
        nominal_group=cues.nominal.group)
