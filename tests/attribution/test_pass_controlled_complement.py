"""resolve._controlled_inside, beyond a chain of infinitives: a cue that is an infinitive
complement somewhere below a verb whose subject stands inside the outer claim ('Lee said the
vote was a gesture intended to highlight the risk') is part of that claim, which is not cut
before it."""
from __future__ import annotations

from hand_docs import claims, parse

GESTURE = parse('Ann Lee said the vote was a gesture intended to highlight the risk.', '''
    Ann        PROPN NNP  compound  1
    Lee        PROPN NNP  nsubj     2
    said       VERB  VBD  ROOT      2   say
    the        DET   DT   det       4
    vote       NOUN  NN   nsubj     5
    was        AUX   VBD  ccomp     2   be
    a          DET   DT   det       7
    gesture    NOUN  NN   attr      5
    intended   VERB  VBN  acl       7   intend
    to         PART  TO   aux       10
    highlight  VERB  VB   xcomp     8
    the        DET   DT   det       12
    risk       NOUN  NN   dobj      10
    .          PUNCT .    punct     2
''', ents=[("PERSON", 0, 2)])


def test_complement_below_an_inner_subject_stays_in_the_claim():
    assert [(c, s) for c, _, s in claims(GESTURE)] == [
        ("the vote was a gesture intended to highlight the risk", "Ann Lee")]
