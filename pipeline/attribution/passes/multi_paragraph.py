"""Multi-paragraph quotations: every paragraph of a quotation chain gets the attribution."""
from __future__ import annotations

from typing import Iterator

from pipeline.attribution.context import Candidate, DocContext, Found


def multi_paragraph(ctx: DocContext, found: Found) -> Iterator[Candidate]:
    """'"First paragraph' / '"Second paragraph," she said.' (the first never closes) ->
    the first paragraph gets the claim of the second, and later paragraphs the claim of
    the one before.  Nothing for quotations that are not part of a chain."""
    by_quote = {c.quote: c for c in found.claims if c.quote >= 0}
    quotes = ctx.quotes
    for j, q in enumerate(quotes):
        if j in by_quote:
            continue
        src = None
        if j + 1 < len(quotes) and q.continued and (j + 1) in by_quote:
            src = by_quote[j + 1]
        elif j > 0 and quotes[j - 1].continued and (j - 1) in by_quote:
            src = by_quote[j - 1]
        if src is not None and ctx.has_quote_words(j, 1):
            c = Candidate(q.start, q.end, src.cue, src.cue_text, src.pos, "multi-paragraph",
                          quote=j, speaker_tok=src.speaker_tok, speaker=src.speaker)
            by_quote[j] = c
            yield c
