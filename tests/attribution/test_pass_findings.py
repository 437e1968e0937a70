"""Sources' findings and 'by saying' on hand-built Docs: what a poll or study shows may be
an object ('The poll showed Ruiz with a lead.'); 'ended the debate by saying X' is said by
the subject of 'ended'."""
from __future__ import annotations

import pytest
from hand_docs import context, cue_claims, parse

from pipeline.attribution.filters import drop_reason
from pipeline.attribution.passes.clauses import reported_clause

POLL = parse('The poll showed Ruiz with a lead.', '''
    The     DET   DT   det    1
    poll    NOUN  NN   nsubj  2
    showed  VERB  VBD  ROOT   2   show
    Ruiz    PROPN NNP  dobj   2
    with    ADP   IN   prep   2
    a       DET   DT   det    6
    lead    NOUN  NN   pobj   4
    .       PUNCT .    punct  2
''')

INSPECTORS = parse('The inspectors found the files.', '''
    The         DET   DT   det    1
    inspectors  NOUN  NNS  nsubj  2   inspector
    found       VERB  VBD  ROOT   2   find
    the         DET   DT   det    4
    files       NOUN  NNS  dobj   2   file
    .           PUNCT .    punct  2
''')

BY_SAYING = parse('She ended the debate by saying talks failed.', '''
    She      PRON  PRP  nsubj  1
    ended    VERB  VBD  ROOT   1   end
    the      DET   DT   det    3
    debate   NOUN  NN   dobj   1
    by       ADP   IN   prep   1
    saying   VERB  VBG  pcomp  4   say
    talks    NOUN  NNS  nsubj  7   talk
    failed   VERB  VBD  ccomp  5   fail
    .        PUNCT .    punct  1
''')


@pytest.mark.parametrize("doc, reason", [(POLL, None), (INSPECTORS, "no_question_clause")],
                         ids=["source-object-kept", "person-object-dropped"])
def test_source_finding_filter(doc, reason):
    ctx = context(doc)
    (cue,) = ctx.cues.values()
    assert drop_reason(ctx, cue) == reason


@pytest.mark.parametrize("doc, expected", [
    (POLL, [("Ruiz with a lead", "cue-clause:conclude", "poll")]),
    (INSPECTORS, []),
    (BY_SAYING, [("talks failed", "cue-clause:say", "She")]),
], ids=["poll-showed", "inspectors-found-nothing", "by-saying"])
def test_findings_and_by_saying(doc, expected):
    assert cue_claims(reported_clause, doc) == expected
