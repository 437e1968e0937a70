"""A source's measure on hand-built Docs ([cues.measure], requires = "source"): 'The poll
gave Ruiz a lead.' is the poll's finding, the measured one included ('Ruiz a lead'); a
person's 'gave a speech' is a deed, and a poll with no object measures nothing."""
from __future__ import annotations

import pytest
from hand_docs import claims, context, parse

from pipeline.attribution.filters import drop_reason

POLL_GAVE = parse('The new poll gave Ruiz a six-point lead in Ohio.', '''
    The     DET   DT   det      2
    new     ADJ   JJ   amod     2
    poll    NOUN  NN   nsubj    3
    gave    VERB  VBD  ROOT     3   give
    Ruiz    PROPN NNP  dative   3
    a       DET   DT   det      7
    six     NUM   CD   nummod   7
    -       PUNCT HYPH punct    8
    point   NOUN  NN   compound 9
    lead    NOUN  NN   dobj     3
    in      ADP   IN   prep     9
    Ohio    PROPN NNP  pobj     10
    .       PUNCT .    punct    3
''', ents=[("PERSON", 4, 5), ("GPE", 11, 12)])

SENATOR_GAVE = parse('The senator gave a long speech on the budget.', '''
    The      DET   DT   det    1
    senator  NOUN  NN   nsubj  2
    gave     VERB  VBD  ROOT   2   give
    a        DET   DT   det    5
    long     ADJ   JJ   amod   5
    speech   NOUN  NN   dobj   2
    on       ADP   IN   prep   5
    the      DET   DT   det    8
    budget   NOUN  NN   pobj   6
    .        PUNCT .    punct  2
''')

POLL_GIVEN = parse('The poll was given to voters in Ohio.', '''
    The     DET   DT   det        1
    poll    NOUN  NN   nsubjpass  3
    was     AUX   VBD  auxpass    3   be
    given   VERB  VBN  ROOT       3   give
    to      ADP   IN   prep       3
    voters  NOUN  NNS  pobj       4   voter
    in      ADP   IN   prep       5
    Ohio    PROPN NNP  pobj       6
    .       PUNCT .    punct      3
''', ents=[("GPE", 7, 8)])


@pytest.mark.parametrize("doc, cues", [
    (POLL_GAVE, ["gave"]), (SENATOR_GAVE, []), (POLL_GIVEN, []),
], ids=["poll-cue", "person-no-cue", "no-object-no-cue"])
def test_source_subject_gate(doc, cues):
    """A verb of a requires = "source" group is a cue only as a source's finding."""
    ctx = context(doc)
    assert [c.text for c in ctx.cues.values()] == cues
    assert all(drop_reason(ctx, c) is None for c in ctx.cues.values())


@pytest.mark.parametrize("doc, expected", [
    (POLL_GAVE, [("Ruiz a six-point lead in Ohio", "cue-clause:measure", "new poll")]),
    (SENATOR_GAVE, []),
    (POLL_GIVEN, []),
], ids=["poll-gave", "senator-gave-nothing", "poll-given-nothing"])
def test_source_measure(doc, expected):
    assert claims(doc) == expected
