"""Mockery as judgement: 'X mocked / chided / scolded Y for Z' is X's claim, 'Y for Z' its
content, like 'criticized Y for Z' (the verbs moved from [cues.manner], where they only
framed quotations, to [cues.characterize]); 'mocked the crowd' (a person, no ground) is no
claim.  Hand-built Docs."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

MOCKED_FOR = parse("Senator Ruiz mocked the governor for praising the plan.", '''
    Senator    PROPN NNP  compound  1
    Ruiz       PROPN NNP  nsubj     2
    mocked     VERB  VBD  ROOT      2   mock
    the        DET   DT   det       4
    governor   NOUN  NN   dobj      2
    for        ADP   IN   prep      2
    praising   VERB  VBG  pcomp     5   praise
    the        DET   DT   det       8
    plan       NOUN  NN   dobj      6
    .          PUNCT .    punct     2
''', ents=[("PERSON", 1, 2)])

MOCKED_PERSON = parse("Senator Ruiz mocked the governor.", '''
    Senator    PROPN NNP  compound  1
    Ruiz       PROPN NNP  nsubj     2
    mocked     VERB  VBD  ROOT      2   mock
    the        DET   DT   det       4
    governor   NOUN  NN   dobj      2
    .          PUNCT .    punct     2
''', ents=[("PERSON", 1, 2)])


@pytest.mark.parametrize("doc, expected", [
    (MOCKED_FOR, [("the governor for praising the plan", "Ruiz")]),
    (MOCKED_PERSON, []),
], ids=["mocked-for", "mocked-person-none"])
def test_mock_grounds(doc, expected):
    assert [(c, s) for c, _, s in claims(doc)] == expected


# a for phrase of time is no ground ('criticized the plan for weeks')
FOR_WEEKS = parse("Critics criticized the plan for weeks.", '''
    Critics     NOUN  NNS  nsubj     1   critic
    criticized  VERB  VBD  ROOT      1   criticize
    the         DET   DT   det       3
    plan        NOUN  NN   dobj      1
    for         ADP   IN   prep      1
    weeks       NOUN  NNS  pobj      4   week
    .           PUNCT .    punct     1
''', ents=[("DATE", 5, 6)])


def test_time_is_no_ground():
    assert claims(FOR_WEEKS) == []
