"""A clause of reason or a comparison the parser hung on the cue after the reported clause,
on hand-built Docs: 'Lee said the plan failed, because costs rose.' -> 'the plan failed,
because costs rose' ([content] reason_marks); 'Lee said turnout rose, compared with 2019.'
-> 'turnout rose, compared with 2019' ([content] comparison_preps); a time clause stays
out ('Lee said the plan failed, as aides left.' -> 'the plan failed')."""
from __future__ import annotations

import pytest
from hand_docs import cue_claims, parse

from pipeline.attribution.passes.clauses import reported_clause

BECAUSE = parse('Lee said the plan failed, because costs rose.', '''
    Lee      PROPN NNP  nsubj   1
    said     VERB  VBD  ROOT    1   say
    the      DET   DT   det     3
    plan     NOUN  NN   nsubj   4
    failed   VERB  VBD  ccomp   1   fail
    ,        PUNCT ,    punct   1
    because  SCONJ IN   mark    8
    costs    NOUN  NNS  nsubj   8   cost
    rose     VERB  VBD  advcl   1   rise
    .        PUNCT .    punct   1
''', ents=[("PERSON", 0, 1)])

COMPARED = parse('Lee said turnout rose, compared with 2019.', '''
    Lee       PROPN NNP  nsubj   1
    said      VERB  VBD  ROOT    1   say
    turnout   NOUN  NN   nsubj   3
    rose      VERB  VBD  ccomp   1   rise
    ,         PUNCT ,    punct   1
    compared  VERB  VBN  prep    1   compare
    with      ADP   IN   prep    5
    2019      NUM   CD   pobj    6
    .         PUNCT .    punct   1
''', ents=[("PERSON", 0, 1)])

AS_TIME = parse('Lee said the plan failed, as aides left.', '''
    Lee      PROPN NNP  nsubj   1
    said     VERB  VBD  ROOT    1   say
    the      DET   DT   det     3
    plan     NOUN  NN   nsubj   4
    failed   VERB  VBD  ccomp   1   fail
    ,        PUNCT ,    punct   1
    as       SCONJ IN   mark    8
    aides    NOUN  NNS  nsubj   8   aide
    left     VERB  VBD  advcl   1   leave
    .        PUNCT .    punct   1
''', ents=[("PERSON", 0, 1)])


@pytest.mark.parametrize("doc, expected", [
    (BECAUSE, [("the plan failed, because costs rose", "cue-clause:say", "Lee")]),
    (COMPARED, [("turnout rose, compared with 2019", "cue-clause:say", "Lee")]),
    (AS_TIME, [("the plan failed", "cue-clause:say", "Lee")]),
], ids=["because-on-cue", "compared-on-cue", "as-clause-stays-out"])
def test_reason_on_cue(doc, expected):
    assert cue_claims(reported_clause, doc) == expected
