"""content.cut_trailing_aside on hand-built Docs: a hyphen standing free between spaces is a
dash, so a closing apposition after it is the writer's gloss and is cut off the reported
clause as after a comma or an em dash."""
from __future__ import annotations

import pytest
from hand_docs import cue_claims, parse

from pipeline.attribution.passes.clauses import reported_clause

SPACED = parse('He said he backed the levy - a tax on imports.', '''
    He      PRON  PRP  nsubj  1
    said    VERB  VBD  ROOT   1   say
    he      PRON  PRP  nsubj  3
    backed  VERB  VBD  ccomp  1   back
    the     DET   DT   det    5
    levy    NOUN  NN   dobj   3
    -       PUNCT :    punct  5
    a       DET   DT   det    8
    tax     NOUN  NN   appos  5
    on      ADP   IN   prep   8
    imports NOUN  NNS  pobj   9   import
    .       PUNCT .    punct  1
''')

DOUBLE = parse('He said he backed the levy -- a tax on imports.', '''
    He      PRON  PRP  nsubj  1
    said    VERB  VBD  ROOT   1   say
    he      PRON  PRP  nsubj  3
    backed  VERB  VBD  ccomp  1   back
    the     DET   DT   det    5
    levy    NOUN  NN   dobj   3
    --      PUNCT :    punct  5
    a       DET   DT   det    8
    tax     NOUN  NN   appos  5
    on      ADP   IN   prep   8
    imports NOUN  NNS  pobj   9   import
    .       PUNCT .    punct  1
''')

@pytest.mark.parametrize("doc, expected", [
    (SPACED, "he backed the levy"),
    (DOUBLE, "he backed the levy"),
], ids=["spaced-hyphen-apposition-cut", "double-hyphen-apposition-cut"])
def test_hyphen_aside(doc, expected):
    claims = [c for c, evidence, _ in cue_claims(reported_clause, doc) if evidence == "cue-clause:say"]
    assert claims[0] == expected
