"""A report relayed by a prepositional source, on hand-built Docs (the whole rule book):
'"We will win," Lee said, according to the Sun.' is the Sun's claim, Lee's report and all
('"We will win," Lee said'); the same before the clause ('According to the Sun, Lee said
taxes would rise.'); a document's words stay the document's ('"...," the statement said,
according to Reuters'); a phrase opening another cue's clause is that clause's content
('Lee said that according to its count, the party won.': Lee's claim alone).  A cue of
`relay_groups` after a reported speech does the same ('Lee said taxes would rise, the Sun
reported.' -> 'Lee said taxes would rise', the Sun's); not after an attitude ('Lee hopes
taxes will fall, the Sun reported.': Lee's hope)."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

QUOTE_SAID_ACCORDING = parse('"We will win," Lee said, according to the Sun.', '''
    "          PUNCT ``   punct   7
    We         PRON  PRP  nsubj   3
    will       AUX   MD   aux     3
    win        VERB  VB   ccomp   7
    ,          PUNCT ,    punct   7
    "          PUNCT ''   punct   7
    Lee        PROPN NNP  nsubj   7
    said       VERB  VBD  ROOT    7   say
    ,          PUNCT ,    punct   7
    according  VERB  VBG  prep    7   accord
    to         ADP   IN   prep    9
    the        DET   DT   det     12
    Sun        PROPN NNP  pobj    10
    .          PUNCT .    punct   7
''', ents=[("PERSON", 6, 7), ("ORG", 12, 13)])

ACCORDING_SAID = parse('According to the Sun, Lee said taxes would rise.', '''
    According  VERB  VBG  prep    6   accord
    to         ADP   IN   prep    0
    the        DET   DT   det     3
    Sun        PROPN NNP  pobj    1
    ,          PUNCT ,    punct   6
    Lee        PROPN NNP  nsubj   6
    said       VERB  VBD  ROOT    6   say
    taxes      NOUN  NNS  nsubj   9   tax
    would      AUX   MD   aux     9
    rise       VERB  VB   ccomp   6
    .          PUNCT .    punct   6
''', ents=[("ORG", 3, 4), ("PERSON", 5, 6)])

STATEMENT_SAID = parse('"The plan is final," the statement said, according to Reuters.', '''
    "          PUNCT ``   punct   9
    The        DET   DT   det     2
    plan       NOUN  NN   nsubj   3
    is         AUX   VBZ  ccomp   9   be
    final      ADJ   JJ   acomp   3
    ,          PUNCT ,    punct   9
    "          PUNCT ''   punct   9
    the        DET   DT   det     8
    statement  NOUN  NN   nsubj   9
    said       VERB  VBD  ROOT    9   say
    ,          PUNCT ,    punct   9
    according  VERB  VBG  prep    9   accord
    to         ADP   IN   prep    11
    Reuters    PROPN NNP  pobj    12
    .          PUNCT .    punct   9
''', ents=[("ORG", 13, 14)])

SAID_REPORTED = parse('Lee said taxes would rise, the Sun reported.', '''
    Lee        PROPN NNP  nsubj   1
    said       VERB  VBD  ccomp   8   say
    taxes      NOUN  NNS  nsubj   4   tax
    would      AUX   MD   aux     4
    rise       VERB  VB   ccomp   1
    ,          PUNCT ,    punct   8
    the        DET   DT   det     7
    Sun        PROPN NNP  nsubj   8
    reported   VERB  VBD  ROOT    8   report
    .          PUNCT .    punct   8
''', ents=[("PERSON", 0, 1), ("ORG", 7, 8)])

HOPES_REPORTED = parse('Lee hopes taxes will fall, the Sun reported.', '''
    Lee        PROPN NNP  nsubj   1
    hopes      VERB  VBZ  ccomp   8   hope
    taxes      NOUN  NNS  nsubj   4   tax
    will       AUX   MD   aux     4
    fall       VERB  VB   ccomp   1
    ,          PUNCT ,    punct   8
    the        DET   DT   det     7
    Sun        PROPN NNP  nsubj   8
    reported   VERB  VBD  ROOT    8   report
    .          PUNCT .    punct   8
''', ents=[("PERSON", 0, 1), ("ORG", 7, 8)])

SAID_THAT_ACCORDING = parse('Lee said that according to its count, the party won.', '''
    Lee        PROPN NNP  nsubj   1
    said       VERB  VBD  ROOT    1   say
    that       SCONJ IN   mark    10
    according  VERB  VBG  prep    10  accord
    to         ADP   IN   prep    3
    its        PRON  PRP$ poss    6
    count      NOUN  NN   pobj    4
    ,          PUNCT ,    punct   10
    the        DET   DT   det     9
    party      NOUN  NN   nsubj   10
    won        VERB  VBD  ccomp   1   win
    .          PUNCT .    punct   1
''', ents=[("PERSON", 0, 1)])


@pytest.mark.parametrize("doc, expected", [
    (QUOTE_SAID_ACCORDING, [('"We will win," Lee said', "cue-clause:prepositional", "Sun")]),
    (ACCORDING_SAID, [("Lee said taxes would rise", "cue-clause:prepositional", "Sun")]),
    (STATEMENT_SAID, [("The plan is final,", "quote-before-cue", "statement")]),
    (SAID_THAT_ACCORDING, [("according to its count, the party won", "cue-clause:say", "Lee")]),
    (SAID_REPORTED, [("Lee said taxes would rise", "cue-clause:report", "Sun")]),
    (HOPES_REPORTED, [("taxes will fall", "cue-clause:believe", "Lee")]),
], ids=["quote-said-according", "according-said", "document-keeps-its-words",
        "according-opens-reported-clause", "said-then-reported", "attitude-not-relayed"])
def test_relayed_report(doc, expected):
    assert [(c, e, s.split()[-1]) for c, e, s in claims(doc)] == expected
