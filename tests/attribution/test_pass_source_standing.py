"""A source's standing with a predicate on hand-built Docs ([cues.measure] predicate_verbs):
'The poll has Lee leading Ruiz 45 percent to 43.' is the poll's finding (the parser hangs
the participle on a name inside the figure); 'The poll has a sampling error of four
points.' (a plain object) and a person's 'has Lee leading' measure nothing."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse


def has_leading(subject: str):
    """'The <subject> has Lee leading Ruiz 45 percent to 43 percent.', as the parser hangs it:
    the participle on a name inside the figure."""
    return parse(f'The {subject} has Lee leading Ruiz 45 percent to 43 percent.', f'''
    The      DET   DT   det      1
    {subject:<8} NOUN  NN   nsubj    2
    has      VERB  VBZ  ROOT     2   have
    Lee      PROPN NNP  nmod     5
    leading  VERB  VBG  amod     5   lead
    Ruiz     PROPN NNP  nmod     7
    45       NUM   CD   nummod   7
    percent  NOUN  NN   dobj     2
    to       ADP   IN   prep     7
    43       NUM   CD   nummod   10
    percent  NOUN  NN   pobj     8
    .        PUNCT .    punct    2
''', ents=[("PERSON", 3, 4), ("PERSON", 5, 6)])


POLL_HAS = has_leading("poll")
COACH_HAS = has_leading("coach")

POLL_MARGIN = parse('The poll has a sampling error of four points.', '''
    The       DET   DT   det       1
    poll      NOUN  NN   nsubj     2
    has       VERB  VBZ  ROOT      2   have
    a         DET   DT   det       5
    sampling  NOUN  NN   compound  5
    error     NOUN  NN   dobj      2
    of        ADP   IN   prep      5
    four      NUM   CD   nummod    8
    points    NOUN  NNS  pobj      6   point
    .         PUNCT .    punct     2
''')


@pytest.mark.parametrize("doc, expected", [
    (POLL_HAS, [("Lee leading Ruiz 45 percent to 43 percent", "cue-clause:measure", "poll")]),
    (POLL_MARGIN, []),
    (COACH_HAS, []),
], ids=["poll-has-leading", "sampling-error-nothing", "person-has-nothing"])
def test_source_standing(doc, expected):
    assert claims(doc) == expected
