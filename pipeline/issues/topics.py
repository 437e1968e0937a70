"""The issue named only as a topic of talk: no side taken.

A claim that names its issue only to say what some talk is about ("he joined the gun
debate", "voters pressed her with questions about the school closures", "he will release
his immigration policies next week") reports the talk, not a position on the proposition.
Every mention of the issue in the claim must be such a topic: the modifier of a topic noun
of configs/stance.toml [markers] topic ("the gun debate", "immigration platform") or the
object of one of its [markers] topic_prepositions hung on one ("tensions over the raids",
"her stance on abortion"), or the subject of a copula that calls it one ("abortion will become
a larger issue"). The stance rule (pipeline.issues.stance._topic) comes after every
rule that reads a side, so "the gun debate must end with universal background checks" keeps
its phrase and "this debate needs to change" its advocacy.
"""
from __future__ import annotations

from typing import Any, Sequence

from pipeline.issues.stance import Hit, StanceRules

#: dependency labels of a word that modifies the noun it hangs on
_MODIFIER_EDGES = ("compound", "amod", "nmod", "poss")
#: edges inside a noun phrase, walked up from a mention towards its topic noun
_PHRASE_EDGES = _MODIFIER_EDGES + ("pobj", "prep", "dobj", "acl", "relcl", "appos", "conj")
_MAX_STEPS = 6
#: verbs that say what their subject is ("X is an issue")
_COPULAS = ("be", "become", "remain")


def _topic_noun(tok: Any, nouns: Sequence[Hit]) -> Hit | None:
    """The topic-noun hit holding token `tok`, or None."""
    return next((n for n in nouns if n.start <= tok.i < n.end), None)


def _predicated_topic(tok: Any, nouns: Sequence[Hit]) -> Hit | None:
    """The topic noun said of `tok` as its subject by a copula ("abortion will become a larger
    issue in the election", "the wall is not the question"): the claim is about what is talked
    of, not for or against it."""
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in _COPULAS:
        return None
    return next((n for c in tok.head.children if c.dep_ == "attr"
                 for n in [_topic_noun(c, nouns)] if n is not None), None)


def _as_topic(doc: Any, mention: Hit, nouns: Sequence[Hit],
              prepositions: frozenset[str]) -> Hit | None:
    """The topic noun that `mention` (a signal of the claim) is the topic of, or None: going up
    from the mention inside its noun phrase (through modifiers, prepositional phrases and the
    clauses that modify a noun), the first word that hangs on a topic noun as its modifier or
    as the object of one of `prepositions`.

    "the gun debate": gun -compound-> debate; "questions about the raids": raids -pobj-> about
    -prep-> questions; "tensions over raids targeting immigrants": immigrants -dobj-> targeting
    -acl-> raids -pobj-> over -prep-> tensions."""
    if not 0 <= mention.start < mention.end <= len(doc):
        return None
    tok = doc[mention.start:mention.end].root
    noun = _predicated_topic(tok, nouns)
    if noun is not None:
        return noun
    for _ in range(_MAX_STEPS):
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ in _MODIFIER_EDGES and not mention.start <= head.i < mention.end:
            noun = _topic_noun(head, nouns)
            if noun is not None:
                return noun
        if (tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in prepositions
                and head.head.i != head.i):
            noun = _topic_noun(head.head, nouns)
            if noun is not None:
                return noun
        if tok.dep_ not in _PHRASE_EDGES or (tok.pos_ in ("VERB", "AUX")
                                             and tok.dep_ not in ("acl", "relcl")):
            return None     # a clause of its own: "the debate ended and voters backed X"
        tok = head
    return None


def topic_only(doc: Any, mentions: Sequence[Hit], in_claim: Sequence[Hit],
               rules: StanceRules) -> Hit | None:
    """A `topic` hit (the topic noun, its text "debate>gun") when every mention of the issue
    in the claim is the topic of a topic noun, else None. Needs a dependency parse.

    "he also joined the gun debate" -> topic:debate>gun; "the gun lobby is to blame" -> None
    (lobby is no topic noun)."""
    nouns = [h for h in in_claim if h.kind == "topic_noun" and h.issue is None]
    if not mentions or not nouns or not doc.has_annotation("DEP"):
        return None
    found = [_as_topic(doc, m, nouns, rules.topic_prepositions) for m in mentions]
    if any(n is None for n in found):
        return None
    noun = found[0]
    return Hit("topic", None, f"{noun.text}>{mentions[0].text}", noun.start, noun.end,
               noun.start_char, noun.end_char)
