"""Shortcuts of the attribution component (#16) give what the longer way gives: no
behaviour change (hand-built Docs, no model)."""
from __future__ import annotations

from pipeline.attribution.cues import match_cue
from pipeline.attribution.passes.anchors import CueAnchor
from pipeline.attribution.quotes import has_words, word_count
from tests.attribution.hand_docs import RULES, parse


def test_has_words_counts_as_word_count():
    """has_words splits n words at a time; the answer is word_count's."""
    texts = ["", "   ", "talks would resume", "-- resume", "a -- -- -- b", "-- -- -- a b",
             "x " * 40, "— " * 10 + "late words", "one\ttwo\u00a0three\nfour", "1 2 . . 3"]
    for text in texts:
        for n in range(-1, 8):
            assert has_words(text, n) == (word_count(text) >= n), (text, n)


def test_anchor_speaker_end_is_the_subtree_end():
    doc = parse("Officials in the city said talks would resume.", """
        Officials NOUN  NNS nsubj 4 official
        in        ADP   IN  prep  0
        the       DET   DT  det   3
        city      NOUN  NN  pobj  1
        said      VERB  VBD ROOT  4 say
        talks     NOUN  NNS nsubj 7 talk
        would     AUX   MD  aux   7
        resume    VERB  VB  ccomp 4
        .         PUNCT .   punct 4
    """)
    cue = match_cue(doc[4], RULES)
    assert CueAnchor.of(cue, doc[0]).speaker_end == max(t.i for t in doc[0].subtree) == 3
    assert CueAnchor.of(cue, doc[4]).speaker_end == -1       # the cue itself
