"""resolve.quoted_descriptor: a quotation whose speech-cue subject is a common noun phrase
the resolver knows nothing about keeps it as an anonymous descriptor; so does a reported
clause when the phrase is the speech verb's own subject (resolve.reported_by_subject,
tests in test_pass_reported_descriptor.py)."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

CROWD = parse('"Out!" the crowd yelled.', '''
    "       PUNCT ``   punct   1
    Out     PROPN NNP  ROOT    1
    !       PUNCT .    punct   1
    "       PUNCT ''   punct   1
    the     DET   DT   det     5
    crowd   NOUN  NN   nsubj   6
    yelled  VERB  VBD  ROOT    6   yell
    .       PUNCT .    punct   6
''')

# the tagger makes "old" the head; the hyphens hang on it as punctuation
AGED = parse('"We are ready," said the 46-year-old.', '''
    "      PUNCT ``   punct     6
    We     PRON  PRP  nsubj     2
    are    AUX   VBP  ccomp     6   be
    ready  ADJ   JJ   acomp     2
    ,      PUNCT ,    punct     6
    "      PUNCT ''   punct     6
    said   VERB  VBD  ROOT      6   say
    the    DET   DT   det       12
    46     NUM   CD   nummod    10
    -      PUNCT HYPH punct     10
    year   NOUN  NN   npadvmod  12
    -      PUNCT HYPH punct     12
    old    ADJ   JJ   nsubj     6
    .      PUNCT .    punct     6
''')

# no quotation: the subject of 'said' reporting a clause is the speaker too
CLAUSE = parse('The crowd said taxes were too high.', '''
    The    DET   DT   det     1
    crowd  NOUN  NN   nsubj   2
    said   VERB  VBD  ROOT    2   say
    taxes  NOUN  NNS  nsubj   4   tax
    were   AUX   VBD  ccomp   2   be
    too    ADV   RB   advmod  6
    high   ADJ   JJ   acomp   4
    .      PUNCT .    punct   2
''')


@pytest.mark.parametrize("doc, expected", [
    (CROWD, [("Out!", "quote-before-cue", "a crowd")]),
    (AGED, [("We are ready,", "quote-before-cue", "a 46-year-old")]),
    (CLAUSE, [("taxes were too high", "cue-clause:say", "a crowd")]),
], ids=["noun-subject", "hyphenated-adjective-head", "clause-subject"])
def test_quoted_descriptor(doc, expected):
    assert claims(doc) == expected
