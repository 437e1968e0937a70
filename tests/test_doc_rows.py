"""Per-Doc token columns (pipeline.doc_rows) and the array-read cue candidates: each must
give what the Token and Span objects give (hand-built Docs, no model)."""
from __future__ import annotations

import sys

import spacy
from spacy.tokens import Doc

from pipeline.attribution.cues import cue_candidates, match_cue
from pipeline.doc_rows import doc_rows, sent_bounds, token_sent
from tests.attribution.hand_docs import RULES, parse

NLP = spacy.blank("en")


def test_rows_are_the_tokens_and_the_text():
    doc = Doc(NLP.vocab, words=["Lee", "said", ":", "“", "Stra\u00dfe", "”", "\n", "OK", " ", "."],
              spaces=[True, False, True, False, False, False, False, True, False, False])
    rows = doc_rows(doc)
    assert rows.text == doc.text
    assert rows.texts == [t.text for t in doc] and rows.idx == [t.idx for t in doc]
    assert rows.folded == [t.text.casefold() for t in doc]
    for a in range(len(doc) + 1):
        for b in range(a, len(doc) + 1):
            assert rows.span_text(a, b) == doc[a:b].text
    assert doc_rows(doc) is rows                      # kept on the Doc


def test_folded_with_the_separator_in_a_token():
    """`folded` casefolds the joined texts at once; a token holding the separator falls back
    to one casefold per token."""
    doc = Doc(NLP.vocab, words=["A\x00B", "\u03a3\u0391\u03a3", "\ufb01ne"])
    assert doc_rows(doc).folded == [t.text.casefold() for t in doc]


def test_token_sent_is_the_sentence_of_the_token():
    doc = Doc(NLP.vocab, words=["Lee", "spoke", ".", "He", "said", "no", ".", "Yes", "."],
              sent_starts=[True, False, False, True, False, False, False, True, False])
    for t in doc:
        assert token_sent(doc, t.i) == t.sent
    assert token_sent(doc, 4).start == 3 and token_sent(doc, 8).end == 9
    with doc.retokenize() as retokenizer:          # tokens changed: the sentences read again
        retokenizer.merge(doc[0:2])
    assert [token_sent(doc, t.i) for t in doc] == [t.sent for t in doc]


def test_sent_bounds_are_the_bounds_of_the_sentence():
    doc = Doc(NLP.vocab, words=["Lee", "spoke", ".", "He", "said", "no", ".", "Yes", "."],
              sent_starts=[True, False, False, True, False, False, False, True, False])
    assert [sent_bounds(doc, t.i) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]
    doc.user_hooks["sents"] = lambda d: [d[0:9]]    # custom sentences: spaCy's answer
    assert sent_bounds(doc, 4) == (doc[4].sent.start, doc[4].sent.end) == (0, 9)


def test_token_sent_keeps_no_reference_to_the_doc():
    """What token_sent keeps in the Doc's user_data must not hold the Doc (a Span does): a
    Doc in a reference cycle is freed only by the cyclic collector, so a run's Docs pile up
    between collections and its peak memory rises."""
    doc = Doc(NLP.vocab, words=["Lee", "spoke", ".", "He", "said", "no", ".", "Yes", "."],
              sent_starts=[True, False, False, True, False, False, False, True, False])
    before = sys.getrefcount(doc)
    assert token_sent(doc, 4).start == 3
    assert sys.getrefcount(doc) == before


def test_empty_doc():
    doc = Doc(NLP.vocab, words=[])
    assert doc_rows(doc).text == "" and doc_rows(doc).span_text(0, 0) == ""


def test_cue_candidates_hold_every_cue():
    """Every token `match_cue` finds a cue at is a candidate; a verb that is no cue verb
    ('had', 'resume') is not read."""
    doc = parse("According to aides, he said talks had stopped and pointed out the cost.", """
        According ADJ  JJ  prep   5 according
        to        ADP  IN  prep   0
        aides     NOUN NNS pobj   1 aide
        ,         PUNCT ,  punct  5
        he        PRON PRP nsubj  5
        said      VERB VBD ROOT   5 say
        talks     NOUN NNS nsubj  8 talk
        had       AUX  VBD aux    8 have
        stopped   VERB VBN ccomp  5 stop
        and       CCONJ CC cc     5
        pointed   VERB VBD conj   5 point
        out       ADP  RP  prt   10
        the       DET  DT  det   13
        cost      NOUN NN  dobj  10
        .         PUNCT .  punct  5
    """)
    found = cue_candidates(doc, RULES)
    cues = [t.i for t in doc if match_cue(t, RULES) is not None]
    assert cues == [0, 5, 10]
    assert set(cues) <= set(found)
    assert 7 not in found
