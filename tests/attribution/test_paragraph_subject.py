"""cue_speaker: a paragraph the parser glued onto the last sentence of the one before
('... in the U.S.' ends on a full stop the parser does not split at) leaves the finite cue
without a subject of its own; the noun phrase that opens the cue's paragraph, up to the
cue, is the speaker.  Hand-built Docs."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

# 'Lee' hangs on the preposition of the previous paragraph, 'says' is a conjunct there
GLUED = parse("The rules changed in the U.S.\nSen. Ann Lee says the plan failed.", '''
    The      DET   DT   det       1
    rules    NOUN  NNS  nsubj     2   rule
    changed  VERB  VBD  ROOT      2   change
    in       ADP   IN   prep      2
    the      DET   DT   det       5
    U.S.     PROPN NNP  pobj      3
    ¶        SPACE _SP  dep       5
    Sen.     PROPN NNP  compound  9
    Ann      PROPN NNP  compound  9
    Lee      PROPN NNP  pobj      3
    says     VERB  VBZ  conj      2   say
    the      DET   DT   det       12
    plan     NOUN  NN   nsubj     13
    failed   VERB  VBD  ccomp     10  fail
    .        PUNCT .    punct     2
''', ents=[("PERSON", 8, 10)])

# the same with a comma-set aside between the name and the cue
ASIDE = parse("The rules changed in the U.S.\nLee, after the vote, told reporters the plan failed.", '''
    The       DET   DT   det       1
    rules     NOUN  NNS  nsubj     2   rule
    changed   VERB  VBD  ROOT      2   change
    in        ADP   IN   prep      2
    the       DET   DT   det       5
    U.S.      PROPN NNP  pobj      3
    ¶         SPACE _SP  dep       5
    Lee       PROPN NNP  npadvmod  2
    ,         PUNCT ,    punct     2
    after     ADP   IN   prep      2
    the       DET   DT   det       11
    vote      NOUN  NN   pobj      9
    ,         PUNCT ,    punct     2
    told      VERB  VBD  conj      2   tell
    reporters NOUN  NNS  dobj      13  reporter
    the       DET   DT   det       16
    plan      NOUN  NN   nsubj     17
    failed    VERB  VBD  ccomp     13  fail
    .         PUNCT .    punct     2
''', ents=[("PERSON", 7, 8)])

# a prepositional phrase opens the paragraph: no name to take
PLACE = parse("The rules changed in the U.S.\nIn Reno says the plan failed.", '''
    The      DET   DT   det       1
    rules    NOUN  NNS  nsubj     2   rule
    changed  VERB  VBD  ROOT      2   change
    in       ADP   IN   prep      2
    the      DET   DT   det       5
    U.S.     PROPN NNP  pobj      3
    ¶        SPACE _SP  dep       5
    In       ADP   IN   prep      9
    Reno     PROPN NNP  pobj      7
    says     VERB  VBZ  conj      2   say
    the      DET   DT   det       11
    plan     NOUN  NN   nsubj     12
    failed   VERB  VBD  ccomp     9   fail
    .        PUNCT .    punct     2
''', ents=[("GPE", 8, 9)])


@pytest.mark.parametrize("doc, expected", [
    (GLUED, [("the plan failed", "Ann Lee")]),
    (ASIDE, [("the plan failed", "Lee")]),
    (PLACE, []),
], ids=["name-opens-paragraph", "name-then-aside", "place-phrase-nothing"])
def test_paragraph_subject(doc, expected):
    assert [(c, s) for c, _, s in claims(doc)] == expected
