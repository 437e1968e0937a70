"""speaker_head: a speech verb as a to-infinitive whose speaker is the subject above it:
'Lee was quick to add that X' (the subject of the adjective's copula), 'Lee went on to say
X' (an infinitive the parser hung on the main verb); not after an object ('The king sent
an envoy to say X': the envoy may speak).  Hand-built Docs."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

QUICK = parse("Lee was quick to add that the deal failed.", '''
    Lee     PROPN NNP  nsubj   1
    was     AUX   VBD  ROOT    1   be
    quick   ADJ   JJ   acomp   1
    to      PART  TO   aux     4
    add     VERB  VB   xcomp   2
    that    SCONJ IN   mark    8
    the     DET   DT   det     7
    deal    NOUN  NN   nsubj   8
    failed  VERB  VBD  ccomp   4   fail
    .       PUNCT .    punct   1
''', ents=[("PERSON", 0, 1)])

WENT_ON = parse("Pence went on to say the deal failed.", '''
    Pence   PROPN NNP  nsubj   1
    went    VERB  VBD  ROOT    1   go
    on      ADP   RP   prt     1
    to      PART  TO   aux     4
    say     VERB  VB   advcl   1
    the     DET   DT   det     6
    deal    NOUN  NN   nsubj   7
    failed  VERB  VBD  ccomp   4   fail
    .       PUNCT .    punct   1
''', ents=[("PERSON", 0, 1)])

SENT = parse("The king sent an envoy to say the deal failed.", '''
    The     DET   DT   det     1
    king    NOUN  NN   nsubj   2
    sent    VERB  VBD  ROOT    2   send
    an      DET   DT   det     4
    envoy   NOUN  NN   dobj    2
    to      PART  TO   aux     6
    say     VERB  VB   advcl   2
    the     DET   DT   det     8
    deal    NOUN  NN   nsubj   9
    failed  VERB  VBD  ccomp   6   fail
    .       PUNCT .    punct   2
''')


@pytest.mark.parametrize("doc, expected", [
    (QUICK, [("the deal failed", "Lee")]),
    (WENT_ON, [("the deal failed", "Pence")]),
    (SENT, []),
], ids=["quick-to-add", "went-on-to-say", "object-then-infinitive-nothing"])
def test_infinitive_speaker(doc, expected):
    assert [(c, s) for c, _, s in claims(doc)] == expected
