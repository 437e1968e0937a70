"""Hopes with an infinitive on hand-built Docs: 'Reyes hoped to open the bridge, and jointly
help build the road' -> the two infinitives, held by Reyes (a bare infinitive the parser
coordinated with 'hoped' is the content's second part); nothing after a means phrase ('By
meeting the unions, Reyes hopes to end the strike': the purpose the writer reads into a
deed, [own_action] means_verbs / means_preps)."""
from __future__ import annotations

import pytest
from hand_docs import context, cue_claims, parse

from pipeline.attribution.filters import drop_reason
from pipeline.attribution.passes.clauses import reported_clause

HOPED_AND_HELP = parse('Reyes hoped to open the bridge, and jointly help build the road.', '''
    Reyes    PROPN NNP  nsubj  1
    hoped    VERB  VBD  ROOT   1   hope
    to       PART  TO   aux    3
    open     VERB  VB   xcomp  1
    the      DET   DT   det    5
    bridge   NOUN  NN   dobj   3
    ,        PUNCT ,    punct  3
    and      CCONJ CC   cc     1
    jointly  ADV   RB   advmod 9
    help     VERB  VB   conj   1
    build    VERB  VB   xcomp  9
    the      DET   DT   det    12
    road     NOUN  NN   dobj   10
    .        PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])

HOPED_AND_LEFT = parse('Reyes hoped to open the bridge, and left the town.', '''
    Reyes    PROPN NNP  nsubj  1
    hoped    VERB  VBD  ROOT   1   hope
    to       PART  TO   aux    3
    open     VERB  VB   xcomp  1
    the      DET   DT   det    5
    bridge   NOUN  NN   dobj   3
    ,        PUNCT ,    punct  3
    and      CCONJ CC   cc     1
    left     VERB  VBD  conj   1   leave
    the      DET   DT   det    10
    town     NOUN  NN   dobj   8
    .        PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])

BY_MEANS = parse('By meeting the unions, Reyes hopes to end the strike.', '''
    By       ADP   IN   prep   6
    meeting  VERB  VBG  pcomp  0   meet
    the      DET   DT   det    3
    unions   NOUN  NNS  dobj   1   union
    ,        PUNCT ,    punct  6
    Reyes    PROPN NNP  nsubj  6
    hopes    VERB  VBZ  ROOT   6   hop
    to       PART  TO   aux    8
    end      VERB  VB   xcomp  6
    the      DET   DT   det    10
    strike   NOUN  NN   dobj   8
    .        PUNCT .    punct  6
''', ents=[("PERSON", 5, 6)])


@pytest.mark.parametrize("doc, reason, expected", [
    (HOPED_AND_HELP, None,
     [("to open the bridge, and jointly help build the road", "cue-clause:believe", "Reyes")]),
    (HOPED_AND_LEFT, None, [("to open the bridge", "cue-clause:believe", "Reyes")]),
    (BY_MEANS, "own_action", []),
], ids=["infinitive-conjunct", "finite-conjunct-not-content", "by-means-none"])
def test_hope_infinitive(doc, reason, expected):
    ctx = context(doc)
    assert [drop_reason(ctx, c) for c in ctx.cues.values()] == [reason]
    assert cue_claims(reported_clause, doc) == expected
