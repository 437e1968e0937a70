"""cue_speaker: a dateline ('MYRTLE BEACH, S.C. —') that the parser made the subject, the
name after its dash an apposition, is no speaker; the noun phrase after the dash is.
A place that is the subject without a dateline dash stays the speaker.  Hand-built Docs."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

DATELINE = parse("MYRTLE BEACH, S.C. — Sen. Ann Lee took aim at her rival, questioning "
                 "whether he could win.", '''
    MYRTLE      PROPN NNP   compound  1
    BEACH       PROPN NNP   nsubj     8
    ,           PUNCT ,     punct     1
    S.C.        PROPN NNP   appos     1
    —           PUNCT :     punct     1
    Sen.        PROPN NNP   compound  7
    Ann         PROPN NNP   compound  7
    Lee         PROPN NNP   appos     1
    took        VERB  VBD   ROOT      8   take
    aim         NOUN  NN    dobj      8
    at          ADP   IN    prep      8
    her         PRON  PRP$  poss      12
    rival       NOUN  NN    pobj      10
    ,           PUNCT ,     punct     8
    questioning VERB  VBG   advcl     8   question
    whether     SCONJ IN    mark      18
    he          PRON  PRP   nsubj     18
    could       AUX   MD    aux       18
    win         VERB  VB    ccomp     14
    .           PUNCT .     punct     8
''', ents=[("GPE", 0, 2), ("GPE", 3, 4), ("PERSON", 6, 8)])

# the same sentence with no dateline: the place is the subject and speaks
PLACE = parse("Beijing took aim at its rival, questioning whether it could win.", '''
    Beijing     PROPN NNP   nsubj     1
    took        VERB  VBD   ROOT      1   take
    aim         NOUN  NN    dobj      1
    at          ADP   IN    prep      1
    its         PRON  PRP$  poss      5
    rival       NOUN  NN    pobj      3
    ,           PUNCT ,     punct     1
    questioning VERB  VBG   advcl     1   question
    whether     SCONJ IN    mark      11
    it          PRON  PRP   nsubj     11
    could       AUX   MD    aux       11
    win         VERB  VB    ccomp     7
    .           PUNCT .     punct     1
''', ents=[("GPE", 0, 1)])


@pytest.mark.parametrize("doc, expected", [
    (DATELINE, [("whether he could win", "Ann Lee")]),
    (PLACE, [("whether it could win", "Chinese government")]),
], ids=["dateline-then-name", "place-subject-no-dateline"])
def test_dateline_speaker(doc, expected):
    assert [(c, s) for c, _, s in claims(doc)] == expected
