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


def test_opener_matchers_find_nothing_past_the_opening_words():
    """match_cue tries the opener matchers (prepositional, adjective, report noun, framed
    finding) only at a noun or a word of `CueRules.opening_words`: at any other word they are None."""
    from pipeline.attribution import cues

    doc = parse("In her view, Lee was worried that talks had stalled, according to aides.", """
        In        ADP   IN   prep   5
        her       PRON  PRP$ poss   2
        view      NOUN  NN   pobj   0
        ,         PUNCT ,    punct  5
        Lee       PROPN NNP  nsubj  5
        was       AUX   VBD  ROOT   5   be
        worried   ADJ   JJ   acomp  5
        that      SCONJ IN   mark   10
        talks     NOUN  NNS  nsubj  10  talk
        had       AUX   VBD  aux    10  have
        stalled   VERB  VBN  ccomp  6   stall
        ,         PUNCT ,    punct  5
        according VERB  VBG  prep   5   accord
        to        ADP   IN   prep   12
        aides     NOUN  NNS  pobj   13  aide
        .         PUNCT .    punct  5
    """)
    openers = (cues._prepositional, cues._adjective, cues._nominal, cues._noun_finding)
    found = 0
    for tok in doc:
        got = [f(tok, RULES) for f in openers]
        if tok.pos_ != "NOUN" and tok.lower_ not in RULES.opening_words:
            assert got == [None] * 4, tok.text
        found += any(got)
    assert found >= 2                     # 'worried', 'according to'
