"""'go on' is a cue like 'continue' ([cues.conclude] phrases, requires = "clause"): a
quotation or a clause after it is a claim; 'went on to serve as governor' is a deed, 'went on
to say that X' is say's report alone (not also one of 'went on' with content 'to'), 'went on
a rant' no report.  Hand-built Docs."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

SERVE = parse('Lee went on to serve as governor.', '''
    Lee       PROPN NNP  nsubj   1
    went      VERB  VBD  ROOT    1   go
    on        ADP   RP   prt     1
    to        PART  TO   aux     4
    serve     VERB  VB   xcomp   1
    as        ADP   IN   prep    4
    governor  NOUN  NN   pobj    5
    .         PUNCT .    punct   1
''')

SAY = parse('Lee went on to say that taxes rose sharply.', '''
    Lee       PROPN NNP  nsubj   1
    went      VERB  VBD  ROOT    1   go
    on        ADP   RP   prt     1
    to        PART  TO   aux     4
    say       VERB  VB   xcomp   1
    that      SCONJ IN   mark    7
    taxes     NOUN  NNS  nsubj   7   tax
    rose      VERB  VBD  ccomp   4   rise
    sharply   ADV   RB   advmod  7
    .         PUNCT .    punct   1
''')

RANT = parse('Lee went on a long rant about the new taxes.', '''
    Lee       PROPN NNP  nsubj   1
    went      VERB  VBD  ROOT    1   go
    on        ADP   RP   prt     1
    a         DET   DT   det     5
    long      ADJ   JJ   amod    5
    rant      NOUN  NN   dobj    1
    about     ADP   IN   prep    5
    the       DET   DT   det     9
    new       ADJ   JJ   amod    9
    taxes     NOUN  NNS  pobj    6   tax
    .         PUNCT .    punct   1
''')

CLAUSE = parse('Lee went on that taxes rose sharply.', '''
    Lee       PROPN NNP  nsubj   1
    went      VERB  VBD  ROOT    1   go
    on        ADP   RP   prt     1
    that      SCONJ IN   mark    5
    taxes     NOUN  NNS  nsubj   5   tax
    rose      VERB  VBD  ccomp   1   rise
    sharply   ADV   RB   advmod  5
    .         PUNCT .    punct   1
''')


@pytest.mark.parametrize("doc, expected", [
    (SERVE, []),
    (SAY, [("taxes rose sharply", "cue-clause:say", "Lee")]),
    (RANT, []),
    (CLAUSE, [("taxes rose sharply", "cue-clause:conclude", "Lee")]),
], ids=["went-on-to-deed-none", "went-on-to-say-one-claim", "went-on-a-rant-none",
        "went-on-that-clause"])
def test_go_on(doc, expected):
    assert claims(doc) == expected
