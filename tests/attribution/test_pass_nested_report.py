"""resolve.nested_report: a report whose speaker stands inside another report's clause ('Kuo
said Lai told reporters the plan would fail') is part of the outer claim, which holds it whole;
the inner report is no claim of its own.  Not a second clause of the outer verb with a speaker
of its own ('Kuo said talks failed and Lai accused the mayor')."""
from __future__ import annotations

from hand_docs import claims, parse

NESTED = parse('Ann Kuo said Bo Lai told reporters the plan would fail.', '''
    Ann        PROPN NNP  compound  1
    Kuo        PROPN NNP  nsubj     2
    said       VERB  VBD  ROOT      2   say
    Bo         PROPN NNP  compound  4
    Lai        PROPN NNP  nsubj     5
    told       VERB  VBD  ccomp     2   tell
    reporters  NOUN  NNS  dobj      5   reporter
    the        DET   DT   det       8
    plan       NOUN  NN   nsubj     10
    would      AUX   MD   aux       10
    fail       VERB  VB   ccomp     5
    .          PUNCT .    punct     2
''', ents=[("PERSON", 0, 2), ("PERSON", 3, 5)])

# 'said' reports two clauses; the second has a speaker of its own: both claims stay
SECOND_CLAUSE = parse('Ann Kuo said talks failed and Bo Lai accused the mayor of lying.', '''
    Ann      PROPN NNP  compound  1
    Kuo      PROPN NNP  nsubj     2
    said     VERB  VBD  ROOT      2   say
    talks    NOUN  NNS  nsubj     4   talk
    failed   VERB  VBD  ccomp     2   fail
    and      CCONJ CC   cc        2
    Bo       PROPN NNP  compound  7
    Lai      PROPN NNP  nsubj     8
    accused  VERB  VBD  ccomp     2   accuse
    the      DET   DT   det       10
    mayor    NOUN  NN   dobj      8
    of       ADP   IN   prep      8
    lying    VERB  VBG  pcomp     11  lie
    .        PUNCT .    punct     2
''', ents=[("PERSON", 0, 2), ("PERSON", 6, 8)])


def test_nested_report_is_the_outer_claim():
    assert [(c, s) for c, _, s in claims(NESTED)] == [
        ("Bo Lai told reporters the plan would fail", "Ann Kuo")]


def test_second_clause_with_its_own_speaker_stays():
    got = [(c, s) for c, _, s in claims(SECOND_CLAUSE)]
    assert ("the mayor of lying", "Bo Lai") in got
