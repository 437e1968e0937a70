"""Knowledge and assurances on hand-built Docs: 'Lopez knows the vote will fail' is a claim
of the knower ([cues.know], requires = "clause"); 'Lee assured supporters that the review
would end' a claim of the one who assures, the addressee left out ([cues.assure]); 'I know
the way' and 'The song reminded her of home' take an object, no clause: nothing."""
from __future__ import annotations

import pytest
from hand_docs import context, cue_claims, parse

from pipeline.attribution.filters import drop_reason
from pipeline.attribution.passes.clauses import reported_clause

KNOWS = parse('Lopez knows the vote will fail.', '''
    Lopez  PROPN NNP  nsubj  1
    knows  VERB  VBZ  ROOT   1   know
    the    DET   DT   det    3
    vote   NOUN  NN   nsubj  5
    will   AUX   MD   aux    5
    fail   VERB  VB   ccomp  1
    .      PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])

KNOW_WAY = parse('Lopez knows the way.', '''
    Lopez  PROPN NNP  nsubj  1
    knows  VERB  VBZ  ROOT   1   know
    the    DET   DT   det    3
    way    NOUN  NN   dobj   1
    .      PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])

ASSURED = parse('Lee assured supporters that the review would end.', '''
    Lee        PROPN NNP  nsubj  1
    assured    VERB  VBD  ROOT   1   assure
    supporters NOUN  NNS  dobj   1   supporter
    that       SCONJ IN   mark   7
    the        DET   DT   det    5
    review     NOUN  NN   nsubj  7
    would      AUX   MD   aux    7
    end        VERB  VB   ccomp  1
    .          PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])

REMINDED_OF = parse('The song reminded her of home.', '''
    The       DET   DT   det    1
    song      NOUN  NN   nsubj  2
    reminded  VERB  VBD  ROOT   2   remind
    her       PRON  PRP  dobj   2
    of        ADP   IN   prep   2
    home      NOUN  NN   pobj   4
    .         PUNCT .    punct  2
''')


@pytest.mark.parametrize("doc, expected", [
    (KNOWS, [("the vote will fail", "cue-clause:know", "Lopez")]),
    (KNOW_WAY, []),
    (ASSURED, [("the review would end", "cue-clause:assure", "Lee")]),
    (REMINDED_OF, []),
], ids=["knows-clause", "knows-object-none", "assured-addressee-that", "reminded-of-none"])
def test_knowledge_assurance(doc, expected):
    assert cue_claims(reported_clause, doc) == expected


def test_object_is_dropped_by_the_clause_filter():
    ctx = context(KNOW_WAY)
    assert drop_reason(ctx, ctx.cues[1]) == "no_question_clause"
