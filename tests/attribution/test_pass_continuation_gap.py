"""continuation._new_report on hand-built Docs: which cues between a claim and a following
quotation mean someone else speaks (and so stop the quotation continuing the claim)."""
from __future__ import annotations

import pytest
from hand_docs import context, parse

from pipeline.attribution.passes.continuation import _new_report

ASKING = parse('Lee said so, asking for time.', '''
    Lee     PROPN NNP  nsubj  1
    said    VERB  VBD  ROOT   1   say
    so      ADV   RB   advmod 1
    ,       PUNCT ,    punct  1
    asking  VERB  VBG  advcl  1   ask
    for     ADP   IN   prep   4
    time    NOUN  NN   pobj   5
    .       PUNCT .    punct  1
''')

WHO = parse('Lee, who replied quickly, left.', '''
    Lee      PROPN NNP  nsubj  6
    ,        PUNCT ,    punct  0
    who      PRON  WP   nsubj  3
    replied  VERB  VBD  relcl  0   reply
    quickly  ADV   RB   advmod 3
    ,        PUNCT ,    punct  0
    left     VERB  VBD  ROOT   6   leave
    .        PUNCT .    punct  6
''')


@pytest.mark.parametrize("doc, i, expected", [
    (ASKING, 1, True),      # "Lee said": a report with its own subject
    (ASKING, 4, False),     # ", asking for time": a participle, filtered (no question clause)
    (WHO, 3, False),        # "who replied": a relative clause goes on with the same speaker
], ids=["said-with-subject", "participle", "relative-clause"])
def test_new_report(doc, i, expected):
    assert _new_report(context(doc), i) is expected
