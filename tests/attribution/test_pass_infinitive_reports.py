"""Infinitival reports on hand-built Docs: 'Lind called upon the board to pay' -> 'the board
to pay' ([cues.urge] phrases, as 'called on'); 'Price promised to cut taxes should he win'
-> the infinitive and its inverted condition ([content] inverted_condition) where the
parser makes the condition the root and the cue its complement (one it hangs on the cue is a
trailing clause already); the condition ends at its first comma.  A 'should' with its subject first ('he should win') is
no inverted condition."""
from __future__ import annotations

import pytest
from hand_docs import cue_claims, parse

from pipeline.attribution.passes.clauses import reported_clause

CALLED_UPON = parse('Lind called upon the board to pay.', '''
    Lind    PROPN NNP  nsubj  1
    called  VERB  VBD  ROOT   1   call
    upon    ADP   IN   prep   1
    the     DET   DT   det    4
    board   NOUN  NN   nsubj  6
    to      PART  TO   aux    6
    pay     VERB  VB   pcomp  2
    .       PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])

# the parser's reading of the dev sentence: the condition is the root
SHOULD_ROOT = parse('Price promised to cut taxes should he win, aides said.', '''
    Price     PROPN NNP  nsubj  1
    promised  VERB  VBD  ccomp  7   promise
    to        PART  TO   aux    3
    cut       VERB  VB   xcomp  1
    taxes     NOUN  NNS  dobj   3   tax
    should    AUX   MD   aux    7
    he        PRON  PRP  nsubj  7
    win       VERB  VB   ROOT   7
    ,         PUNCT ,    punct  7
    aides     NOUN  NNS  nsubj  10  aide
    said      VERB  VBD  ccomp  7   say
    .         PUNCT .    punct  7
''', ents=[("PERSON", 0, 1)])

SHOULD_ADVCL = parse('Price promised to cut taxes, should he win.', '''
    Price     PROPN NNP  nsubj  1
    promised  VERB  VBD  ROOT   1   promise
    to        PART  TO   aux    3
    cut       VERB  VB   xcomp  1
    taxes     NOUN  NNS  dobj   3   tax
    ,         PUNCT ,    punct  1
    should    AUX   MD   aux    8
    he        PRON  PRP  nsubj  8
    win       VERB  VB   advcl  1
    .         PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])

HE_SHOULD = parse('Price promised to cut taxes and he should win.', '''
    Price     PROPN NNP  nsubj  1
    promised  VERB  VBD  ROOT   1   promise
    to        PART  TO   aux    3
    cut       VERB  VB   xcomp  1
    taxes     NOUN  NNS  dobj   3   tax
    and       CCONJ CC   cc     1
    he        PRON  PRP  nsubj  8
    should    AUX   MD   aux    8
    win       VERB  VB   conj   1
    .         PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])


@pytest.mark.parametrize("doc, expected", [
    (CALLED_UPON, [("the board to pay", "cue-clause:urge", "Lind")]),
    (SHOULD_ROOT, [("to cut taxes should he win", "cue-clause:announce", "Price")]),
    (SHOULD_ADVCL, [("to cut taxes, should he win", "cue-clause:announce", "Price")]),
    (HE_SHOULD, [("to cut taxes", "cue-clause:announce", "Price")]),
], ids=["called-upon", "should-root", "should-advcl", "subject-first-not-condition"])
def test_infinitive_reports(doc, expected):
    assert [c for c in cue_claims(reported_clause, doc) if c[2] == "Price" or c[2] == "Lind"] \
        == expected
