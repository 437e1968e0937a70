"""Speakers: from the token at an attribution to a canonical name, type and role.

Rule data (pronouns, titles, role words, anonymous/organisation/document heads and the
organisation alias table) comes from configs/cues.toml via `SpeakerRules`.

`SpeakerResolver` walks one Doc in reading order.  It keeps what a reader keeps: the
people named so far (full names, roles, gender when a title or pronoun told it), the last
organisation or document that spoke, the anonymous descriptors already introduced.  A
mention is resolved against that memory:

- a pronoun (he/she) -> the most recent compatible person speaker or person subject;
  they -> the most recent organisation or group; it -> the most recent organisation/document;
- a surname ("Colby", "Lee") -> the full name used in the article ("Elbridge Colby"),
  earlier mentions first;
- a definite description: "the official" -> the anonymous descriptor introduced earlier
  ("a senior government official"); "the senator" -> the person whose role/title says so;
- "the statement said" -> the organisation that issued it, when the text names one;
- organisation names through the alias table ("Washington" -> "US government").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

from spacy.tokens import Doc, Token

from pipeline.attribution.labels import NAME_PART_DEPS, SUBJECTS
from pipeline.attribution.schema import Speakers
from pipeline.config import validate_rules
from pipeline.doc_rows import doc_rows

PERSON, ORG, ANON, DOCUMENT, UNKNOWN = "person", "organization", "anonymous", "document", "unknown"
ORG_ENTS = {"ORG", "GPE", "NORP", "FAC", "LOC"}
TIME_ENTS = {"DATE", "TIME"}     # "Tuesday's poll", "a June poll": when, not whose
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "another": 0, "other": 0}
# Dependents that are not part of a speaker mention: "X, a professor at Y," / "who spoke ...".
_DROP_DEPS = {"appos", "relcl", "acl", "advcl", "punct", "parataxis"}


@lru_cache(maxsize=1 << 14)     # asked for the same words (names, titles) again and again
def _typo_of(roles: frozenset[str], low: str) -> bool:
    """Whether lowercase `low` is one adjacent swap or one substitution away from one of
    `roles` of its length and first letter ("minsiter" -> minister)."""
    for r in roles:
        if len(r) != len(low) or r[0] != low[0]:
            continue
        diff = [k for k in range(len(r)) if r[k] != low[k]]
        if len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                              and r[diff[0]] == low[diff[1]] and r[diff[1]] == low[diff[0]]):
            return True
    return False


@dataclass(frozen=True)
class SpeakerRules:
    male: frozenset[str] = frozenset()
    female: frozenset[str] = frozenset()
    group: frozenset[str] = frozenset()
    thing: frozenset[str] = frozenset()
    first_person: frozenset[str] = frozenset()
    relative: frozenset[str] = frozenset()
    partitive: frozenset[str] = frozenset()
    described: frozenset[str] = frozenset()   # 'those surveyed', 'some of those who ...'
    titles: dict[str, str] = field(default_factory=dict)
    roles: frozenset[str] = frozenset()
    anonymous: frozenset[str] = frozenset()
    organization: frozenset[str] = frozenset()
    document: frozenset[str] = frozenset()                       # includes `evidence`
    evidence: frozenset[str] = frozenset()                       # sources kept as written
    aliases: dict[str, str] = field(default_factory=dict)
    first_names: dict[str, str] = field(default_factory=dict)    # given name -> gender
    role_synonyms: dict[str, frozenset[str]] = field(default_factory=dict)  # word -> its class
    org_kinds: dict[str, frozenset[str]] = field(default_factory=dict)      # ... of bodies
    personal_name: re.Pattern | None = None    # names the NER may call organisations

    def role_class(self, word: str) -> frozenset[str]:
        """The role words a definite "the <word>" may stand for ("premier" -> premier, prime)."""
        word = word.lower()
        return self.role_synonyms.get(word, frozenset()) | {word}

    def title_typo(self, word: str) -> bool:
        """A misspelt role word ("Minsiter"): one adjacent swap or one substitution away
        from a role word of six letters or more."""
        low = word.lower()
        if len(low) < 6 or low in self.roles:
            return False
        roles = self.roles
        return _typo_of(roles if isinstance(roles, frozenset) else frozenset(roles), low)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SpeakerRules":
        """From a [speakers] table (validated against the cues.toml schema)."""
        return cls.from_section(validate_rules(data, Speakers, "[speakers]"))

    @classmethod
    def from_section(cls, sec: Speakers) -> "SpeakerRules":
        """From the validated [speakers] section of configs/cues.toml."""
        def fs(values: Iterable[str]) -> frozenset[str]:
            return frozenset(v.lower() for v in values)

        return cls(
            male=fs(sec.male), female=fs(sec.female), group=fs(sec.group), thing=fs(sec.thing),
            first_person=fs(sec.first_person), relative=fs(sec.relative),
            partitive=fs(sec.partitive), described=fs(sec.described),
            titles={k.lower(): v for k, v in sec.titles.items()},
            roles=fs(sec.words.roles), anonymous=fs(sec.words.anonymous),
            organization=fs(sec.words.organization),
            document=fs([*sec.words.document, *sec.words.evidence]),
            evidence=fs(sec.words.evidence),
            aliases={k.lower(): v for k, v in sec.aliases.items()},
            first_names={**{n.lower(): "male" for n in sec.first_names.male},
                         **{n.lower(): "female" for n in sec.first_names.female}},
            role_synonyms=_synonym_classes(sec.role_synonyms),
            org_kinds=_synonym_classes(sec.organization_kinds),
            personal_name=re.compile(sec.personal_name) if sec.personal_name else None,
        )

    def name_gender(self, full_name: str) -> str | None:
        """Gender from the given name of a full Western-order name ("Karen Whitfield")."""
        words = full_name.split()
        if len(words) < 2:
            return None
        return self.first_names.get(words[0].lower().rstrip("."))

    @property
    def pronouns(self) -> frozenset[str]:
        return self.male | self.female | self.group | self.thing | self.first_person


def _synonym_classes(groups: Iterable[Iterable[str]]) -> dict[str, frozenset[str]]:
    """[["premier", "prime"], ...] -> every word of a group maps to the whole group."""
    out: dict[str, frozenset[str]] = {}
    for group in groups:
        words = frozenset(str(w).lower() for w in group)
        for w in words:
            out[w] = out.get(w, frozenset()) | words
    return out


_PERSONAL: dict[int, tuple[SpeakerRules, dict[str, bool]]] = {}
_PERSONAL_LIMIT = 100_000


def _personal_memo(rules: SpeakerRules) -> dict[str, bool]:
    """The `SpeakerResolver._looks_personal` answers for `rules`, text -> bool (emptied when
    it grows past _PERSONAL_LIMIT)."""
    known = _PERSONAL.get(id(rules))
    if known is None or known[0] is not rules:
        if len(_PERSONAL) >= 16:                   # rules objects made one after another
            _PERSONAL.clear()
        known = _PERSONAL[id(rules)] = (rules, {})
    if len(known[1]) > _PERSONAL_LIMIT:
        known[1].clear()
    return known[1]


@dataclass(frozen=True)
class Speaker:
    mention: str
    start: int                      # char span of the mention
    end: int
    canonical: str | None
    type: str                       # person | organization | anonymous | document | unknown
    role: str | None = None
    gender: str | None = None
    plural: bool = False


@dataclass
class _Event:
    pos: int
    canonical: str
    type: str
    gender: str | None = None
    head: str = ""                  # lemma of the descriptor head (anonymous)
    plural: bool = False
    roles: frozenset[str] = frozenset()
    speaker: bool = False           # a speaker (not just a subject)


def _other_kind(name: str, lemma: str, kinds: frozenset[str], same: frozenset[str]) -> bool:
    """The organisation `name` says it is another kind of body than the description's head
    `lemma`: it holds a `[speakers] organization` word that is neither `lemma` nor of its
    class `same` (`[speakers] organization_kinds`): 'Secret Service' for 'the campaign',
    'International Olympic Committee' for 'the team'; not 'Washington Post' for 'the
    newspaper' (no kind word), 'Acme Corporation' for 'the company' (one class).

    >>> _other_kind("Secret Service", "campaign", frozenset({"service", "campaign"}), frozenset())
    True
    """
    words = {w.lower() for w in name.replace("-", " ").split()}
    return lemma not in words and bool(words & kinds - same)


def _text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    # the text of the tokens' range, cut from the Doc's text (no Token per word)
    return doc_rows(tokens[0].doc).span_text(tokens[0].i, tokens[-1].i + 1)


def mention_tokens(head: Token) -> list[Token]:
    """The speaker mention around `head`: its subtree minus appositions, relative clauses,
    participial phrases and punctuation-led asides; contiguous, ending at the last kept token."""
    drop: set[int] = set()
    for child in head.children:
        if child.dep_ in _DROP_DEPS or (child.dep_ == "prep" and child.i < head.i):
            drop.update(t.i for t in child.subtree)
    kept = [t for t in head.subtree if t.i not in drop]
    # never cross a line break (a header line glued to the sentence by the parser); the
    # texts from the Doc's rows (a token's trailing whitespace is a space or nothing)
    texts, at = doc_rows(head.doc).texts, head.i
    lo = max([t.i for t in kept if t.i < at and "\n" in texts[t.i]] + [-1])
    hi = min([t.i for t in kept if t.i > at and "\n" in texts[t.i]] + [len(head.doc)])
    if lo >= 0 or hi < len(head.doc):
        kept = [t for t in kept if lo < t.i < hi]
    # contiguous run containing the head
    out: list[Token] = []
    for t in kept:
        if out and t.i != out[-1].i + 1:
            if t.i > head.i:
                break
            out = []
        out.append(t)
    while out and (out[-1].is_punct or out[-1].dep_ in ("cc", "case")):
        out.pop()                 # "Trump's promise": the possessive mark is no part of it
    while out and out[0].is_punct:
        out.pop(0)
    if out and out[0].i > 0:
        prev = head.doc[out[0].i - 1]
        if prev.dep_ == "det" and prev.pos_ == "DET" and prev.whitespace_:
            out.insert(0, prev)                 # determiner the parser hung elsewhere
    return out or [head]


def _main_subject(root: Token) -> bool:
    """The token is the subject (or a subject's possessor) of a main clause: of the root
    verb or of a verb coordinated with it ("Lee's tone shifted", not "Frye said Lang would
    appeal": Lang)."""
    dep, verb = root.dep_, root.head
    if dep == "poss" and verb.dep_ in SUBJECTS:
        dep, verb = verb.dep_, verb.head
    if dep not in SUBJECTS:
        return False
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _is_name_token(t: Token, rules: SpeakerRules) -> bool:
    low = t.lower_
    if low in rules.roles or low in rules.titles:
        return _surname_role(t, rules)          # "Charlie King", "Pete King"
    if low in DETERMINERS:
        return False
    if t.tag_ == "POS" or low in ("'s", "’s"):
        return False
    return t.pos_ == "PROPN" or t.ent_type_ == "PERSON" or (t.is_title and t.pos_ != "PRON")


def _surname_role(t: Token, rules: SpeakerRules) -> bool:
    """A role word that ends a person's name: capitalised, inside a PERSON entity, right
    after a given name that is no role or title ("Charlie King"; not "King Charles", not
    "President Obama")."""
    if not (t.is_title and t.ent_type_ == "PERSON" and t.ent_iob_ == "I" and t.i > 0):
        return False
    prev = t.doc[t.i - 1]
    return prev.pos_ == "PROPN" and prev.lower_ not in rules.roles and \
        prev.lower_ not in rules.titles and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I")


def name_run(head: Token, rules: SpeakerRules) -> list[Token]:
    """The proper-name tokens around `head` ("Cho Hyun" in "Foreign Minister Cho Hyun");
    hyphen-joined parts ("Sung-lac") stay together."""
    doc = head.doc
    if not _is_name_token(head, rules):
        return []
    lo = hi = head.i
    while lo - 1 >= 0:
        t = doc[lo - 1]
        glued = not t.whitespace_ and (t.text == "-" or doc[lo].text == "-")
        if glued or (_is_name_token(t, rules) and t.dep_ in NAME_PART_DEPS
                     and lo <= t.head.i <= hi):
            if t.is_sent_end or t.is_punct and t.text != "-":
                break
            lo -= 1
        else:
            break
    while hi + 1 < len(doc):
        t = doc[hi + 1]
        glued = not doc[hi].whitespace_ and (t.text == "-" or doc[hi].text == "-")
        if glued or (_is_name_token(t, rules) and not t.is_punct
                     and lo <= t.head.i <= hi + 1 and t.dep_ != "appos"):
            hi += 1
        else:
            break
    while lo < hi and rules.title_typo(doc[lo].text):
        lo += 1                                 # "Prime Minsiter Louis Grech"
    while lo <= hi and doc[lo].text == "-":
        lo += 1
    while hi >= lo and doc[hi].text == "-":
        hi -= 1
    return list(doc[lo:hi + 1])


@lru_cache(maxsize=65536)
def _name_keys(full: str) -> tuple[str, str, str]:
    """What a one-word name may be of a full name: its first word, last word, or the first
    word's part before a hyphen (lower case; read once per name, not once per look-up).

    >>> _name_keys("Soo-jin Park")
    ('soo-jin', 'park', 'soo')
    """
    parts = [w.lower() for w in full.split()]
    return parts[0], parts[-1], parts[0].split("-")[0]


def _strip_det(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return " ".join(words)


def _strip_quantifier(text: str, quantifiers: frozenset[str]) -> str:
    """The group without its determiner or quantifier, for a partitive to take: 'many' after
    'many social conservatives' -> 'many social conservatives', not 'many many ...'."""
    words = _strip_det(text).split()
    while len(words) > 1 and words[0].lower() in quantifiers:
        words = words[1:]
    return " ".join(words)


def _indefinite(text: str) -> str:
    words = text.split()
    if not words:
        return text
    first = words[0].lower()
    if first in ("the", "this", "that"):
        rest = " ".join(words[1:])
        if not rest:
            return text
        if rest.lower().endswith("s") and not rest.lower().endswith("ss"):
            return rest
        return ("an " if rest[:1].lower() in "aeiou" else "a ") + rest
    return words[0].lower() + ("" if len(words) == 1 else " " + " ".join(words[1:])) \
        if first in ("a", "an", "another", "some") else text


@dataclass
class _Mention:
    """A speaker mention being resolved: its head, tokens, text and character span."""

    head: Token
    toks: list[Token]
    text: str
    names: list[Token]            # the proper-name run at the head ("Cho Hyun")
    plural: bool

    @classmethod
    def of(cls, head: Token, rules: SpeakerRules) -> "_Mention":
        toks = mention_tokens(head)
        return cls(head, toks, _text(toks), name_run(head, rules), head.tag_ in ("NNS", "NNPS"))

    @property
    def low(self) -> str:
        return self.head.lower_

    @property
    def lemma(self) -> str:
        return self.head.lemma_.lower()

    @property
    def definite(self) -> bool:
        return self.toks[0].lower_ in ("the", "this", "that", "these", "those")

    @property
    def indefinite(self) -> bool:
        """Opens on an indefinite article: 'a senator', 'an aide'."""
        return self.toks[0].tag_ == "DT" and self.toks[0].lower_ in ("a", "an")

    def make(self, canonical: str | None, typ: str, role: str | None = None,
             gender: str | None = None, plural: bool | None = None) -> Speaker:
        start, end = self.toks[0].idx, self.toks[-1].idx + len(self.toks[-1])
        return Speaker(self.text, start, end, canonical, typ, role, gender,
                       self.plural if plural is None else plural)


class SpeakerResolver:
    """Resolves speaker mentions of one Doc, in reading order (see module doc)."""

    def __init__(self, doc: Doc, rules: SpeakerRules, skip=lambda i: False):
        self.doc = doc
        self.rules = rules
        self.events: list[_Event] = []       # speakers and subjects, by position
        self.full_names: list[tuple[int, str]] = []
        self.named: list[tuple[int, str, bool]] = []   # names (PERSON or not), by position
        self.person_roles: dict[str, set[str]] = {}
        self.gender: dict[str, str] = {}
        self._personal = _personal_memo(rules)      # _looks_personal, per text
        self._collect(skip)

    # ------------------------------------------------------------------ memory
    def _collect(self, skip) -> None:
        """Full names and person/organisation subjects of the doc, in order."""
        # built once (each read makes a Span per entity), the quoted ones left out once,
        # with each entity's label, root and text read once for both passes
        # (and whether it is a main clause's subject: _main_subject, read once per entity)
        rows = doc_rows(self.doc)
        ents = []
        for e in self.doc.ents:
            label, root = e.label_, e.root
            # an entity of another label (a date, a number) counts only as the subject of
            # a main clause (_collect_subjects): most are left out before the other tests
            main = None
            if label != "PERSON" and label not in ORG_ENTS:
                main = _main_subject(root)
                if not main:
                    continue
            if not skip(e.start_char):
                ents.append((e, label, root, rows.span_text(e.start, e.end),
                             _main_subject(root) if main is None else main))
        self._collect_names(ents)
        self._collect_subjects(ents)
        self.events.sort(key=lambda e: e.pos)

    def _collect_names(self, ents) -> None:
        """Full names of people (with the roles and gender their titles give), in order."""
        rules = self.rules
        for ent, label, root, text, _ in ents:
            if label in ORG_ENTS and root.pos_ == "PROPN" and len(ent) == 1:
                self.named.append((ent.start_char, text, False))   # "Lee’s plan" as ORG
            if label == "PERSON" or (label in ORG_ENTS and self._looks_personal(text)):
                toks = [t for t in ent if (low := t.lower_) not in rules.roles
                        and low not in rules.titles and t.tag_ != "POS" and low not in ("'s", "’s")]
                while len(toks) > 1 and rules.title_typo(toks[0].text):
                    toks = toks[1:]             # "Minsiter Louis Grech": a misspelt title
                if not toks:
                    continue
                name = _text(toks)
                self.named.append((ent.start_char, name, True))
                roles = self._roles_before(toks[0]) | self._appos_roles(root)
                if len(name.split()) >= 2:
                    self.full_names.append((ent.start_char, name))
                    self.person_roles.setdefault(name, set()).update(roles)
                    g = self._title_gender(toks[0]) or rules.name_gender(name)
                    if g:
                        self.gender[name] = g

    def _collect_subjects(self, ents) -> None:
        """Subjects (and possessors of subjects) of main clauses that are people or
        organisations: "Ishiba's own tone has shifted. '...,' he said."  Subjects inside
        reported clauses ("Frye said Lang would appeal") are not what a following "he said"
        picks up."""
        rules = self.rules
        known = {w.lower() for _, f in self.full_names for w in f.split()}
        for ent, label, root, text, main in ents:
            if not main:
                continue
            if label != "PERSON" and (self._looks_personal(text) or (
                    root.pos_ == "PROPN" and root.lower_ in known)):
                label = "PERSON"
            if label == "PERSON":
                name = self.full_name(_text([t for t in ent if t.tag_ != "POS"
                                             and t.lower_ not in rules.titles
                                             and t.lower_ not in rules.roles]), ent.start_char)
                if name:
                    self.events.append(_Event(ent.start_char, name, PERSON,
                                              gender=self.gender.get(name)))
            elif label == "ORG":
                self.events.append(_Event(ent.start_char, self.org_name(text), ORG))

    def _looks_personal(self, text: str) -> bool:
        """A name the NER mislabelled: Korean-style "Lim Soo-jin", or a known given name
        followed by one or two capitalised words ("Marcus Bell").  The answer depends on
        the text and the rules only: kept per rules object, across Docs (the same place
        names and organisations come back in every article)."""
        known = self._personal.get(text)
        if known is None:
            known = self._personal[text] = self._personal_text(text)
        return known

    def _personal_text(self, text: str) -> bool:
        if self.rules.personal_name is not None and self.rules.personal_name.match(text):
            return True
        words = text.split()
        return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and \
            self.rules.name_gender(text) is not None and text.lower() not in self.rules.aliases

    def _roles_before(self, first: Token) -> set[str]:
        out = set()
        i = first.i - 1
        while i >= 0 and first.i - i <= 4:
            t = self.doc[i]
            low = t.lower_
            if low in self.rules.titles:
                out.add(self.rules.titles[low])
            elif low in self.rules.roles:
                out.add(low)
            elif low == "of" or self.rules.title_typo(low):
                pass                            # "Chief of Police", a misspelt "Minsiter"
            elif not (t.pos_ in ("PROPN", "ADJ", "NOUN")):
                break
            i -= 1
        return out

    def _appos_roles(self, root: Token) -> set[str]:
        """Role words set off beside a name: "the senator's spokesman, Tom Ruddle," and
        "Tom Ruddle, a spokesman for the senator," -> {"spokesman"}."""
        words = self.rules.roles
        cands = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            cands.append(root.head)
        return {c.lemma_.lower() for c in cands if c.lemma_.lower() in words}

    def _title_gender(self, first: Token) -> str | None:
        if first.i > 0:
            v = self.rules.titles.get(self.doc[first.i - 1].lower_)
            if v in ("male", "female"):
                return v
        return None

    def remember(self, sp: Speaker, pos: int, head_lemma: str = "") -> None:
        if not sp.canonical or sp.type == UNKNOWN:
            return
        ev = _Event(pos, sp.canonical, sp.type, gender=sp.gender, head=head_lemma,
                    plural=sp.plural, speaker=True)
        if sp.type == PERSON and len(sp.canonical.split()) >= 2 and \
                all(f != sp.canonical for _, f in self.full_names):
            self.full_names.append((pos, sp.canonical))
            self.full_names.sort()
            if sp.role:
                self.person_roles.setdefault(sp.canonical, set()).update(
                    w.lower() for w in sp.role.split() if w.lower() in self.rules.roles)
        # keep events sorted: speakers come in reading order, subjects were precomputed
        k = len(self.events)
        while k > 0 and self.events[k - 1].pos > pos:
            k -= 1
        self.events.insert(k, ev)
        if sp.type == PERSON and sp.gender:
            self.gender.setdefault(sp.canonical, sp.gender)
        elif sp.type == PERSON:
            g = self.rules.name_gender(sp.canonical)
            if g:
                self.gender.setdefault(sp.canonical, g)

    def _latest(self, pos: int, pred) -> _Event | None:
        for ev in reversed(self.events):
            if ev.pos < pos and pred(ev):
                return ev
        return None

    # ------------------------------------------------------------------ names
    def full_name(self, name: str, pos: int) -> str:
        """A one-word name -> the full name used in the article (earlier first)."""
        name = name.strip()
        if not name or len(name.split()) >= 2:
            return name
        low = name.lower()
        best = None
        for p, full in self.full_names:
            if low in _name_keys(full):
                if p <= pos:
                    best = full                 # latest earlier use
                elif best is None:
                    best = full                 # else the first later one
                    break
        return best or name

    def org_name(self, text: str) -> str:
        bare = _strip_det(text)
        if " and " in bare and bare.lower() not in self.rules.aliases:
            parts = [p for p in re.split(r",\s*|\s+and\s+", bare) if p.strip()]
            if len(parts) > 1:
                parts[0] = re.sub(r"^(?:both|all)\s+", "", parts[0], flags=re.I)
                return " and ".join(self.org_name(p) for p in parts)
        low = bare.lower().replace("’s", "'s")
        if low in self.rules.aliases:
            return self.rules.aliases[low]
        if text.lower() in self.rules.aliases:
            return self.rules.aliases[text.lower()]
        return bare

    # ------------------------------------------------------------------ resolve
    def resolve(self, head: Token, pos: int) -> Speaker:
        """Speaker for the mention whose syntactic head is `head` (attribution at `pos`):
        the first step that answers, in the order of `_RESOLVE_STEPS`."""
        m = _Mention.of(head, self.rules)
        for step in self._RESOLVE_STEPS:
            sp = step(self, m, pos)
            if sp is not None:
                return sp
        return m.make(None, UNKNOWN)

    def _pronoun(self, m: "_Mention", pos: int) -> Speaker | None:
        """he/she -> the latest compatible person (or singular anonymous speaker); they ->
        an organisation or group; it -> an organisation or document; I/we -> the latest
        speaker; 'some', 'others' -> a group named before."""
        rules, low = self.rules, m.low
        if low in rules.male or low in rules.female:
            return self._gendered(m, pos, "male" if low in rules.male else "female")
        if low in rules.group:
            ev = self._latest(pos, lambda e: e.type in (ORG, ANON) or e.plural)
            return m.make(ev.canonical, ev.type, plural=True) if ev else m.make(None, UNKNOWN)
        if low in rules.thing:
            ev = self._latest(pos, lambda e: e.type in (ORG, DOCUMENT) and e.speaker) or \
                self._latest(pos, lambda e: e.type in (ORG, DOCUMENT))
            return m.make(ev.canonical, ev.type) if ev else m.make(None, UNKNOWN)
        if low in rules.first_person:
            ev = self._latest(pos, lambda e: e.type != UNKNOWN)
            return m.make(ev.canonical, ev.type) if ev else m.make(None, UNKNOWN)
        if low in rules.partitive and m.head.pos_ in ("PRON", "DET", "ADJ", "NOUN"):
            if len(m.toks) > 1:
                return m.make(_indefinite(m.text), ANON, plural=True)
            ev = self._latest(pos, lambda e: e.type == ANON and e.plural)
            if ev:
                return m.make(f"{low} {_strip_quantifier(ev.canonical, rules.partitive)}", ANON,
                              plural=True)
            return m.make(None, UNKNOWN)
        return None

    def _gendered(self, m: "_Mention", pos: int, g: str) -> Speaker:
        """he/she: the latest person of that (or unknown) gender, or a singular anonymous
        speaker; the gender is remembered for the person."""
        ev = self._latest(pos, lambda e: (e.type == PERSON and self.gender.get(e.canonical, g) == g)
                          or (e.type == ANON and not e.plural and e.speaker
                              and self.gender.get(e.canonical, g) == g))
        if not ev:
            name = self._named_person(pos, g)
            if name is None:
                return m.make(None, UNKNOWN, gender=g)
            return m.make(name, PERSON, self._role_of(name), g)
        self.gender.setdefault(ev.canonical, g)
        if ev.type == ANON:
            return m.make(ev.canonical, ANON, gender=g, plural=False)
        return m.make(ev.canonical, PERSON, self._role_of(ev.canonical), g)

    def _named_person(self, pos: int, g: str) -> str | None:
        """he/she with no earlier person as subject or speaker: the latest person named
        before (by full name) not of the other gender, if that name's gender (title or
        first name) is known to be `g`.  'The race pits Maria Lopez against John Reed.
        ... She says he is unfit.' -> Maria Lopez, John Reed: names in a headline, an
        object or a subordinate clause, which `_collect_subjects` does not record.  A
        one-word name tagged as an organisation counts when the article gives its full
        name ("Lee’s plan")."""
        for p, name, person in reversed(self.named):
            full = self.full_name(name, p)
            if p >= pos or self.gender.get(full, g) != g or not person and " " not in full:
                continue                     # later, of the other gender, or no person
            return full if self.gender.get(full) == g else None
        return None

    def _generic_org(self, m: "_Mention", pos: int) -> Speaker | None:
        """'police said', 'the department said': the organisation named before."""
        rules = self.rules
        if (m.lemma in rules.organization or m.low in rules.organization) and \
                (m.toks[0].lower_ == "the" or len(m.toks) == 1):
            named = self._named_org(m.toks, m.head, pos)
            if named:
                return m.make(named, ORG)
        return None

    def _appositive_name(self, m: "_Mention", pos: int) -> Speaker | None:
        """'the spokesman, Tom Ruddle,': a role word or common noun with a name in apposition;
        also a capitalised number ('One of the authors, Ari Baker, said': no name of its own)."""
        rules, head = self.rules, m.head
        role_head = m.lemma in rules.roles or m.low in rules.roles
        if (m.names and head.pos_ != "NUM") or not (
                role_head or head.pos_ in ("NOUN", "NUM", "PRON") or m.low == "one"):
            return None
        for c in head.children:
            if c.dep_ == "appos" and (c.ent_type_ == "PERSON" or (c.pos_ == "PROPN" and role_head)):
                run = name_run(c, rules)
                if run:
                    full = self.full_name(_text(run), pos)
                    return m.make(full, PERSON, _strip_det(m.text), self.gender.get(full))
        return None

    def _comma_name(self, m: "_Mention", pos: int) -> Speaker | None:
        """'One of them, Carol Boyd, a retired teacher, said': the name set off by commas."""
        if m.names or m.head.pos_ not in ("NOUN", "PRON", "NUM") or m.low in self.rules.pronouns:
            return None
        doc, k = self.doc, m.toks[-1].i + 1
        if k + 1 < len(doc) and doc[k].text == ",":
            run = name_run(doc[k + 1], self.rules)
            if run and (run[0].ent_type_ == "PERSON" or self._looks_personal(_text(run))) \
                    and run[-1].i + 1 < len(doc) and doc[run[-1].i + 1].text == ",":
                full = self.full_name(_text(run), pos)
                return m.make(full, PERSON, None, self._gender_of(full, run))
        return None

    def _proper_name(self, m: "_Mention", pos: int) -> Speaker | None:
        """A name: a person (PERSON entity, a personal-looking name, a titled name, a known
        surname) unless it is an organisation alias; else a document or an organisation."""
        if not m.names:
            return None
        rules, ent, lemma = self.rules, m.head.ent_type_, m.lemma
        role = self._role_from_mention(m.toks, m.names)
        name = _text(m.names)
        alias = self.org_name(m.text)
        is_alias = alias != _strip_det(m.text) or _strip_det(m.text).lower() in rules.aliases
        full = self.full_name(name, pos)
        if ent == "PERSON" or self._looks_personal(name) or (role and not is_alias) or \
                (ent not in ORG_ENTS and not is_alias and lemma not in rules.organization
                 and lemma not in rules.document) or \
                (ent in ORG_ENTS and not is_alias and (          # a name known as a person's
                    full != name or any(name == f for _, f in self.full_names))):
            return m.make(full, PERSON, role or self._role_of(full), self._gender_of(full, m.toks))
        if lemma in rules.document:
            return self._document(m, pos)
        return m.make(alias, ORG)

    def _document_head(self, m: "_Mention", pos: int) -> Speaker | None:
        """'the statement said', 'a joint press release read'."""
        if m.lemma in self.rules.document or m.low in self.rules.document:
            return self._document(m, pos)
        return None

    def _anonymous(self, m: "_Mention", pos: int) -> Speaker | None:
        """'a senior official' stays indefinite; 'the official' -> the descriptor introduced
        before ('the first official' -> the first one), or the role holder named since."""
        rules, lemma = self.rules, m.lemma
        if lemma not in rules.anonymous and m.low not in rules.anonymous:
            return None
        role = self._role_from_mention(m.toks, m.names)
        if any(t.ent_type_ in ("ORG", "GPE") for t in m.toks) and lemma in rules.organization:
            return m.make(self.org_name(m.text), ORG)
        if not m.definite:
            return m.make(_indefinite(m.text), ANON, role)
        ordinal = next((ORDINALS[t.lower_] for t in m.toks if t.lower_ in ORDINALS), None)
        cands = [e for e in self.events if e.pos < pos and e.type == ANON and e.head == lemma]
        holder = None if m.plural else self._role_holder(lemma, pos)
        if cands and not (holder and ordinal != 1 and holder.pos > cands[-1].pos):
            ev = cands[0] if ordinal == 1 else cands[-1]
            return m.make(ev.canonical, ANON, role, plural=ev.plural)
        if holder:
            return m.make(holder.canonical, PERSON, role, self.gender.get(holder.canonical))
        return m.make(_indefinite(m.text), ANON, role)

    def _role_word(self, m: "_Mention", pos: int) -> Speaker | None:
        """'the senator' -> the person whose title or role says so; else indefinite, and so
        is 'a senator' after the sentence that named one (someone else: 'Senator Pike spoke.
        Later, a senator said ...'), not one in the same sentence ('Lee, a senator, ...')."""
        if m.lemma not in self.rules.roles and m.low not in self.rules.roles:
            return None
        ev = self._role_holder(m.lemma, pos)
        if ev and m.indefinite and ev.pos < m.head.sent.start_char:
            ev = None
        if ev:
            return m.make(ev.canonical, PERSON, _strip_det(m.text), self.gender.get(ev.canonical))
        return m.make(_indefinite(m.text), ANON, _strip_det(m.text))

    def _organisation(self, m: "_Mention", pos: int) -> Speaker | None:
        """An organisation entity or head word; 'the company said' -> the organisation
        named shortly before ('the companies said': only a plural one)."""
        head, lemma, ent = m.head, m.lemma, m.head.ent_type_
        if not (ent in ORG_ENTS or lemma in self.rules.organization
                or any(t.ent_type_ == "ORG" for t in m.toks)):
            return None
        if m.definite and len(m.toks) <= 3 and ent not in ORG_ENTS and head.pos_ == "NOUN" \
                and not any(t.pos_ == "PROPN" or t.ent_type_ for t in m.toks):
            ev = self._latest(pos, lambda e: e.type == ORG and lemma in e.canonical.lower()
                              and e.canonical[:1].isupper()) or \
                self._latest(pos, lambda e: e.type == ORG and e.canonical[:1].isupper()
                             and not any(c.islower() for c in e.canonical.split()[0][:1]))
            if ev and _other_kind(ev.canonical, lemma, self.rules.organization,
                                  self.rules.org_kinds.get(lemma, frozenset())):
                ev = None                            # 'the campaign' is no 'Secret Service'
            if ev and pos - ev.pos < 2000 and (ev.plural or not m.plural):
                return m.make(ev.canonical, ORG)     # not 'the companies' for one named before
        return m.make(self.org_name(m.text), ORG)

    def _count(self, m: "_Mention", pos: int) -> Speaker | None:
        """'About four in 10 said': a count of people is an anonymous group."""
        return m.make(_indefinite(m.text), ANON, plural=True) if m.head.like_num else None

    _RESOLVE_STEPS = (_pronoun, _generic_org, _appositive_name, _comma_name, _proper_name,
                      _document_head, _anonymous, _role_word, _organisation, _count)

    def _document(self, m: "_Mention", pos: int) -> Speaker:
        """'the Korea Caucus statement' -> its issuer; 'the statement' -> the document of the
        last organisation that spoke or was the subject ('Harbor Authority statement': the
        document is the speaker, as PolNeAR names it, and its issuer is kept); 'a joint
        press release' and evidence ('the data', 'the poll') stay as written.  A date or time
        (spaCy's DATE/TIME entity) before the head says when, not whose: "Tuesday's poll",
        'a September Post-ABC poll' -> the poll, 'Post-ABC'."""
        head, toks = m.head, m.toks
        owner = [t for t in toks if t.i < head.i and (t.pos_ == "PROPN" or t.ent_type_ in ORG_ENTS
                                                       or t.dep_ == "poss")
                 and t.lower_ not in DETERMINERS and t.tag_ != "POS"
                 and t.ent_type_ not in TIME_ENTS]
        if owner and all(t.tag_ in ("PRP$", "WP$") for t in owner):
            return self._pronoun_owner(m, owner, pos)
        if owner:
            text = _text(owner)
            if owner[0].ent_type_ == "PERSON":
                return m.make(self.full_name(text, pos), PERSON)
            # prefer an organisation named earlier that contains the owner words
            for ev in reversed(self.events):
                if ev.pos < pos and ev.type == ORG and text.lower() in ev.canonical.lower():
                    return m.make(ev.canonical, ORG)
            for e in self.doc.ents:
                if e.start_char < pos and e.label_ == "ORG" and text.lower() in e.text.lower():
                    return m.make(self.org_name(e.text), ORG)
            return m.make(self.org_name(text), ORG)
        # "the poll" stays the poll ("data" is lemmatised "datum": the word form counts too)
        evidence = head.lemma_.lower() in self.rules.evidence or head.lower_ in self.rules.evidence
        if toks[0].lower_ in ("the", "this", "that") and not evidence:
            ev = self._latest(pos, lambda e: e.type in (ORG, DOCUMENT))
            if ev and pos - ev.pos < 1500:
                if ev.type == DOCUMENT or head.pos_ == "PROPN":    # 'the Post': a name
                    return m.make(ev.canonical, ev.type)
                return m.make(f"{ev.canonical} {_strip_det(m.text)}", DOCUMENT)
        return m.make(_strip_det(m.text), DOCUMENT)

    def _pronoun_owner(self, m: "_Mention", owner: list[Token], pos: int) -> Speaker:
        """'his plan calls for ...', 'according to her book': the document of the person or
        organisation the possessive pronoun stands for ("Ann Lee's plan"); as written when
        the pronoun resolves to nobody, without a relative 'whose' (was the pronoun alone:
        'his')."""
        sp = self._pronoun(_Mention.of(owner[0], self.rules), pos)
        rest = [t for t in m.toks if t.i > owner[-1].i]
        if not rest:
            return m.make(_strip_det(m.text), DOCUMENT)
        if sp is None or not sp.canonical or sp.type not in (PERSON, ORG):
            return m.make(_text(rest) if owner[0].tag_ == "WP$" else _strip_det(m.text), DOCUMENT)
        return m.make(f"{sp.canonical}'s {_text(rest)}", DOCUMENT)

    def _role_holder(self, lemma: str, pos: int) -> _Event | None:
        """The most recent person before `pos` whose title, apposition or role matches the
        role word (or a synonym from [speakers] role_synonyms: premier ~ prime minister)."""
        cls = self.rules.role_class(lemma)
        for ev in reversed(self.events):
            if ev.pos < pos and ev.type == PERSON and cls & self.person_roles.get(ev.canonical, set()):
                return ev
        for p, full in reversed(self.full_names):
            if p < pos and cls & self.person_roles.get(full, set()):
                return _Event(p, full, PERSON)
        return None

    def _named_org(self, toks: list[Token], head: Token, pos: int) -> str | None:
        """"police said", "the department said", "according to the government": the
        organisation the article named before whose name has that head word ("Brookfield
        Police Department", "Government of Malta"), most recent first."""
        bare = [t for t in toks if t.lower_ not in DETERMINERS]
        if len(bare) != 1 or bare[0].i != head.i:
            return None
        word = head.lower_
        generic = self.rules.organization
        for ent in reversed(self.doc.ents):
            if ent.label_ != "ORG" or ent.end_char > pos or pos - ent.start_char > 4000 \
                    or ent.start <= head.i < ent.end:
                continue
            low = [t.lower_ for t in ent]
            if word not in low or len(low) < 2:
                continue
            k = low.index(word)
            if k == len(low) - 1 or low[k + 1] == "of" or low[k + 1] in generic:
                return self.org_name(ent.text)
        return None

    def _role_of(self, name: str) -> str | None:
        roles = self.person_roles.get(name)
        return None if not roles else sorted(roles)[0]

    def _gender_of(self, name: str, toks: list[Token]) -> str | None:
        for t in toks:
            v = self.rules.titles.get(t.lower_)
            if v in ("male", "female"):
                self.gender.setdefault(name, v)
                return v
        return self.gender.get(name)

    def _role_from_mention(self, toks: list[Token], names: list[Token]) -> str | None:
        """'South Korea's Foreign Minister Cho Hyun' -> 'Foreign Minister'."""
        if not names:
            return None
        first = names[0].i
        before = [t for t in toks if t.i < first]
        # drop a possessor ("South Korea's") and determiners
        k = 0
        for j, t in enumerate(before):
            if t.tag_ == "POS" or t.lower_ in ("'s", "’s"):
                k = j + 1
        before = [t for t in before[k:] if t.lower_ not in DETERMINERS]
        if not any(t.lower_ in self.rules.roles or t.lower_ in self.rules.titles for t in before):
            return None
        text = _text(before)
        return text or None


__all__ = ["SpeakerRules", "Speaker", "SpeakerResolver", "mention_tokens", "name_run",
           "PERSON", "ORG", "ANON", "DOCUMENT", "UNKNOWN"]

