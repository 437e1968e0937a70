"""cue_speaker: a speech participle speaks for the subject of the verb it modifies, after
'after/before/while' ([channels] participle_preps) when it reports a clause, and as an
adverbial participle on a passive verb.  Hand-built Docs."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

AFTER = parse("After saying the plan failed, Lee left.", '''
    After   ADP   IN   prep    7
    saying  VERB  VBG  pcomp   0   say
    the     DET   DT   det     3
    plan    NOUN  NN   nsubj   4
    failed  VERB  VBD  ccomp   1   fail
    ,       PUNCT ,    punct   7
    Lee     PROPN NNP  nsubj   7
    left    VERB  VBD  ROOT    7   leave
    .       PUNCT .    punct   7
''', ents=[("PERSON", 6, 7)])

PASSIVE = parse("Lee was angered by the vote, saying the plan failed.", '''
    Lee     PROPN NNP  nsubjpass 2
    was     AUX   VBD  auxpass   2   be
    angered VERB  VBN  ROOT      2   anger
    by      ADP   IN   agent     2
    the     DET   DT   det       5
    vote    NOUN  NN   pobj      3
    ,       PUNCT ,    punct     2
    saying  VERB  VBG  advcl     2   say
    the     DET   DT   det       9
    plan    NOUN  NN   nsubj     10
    failed  VERB  VBD  ccomp     7   fail
    .       PUNCT .    punct     2
''', ents=[("PERSON", 0, 1)])

# writing with an object and no clause: a deed, no speaker taken
OBJECT = parse("After writing the long essay, Lee left.", '''
    After   ADP   IN   prep    7
    writing VERB  VBG  pcomp   0   write
    the     DET   DT   det     4
    long    ADJ   JJ   amod    4
    essay   NOUN  NN   dobj    1
    ,       PUNCT ,    punct   7
    Lee     PROPN NNP  nsubj   7
    left    VERB  VBD  ROOT    7   leave
    .       PUNCT .    punct   7
''', ents=[("PERSON", 6, 7)])


@pytest.mark.parametrize("doc, expected", [
    (AFTER, [("the plan failed", "Lee")]),
    (PASSIVE, [("the plan failed", "Lee")]),
    (OBJECT, []),
], ids=["after-saying", "passive-head", "writing-object-nothing"])
def test_participle_subject(doc, expected):
    assert [(c, s) for c, _, s in claims(doc)] == expected
