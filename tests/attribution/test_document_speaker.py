"""A document named by its common noun is the speaker as the document (hand-built Docs):
'The union backed her. The statement said talks failed.' -> 'union statement' (the issuer
named before, then the document, as PolNeAR names the speaker 'the statement'); evidence
such as 'the data' stays as written (its word form counts: the lemma is "datum").  A date
(spaCy's DATE entity) owning or naming the document says when, not whose: "In Tuesday's
poll, ..." -> the poll, 'a June Marist poll' -> Marist; a named owner stays ("Gallup's")."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

STATEMENT = parse('The Acme Union backed her. The statement said talks failed.', '''
    The        DET   DT   det       2
    Acme       PROPN NNP  compound  2
    Union      PROPN NNP  nsubj     3
    backed     VERB  VBD  ROOT      3   back
    her        PRON  PRP  dobj      3   she
    .          PUNCT .    punct     3
    The        DET   DT   det       7
    statement  NOUN  NN   nsubj     8
    said       VERB  VBD  ROOT      8   say
    talks      NOUN  NNS  nsubj     10  talk
    failed     VERB  VBD  ccomp     8   fail
    .          PUNCT .    punct     8
''', ents=[("ORG", 0, 3)])

DATA = parse('The Acme Union released figures. According to the data, talks failed.', '''
    The        DET   DT   det       2
    Acme       PROPN NNP  compound  2
    Union      PROPN NNP  nsubj     3
    released   VERB  VBD  ROOT      3   release
    figures    NOUN  NNS  dobj      3   figure
    .          PUNCT .    punct     3
    According  VERB  VBG  prep      13  accord
    to         ADP   IN   prep      6
    the        DET   DT   det       9
    data       NOUN  NNS  pobj      7   datum
    ,          PUNCT ,    punct     13
    talks      NOUN  NNS  nsubj     13  talk
    failed     VERB  VBD  ROOT      13  fail
    .          PUNCT .    punct     13
''', ents=[("ORG", 0, 3)])


DAY_POLL = parse("In Tuesday's poll, voters backed the plan.", '''
    In       ADP   IN   prep      6
    Tuesday  PROPN NNP  poss      3
    's       PART  POS  case      1
    poll     NOUN  NN   pobj      0
    ,        PUNCT ,    punct     6
    voters   NOUN  NNS  nsubj     6   voter
    backed   VERB  VBD  ROOT      6   back
    the      DET   DT   det       8
    plan     NOUN  NN   dobj      6
    .        PUNCT .    punct     6
''', ents=[("DATE", 1, 2)])

OWNER_POLL = parse("In Gallup's poll, voters backed the plan.", '''
    In       ADP   IN   prep      6
    Gallup   PROPN NNP  poss      3
    's       PART  POS  case      1
    poll     NOUN  NN   pobj      0
    ,        PUNCT ,    punct     6
    voters   NOUN  NNS  nsubj     6   voter
    backed   VERB  VBD  ROOT      6   back
    the      DET   DT   det       8
    plan     NOUN  NN   dobj      6
    .        PUNCT .    punct     6
''', ents=[("ORG", 1, 2)])

MONTH_POLL = parse("A June Marist poll found voters backed the plan.", '''
    A        DET   DT   det       3
    June     PROPN NNP  compound  3
    Marist   PROPN NNP  compound  3
    poll     NOUN  NN   nsubj     4
    found    VERB  VBD  ROOT      4   find
    voters   NOUN  NNS  nsubj     6   voter
    backed   VERB  VBD  ccomp     4   back
    the      DET   DT   det       8
    plan     NOUN  NN   dobj      6
    .        PUNCT .    punct     4
''', ents=[("DATE", 1, 2), ("ORG", 2, 3)])


@pytest.mark.parametrize("doc, expected", [
    (DAY_POLL, ("voters backed the plan", "Tuesday's poll")),
    (OWNER_POLL, ("voters backed the plan", "Gallup")),
    (MONTH_POLL, ("voters backed the plan", "Marist")),
], ids=["day-owner-is-the-poll", "named-owner-kept", "month-before-owner-dropped"])
def test_dated_document(doc, expected):
    assert [(c, s) for c, _, s in claims(doc)] == [expected]


@pytest.mark.parametrize("doc, expected", [
    (STATEMENT, ("talks failed", "Acme Union statement")),
    (DATA, ("talks failed", "data")),
], ids=["statement-of-issuer", "data-as-written"])
def test_document_speaker(doc, expected):
    assert [(c, s) for c, _, s in claims(doc)] == [expected]
