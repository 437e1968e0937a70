"""Aims on hand-built Docs ([cues.aim], requires = "infinitive"): 'The campaign plans to run
ads' -> 'to run ads', held by the campaign; nothing for an object ('planned a rally'), an
infinitive that is itself a cue ('sought to clarify': the report inside is the claim), or an
aim inside a noun's clause ('speculation that the mayor might seek to ...')."""
from __future__ import annotations

import pytest
from hand_docs import context, cue_claims, parse

from pipeline.attribution.filters import drop_reason
from pipeline.attribution.passes.clauses import reported_clause

PLANS_TO = parse('The campaign plans to run ads.', '''
    The       DET   DT   det    1
    campaign  NOUN  NN   nsubj  2
    plans     VERB  VBZ  ROOT   2   plan
    to        PART  TO   aux    4
    run       VERB  VB   xcomp  2
    ads       NOUN  NNS  dobj   4   ad
    .         PUNCT .    punct  2
''')

PLANNED_RALLY = parse('The campaign planned a rally.', '''
    The       DET   DT   det    1
    campaign  NOUN  NN   nsubj  2
    planned   VERB  VBD  ROOT   2   plan
    a         DET   DT   det    4
    rally     NOUN  NN   dobj   2
    .         PUNCT .    punct  2
''')

SOUGHT_TO_CLARIFY = parse('Rhodes sought to clarify the remark.', '''
    Rhodes   PROPN NNP  nsubj  1
    sought   VERB  VBD  ROOT   1   seek
    to       PART  TO   aux    3
    clarify  VERB  VB   xcomp  1
    the      DET   DT   det    5
    remark   NOUN  NN   dobj   3
    .        PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])

SPECULATION = parse('There is speculation that Lee might seek to delay the vote.', '''
    There        PRON  EX   expl   1
    is           VERB  VBZ  ROOT   1   be
    speculation  NOUN  NN   attr   1
    that         SCONJ IN   mark   6
    Lee          PROPN NNP  nsubj  6
    might        AUX   MD   aux    6
    seek         VERB  VB   acl    2
    to           PART  TO   aux    8
    delay        VERB  VB   xcomp  6
    the          DET   DT   det    10
    vote         NOUN  NN   dobj   8
    .            PUNCT .    punct  1
''', ents=[("PERSON", 4, 5)])


@pytest.mark.parametrize("doc, expected", [
    (PLANS_TO, [("to run ads", "cue-clause:aim", "campaign")]),
    (PLANNED_RALLY, []),
    (SOUGHT_TO_CLARIFY, [("the remark", "cue-clause:add", "Rhodes")]),
    (SPECULATION, []),
], ids=["plans-to", "planned-object-none", "sought-to-clarify-inner-cue", "speculation-none"])
def test_aims(doc, expected):
    assert cue_claims(reported_clause, doc) == expected


@pytest.mark.parametrize("doc, i", [(PLANNED_RALLY, 2), (SOUGHT_TO_CLARIFY, 1), (SPECULATION, 6)])
def test_dropped_by_the_infinitive_filter(doc, i):
    ctx = context(doc)
    assert drop_reason(ctx, ctx.cues[i]) == "no_infinitive"
