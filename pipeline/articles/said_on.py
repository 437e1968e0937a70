"""Which date phrase dates a statement, decided on the parse of its sentence.

A statement is dated by a date phrase that modifies its cue ("said on Tuesday", "told
reporters Monday", "in an interview last week", "in a statement Friday", "said at a Sunday
news conference"), that opens the sentence whose main verb is the cue ("On Tuesday, the
minister said ..."), or that dates a clause of the occasion ("..., as he spoke on Wednesday,
the Pentagon said"). A phrase inside the claim's content, or attached to another verb or
noun ("the attacks of Sept. 11, 2001", "the March 15 primary"), never is. A claim with no
phrase of its own takes the date of the sentence just before it in its paragraph when that
sentence is about its speaker and reports no claim itself ("On Tuesday, X met Y. He said
..."). `pipeline.enrich` resolves the phrase against the article date and lets neighbouring
claims of one speaker share it. Word lists: [said_on] of configs/dates.toml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator, Sequence

from pipeline.articles.dates import DateRules, finder_for, quoted_spans
from pipeline.doc_rows import doc_rows, sent_bounds, token_sent
from pipeline.records import Attribution

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

QUOTE_MARKS = frozenset("\"'“”‘’«»‹›")

#: links a clause hangs on its verb by: a date below one of these belongs to another event
CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "conj",
                     "pcomp", "csubjpass"})
#: links from a date phrase up to the word it modifies (not compound/nmod: "the March 15
#: primary" names an event, it does not date one)
MODIFIER = frozenset({"prep", "pobj", "npadvmod", "tmod", "obl", "advmod", "dobj", "obj",
                      "appos", "dep"})
#: links of a day naming an occasion of saying ("a Sunday news conference")
NAMING = frozenset({"compound", "nmod", "poss", "amod"})
#: links of a clause's subordinator ("as he spoke", "when asked")
SUBORDINATOR = frozenset({"mark", "advmod"})
OBJECTS = frozenset({"dobj", "obj"})
NOUNS = frozenset({"NOUN", "PROPN", "PRON"})
VERBS = frozenset({"VERB", "AUX"})


def _yearless(m: re.Match[str]) -> bool:
    """A weekday or a month-day without a year: a day of the reporting days, not a
    historical date, and no adverb ("today" on a noun is "nowadays")."""
    g = m.groupdict()
    return bool(g.get("wdx") or ((g.get("md") or g.get("dm"))
                                 and not (g.get("year") or g.get("year2"))))


@dataclass(frozen=True)
class DatePhrase:
    """A statement-date phrase: char offsets in the Doc text and the rule that chose it."""

    start: int
    end: int
    how: str             # "cue" (modifies the cue) | "opener" | "occasion" | "paragraph"

    def shifted(self, offset: int) -> "DatePhrase":
        return DatePhrase(self.start + offset, self.end + offset, self.how)


def cue_token(doc: Doc, attribution: Attribution) -> Token | None:
    """The first word of the attribution's cue in its sentence(s), outside the content, the
    occurrence nearest to the content. `Attribution.cue` is the cue as written ("said",
    "according to")."""
    if not attribution.cue:
        return None
    first = attribution.cue.split()[0].casefold()
    span = doc.char_span(attribution.sent_start, attribution.sent_end, alignment_mode="expand")
    if span is None:
        return None
    rows = doc_rows(doc)
    folded, idx = rows.folded, rows.idx
    best = None
    for i in range(span.start, span.end):
        if folded[i] != first:
            continue
        at = idx[i]
        if attribution.start <= at < attribution.end:
            continue
        gap = at - attribution.end if at >= attribution.end else attribution.start - at
        if best is None or gap < best[0]:
            best = (gap, i)
    return doc[best[1]] if best else None


def date_matches(sent: Span, rules: DateRules, content: tuple[int, int] | None
                 ) -> Iterator[tuple[re.Match[str], Span]]:
    """Date phrases of a sentence outside the claim content and outside quotation marks,
    with their token spans."""
    base = sent.start_char
    text = doc_rows(sent.doc).text[base:sent.end_char]          # = sent.text
    if content is not None:
        text = _masked(text, content[0] - base, content[1] - base)
    quoted = _quoted_by_line(text)
    for m in finder_for(text, rules).finditer(text):
        if any(a <= m.start() and m.end() <= b for a, b in quoted):
            continue
        start = base + m.start() + (len(m.group()) - len(m.group().lstrip()))
        span = sent.doc.char_span(start, base + m.end(), alignment_mode="expand")
        if span is not None and len(span):
            yield m, span


def _quoted_by_line(text: str) -> list[tuple[int, int]]:
    """Quoted spans, paired within each line: a sentence the parser ran over a paragraph
    break ('... tweets."\nSpicer said Tuesday') must not pair the last paragraph's closing
    mark with nothing and quote the whole new paragraph."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.extend((start + a, start + b) for a, b in quoted_spans(line))
        start += len(line) + 1
    return spans


def _masked(text: str, start: int, end: int) -> str:
    """`text` with [start, end) blanked, and the quote marks around it: a lone mark left
    behind would open a "quotation" swallowing the date phrase after it."""
    start, end = max(start, 0), min(end, len(text))
    if start >= end:
        return text
    if start > 0 and text[start - 1] in QUOTE_MARKS:
        start -= 1
    if end < len(text) and text[end] in QUOTE_MARKS:
        end += 1
    return text[:start] + " " * (end - start) + text[end:]


def _climb(token: Token, rules: DateRules) -> Token:
    """From a date phrase's root past its part of the day and its own preposition
    ("Tuesday" -> "night" in "Tuesday night", "Tuesday" -> "on" in "on Tuesday")."""
    if token.dep_ in NAMING and token.head.lemma_.casefold() in rules.day_parts:
        token = token.head
    if token.dep_ == "pobj" and token.head.pos_ == "ADP":
        return token.head
    return token


def _channel(token: Token, rules: DateRules) -> bool:
    return (token.lemma_.casefold() in rules.channel_nouns
            or token.text.casefold() in rules.channel_nouns)


def modifies(span: Span, target: Token, rules: DateRules, hop: bool = False,
             naming: bool = True) -> bool:
    """The phrase is a temporal modifier of `target` (a verb): directly, or of a channel
    noun in a prepositional phrase or object of it ("in an interview last week",
    "in a statement Friday", "issued a statement Wednesday"); with `hop`, of any noun in
    such a place (a day hung on the object by the parser: "told reporters on Monday"); with
    `naming`, a day naming a channel ("at a Sunday news conference"). Not of someone's object ("called Lee's speech on Saturday a turning point": the day of
    the remarks, not of the call)."""
    top = _climb(span.root, rules)
    head = top.head
    channel = _channel(head, rules)
    named = naming and channel and top.dep_ in NAMING
    if top.dep_ in CLAUSAL or not (top.dep_ in MODIFIER or named):
        return False                      # "the March 15 primary" / "a Sunday news conference"
    if head == target:
        return True
    if not (channel or (hop and head.pos_ in NOUNS)):
        return False
    up = _climb(head, rules)
    if up.dep_ in OBJECTS and any(c.dep_ == "poss" for c in head.children):
        return False
    return up.head == target and up.dep_ in MODIFIER


def during(span: Span, content: tuple[int, int], rules: DateRules) -> bool:
    """The phrase dates a clause of the occasion outside the content ("..., as he spoke by
    phone with his counterpart on Wednesday, the Pentagon said"): its verb (past one noun)
    carries a temporal mark ("as", "when", "while")."""
    head = _climb(span.root, rules).head
    if head.pos_ in NOUNS:
        head = _climb(head, rules).head
    if head.pos_ not in VERBS or content[0] <= head.idx < content[1]:
        return False
    return any(c.dep_ in SUBORDINATOR and c.text.lower() in rules.occasion_marks
               for c in head.children)


def opens(sent: Span, span: Span) -> bool:
    """The phrase opens the sentence (nothing but punctuation before it)."""
    return all(t.is_punct or t.is_space or t.pos_ in ("PUNCT", "SPACE")
               for t in sent.doc[sent.start:span.start])


def _specific_first(found: list[tuple[re.Match[str], Span, str]], cue: Token):
    return min(found, key=lambda f: (bool(f[0].groupdict().get("vague")),
                                     abs(f[1].root.i - cue.i)))


def _saying(cue: Token, span: Span) -> list[Token]:
    """The verbs whose time is the saying's: the cue; the verb it is coordinated with when
    the phrase comes first ("issued a statement Wednesday and said"); the verb of which it
    is a participle ("on Thursday stepped up her criticism, saying")."""
    verbs = [cue]
    if cue.dep_ == "conj" and span.end <= cue.i:
        verbs.append(cue.head)
    elif cue.dep_ in ("advcl", "xcomp", "conj") and cue.text.lower().endswith("ing"):
        verbs.append(cue.head)
    return verbs


def own_phrase(doc: Doc, attribution: Attribution, rules: DateRules, cue: Token | None
               ) -> DatePhrase | None:
    """The date phrase of the claim's own sentence that dates the saying, or None.

    'The minister said on Tuesday that ...' -> "on Tuesday" (cue); 'On Tuesday, the minister
    said ...' -> "On Tuesday" (opener); 'Trump, recalling the attacks of Sept. 11, 2001, said'
    -> None (the date belongs to "attacks"). `cue`: the cue's token (`cue_token`).
    """
    if cue is None:
        return None
    sent = token_sent(doc, cue.i)
    found = []
    for m, span in date_matches(sent, rules, (attribution.start, attribution.end)):
        hop = _yearless(m)
        if any(modifies(span, verb, rules, hop) for verb in _saying(cue, span)):
            found.append((m, span, "cue"))
        elif sent.root == cue and opens(sent, span):
            found.append((m, span, "opener"))
        elif hop and during(span, (attribution.start, attribution.end), rules):
            found.append((m, span, "occasion"))
    if not found:
        return None
    _, span, how = _specific_first(found, cue)
    return DatePhrase(span.start_char, span.end_char, how)


def sentence_date(sent: Span, rules: DateRules, anchors: frozenset[str] = frozenset()
                  ) -> Span | None:
    """The sentence's own date: a phrase opening it or modifying its main verb ("On Tuesday,
    X met Y." / "X met Y on Tuesday."), or hung below one of the `anchors` words with no verb
    between ("The statement on the vote on Wednesday said ..." for the statement); not one
    inside a quotation or another noun ("Y's victory on Tuesday prompted ...", "X's plans
    included a May 11 speech")."""
    root = sent.root
    for m, span in date_matches(sent, rules, None):
        if m.groupdict().get("vague"):
            continue
        if opens(sent, span) or modifies(span, root, rules, _yearless(m), naming=False) \
                or _below(span.root, anchors):
            return span
    return None


def _below(token: Token, anchors: frozenset[str]) -> bool:
    """`token` hangs (through nouns and prepositions, no verb) below a word in `anchors`."""
    while anchors and token.head != token and token.pos_ not in VERBS:
        token = token.head
        if token.text in anchors:
            return True
    return False


def carried_phrase(doc: Doc, sent: Span, rules: DateRules, claim_sents: set[int],
                   names: Sequence[str | None]) -> DatePhrase | None:
    """The sentence date of the sentence just before `sent` in the same paragraph, when the
    claim's speaker (`names`) is in it, by last word or as a pronoun, and that sentence
    reports no claim itself (`claim_sents`: token starts of such sentences): "On Tuesday,
    X met Y. He said ..." carries; "On Tuesday, X said A. Z said B." does not."""
    if sent.start == 0:
        return None
    before = token_sent(doc, sent.start - 1)
    rows = doc_rows(doc)
    # the text from `before` to `sent`
    if before.start in claim_sents or "\n" in rows.text[before.start_char:sent.start_char]:
        return None
    last_words = frozenset(n.split()[-1] for n in names if n and n.split())
    if not (last_words & set(rows.texts[before.start:before.end])
            or any(n.casefold() in rules.pronouns for n in names if n)):
        return None
    span = sentence_date(before, rules, last_words)
    return DatePhrase(span.start_char, span.end_char, "paragraph") if span is not None else None


def _first_sentence(doc: Doc, attribution: Attribution, cue: Token) -> Span:
    """The first sentence of the claim and its cue (a quotation may run over several)."""
    span = doc.char_span(min(attribution.start, cue.idx), attribution.end,
                         alignment_mode="expand")
    return token_sent(doc, span.start if span is not None and len(span) else cue.i)


def statement_phrases(doc: Doc, attributions: Sequence[Attribution], rules: DateRules
                      ) -> list[DatePhrase | None]:
    """For each attribution (Doc offsets), the phrase that dates the saying, or None."""
    cues = [cue_token(doc, a) for a in attributions]
    claim_sents = {sent_bounds(doc, cue.i)[0] for cue in cues if cue is not None}
    out = []
    for attribution, cue in zip(attributions, cues):
        phrase = own_phrase(doc, attribution, rules, cue)
        if phrase is None and cue is not None:
            names = (attribution.speaker_mention, attribution.speaker)
            first = _first_sentence(doc, attribution, cue)
            phrase = carried_phrase(doc, first, rules, claim_sents, names)
        out.append(phrase)
    return out
