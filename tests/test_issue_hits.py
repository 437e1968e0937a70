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
