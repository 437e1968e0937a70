"""Sources named through another noun, on hand-built Docs: 'An average of polls shows Ruiz
with a lead.' (the object of "of" is the source: the average speaks), 'They cited a poll
showing Ruiz with a lead.' (a participle on a source: the poll speaks, not the subject of
'cited'); 'An aide of the mayor showed reporters the door.' (no source) gives nothing."""
from __future__ import annotations

import pytest
from hand_docs import cue_claims, parse

from pipeline.attribution.passes.clauses import reported_clause

AVERAGE = parse('An average of polls shows Ruiz with a lead.', '''
    An       DET   DT   det    1
    average  NOUN  NN   nsubj  4
    of       ADP   IN   prep   1
    polls    NOUN  NNS  pobj   2   poll
    shows    VERB  VBZ  ROOT   4   show
    Ruiz     PROPN NNP  dobj   4
    with     ADP   IN   prep   4
    a        DET   DT   det    8
    lead     NOUN  NN   pobj   6
    .        PUNCT .    punct  4
''')

PARTICIPLE = parse('They cited a poll showing Ruiz with a lead.', '''
    They     PRON  PRP  nsubj  1
    cited    VERB  VBD  ROOT   1   cite
    a        DET   DT   det    3
    poll     NOUN  NN   dobj   1
    showing  VERB  VBG  acl    3   show
    Ruiz     PROPN NNP  dobj   4
    with     ADP   IN   prep   4
    a        DET   DT   det    8
    lead     NOUN  NN   pobj   6
    .        PUNCT .    punct  1
''')

AIDE = parse('An aide of the mayor showed reporters the door.', '''
    An         DET   DT   det     1
    aide       NOUN  NN   nsubj   5
    of         ADP   IN   prep    1
    the        DET   DT   det     4
    mayor      NOUN  NN   pobj    2
    showed     VERB  VBD  ROOT    5   show
    reporters  NOUN  NNS  dative  5   reporter
    the        DET   DT   det     8
    door       NOUN  NN   dobj    5
    .          PUNCT .    punct   5
''')


@pytest.mark.parametrize("doc, expected", [
    (AVERAGE, [("Ruiz with a lead", "cue-clause:conclude", "average")]),
    (PARTICIPLE, [("a poll showing Ruiz with a lead", "cue-clause:cite", "They"),
                  ("Ruiz with a lead", "cue-clause:conclude", "poll")]),
    (AIDE, []),
], ids=["of-sources", "participle-on-source", "no-source-none"])
def test_source_nouns(doc, expected):
    assert cue_claims(reported_clause, doc) == expected
