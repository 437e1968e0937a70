"""Evaluation toward a target: praise or blame of one side of an issue gives the stance.

Most stance in news is not a stated position on the proposition but an evaluation of a side:
"a reckless policy", "the bill is a catastrophe", "those who block the nominee are shameful".
An issue may name its sides in the taxonomy (`pro`: what its supporters want, or the
supporters; `con`: what its opponents want, or the opponents). An evaluative word of a general
English lexicon (VADER, shipped in the MIT-licensed `vaderSentiment` package; configs/stance.toml
[evaluation]) evaluates a target when the dependency path between them is short:

    polarity = sign(valence) x (-1 if a negator is in scope) x (-1 if the path passes a
               blocker: "block", "obstruct") x side (+1 pro, -1 con)

"reckless" -amod-> "policy" (con)               -> -1 x -1 = support
"good" -amod-> "idea" -attr-> "is" (neg "not") <-nsubj- "plan" (pro) -> +1 x -1 x +1 = oppose
"shameful" -> "are" <- "senators" <- "block" (blocker) -> "nominee" (pro) -> support

Without a dependency parse there is no evaluation (no path to read).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Sequence

from pipeline.errors import ConfigError

# parts of speech an evaluative word may have ("free" in "free trade" is ADJ, "United" PROPN)
_EVALUATIVE_POS = {"ADJ", "NOUN", "VERB", "ADV"}
# an evaluation does not reach across a clause of its own ("made it clear that X voted with
# the NRA") nor into a noun-noun compound ("refugee crisis" does not evaluate refugees)
_CLAUSE_EDGES = {"ccomp", "advcl", "parataxis", "csubj", "mark"}


@dataclass(frozen=True)
class Target:
    """A phrase naming one side of an issue, at token span [start, end)."""

    text: str
    start: int
    end: int
    side: int                         # +1 pro, -1 con


@dataclass(frozen=True)
class Evaluation:
    """One evaluative word linked to one target."""

    word: str
    target: Target
    polarity: int                     # toward the proposition: +1 support, -1 oppose
    via: str = ""                     # "+negation:not", "~blocker:block"
    negators: tuple[int, ...] = ()    # token indices of the negators it took in ("not")

    def evidence(self) -> str:
        side = "pro" if self.target.side > 0 else "con"
        return f"eval:{self.word}{self.via}>{self.target.text}({side})"


@lru_cache(maxsize=4)
def load_lexicon(name: str) -> dict[str, float]:
    """word -> mean valence (-4..4) of a lexicon shipped in an installed package.

    `name` "vader": vader_lexicon.txt of the vaderSentiment package (MIT license); only
    alphabetic entries (emoticons dropped)."""
    if name != "vader":
        raise ConfigError(f"unknown evaluative lexicon {name!r} (known: 'vader')")
    try:
        text = (resources.files("vaderSentiment") / "vader_lexicon.txt").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise ConfigError(f"evaluative lexicon 'vader' not installed ({exc}); "
                          "pip install vaderSentiment") from None
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].replace("-", "").isalpha():
            out[parts[0].lower()] = float(parts[1])
    return out


def rule_lexicon(rules: Any) -> dict[str, float]:
    """The evaluative lexicon of the stance rules with its words of degree turned: a word
    saying a side does too little ([evaluation] too_little: "inadequate", "weak") wants more
    of it, praise (+2); a word saying it goes far enough ([evaluation] enough: "enough",
    "sufficient") wants no more, blame (-2). "the airstrikes have been inadequate" supports
    more strikes, "we have enough gun laws" opposes stricter ones."""
    return _turned(rules.lexicon, tuple(rules.too_little), tuple(rules.enough))


@lru_cache(maxsize=8)
def _turned(name: str, too_little: tuple[str, ...], enough: tuple[str, ...]
            ) -> dict[str, float]:
    base = load_lexicon(name)
    if not too_little and not enough:
        return base
    out = dict(base)
    out.update({w: 2.0 for w in too_little})
    out.update({w: -2.0 for w in enough})
    return out


def valence(token: Any, lexicon: dict[str, float], ignore: frozenset[str]) -> float:
    """The lexicon valence of a token (by its text, then its lemma), 0 for other words."""
    if token.pos_ and token.pos_ not in _EVALUATIVE_POS:
        return 0.0
    for form in (token.lower_, token.lemma_.lower()):
        if form in ignore:
            return 0.0
        if form in lexicon:
            return lexicon[form]
    return 0.0


def evaluative(span: Any, rules: Any, topic_words: bool = False) -> bool:
    """Whether a span holds a word of the evaluative lexicon ("bad deal", "save lives");
    `topic_words`: count the lexicon words of [evaluation].ignore too ("gun violence" names a
    problem: blaming it is no blame of the issue)."""
    words = _words(rules)
    ignore = frozenset() if topic_words else words.evaluation_ignore
    return any(abs(valence(t, words.lexicon, ignore)) >= rules.min_valence for t in span)


@dataclass(frozen=True)
class _Words:
    """The word sets `evaluate` and `evaluative` read from the stance rules, built once per
    rules object (`_words`): they ran for every claim and issue."""

    lexicon: dict[str, float]         # rule_lexicon(rules)
    evaluation_ignore: frozenset[str]
    negators: frozenset[str]          # one-word negators, lowercase
    ignore: frozenset[str]            # evaluation_ignore and negators
    blockers: frozenset[str]
    # per word_pos, per (POS, LOWER, LEMMA) id triple: the valence of a token (`_valent`)
    valences: dict = field(default_factory=dict, compare=False, hash=False, repr=False)


@lru_cache(maxsize=8)
def _words(rules: Any) -> _Words:
    """The `_Words` of a StanceRules, kept per rules object as cue_class keeps its answers
    (the rules hash once, see StanceRules.__hash__)."""
    negators = frozenset(w.split("/")[0].lower() for w in rules.negators if " " not in w)
    return _Words(rule_lexicon(rules), frozenset(rules.evaluation_ignore), negators,
                  frozenset(rules.evaluation_ignore) | negators,
                  frozenset(w.lower() for w in rules.blockers))


def path(a: Any, b: Any) -> list[Any] | None:
    """Tokens on the dependency path from a up to the lowest common head and down to b (both
    ends included), or None when they are in different trees (sentences).

    "the bill is a catastrophe": path(catastrophe, bill) == [catastrophe, is, bill]
    """
    up = [a] + list(a.ancestors)
    where = {t.i: n for n, t in enumerate(up)}
    down = []
    t = b
    while t.i not in where:
        down.append(t)
        if t.head.i == t.i:
            return None
        t = t.head
    return up[: where[t.i] + 1] + down[::-1]


def evaluate(doc: Any, targets: Sequence[Target], lo: int, hi: int, rules: Any,
             skip: Sequence[tuple[int, int]] = (),
             word_pos: frozenset[str] | None = None) -> list[Evaluation]:
    """Evaluations of `targets` by evaluative words in token range [lo, hi).

    `skip`: token spans whose words are not evaluations (the issue's own phrases).
    `rules`: the StanceRules (lexicon, min_valence, max_path, ignore, blockers, negators).
    `word_pos`: parts of speech the evaluative word may have (all of _EVALUATIVE_POS: None).
    A negator ([negation] negators: "lack") is no evaluative word, whatever the lexicon says:
    "his lack of a record on X" negates, it does not blame X.
    """
    if not targets or not rules.lexicon or not doc.has_annotation("DEP"):
        return []
    words = _words(rules)
    negators, blockers = words.negators, words.blockers
    out = []
    skipped = {i for s, e in skip for i in range(max(s, lo), min(e, hi))}
    for i, v in evaluative_words(doc, lo, hi, rules, word_pos):
        if i in skipped:
            continue
        token = doc[i]
        for target in targets:
            if target.start <= token.i < target.end:
                continue
            found = _link(token, doc[target.start:target.end].root, rules.max_path, negators, blockers)
            if found is not None:
                sign, via, negs = found
                pol = (1 if v > 0 else -1) * sign * target.side
                out.append(Evaluation(token.text, target, pol, via, negs))
                break
    return out


# doc.user_data key of the `evaluative_words` memo ("claims_issues_hits" keys: dropped by the
# claims_issues component when it is done with a Doc, with its hits)
_VALENT = ("claims_issues_hits", "valent")


def evaluative_words(doc: Any, lo: int, hi: int, rules: Any,
                     word_pos: frozenset[str] | None) -> list[tuple[int, float]]:
    """(index, valence) of the tokens of [lo, hi) that may be evaluative words (a part of
    speech of `word_pos`, a valence of at least min_valence), in order; kept per Doc, rules
    and range: a claim's range is scanned for each of its issues and for its mentions.

    "a reckless plan" (DET, ADJ, NOUN), word_pos {ADJ, NOUN} -> [(1, -1.7)]: "reckless" in VADER
    """
    memo = doc.user_data.get(_VALENT)
    if memo is None or memo[0] != id(rules):
        memo = doc.user_data[_VALENT] = (id(rules), {})
    key = (lo, hi, word_pos)
    found = memo[1].get(key)
    if found is None:
        found = memo[1][key] = _valent(doc, lo, hi, rules, word_pos)
    return found


# doc.user_data key of a Doc's (POS, LOWER, LEMMA) columns, read by `_valent`
_LEXEMES = ("claims_issues_hits", "lexemes")
_VALENCE_LIMIT = 200_000
_UNSEEN = object()


def _valent(doc: Any, lo: int, hi: int, rules: Any, word_pos: frozenset[str] | None
            ) -> list[tuple[int, float]]:
    """`evaluative_words` of one range, read from the Doc's (POS, LOWER, LEMMA) columns: a
    token's part of speech, lowercase text and lemma decide whether it is an evaluative word,
    so the answer is kept per such triple (`_Words.valences`, per rules and word_pos) and a
    Token is only made for a triple not seen before."""
    cols = doc.user_data.get(_LEXEMES)
    if cols is None or len(cols) != len(doc):
        from spacy.attrs import LEMMA, LOWER, POS
        cols = doc.user_data[_LEXEMES] = doc.to_array([POS, LOWER, LEMMA])
    words = _words(rules)
    known = words.valences.setdefault(word_pos, {})
    if len(known) > _VALENCE_LIMIT:
        known.clear()
    found = []
    for i, triple in enumerate(map(tuple, cols[lo:hi].tolist()), lo):
        v = known.get(triple, _UNSEEN)
        if v is _UNSEEN:
            t = doc[i]
            v = None
            if not (word_pos and t.pos_ not in word_pos):
                value = valence(t, words.lexicon, words.ignore)
                if abs(value) >= rules.min_valence:
                    v = value
            known[triple] = v
        if v is not None:
            found.append((i, v))
    return found


def _link(word: Any, head: Any, max_path: int, negators: frozenset[str],
          blockers: frozenset[str]) -> tuple[int, str, tuple[int, ...]] | None:
    """(sign, note, negator indices) of the evaluation of `head` by `word`, or None when the
    path is too long: -1 for a negator in scope (a `neg`/negative determiner child of a token
    on the path, or a negator on it) and again -1 for a blocker verb between them."""
    tokens = path(word, head)
    if tokens is None:
        return None
    top = min(tokens, key=lambda t: len(list(t.ancestors)))     # the lowest common head
    if any(t.dep_ in _CLAUSE_EDGES or t.dep_ == "compound" for t in tokens if t.i != top.i):
        return None
    between = [t for t in tokens[1:-1] if t.lemma_.lower() in blockers]
    if len(tokens) - 1 > max_path + len(between):
        return None
    sign, via, negs = 1, "", []
    for t in tokens[:-1]:
        neg = next((c for c in t.children if c.dep_ == "neg" or
                    (c.lower_ in negators and c.dep_ in ("det", "advmod"))), None)
        if neg is None and t.i != word.i and t.lower_ in negators:
            neg = t
        if neg is not None:
            sign, via = -sign, via + f"+negation:{neg.text}"
            negs.append(neg.i)
    for t in between:
        sign, via = -sign, via + f"~blocker:{t.text}"
    return sign, via, tuple(negs)
