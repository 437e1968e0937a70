"""content._verb_content on hand-built Docs: a second "that" clause the parser coordinated
with the cue verb is part of the content ('said that A and that B'); a verb coordinated
with the cue without "that" is the speaker's next deed and stays out."""
from __future__ import annotations

import pytest
from hand_docs import cue_claims, parse

from pipeline.attribution.passes.clauses import reported_clause

SECOND_THAT = parse('She said that prices rose and that wages fell.', '''
    She     PRON  PRP  nsubj  1
    said    VERB  VBD  ROOT   1   say
    that    SCONJ IN   mark   4
    prices  NOUN  NNS  nsubj  4   price
    rose    VERB  VBD  ccomp  1   rise
    and     CCONJ CC   cc     1
    that    SCONJ IN   mark   8
    wages   NOUN  NNS  nsubj  8   wage
    fell    VERB  VBD  conj   1   fall
    .       PUNCT .    punct  1
''')

NEXT_DEED = parse('She said that prices rose and left the room.', '''
    She     PRON  PRP  nsubj  1
    said    VERB  VBD  ROOT   1   say
    that    SCONJ IN   mark   4
    prices  NOUN  NNS  nsubj  4   price
    rose    VERB  VBD  ccomp  1   rise
    and     CCONJ CC   cc     1
    left    VERB  VBD  conj   1   leave
    the     DET   DT   det    8
    room    NOUN  NN   dobj   6
    .       PUNCT .    punct  1
''')


@pytest.mark.parametrize("doc, expected", [
    (SECOND_THAT, "prices rose and that wages fell"),
    (NEXT_DEED, "prices rose"),
], ids=["second-that-clause-in", "coordinated-deed-out"])
def test_coordinated_with_cue(doc, expected):
    claims = [c for c, evidence, _ in cue_claims(reported_clause, doc) if evidence == "cue-clause:say"]
    assert claims == [expected]
