"""Speaker-label lines: 'Kubiak: "We played well."', 'Dr. Ann Lee on the vaccine: "It
works."', '- Democratic Sen. X, R-Texas: "..."' (transcript and round-up layouts)."""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from pipeline.attribution.context import Candidate, DocContext, Found
from pipeline.attribution.labels import FINITE
from pipeline.attribution.quotes import QuoteSpan
from pipeline.attribution.speakers import UNKNOWN

MAX_LABEL_CHARS = 120
MAX_LABEL_TOKENS = 16
MAX_NAME_TOKENS = 5
SPACED_DASHES = "-–—"             # ' - ' between a round-up headline and its label


def speaker_label(ctx: DocContext, found: Found, j: int) -> Iterator[Candidate]:
    """'Kubiak: "We played well."' -> the quotation, speaker 'Kubiak' (no cue).  Nothing
    for 'Kubiak: "Go team"' (no sentence-final mark: a headline), 'Select quotes from
    Kubiak:' (a finite verb) or a label whose speaker does not resolve."""
    q = ctx.quotes[j]
    label = _label_speaker(ctx, ctx.para_starts[ctx.para_of(q.open)], q)
    if label is None:
        return
    sp = ctx.resolver.resolve(label, label.idx)
    if sp.type == UNKNOWN:
        return
    ctx.resolver.remember(sp, label.idx, label.lemma_.lower())
    yield Candidate(q.start, q.end, None, None, label.idx, "speaker-label", quote=j,
                    speaker_tok=label.i, speaker=sp)


def _label_speaker(ctx: DocContext, para_lo: int, q: QuoteSpan) -> Token | None:
    """The name's head token when the paragraph opens with a name (optionally a topic
    phrase or descriptor) and a colon, then a quotation of whole sentences."""
    text, doc = ctx.text, ctx.doc
    para_lo += _headline_end(text[para_lo:q.open])
    lead = text[para_lo:q.open]
    if not lead.rstrip().endswith(":") or len(lead) > MAX_LABEL_CHARS:
        return None
    body = text[q.start:q.end].rstrip(")]")
    if not body or body[-1] not in ".!?…":
        return None                                # headline style `Name: "slogan"`
    span = doc.char_span(para_lo, para_lo + len(lead.rstrip()) - 1, alignment_mode="contract")
    if span is None or not len(span) or len(span) > MAX_LABEL_TOKENS:
        return None
    lo = 0
    while lo < len(span) and (span[lo].text in ctx.rules.label_bullets or (
            span[lo].ent_type_ == "NORP" and span[lo].pos_ == "ADJ")):
        lo += 1                                    # "- Democratic Sen. X:" list item
    lo += _lead_words(ctx, span[lo:])
    names = _name_tokens(ctx, span[lo:], span.end)
    if not names or names[-1].pos_ != "PROPN" or len(names) > MAX_NAME_TOKENS:
        return None
    rest = span[lo + len(names):]
    if len(rest) and (rest[0].lower_ not in ctx.rules.label_tails or any(t.tag_ in FINITE for t in rest)):
        return None                                # "Select quotes from Kubiak:" is no label
    return names[-1]


def _headline_end(lead: str) -> int:
    """Where the label starts after a round-up item's headline: 'POLLS SHIFT - Jane Doe:'
    -> after the last spaced dash; 0 when there is none."""
    cut = max(lead.rfind(f" {d} ") for d in SPACED_DASHES)
    return cut + 3 if cut >= 0 else 0


def _lead_words(ctx: DocContext, span) -> int:
    """How many tokens of `span` are a lead phrase before the name ('More from Jane Doe')."""
    words = [t.lower_ for t in span]
    for lead in ctx.rules.label_leads:
        if tuple(words[:len(lead)]) == lead:
            return len(lead)
    return 0


def _name_tokens(ctx: DocContext, span, end: int) -> list[Token]:
    """The leading name of the label: proper nouns, a title first, '.', '-' and "'s" inside."""
    names: list[Token] = []
    for t in span:
        if t.pos_ == "PROPN" or (not names and t.lower_ in ctx.rules.speakers.titles) or (
                names and t.text in (".", "-", "'s") and t.i + 1 < end
                and ctx.doc[t.i + 1].pos_ == "PROPN"):
            names.append(t)
            continue
        break
    return names
