"""Stance toward an issue's proposition: support, oppose or neutral, by rules a reader can follow.

The generic language data (cue-verb polarity, negators, process/report/hedge/advocacy markers,
anaphors) lives in `configs/stance.toml`; the issue-specific lexicons (support / oppose /
caution phrases, `adversary`) live with each issue in `configs/issues.toml`.
`pipeline.issues.detect` finds the words (one TermProgram over the Doc); this module decides.

Decision for one (claim, issue), first rule that fires wins, in this order:

1. cue:X(neutral)       the reporting cue only reports ("question whether", "reported") -> neutral
   cue:X(K)+negation:N  a cue with a side, negated ([cues] negators): a negated support cue
                        opposes ("would not endorse"), a negated oppose or warning cue takes
                        no side ("did not rule out", "did not criticize") -> neutral
2. content polarity, from the claim text:
   a. caution:X          the issue's caution phrases (risks of / limits on the proposition:
                         "drawn into conflicts", "undermine deterrence") -> oppose, even negated
   a2. hedge:N+certain:W a negator that negates a word of certainty or decision ([negation]
                         certainty: "not sure", "hasn't decided", "aren't set in stone") -> neutral
   b. negation:X>S / restrict:X>S(con)  the side the signal S names (pro; con when the
                         issue's proposition puts it under a restrictive word: "bar the entry
                         of refugees", pipeline.issues.sides; none for a term the taxonomy
                         gives no side, which is skipped) flipped by each negator, negative
                         predicate ("not", "difficult to", "reject") or restrictive word ("cut",
                         "ban") whose scope holds it: "will not raise the minimum wage" -> oppose,
                         "cut emissions" -> support (for an `adversary` issue a negative
                         predicate over the adversary, "opposed to Chinese interference", is
                         support: negpred:X(adversary); a negator opposes)
   c. aim:X              the claim states a purpose ("with the aim of", "goal") -> support,
                         even when it also reports talks
   d. process:X/report:X the claim reports talks, agendas, forecasts ("discussions are under
                         way", "expected to") or another party's demand ("a US request") -> neutral
   e. lexicon:X(support|oppose)[+negation:Y|*eval:...]  the issue's own stance phrases,
                         flipped by a negator whose scope holds them, or turned by an
                         evaluation of the phrase; support and oppose phrases are counted.
                         A negator inside a phrase is part of it ("no hearings")
   f. eval:W>T(pro|con)  an evaluative word W of the lexicon linked by a short dependency
                         path to a side T of the issue (pipeline.issues.evaluation): its pro /
                         con targets, or the claim's own mention of the issue (a signal with
                         its side, the anaphor "it" that refers to it) judged by an adjective or
                         noun: "it is disastrous" -> oppose, "emissions are dangerous" -> support
   g. question:?         a question that names the issue (or refers to it) takes no side -> neutral
   h. hedge:X            modal hedging, balancing ("might", "whether", "balance") -> neutral
   i. advocacy:X         the speaker states an aim or need ("should", "must", "want to",
                         "fight for") -> support (oppose when negated; support again when
                         the negated word acts against something: "shouldn't be defunded",
                         advocacy:X+negation:Y+restrict:Z)
   i2. figure:X          the claim reports a figure ("percent", "million", a numeral outside
                         the issue's own phrases, not a year) -> neutral; not a figure
                         that counts who holds a view ("6 in 10 voters said that X": a
                         poll finding, pipeline.issues.detect._counts_holders)
   i3. topic:N>S         every mention S of the issue is only the topic of a noun of talk N
                         ("joined the gun debate", "questions about the raids":
                         pipeline.issues.topics) -> neutral
   j. default:X          on topic with nothing else: `default` of stance.toml
3. a cue with polarity composes with the content: cue:dismissed(oppose)*lexicon:change(support)
   -> oppose, cue:rejected(oppose)*lexicon:fair(oppose) -> support; with a process, hedge or
   default content the cue alone decides; a caution phrase stays oppose whatever the cue.
   `warning` cues (warn, fear) oppose, except on an adversary issue or when the claim's
   signals name the con side and not the pro side (topic words of the issue name neither),
   where warning about the threat supports the proposition. Likewise an `oppose` cue
   (criticize, attack, blame) whose content takes no side of its own and names the con side
   and not the pro side criticises the other side, which supports the proposition:
   "criticized the senator for his ties to Wall Street" (Wall Street: con of "regulate Wall
   Street") -> support, cue:criticize(oppose)>Wall Street(con). A con term that only
   modifies another noun ("his Wall Street proposals") does not count.
4. speaker:D(S)+E       one speaker, one side (a per-Doc pass after the others,
                         pipeline.issues.consistency; stance.toml [consistency]): a claim whose
                         stance E came only from a weak rule (the default, a cue alone) takes the
                         side S that the same speaker's other claims on the issue in the Doc
                         agree on, when one of them was decided by a reliable rule D (lexicon,
                         negation, restrict, ...): "speaker:lexicon(oppose)+default:support".
                         Neutral claims neither give nor block a side; disagreement leaves E.

The evidence string names each rule that fired and the words, so a person can check the label.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Iterable, Literal, Sequence

from pydantic import (Field, StrictBool, StrictInt, StrictStr, StringConstraints,
                      model_validator)

from pipeline.config import RuleModel, load_rules
from pipeline.issues.evaluation import Evaluation, load_lexicon
from pipeline.issues.terms import check_term

STANCE_LABELS = ("support", "oppose", "neutral")

# kinds of generic hits matched from stance.toml (issue hits use "signal", "support", ...)
GENERIC_KINDS = ("negator", "negpred", "negexc", "restrict", "certain", "aim", "process", "report",
                 "question", "hedge", "advocacy", "figure", "anaphor", "topic_frame", "speech")

#: a list of phrases of the term language (each a non-empty string, surrounding space dropped)
Words = list[Annotated[StrictStr, StringConstraints(strip_whitespace=True, min_length=1)]]
Count = Annotated[StrictInt, Field(ge=0)]


class CuesTable(RuleModel):
    support: Words = []
    oppose: Words = []
    warning: Words = []
    neutral: Words = []
    negators: Words = []
    channel: Words = []


class NegationTable(RuleModel):
    negators: Words = []
    negative_predicates: Words = []
    restrictive: Words = []
    exceptions: Words = []
    harms: Words = []
    certainty: Words = []
    topic_prepositions: Words = []
    goal_prepositions: Words = []
    window: Count = 8


class MarkersTable(RuleModel):
    aim: Words = []
    process: Words = []
    report: Words = []
    question: Words = []
    hedge: Words = []
    advocacy: Words = []
    figure: Words = []
    topic: Words = []
    topic_prepositions: Words = []
    speech: Words = []
    numerals: StrictBool = False
    first_year: Count = 1800
    last_year: Count = 2100

    @model_validator(mode="after")
    def _year_range(self) -> "MarkersTable":
        if self.first_year > self.last_year:
            raise ValueError(f"first_year {self.first_year} is after last_year {self.last_year}")
        return self


class ContextTable(RuleModel):
    anaphors: Words = []
    topic_frames: Words = []
    lookback_sentences: Count = 1
    frame_window: Count = 8
    person_anaphors: Words = []
    continuation_sentences: Count = 0
    continuation_kinds: list[Literal["direct", "indirect", "mixed"]] = []
    passage_sentences: Count = 0
    passage_mentions: Count = 2


class EvaluationTable(RuleModel):
    lexicon: Literal["", "vader"] = ""
    min_valence: Annotated[float, Field(ge=0)] = 1.0
    max_path: Count = 3
    ignore: Words = []
    blockers: Words = []
    too_little: Words = []
    enough: Words = []


#: the names of the rules an evidence string starts with (consistency.decider)
RuleName = Literal["cue", "caution", "hedge", "negation", "negpred", "restrict", "aim", "process",
                   "report", "lexicon", "eval", "question", "advocacy", "figure", "topic",
                   "default"]


class ConsistencyTable(RuleModel):
    scope: Literal["", "article", "continued"] = ""
    weak: list[RuleName] = ["default"]
    deciders: list[RuleName] = []
    speaker_types: list[Literal["person", "organization", "anonymous", "document",
                                "unknown"]] = ["person", "organization"]
    name_suffix: StrictBool = False
    neutral_targets: StrictBool = False


class StanceFile(RuleModel):
    """The schema of configs/stance.toml (each table's meaning is in that file)."""

    default: Literal["support", "oppose", "neutral"] = "support"
    cues: CuesTable = CuesTable()
    negation: NegationTable = NegationTable()
    markers: MarkersTable = MarkersTable()
    context: ContextTable = ContextTable()
    evaluation: EvaluationTable = EvaluationTable()
    consistency: ConsistencyTable = ConsistencyTable()


@dataclass(frozen=True)
class StanceRules:
    """Generic, domain-free stance data (see configs/stance.toml for each list's meaning)."""

    default: str = "support"
    cue_support: tuple[str, ...] = ()
    cue_oppose: tuple[str, ...] = ()
    cue_warning: tuple[str, ...] = ()
    cue_neutral: tuple[str, ...] = ()
    cue_negators: tuple[str, ...] = ()
    cue_channel: frozenset[str] = frozenset()   # neutral cue entries that only relay
    negators: tuple[str, ...] = ()
    negative_predicates: tuple[str, ...] = ()
    restrictive: tuple[str, ...] = ()
    negation_exceptions: tuple[str, ...] = ()
    negation_window: int = 8
    harms: frozenset[str] = frozenset()   # lowercase head nouns of a harm ("violence")
    certainty: tuple[str, ...] = ()   # words of certainty or decision: negated, a hedge
    negation_topics: frozenset[str] = frozenset()   # lowercase: "nothing about X" keeps X out
    restriction_goals: frozenset[str] = frozenset()   # lowercase: "fight for X" keeps X out
    aim: tuple[str, ...] = ()
    process: tuple[str, ...] = ()
    report: tuple[str, ...] = ()
    question: tuple[str, ...] = ()
    hedge: tuple[str, ...] = ()
    advocacy: tuple[str, ...] = ()
    figure: tuple[str, ...] = ()
    topic: tuple[str, ...] = ()       # nouns of talk about an issue ("debate", "stance")
    topic_prepositions: frozenset[str] = frozenset()   # lowercase ("about", "over")
    speech: tuple[str, ...] = ()      # a reporting verb of another speaker ("said", "noted")
    numerals: bool = False
    years: tuple[int, int] = (1800, 2100)   # a four-digit numeral in [first, last] is a year
    anaphors: tuple[str, ...] = ()
    topic_frames: tuple[str, ...] = ()
    lookback_sentences: int = 1
    frame_window: int = 8
    person_anaphors: frozenset[str] = frozenset()   # lowercase words
    continuation_sentences: int = 0   # a speaker's next claim within N sentences (0: off)
    continuation_kinds: frozenset[str] = frozenset()  # claim kinds that continue
    passage_sentences: int = 0        # sentences each side of a claim read for its passage's topic
    passage_mentions: int = 2         # of them naming an issue, for it to be the topic
    lexicon: str = ""                 # evaluative lexicon ("vader"), "" for none
    min_valence: float = 1.0
    max_path: int = 3
    evaluation_ignore: tuple[str, ...] = ()
    blockers: tuple[str, ...] = ()
    too_little: tuple[str, ...] = ()   # lowercase words: a side does too little (praise)
    enough: tuple[str, ...] = ()       # lowercase words: a side goes far enough (blame)
    side_scope: str = ""              # one speaker, one side: "", "article" or "continued"
    side_weak: frozenset[str] = frozenset({"default"})   # rules whose stance may be replaced
    side_deciders: frozenset[str] = frozenset()          # rules whose stance is passed on
    side_speaker_types: frozenset[str] = frozenset({"person", "organization"})
    side_name_suffix: bool = False    # "Ortiz" is the "Lena Ortiz" of the same article
    side_neutral_targets: bool = False   # a neutral weak claim may take its speaker's side
    path: str = ""

    def __hash__(self) -> int:
        """The hash dataclass would make (of the tuple of all fields), computed once: the
        rules are a key of the lru caches of cue_class and cue_negated, looked up for every
        issue of every claim, and hashing ~40 fields each time cost more than the lookup."""
        cached = self.__dict__.get("_hash")
        if cached is None:
            cached = hash(tuple(getattr(self, f.name) for f in fields(self)))
            object.__setattr__(self, "_hash", cached)
        return cached

    def __getstate__(self) -> dict:
        """The fields only: string hashes differ between processes, so the cached hash is
        made again after unpickling."""
        return {k: v for k, v in self.__dict__.items() if k != "_hash"}

    def generic_terms(self) -> Iterable[tuple[str, str]]:
        """(kind, term) for every phrase the matcher must find in the text."""
        for kind, terms in (("negator", self.negators), ("negpred", self.negative_predicates),
                            ("restrict", self.restrictive),
                            ("negexc", self.negation_exceptions),
                            ("certain", self.certainty), ("aim", self.aim),
                            ("process", self.process), ("report", self.report),
                            ("question", self.question), ("hedge", self.hedge),
                            ("advocacy", self.advocacy), ("figure", self.figure),
                            ("topic_noun", self.topic), ("speech", self.speech),
                            ("anaphor", self.anaphors),
                            ("topic_frame", self.topic_frames)):
            for term in terms:
                yield kind, term


def load_stance_rules(path: Path | str) -> StanceRules:
    """Read and validate a stance rule file (`load_rules` against `StanceFile`; every phrase
    checked by the term compiler); every problem is a one-line ConfigError naming the key."""
    f = load_rules(Path(path), StanceFile, "stance rules")
    for table in ("negation", "markers", "context"):     # cues are matched on the cue string
        for key, value in getattr(f, table):
            if isinstance(value, list):
                for term in value:
                    check_term(term, f"{path}: [{table}.{key}]")
    if f.evaluation.lexicon:
        load_lexicon(f.evaluation.lexicon)
    t = tuple
    return StanceRules(
        default=f.default, cue_support=t(f.cues.support), cue_oppose=t(f.cues.oppose),
        cue_warning=t(f.cues.warning), cue_neutral=t(f.cues.neutral),
        cue_negators=t(w.lower() for w in f.cues.negators),
        cue_channel=frozenset(w.lower() for w in f.cues.channel),
        negators=t(f.negation.negators), negative_predicates=t(f.negation.negative_predicates),
        restrictive=t(f.negation.restrictive),
        negation_exceptions=t(f.negation.exceptions), negation_window=f.negation.window,
        harms=frozenset(w.lower() for w in f.negation.harms),
        certainty=t(f.negation.certainty),
        negation_topics=frozenset(w.lower() for w in f.negation.topic_prepositions),
        restriction_goals=frozenset(w.lower() for w in f.negation.goal_prepositions),
        aim=t(f.markers.aim), process=t(f.markers.process), report=t(f.markers.report),
        question=t(f.markers.question), hedge=t(f.markers.hedge),
        advocacy=t(f.markers.advocacy), figure=t(f.markers.figure), topic=t(f.markers.topic),
        topic_prepositions=frozenset(w.lower() for w in f.markers.topic_prepositions),
        speech=t(f.markers.speech),
        numerals=f.markers.numerals, years=(f.markers.first_year, f.markers.last_year),
        anaphors=t(f.context.anaphors),
        topic_frames=t(f.context.topic_frames), lookback_sentences=f.context.lookback_sentences,
        frame_window=f.context.frame_window,
        person_anaphors=frozenset(w.lower() for w in f.context.person_anaphors),
        continuation_sentences=f.context.continuation_sentences,
        continuation_kinds=frozenset(f.context.continuation_kinds),
        passage_sentences=f.context.passage_sentences,
        passage_mentions=f.context.passage_mentions,
        lexicon=f.evaluation.lexicon,
        min_valence=f.evaluation.min_valence, max_path=f.evaluation.max_path,
        evaluation_ignore=t(w.lower() for w in f.evaluation.ignore),
        blockers=t(w.lower() for w in f.evaluation.blockers),
        too_little=t(w.lower() for w in f.evaluation.too_little),
        enough=t(w.lower() for w in f.evaluation.enough),
        side_scope=f.consistency.scope, side_weak=frozenset(f.consistency.weak),
        side_deciders=frozenset(f.consistency.deciders),
        side_speaker_types=frozenset(f.consistency.speaker_types),
        side_name_suffix=f.consistency.name_suffix,
        side_neutral_targets=f.consistency.neutral_targets, path=str(path))


# ---------------------------------------------------------------------------------------------
# word forms: the same light normalisation is used for cue strings and for the term language


def word_variants(word: str) -> set[str]:
    """Inflected and spelling variants of a lowercase word (a fallback when there are no
    lemmas, and a safety net for lemmatizer misses): call -> calls, called, calling; modernize
    -> modernise, modernization -> modernisation; defense -> defence."""
    w = word.lower()
    out = {w}
    if not w.isalpha() or len(w) < 3:
        return out
    bases = {w}
    if "iz" in w:
        bases.add(w.replace("iz", "is"))
    if w.endswith("ense"):
        bases.add(w[:-4] + "ence")
    for b in bases:
        out.add(b)
        out.update({b + "s", b + "es", b + "ed", b + "ing", b + "d", b + "er", b + "est"})
        if b.endswith("e"):
            out.update({b[:-1] + "ing", b[:-1] + "ed", b + "r", b + "st"})
        if b.endswith("y") and len(b) > 3 and b[-2] not in "aeiou":
            out.update({b[:-1] + "ies", b[:-1] + "ied", b[:-1] + "ier", b[:-1] + "iest"})
        if len(b) >= 3 and b[-1] not in "aeiouwxy" and b[-2] in "aeiou" and b[-3] not in "aeiou":
            out.update({b + b[-1] + "ed", b + b[-1] + "ing", b + b[-1] + "er"})
    return out


@lru_cache(maxsize=4096)       # reporting cues repeat ("said", "told"): decide each once
def cue_class(cue: str | None, rules: StanceRules) -> tuple[str | None, str | None]:
    """The polarity class of a reporting cue ("has called for" -> ("support", "call for")).

    An entry matches when its words occur in order in the cue (gaps allowed), each word
    in any inflected form; the longest matching entry wins.
    """
    if not cue:
        return None, None
    tokens = [t.strip(".,;:'\"“”‘’").lower() for t in cue.replace("-", " ").split()]
    tokens = [t for t in tokens if t]
    best: tuple[int, str | None, str | None] = (0, None, None)
    for kind, entries in (("neutral", rules.cue_neutral), ("oppose", rules.cue_oppose),
                          ("warning", rules.cue_warning), ("support", rules.cue_support)):
        for entry in entries:
            words = entry.lower().split()
            pos = 0
            for word in words:
                forms = set().union(*(word_variants(a) for a in word.split("|")))
                while pos < len(tokens) and tokens[pos] not in forms:
                    pos += 1
                if pos == len(tokens):
                    break
                pos += 1
            else:
                if len(words) > best[0]:
                    best = (len(words), kind, entry)
    return best[1], best[2]


def cue_negated(cue: str | None, rules: StanceRules) -> str | None:
    """The word of `cue` that negates it ("did not rule out" -> "not", "won't endorse" ->
    "won't"), or None: a word of [cues] negators, or one ending in a listed contraction ("n't")."""
    if not cue:
        return None
    for token in cue.lower().replace("’", "'").split():
        word = token.strip(".,;:'\"“”‘’")
        if word in rules.cue_negators or any(
                n.startswith("n'") and word.endswith(n) for n in rules.cue_negators):
            return word
    return None


# ---------------------------------------------------------------------------------------------
# the decision


@dataclass(frozen=True)
class Hit:
    """One matcher hit: a phrase of some kind (and issue) at token span [start, end)."""

    kind: str
    issue: str | None
    text: str
    start: int
    end: int
    start_char: int
    end_char: int
    side: int = 1    # a signal: +1 pro, -1 con side of its issue, 0 none (pipeline.issues.sides)
    modifier: bool = False   # a signal modifying a noun outside it ("Wall Street proposals")


_NEW = object.__new__
_SET = object.__setattr__


def new_hit(kind: str, issue: str | None, text: str, start: int, end: int, start_char: int,
            end_char: int, side: int = 1, modifier: bool = False) -> Hit:
    """`Hit(kind, issue, ...)`, the same object (equal, same hash and repr) built with its
    fields set at once: a frozen dataclass's __init__ sets each of its 9 fields through
    object.__setattr__ (~2.2 us a Hit, ~0.5 us here), and the component makes one Hit per
    phrase found in a Doc (~140 an article).

    >>> new_hit("signal", "wall", "border wall", 3, 5, 10, 21) == Hit(
    ...     "signal", "wall", "border wall", 3, 5, 10, 21)
    True
    """
    hit = _NEW(Hit)
    _SET(hit, "__dict__", {"kind": kind, "issue": issue, "text": text, "start": start,
                           "end": end, "start_char": start_char, "end_char": end_char,
                           "side": side, "modifier": modifier})
    return hit


@dataclass(frozen=True)
class Negation:
    hit: Hit
    lo: int          # token scope [lo, hi)
    hi: int
    predicate: bool  # a negative predicate ("reject", "difficult") rather than a negator
    merged: bool = False  # a restrictive preposition after another one ("fight against")
    holes: tuple[tuple[int, int], ...] = ()   # clauses inside the scope with their own predicate
    governor: int = -1    # a preposition's head token ("deportations against X": deportations)
    hedged: str = ""      # the word of certainty it negates ("not sure"): a hedge, no flip

    def holds(self, i: int) -> bool:
        """Whether token `i` is in the scope and outside its holes."""
        return self.lo <= i < self.hi and not any(a <= i < b for a, b in self.holes)


def negation_scopes(doc: Any, hits: Sequence[Hit], lo: int, hi: int,
                    rules: StanceRules, parsed: bool | None = None) -> list[Negation]:
    """Negators inside token range [lo, hi) and the token range each one governs.

    With a dependency parse the scope is the subtree of the negated word (the head of a
    "not"/"no", the head of an adjective like "difficult", a negative verb itself; the verb
    when "no" determines its object: "babies have no rights"; for a negator of several words,
    the head of its own head word: "will no longer raise" -> "raise"); without
    one it is the rest of the clause, up to `negation.window` tokens. `parsed`: whether the
    Doc has a parse, when the caller knows (checking costs a pass over the Doc).
    """
    exceptions = [h for h in hits if h.kind == "negexc"]
    if parsed is None:
        parsed = doc.has_annotation("DEP")
    out = []
    predicates = [h for h in hits if h.kind in ("negpred", "restrict")]
    for h in hits:
        if h.kind not in ("negator", "negpred", "restrict") or not (lo <= h.start < hi):
            continue
        if any(e.start <= h.start < e.end for e in exceptions):
            continue
        if parsed:
            tok = doc[h.start:h.end].root      # "no longer": "longer" (advmod of the verb)
            root = tok.head if tok.dep_ in ("neg", "det", "advmod", "acomp", "amod", "aux",
                                            "preconj") else tok
            if (tok.dep_ == "det" and root.dep_ in ("dobj", "attr")
                    and root.head.pos_ in ("VERB", "AUX")):
                root = root.head    # "no" on the object negates the clause: "babies have no
                #                     rights" ~ "babies do not have rights" (subject included)
            s, e = root.left_edge.i, root.right_edge.i + 1
            # "not A but B", "against X and in Y": a coordinated part after the negator is
            # outside its scope
            for child in root.children:
                if child.dep_ in ("cc", "conj") and child.i > h.start:
                    e = min(e, child.left_edge.i)
        else:
            s, e = h.start, h.start
            while e < len(doc) and e - h.start < rules.negation_window:
                if e > h.start and (doc[e].is_punct and doc[e].text in ".;,:—!?"):
                    break
                e += 1
        merged = (doc[h.start].pos_ == "ADP" or doc[h.start].lower_ == "against") and any(
            0 < h.start - p.end + 1 <= 2 for p in predicates if p is not h)
        holes = (_own_clauses(doc, h, s, e) + _topic_holes(root, h, rules)
                 + _goal_holes(tok, root, h, rules)) if parsed else ()
        gov = doc[h.start].head.i if parsed and doc[h.start].pos_ == "ADP" else -1
        hedged = _negated_certainty(root, h, hits) if parsed and h.kind == "negator" else ""
        out.append(Negation(h, max(s, lo), min(e, hi), h.kind != "negator", merged, holes, gov,
                            hedged))
    return out


def _negated_certainty(root: Any, h: Hit, hits: Sequence[Hit]) -> str:
    """The text of the word of certainty or decision ([negation] certainty) that negator `h`
    negates, else "": the negated word `root` itself ("has not decided", "aren't set in stone")
    or its adjective or noun complement ("I'm not sure", "it is not clear"). A negated
    certainty is a hedge: the speaker leaves the matter open and takes no side on it.

    >>> from spacy.tokens import Doc; from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["I", "am", "not", "sure"], heads=[1, 1, 1, 1],
    ...           deps=["nsubj", "ROOT", "neg", "acomp"])
    >>> _negated_certainty(doc[1], Hit("negator", None, "not", 2, 3, 5, 8),
    ...                    [Hit("certain", None, "sure", 3, 4, 9, 13)])
    'sure'
    """
    words = [root.i] + [c.i for c in root.children if c.dep_ in ("acomp", "attr", "oprd")]
    return next((c.text for c in hits if c.kind == "certain" and c.start > h.start
                 and any(c.start <= i < c.end for i in words)), "")


def _topic_holes(root: Any, h: Hit, rules: StanceRules) -> tuple[tuple[int, int], ...]:
    """The phrases of a topic preposition ([negation] topic_prepositions: "about", "on") hung
    on a negated pronoun or noun, when negator `h` negates that word: "will gin up nothing
    about the nominee", "no decision on the wall" deny some talk or act, and the issue is only
    its topic, neither negated nor asserted (the topic rule may then call it talk about the
    issue). A verb's phrases stay in the scope ("will not vote on the nominee" opposes), and
    so do a negator noun's own ("a lack of carbon pricing" is no carbon pricing) and a
    restrictive noun's ("restrictions on abortion" act against it).

    >>> from spacy.tokens import Doc; from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["said", "nothing", "about", "taxes"], heads=[0, 0, 1, 2],
    ...           deps=["ROOT", "dobj", "prep", "pobj"], pos=["VERB", "PRON", "ADP", "NOUN"])
    >>> rules = StanceRules(negation_topics=frozenset({"about"}))
    >>> _topic_holes(doc[1], Hit("negator", None, "nothing", 1, 2, 5, 12), rules)
    ((2, 4),)
    """
    if h.kind != "negator" or not (root.pos_ == "PRON"
                                    or (root.pos_ == "NOUN" and not h.start <= root.i < h.end)):
        return ()
    return tuple((c.left_edge.i, c.right_edge.i + 1) for c in root.children
                 if c.dep_ == "prep" and c.text.lower() in rules.negation_topics)


def _goal_holes(tok: Any, root: Any, h: Hit,
                rules: StanceRules) -> tuple[tuple[int, int], ...]:
    """The phrases of a goal preposition ([negation] goal_prepositions: "for") hung on
    restrictive word `tok` itself (its scope's head `root`): "she would fight for a higher
    minimum wage", "never stopped fighting for X", "the fight for X" name what the fight is
    for, not what it acts against. "fight against X" and "fight X" still restrict.

    >>> from spacy.tokens import Doc; from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["fight", "for", "wages"], heads=[0, 0, 1],
    ...           deps=["ROOT", "prep", "pobj"])
    >>> rules = StanceRules(restriction_goals=frozenset({"for"}))
    >>> _goal_holes(doc[0], doc[0], Hit("restrict", None, "fight", 0, 1, 0, 5), rules)
    ((1, 3),)
    """
    if h.kind != "restrict" or tok.i != root.i:
        return ()
    return tuple((c.left_edge.i, c.right_edge.i + 1) for c in root.children
                 if c.dep_ == "prep" and c.text.lower() in rules.restriction_goals)


def _own_clauses(doc: Any, h: Hit, s: int, e: int) -> tuple[tuple[int, int], ...]:
    """The clauses in a negation's scope [s, e) that modify a word of it with a predicate of
    their own (relative, adverbial, participial: finite or -ing/-ed verbs) and do not hold the
    negator: a negation governs its predicate and that predicate's arguments. "She did not
    meet farmers who back the carbon tax" takes no side on the tax; "she will not raise the
    carbon tax" opposes it. An infinitive stays in the scope, the complement of a negative
    predicate: "difficult (for Seoul) to accept X" ~ "not accept X"."""
    return tuple((t.left_edge.i, t.right_edge.i + 1) for t in doc[s:e]
                 if t.dep_ in ("relcl", "advcl", "acl") and t.pos_ in ("VERB", "AUX")
                 and not any(c.dep_ == "aux" and c.text.lower() == "to" for c in t.children)
                 and not t.left_edge.i <= h.start <= t.right_edge.i)


def _negated(span: Hit, negations: Sequence[Negation]) -> Negation | None:
    for n in negations:
        if n.holds(span.start) and not (n.hit.start <= span.start < n.hit.end):
            return n
    return None


def decide(cue: str | None, issue_hits: Sequence[Hit], generic_hits: Sequence[Hit],
           negations: Sequence[Negation], adversary: bool, rules: StanceRules,
           evaluations: Sequence[Evaluation] = (), around: str | None = None
           ) -> tuple[str, str]:
    """Stance and evidence for one issue of one claim.

    `issue_hits` are this issue's hits inside the claim (kinds signal, support, oppose,
    caution); `generic_hits` the stance.toml hits inside the claim; `evaluations` the
    evaluative words linked to one of the issue's sides (pipeline.issues.evaluation);
    `around`: for a claim that takes its issue from the sentence around it, the signal there
    when every such signal names the con side ("warned about the new casino: 'This will
    end badly'": the warning is about the con side).
    """
    kind, entry = cue_class(cue, rules)
    if kind == "neutral" and _relays(entry, generic_hits, rules):
        kind = None                     # the principal, not the channel: the content decides
    if kind == "neutral":
        return "neutral", f"cue:{entry}(neutral)"
    negator = cue_negated(cue, rules) if kind else None
    if negator:         # a negated cue does not assert the side it names
        return ("oppose" if kind == "support" else "neutral",
                f"cue:{entry}({kind})+negation:{negator}")
    facts = Facts.of(issue_hits, generic_hits, negations, adversary, rules, evaluations)
    pol, ev, decided_by = _content(facts)
    if kind in ("support", "oppose", "warning"):
        con = _con_only(facts) or (around if not facts.by_kind.get("signal") else None)
        if kind == "warning":               # warning about the con side agrees with the measure
            cue_pol = 1 if adversary or con else -1
            tag = (f"cue:{entry}(warning{',adversary' if adversary else ''})"
                   + (f">{con}(con)" if con and not adversary else ""))
        elif kind == "oppose" and con and not adversary and decided_by in CUE_ALONE:
            cue_pol, tag = 1, f"cue:{entry}(oppose)>{con}(con)"   # criticising the other side
        else:
            cue_pol = 1 if kind == "support" else -1
            tag = f"cue:{entry}({kind})"
        if decided_by == "caution":         # a named risk or limit opposes whatever the cue
            return "oppose", f"{tag}+{ev}"
        if decided_by in CUE_ALONE:
            return _label(cue_pol), tag
        return _label(cue_pol * pol), f"{tag}*{ev}"
    return _label(pol), ev


def _relays(entry: str | None, generic_hits: Sequence[Hit], rules: StanceRules) -> bool:
    """Whether a neutral cue only relays another speaker's words: a channel cue ([cues]
    channel: "report") whose content holds a reporting verb of its own ([markers] speech):
    "the paper reports: 'the plan is a disaster,' said the mayor" carries the mayor's stance,
    "the paper reports that the plan passed" stays neutral."""
    return (entry is not None and entry.lower() in rules.cue_channel
            and any(h.kind == "speech" for h in generic_hits))


#: content rules that leave the decision to a cue with polarity
CUE_ALONE = ("process", "hedge", "default", "report", "question", "figure", "topic")


def _label(pol: int) -> str:
    return "support" if pol > 0 else "oppose" if pol < 0 else "neutral"


@dataclass(frozen=True)
class Facts:
    """What the content rules read for one (claim, issue)."""

    by_kind: dict[str, list[Hit]]
    negations: tuple[Negation, ...]
    adversary: bool
    rules: StanceRules
    evaluations: tuple[Evaluation, ...]
    restrictions: tuple[Negation, ...] = ()   # restrictive words ("cut", "ban") in the claim

    @classmethod
    def of(cls, issue_hits: Sequence[Hit], generic: Sequence[Hit],
           negations: Sequence[Negation], adversary: bool, rules: StanceRules,
           evaluations: Sequence[Evaluation]) -> "Facts":
        """Hits grouped by kind in text order; a negator inside one of the issue's own stance
        phrases is part of that phrase ("no hearings", "did nothing wrong"), not a negation."""
        by_kind: dict[str, list[Hit]] = {}
        for h in sorted(list(issue_hits) + list(generic), key=lambda h: h.start):
            by_kind.setdefault(h.kind, []).append(h)
        phrases = [h for k in ("support", "oppose", "caution") for h in by_kind.get(k, [])]
        own = tuple(n for n in negations
                    if not any(p.start <= n.hit.start < p.end for p in phrases))
        return cls(by_kind, tuple(n for n in own if n.hit.kind != "restrict"), adversary, rules,
                   tuple(evaluations), tuple(n for n in own if n.hit.kind == "restrict"))


Decision = tuple[int, str, str]       # (polarity, evidence, rule name)


def _caution(f: Facts) -> Decision | None:
    """A named risk of / limit on the proposition opposes, even negated: "drawn into conflicts"."""
    caution = f.by_kind.get("caution", [])
    if caution:
        return -1, "+".join(f"caution:{h.text}(oppose)" for h in caution), "caution"
    return None


def _signal_negation(f: Facts) -> Decision | None:
    """A negator whose scope holds the issue's signal opposes: "will never raise defense
    spending"; a negative predicate over an adversary supports: "opposed to Chinese X".
    Other issues: `_signal_polarity`."""
    if not f.adversary:
        return _signal_polarity(f)
    for sig in f.by_kind.get("signal", []):
        neg = _negated(sig, f.negations)
        if neg is None:
            continue
        if neg.predicate and f.adversary:
            return 1, f"negpred:{neg.hit.text}(support,adversary)", "negation"
        return -1, f"negation:{neg.hit.text}>{sig.text}", "negation"
    return None


def _signal_polarity(f: Facts) -> Decision | None:
    """The side a signal names, flipped by each negator, negative predicate or restrictive word
    whose scope holds it: "will not raise the minimum wage" (pro) -> oppose, "cut emissions"
    (con, for "act against climate change") -> support, "oppose cutting off funds for the
    clinics" (pro, two flips) -> support. A restrictive word that is itself a signal ("deport")
    is the measure, not a flip; a signal inside a longer one counts once. Summed over signals.
    A signal headed by a harm noun (stance.toml [negation] harms) names what a measure acts
    against, the con side: "the rules would help curb smoking deaths" -> support. A
    restrictive preposition hung on a signal names whom that measure is aimed at, not an
    objection: "stop the deportations against undocumented immigrants" flips nothing through
    "against" (its `governor`, "deportations", is a signal).
    """
    signals = f.by_kind.get("signal", [])
    outer = [s for s in signals if not any(o is not s and o.start <= s.start and s.end <= o.end
                                           and o.end - o.start > s.end - s.start
                                           for o in signals)]
    votes = []
    for sig in outer:
        ops: list[Negation] = []
        judged = _judged_negators(f, sig)
        for n in f.negations + f.restrictions:
            if (n.holds(sig.start) and not n.merged and n.hit.start not in judged
                    and not any(o.start <= n.hit.start < o.end for o in signals)
                    and not any(o.start <= n.governor < o.end for o in signals)
                    and not any(m.hit.start < n.hit.end and n.hit.start < m.hit.end
                                for m in ops)):      # "opposed" inside "opposed to": once
                ops.append(n)
        if not ops:
            continue
        side = -1 if sig.text.split()[-1].lower() in f.rules.harms else sig.side
        if not side:        # a topic noun names no side: its negation decides nothing
            continue
        pol = side * (-1) ** len(ops)
        names = "+".join(f"{'restrict' if n.hit.kind == 'restrict' else 'negation'}:{n.hit.text}"
                         for n in ops)
        votes.append((pol, f"{names}>{sig.text}{'(con)' if side < 0 else ''}"))
    net = sum(p for p, _ in votes)
    if net:
        return (1 if net > 0 else -1), "+".join(e for _, e in votes), "negation"
    return None


def _judged_negators(f: Facts, sig: Hit) -> set[int]:
    """Token indices of the negators that an evaluation of the signal took in: "the levees
    are not enough" negates the evaluative word, not the levees, and the evaluation rule
    reads it (pipeline.issues.evaluation: "not enough" of the pro side wants more of it).
    None when the signal's evaluations cancel out (they decide nothing then)."""
    own = [e for e in f.evaluations if e.target.start < sig.end and sig.start < e.target.end]
    if not sum(e.polarity for e in own):
        return set()
    return {i for e in own for i in e.negators}


def _con_only(f: Facts) -> str | None:
    """The text of the claim's first con-side signal when the signals of a non-adversary
    issue in it name the con side and never the pro side ("refugees" for "bar the entry of
    refugees"), else None. A signal with no side (a topic word of the issue) names neither:
    "attacked the coal lobby and the polluters" (coal: a topic) names only the con side.
    Also None when a con signal only modifies another noun ("Wall Street" in "his Wall Street
    proposals": the proposals are the measure, not the banks)."""
    signals = f.by_kind.get("signal", [])
    con = [s for s in signals if s.side < 0]
    if (f.adversary or not con or any(s.side > 0 for s in signals)
            or any(s.modifier for s in con)):
        return None
    return con[0].text


def _aim(f: Facts) -> Decision | None:
    """A stated purpose supports, even beside talks: "talks with the aim of modernizing"."""
    for h in f.by_kind.get("aim", []):
        if _negated(h, f.negations) is None:
            return 1, f"aim:{h.text}", "aim"
    return None


def _process(f: Facts) -> Decision | None:
    """Talks, agendas, forecasts, or another party's demand are neutral: "talks are under way"."""
    for kind in ("process", "report"):
        if f.by_kind.get(kind):
            return 0, f"{kind}:{f.by_kind[kind][0].text}", kind
    return None


def _lexicon(f: Facts) -> Decision | None:
    """The issue's own stance phrases, counted; each flipped by a negator whose scope holds it,
    or turned by an evaluation of it ("background checks are a terrible idea")."""
    lex = []
    for h in f.by_kind.get("support", []) + f.by_kind.get("oppose", []):
        pol = 1 if h.kind == "support" else -1
        tag = f"lexicon:{h.text}({h.kind})"
        judged = next((e for e in f.evaluations if e.target.start == h.start), None)
        neg = _negated(h, f.negations)
        if judged is not None:
            pol, tag = judged.polarity, tag + "*" + judged.evidence()
        elif neg is not None:
            pol, tag = -pol, tag + f"+negation:{neg.hit.text}"
        lex.append((pol, tag))
    net = sum(p for p, _ in lex)
    if net:
        return (1 if net > 0 else -1), "+".join(t for _, t in lex), "lexicon"
    return None


def _evaluation(f: Facts) -> Decision | None:
    """Praise or blame of one side: "a reckless policy" (con) -> support; summed."""
    net = sum(e.polarity for e in f.evaluations)
    if net:
        return (1 if net > 0 else -1), "+".join(e.evidence() for e in f.evaluations), "evaluation"
    return None


def _question(f: Facts) -> Decision | None:
    """A question takes no side on an issue it names, itself or by anaphora: "will the Senate
    vote on the nominee?", "will it pass?". A question in a claim that only takes its issue
    from the sentence around it ("On the nominee, he said: is that all there is?") is no
    question about the issue but a rhetorical comment, and the rules after this one decide."""
    if f.by_kind.get("question") and f.by_kind.get("signal"):
        return 0, f"question:{f.by_kind['question'][0].text}", "question"
    return None


def _hedge(f: Facts) -> Decision | None:
    """Modal hedging, balancing, speculation are neutral: "might", "whether", "balance"."""
    if f.by_kind.get("hedge"):
        return 0, f"hedge:{f.by_kind['hedge'][0].text}", "hedge"
    return None


def _advocacy(f: Facts) -> Decision | None:
    """A stated aim or need supports ("should", "must", "ensure"); negated, it opposes. A
    negator that negates a word acting against something keeps the aim for it: "the funding
    shouldn't be eliminated" supports, as "should be kept" would (`_cancelled`)."""
    for h in f.by_kind.get("advocacy", []):
        neg = _negated(h, f.negations)
        if neg is None:
            return 1, f"advocacy:{h.text}", "advocacy"
        undo = _cancelled(neg, h, f)
        if undo is not None:
            return 1, f"advocacy:{h.text}+negation:{neg.hit.text}+{undo.hit.kind}:{undo.hit.text}", \
                "advocacy"
        return -1, f"advocacy:{h.text}+negation:{neg.hit.text}", "advocacy"
    return None


def _cancelled(neg: Negation, h: Hit, f: Facts) -> Negation | None:
    """The restrictive word or negative predicate ([negation] restrictive, negative_predicates)
    that negator `neg` negates, when it also governs advocacy marker `h`: the word at or above
    the negator in the parse, after it ("must not be cut", "should never be banned", "don't
    want to deny them a vote"). Not negating an act against something is no objection to it,
    so the two cancel. None for a negative predicate itself ("refuse", `neg` is no negator),
    for a restrictive word before the negator ("cut taxes, not spending") or one that only sits
    in a clause below it ("should not let them ban X": "ban" holds no negator)."""
    if neg.hit.kind != "negator":
        return None
    return next((n for n in f.restrictions + f.negations
                 if n.hit.kind != "negator" and not n.merged and n.hit.start >= neg.hit.start
                 and n.holds(neg.hit.start) and n.holds(h.start)
                 and not h.start <= n.hit.start < h.end), None)


def _figure(f: Facts) -> Decision | None:
    """A claim that reports a figure and takes no side otherwise is a report of facts:
    "98 percent of the refugees are Sunni", "77 have been deported"."""
    if f.by_kind.get("figure"):
        return 0, f"figure:{f.by_kind['figure'][0].text}", "figure"
    return None


def _topic(f: Facts) -> Decision | None:
    """The issue named only as the topic of some talk takes no side: "he also joined the gun
    debate", "questions about the raids" (pipeline.issues.topics)."""
    if f.by_kind.get("topic"):
        return 0, f"topic:{f.by_kind['topic'][0].text}", "topic"
    return None


def _hedged_negation(f: Facts) -> Decision | None:
    """A negated word of certainty or decision is a hedge and takes no side, before any
    negator flips a signal: "my plans for the wall aren't set in stone", "she is not sure the
    tax will pass", "he hasn't decided on the deal" -> neutral."""
    for n in f.negations:
        if n.hedged:
            return 0, f"hedge:{n.hit.text}+certain:{n.hedged}", "hedge"
    return None


#: the content rules, in order: the first that decides wins
CONTENT_RULES = (_caution, _hedged_negation, _signal_negation, _aim, _process, _lexicon, _evaluation, _question,
                 _hedge, _advocacy, _figure, _topic)


def _content(f: Facts) -> Decision:
    for rule in CONTENT_RULES:
        found = rule(f)
        if found is not None:
            return found
    pol = {"support": 1, "oppose": -1, "neutral": 0}[f.rules.default]
    tie = any(f.by_kind.get(k) for k in ("support", "oppose"))
    return pol, f"default:{f.rules.default}{'+lexicon-tie' if tie else ''}", "default"
