"""`doc_hits` builds each phrase's text and character offsets from token rows, not from a
Span per match: they must be what the Span would give, whatever the spacing (hand-built Docs,
no model)."""
from __future__ import annotations

from spacy.tokens import Doc

from pipeline.issues.detect import doc_hits

# words and whether a space follows each: no space before punctuation, a line break token,
# a space after the last word, two spaces kept as a whitespace token
WORDS = ["Seoul", "will", "raise", "defense", "spending", ",", "\n", "and", "defence",
         "spending", "talks", "on", "alliance", "modernization", " ", "resume", "."]
SPACES = [True, True, True, True, False, False, False, True, True, True, True, True, True,
          True, False, False, True]


def _doc(blank) -> Doc:
    return Doc(blank.vocab, words=WORDS, spaces=SPACES)


def test_hit_text_and_offsets_are_the_spans(blank, korea):
    doc = _doc(blank)
    hits = doc_hits(doc, korea)
    assert {h.text for h in hits} >= {"defense spending", "defence spending",
                                      "alliance modernization"}
    for h in hits:
        span = doc[h.start:h.end]
        assert (h.text, h.start_char, h.end_char) == (span.text, span.start_char,
                                                       span.end_char)


def test_hits_in_regions_are_the_hits_of_the_whole_doc(blank, korea):
    """A region search finds the phrases inside it, with Doc token indices, as the whole-Doc
    search does."""
    doc = _doc(blank)
    whole = doc_hits(doc, korea)
    part = doc_hits(doc, korea, [(7, len(doc))])
    assert part == [h for h in whole if h.start >= 7]
    assert part


def test_new_hit_is_the_dataclass_hit():
    """`new_hit` builds the Hit its fields give (equal, same hash and repr, still frozen),
    and sets every field of the dataclass, so a field added to Hit must be added there too."""
    import dataclasses

    import pytest

    from pipeline.issues.stance import Hit, new_hit

    args = ("signal", "defense_spending", "defense spending", 3, 5, 17, 33)
    for extra in ((), (-1,), (0, True)):
        fast, slow = new_hit(*args, *extra), Hit(*args, *extra)
        assert (fast, hash(fast), repr(fast)) == (slow, hash(slow), repr(slow))
        assert vars(fast) == {f.name: getattr(slow, f.name) for f in dataclasses.fields(Hit)}
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.side = 1
    assert dataclasses.replace(fast, side=1, modifier=False) == Hit(*args)


def test_claim_regions_cover_the_tokens_of_each_claim_and_sentence(blank):
    """`claim_regions` finds the tokens holding a claim's characters by bisecting the tokens'
    first characters: a character in the whitespace after a token belongs to that token, one
    before the first token to the first; with a margin of 1 token and no lookback."""
    from pipeline.issues.detect import _sentence_bounds, claim_regions

    doc = _doc(blank)
    bounds = _sentence_bounds(doc)

    def token_at(char: int) -> int:    # the last token starting at or before char, else 0
        return max([t.i for t in doc if t.idx <= char] or [0])

    n = len(doc.text)
    for start, end in [(0, 5), (6, 9), (9, 20), (20, n), (0, n), (33, 34), (40, 52)]:
        (lo, hi), = claim_regions(doc, [(start, end, start, end)], bounds, 0, "sentence", 1)
        assert (lo, hi) == (max(0, token_at(start) - 1),
                            min(len(doc), token_at(max(start, end - 1)) + 2))
    # lookback 1: a claim of the second sentence reads the first one too
    assert len(bounds) == 2
    start = bounds[1][0] + 2
    (lo, _), = claim_regions(doc, [(start, start + 5, None, None)], bounds, 1, "sentence", 0)
    assert lo == 0
    (lo, _), = claim_regions(doc, [(start, start + 5, None, None)], bounds, 0, "sentence", 0)
    assert lo == token_at(bounds[1][0])
