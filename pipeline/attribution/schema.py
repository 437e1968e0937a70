"""The schema of configs/cues.toml (pydantic, through `pipeline.config.load_rules`).

Unknown keys and wrong types are one ConfigError line naming the file and the key path,
e.g. `configs/cues.toml: [speakerz]: unknown key`.
"""
from __future__ import annotations

import re
from typing import Literal, Optional

from pydantic import StrictBool, StrictInt, StrictStr, field_validator

from pipeline.config import RuleModel

Words = list[StrictStr]


class CueGroup(RuleModel):
    """[cues.<group>]: one meaning of reporting cue."""

    verbs: Words = []
    phrases: Words = []           # "point out" (verb + particle), or one verb ("express")
    attitude: StrictBool = False
    speaker: Literal["subject", "from"] = "subject"
    nouns: Words = []             # for one-verb phrases: the object nouns ("concern")
    requires: Optional[Literal["complement", "as", "clause", "quotation", "infinitive",
                              "stance", "source"]] = None
    adjectives: Words = []        # predicative attitudes ("worried that")
    sources: Words = []           # subjects whose finding may be an object ("the poll showed X")
    predicate_verbs: Words = []   # ... only with a predicate on it ("the poll has X leading")
    object_infinitive: StrictBool = False   # with requires = "clause": "asked X to Y" is one
    min_words: StrictInt = 0      # content of at least this many words ("spoke about X")

    @field_validator("phrases")
    @classmethod
    def _one_particle(cls, phrases: list[str]) -> list[str]:
        for p in phrases:
            if not 1 <= len(p.split()) <= 2:
                raise ValueError(f"phrase {p!r} must be a verb and at most one particle")
        return phrases


class HearsayPassive(RuleModel):
    verbs: Words = []             # "X is said to ..."
    quoted_as: Words = []         # "X was quoted as saying"


class Negative(RuleModel):
    heads: Words = []


class OwnAction(RuleModel):
    verbs: Words = []
    infinitives: Words = []
    any_infinitive: Words = []    # "hopes to win": every subject-less infinitive is an aim
    means_verbs: Words = []       # "By V-ing, X hopes to win": an aim after a means phrase ...
    means_preps: Words = []       # ... opened by one of these prepositions ("by")


class Channels(RuleModel):
    speech_groups: Words = []
    relay_groups: Words = []
    participle_preps: Words = []  # "after saying X, Lee left": a speech participle's preps
    subject_groups: Words = []    # "engineers warned that X": a common-noun subject speaks


class MakeClear(RuleModel):
    adjectives: Words = []
    nouns: Words = []             # "made the case (to voters) that": make + determiner + noun
    group: StrictStr = "say"      # the cue group of "made it clear that"


class AsFrame(RuleModel):
    marks: Words = []             # "As Lee put it, ...": the marks that open the frame
    verbs: Words = []             # ... verbs that report only in such a frame ("put it")
    group: StrictStr = "say"      # ... and the cue group they report as


class EventClauses(RuleModel):
    verbs: Words = []
    marks: Words = []


class Prepositional(RuleModel):
    phrases: Words = []
    source_preps: Words = []      # "in a new poll, ...": a preposition on the clause's verb
    source_nouns: Words = []      # ... whose object is one of these
    idioms: Words = []            # "according to plan": a bare noun that is no source
    held_preps: Words = []        # "In their view, X", "By her own admission, X": these ...
    held_nouns: Words = []        # ... with one of these nouns, held by its possessor


class Content(RuleModel):
    addressee_verbs: Words = []   # "told reporters that": the object is the addressee
    time_marks: Words = []        # "..., when asked": a time clause stays out of the content
    reason_marks: Words = []      # "..., because ...": a reason on the cue is the content's
    comparison_preps: Words = []  # "..., compared with ...": a comparison on the cue, too
    aside_relatives: Words = []   # "..., which ...": a closing relative clause is the writer's
    contrast_marks: Words = []    # "..., while others said ...": a closing contrast clause
    even_marks: Words = []        # "..., even as critics argued ...": two-word marks, likewise
    aside_marks: Words = []       # "..., as rivals claimed X": likewise, with a reported clause
    adjective_preps: Words = []   # "worried about X": the prepositions of an attitude adjective
    adjective_action_heads: Words = []  # "make sure X": no attitude under these verbs
    raising_adjectives: Words = []  # "is sure to win": a forecast, not an attitude
    wh_words: Words = []          # "how the allies define X": an embedded question
    inverted_condition: Words = []  # "promised to act should he win": an inverted condition


class Characterisation(RuleModel):
    preps: Words = []             # "described it as X", "accused X of Y"
    not_after_as: Words = []      # "as well", "as soon as": not a characterising "as"
    ground_preps: Words = []      # "criticized X for Y": the ground of a judgement ...
    ground_verbs: Words = []      # ... after these verbs only
    likeness_preps: Words = []    # "compared X to Y": the thing X is likened to ...
    likeness_verbs: Words = []    # ... after these verbs only
    jibe_verbs: Words = []        # 'mocked "the experts"': a quotation alone is no complement
    object_min_words: StrictInt = 0   # a judged thing alone: "condemned Trump's plan to ..."


class Nominal(RuleModel):
    nouns: Words = []             # "his claim that ...": report nouns (lemmas)
    light_verbs: Words = []       # "X made the claim that ...": X holds it
    group: StrictStr = "argue"    # the cue group of a nominal report


class CueThenQuote(RuleModel):
    bare_quote_groups: Words = []  # 'said "X"' with no comma or colon before the quotation


class SpeakerLabel(RuleModel):
    tails: Words = []             # what may follow the name before the colon
    bullets: Words = []           # list markers before the name
    leads: Words = []             # words before the name ("more from")
    page_words: Words = []        # capitals labels of the page, never a speaker ("UPDATE")


class SpeakerWords(RuleModel):
    roles: Words = []
    anonymous: Words = []
    organization: Words = []
    document: Words = []
    evidence: Words = []          # sources kept as written ("the audit found"); documents too


class FirstNames(RuleModel):
    male: Words = []
    female: Words = []


class Speakers(RuleModel):
    """[speakers]: pronouns, titles, role/descriptor words, aliases, given names."""

    male: Words = []
    female: Words = []
    group: Words = []
    thing: Words = []
    first_person: Words = []
    relative: Words = []
    partitive: Words = []
    described: Words = []
    role_synonyms: list[Words] = []
    organization_kinds: list[Words] = []        # 'the company' may be 'Acme Corporation'
    personal_name: Optional[StrictStr] = None   # regex of names NER may mislabel
    titles: dict[str, StrictStr] = {}
    words: SpeakerWords = SpeakerWords()
    aliases: dict[str, StrictStr] = {}
    first_names: FirstNames = FirstNames()


    @field_validator("personal_name")
    @classmethod
    def _regex(cls, pattern: str | None) -> str | None:
        if pattern is not None:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"not a regular expression: {exc}") from None
        return pattern


class CuesFile(RuleModel):
    """configs/cues.toml."""

    cues: dict[str, CueGroup] = {}
    hearsay_passive: HearsayPassive = HearsayPassive()
    negative: Negative = Negative()
    own_action: OwnAction = OwnAction()
    channels: Channels = Channels()
    make_clear: MakeClear = MakeClear()
    event_clauses: EventClauses = EventClauses()
    as_frame: AsFrame = AsFrame()
    prepositional: Prepositional = Prepositional()
    content: Content = Content()
    characterisation: Characterisation = Characterisation()
    nominal: Nominal = Nominal()
    cue_then_quote: CueThenQuote = CueThenQuote()
    speaker_label: SpeakerLabel = SpeakerLabel()
    speakers: Speakers = Speakers()
    lemma_forms: dict[str, StrictStr] = {}   # word form -> lemma where the model slips
