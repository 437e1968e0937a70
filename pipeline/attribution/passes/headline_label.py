"""Label lines with no quotation: 'Poll: Lopez and Ruiz hold narrow leads in Ohio.',
'Ruiz: The plan will fail.', 'Matthews: Well, speculation is bad.' (headline and
transcript layouts): a paragraph of one line that opens with a name (or a poll) and a
colon is that speaker's claim, as PolNeAR annotates it.  The label may be a group of
people ('Economists:'), one word the model names an organisation ('Amnesty:'), and in the
headline-and-deck layout the headline ends on a semicolon with the deck on the next line."""
from __future__ import annotations

import re
from typing import Iterator

from pipeline.attribution.context import Candidate, DocContext, Found
from pipeline.attribution.passes.speaker_label import MAX_NAME_TOKENS, _name_tokens
from pipeline.attribution.quotes import has_words, trim_span
from pipeline.attribution.speakers import ORG, PERSON, UNKNOWN, Speaker

LABEL = re.compile(r"([^:\n]{2,60}): (?=\S)")   # 'Name: ' at the start of the line
TOPIC = re.compile(r" on [A-Z][^:]*$")            # 'Name on Title-Case Topic' label
MIN_WORDS = 4                                    # words of the claim after the colon
SENTENCE_ENDS = ".!?…"                           # the line is a sentence, as a claim is
LONE_ENTS = {"PERSON": PERSON, "ORG": ORG}               # one-word label the model names
PLACE_ENTS = frozenset({"GPE", "LOC", "DATE", "TIME"})   # 'Iowa: A, B, C' lists, datelines


def headline_label(ctx: DocContext, found: Found) -> Iterator[Candidate]:
    """'Poll: Lopez and Ruiz hold narrow leads in Ohio.' -> 'Lopez and Ruiz hold narrow
    leads in Ohio', speaker the poll; 'Analysts: The merger will cut jobs; ' (a deck on the
    next line) -> 'The merger will cut jobs', speaker analysts; 'Ruiz on Trade Policy: The
    plan will fail.' (a name on a title-case topic) -> speaker Ruiz.  Nothing for 'The Latest:
    ...', "Editor's note: ..." (no name), 'Iowa: Ann Lee, Tom Ruiz' (a place), 'Pentagon:
    troops to stay in Korea' (no sentence-final mark: a bare headline, as speaker_label
    reads 'Kubiak: "Go team"'),
    a paragraph of more than one line, a line a claim already holds, or a label whose
    speaker does not resolve."""
    text = ctx.text
    for lo, hi in ctx.paras:
        hi, deck = _headline_end(text, lo, hi)
        line = text[lo:hi]
        m = LABEL.match(line)
        if m is None or "\n" in line.strip() or not deck and \
                line.rstrip(" \n\"'”’)")[-1:] not in SENTENCE_ENDS:
            continue                               # 'Pentagon: troops to stay' (a bare headline)
        s, e = trim_span(text, lo + m.end(), hi)
        if not has_words(text[s:e], MIN_WORDS) or any(c.start < e and s < c.end for c in found.claims):
            continue
        topic = TOPIC.search(m.group(1))           # 'Ruiz on Trade Policy: ...' -> 'Ruiz'
        b = lo + (topic.start() if topic else m.end(1))
        head = _label_head(ctx, lo, b)
        sp = None if head is None else ctx.resolver.resolve(head, head.idx)
        if sp is None or sp.type == UNKNOWN:
            head, sp = _surname(ctx, lo, b)
        if sp is None:
            head, sp = _capitals(ctx, lo, b)
        if sp is None:
            continue
        ctx.resolver.remember(sp, head.idx, head.lemma_.lower())
        yield Candidate(s, e, None, None, head.idx, "headline-label", speaker_tok=head.i,
                        speaker=sp)


def _headline_end(text: str, lo: int, hi: int) -> tuple[int, bool]:
    """End of the line text[lo:hi] to read, and whether it ends a headline: in the headline
    and deck layout 'Ruiz: The plan will fail; ' with the deck on the very next line
    ('Critics say costs will rise.'), the headline ends before its semicolon."""
    head = text[lo:hi].rstrip()
    if head.endswith(";") and text[hi:hi + 1] == "\n" and text[hi + 1:hi + 2].strip():
        return lo + len(head) - 1, True
    return hi, False


def _surname(ctx: DocContext, a: int, b: int):
    """(token, person) when text[a:b] is one capitalised word the article uses as part of
    a person's full name ('Matthews:' in a transcript of 'Chris Matthews', 'Trump:' in a
    headline: the model often tags such a line-initial word a common noun); else
    (None, None)."""
    span = ctx.doc.char_span(a, b, alignment_mode="contract")
    if span is None or len(span) != 1 or not span[0].text[:1].isupper() or span.text.isupper():
        return None, None
    tok = span[0]
    full = ctx.resolver.full_name(tok.text, tok.idx)
    if full != tok.text:
        return tok, Speaker(tok.text, tok.idx, tok.idx + len(tok.text), full, PERSON)
    if tok.ent_type_ in LONE_ENTS and tok.ent_iob_ == "B" and \
            (tok.i + 1 == len(ctx.doc) or ctx.doc[tok.i + 1].ent_iob_ != "I"):
        return tok, Speaker(tok.text, tok.idx, tok.idx + len(tok.text), tok.text,
                            LONE_ENTS[tok.ent_type_])      # 'WikiLeaks:' (an organisation)
    return None, None


def _capitals(ctx: DocContext, a: int, b: int):
    """(token, organisation) when text[a:b] is one word in capitals the article also spells
    in mixed case ('ACMEPOLL:' in an article that cites 'AcmePoll'), not a page word
    ('UPDATE:', 'CORRECTION:', [speaker_label] page_words); else (None, None)."""
    span = ctx.doc.char_span(a, b, alignment_mode="contract")
    if span is None or len(span) != 1 or not span.text.isupper() or len(span.text) < 3 \
            or span.text.lower() in ctx.rules.label_page_words:
        return None, None
    tok = span[0]
    spelt = [w for w in re.findall(rf"\b{re.escape(tok.text)}\b", ctx.text, re.IGNORECASE)
             if not w.isupper()]
    if not spelt:
        return None, None
    return tok, Speaker(tok.text, tok.idx, tok.idx + len(tok.text), spelt[0], ORG)


def _people(ctx: DocContext, tok) -> bool:
    """'Insiders:', 'Economists:' (a capitalised plural of an anonymous-source noun: the
    group speaks, as in 'insiders say'); not 'Update:' or 'Contributing:'."""
    return tok.tag_ == "NNS" and tok.text[:1].isupper() and not tok.text.isupper() \
        and tok.lower_ in ctx.resolver.rules.anonymous


def _label_head(ctx: DocContext, a: int, b: int):
    """The head token when text[a:b] is all a name ('Bill Clinton', 'Dr. Ann Lee') or one
    poll noun ('Poll'), not a place or date, not in capitals ('CORRECTION') nor a title
    with function words; else None."""
    span = ctx.doc.char_span(a, b, alignment_mode="contract")
    if span is None or not len(span):
        return None
    if len(span) == 1 and (span[0].lemma_.lower() in ctx.rules.source_prep_nouns
                           or _people(ctx, span[0])):
        return span[0]
    names = _name_tokens(ctx, span, span.end)
    if len(names) != len(span) or len(names) > MAX_NAME_TOKENS or names[-1].pos_ != "PROPN" \
            or names[-1].ent_type_ in PLACE_ENTS or span.text.isupper() \
            or any(t.is_stop for t in names):
        return None                # 'CORRECTION:', 'Stealth Over Health:' (a title)
    return names[-1]
