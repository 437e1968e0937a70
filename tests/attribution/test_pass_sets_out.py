"""What a document sets out ([cues.sets_out], requires = "source"), on hand-built Docs:
'The ad contrasts her record with his.' is the ad's claim; 'The mayor provided details.'
(a person's deed) gives no cue at all."""
from __future__ import annotations

import pytest
from hand_docs import claims, context, parse

AD = parse('The new ad contrasts her record with his record.', '''
    The        DET   DT   det      2
    new        ADJ   JJ   amod     2
    ad         NOUN  NN   nsubj    3
    contrasts  VERB  VBZ  ROOT     3   contrast
    her        PRON  PRP$ poss     5
    record     NOUN  NN   dobj     3
    with       ADP   IN   prep     3
    his        PRON  PRP$ poss     8
    record     NOUN  NN   pobj     6
    .          PUNCT .    punct    3
''')

MAYOR = parse('The mayor provided details of the plan.', '''
    The       DET   DT   det    1
    mayor     NOUN  NN   nsubj  2
    provided  VERB  VBD  ROOT   2   provide
    details   NOUN  NNS  dobj   2   detail
    of        ADP   IN   prep   3
    the       DET   DT   det    6
    plan      NOUN  NN   pobj   4
    .         PUNCT .    punct  2
''')


@pytest.mark.parametrize("doc, cues, expected", [
    (AD, ["contrasts"], [("her record with his record", "cue-clause:sets_out", "new ad")]),
    (MAYOR, [], []),
], ids=["ad-contrasts", "mayor-provided-nothing"])
def test_sets_out(doc, cues, expected):
    assert [c.text for c in context(doc).cues.values()] == cues
    assert claims(doc) == expected
