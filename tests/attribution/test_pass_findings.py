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


SURVEY_AFTER = parse('Tenants back the freeze, a survey finds.', '''
    Tenants  NOUN  NNS  nsubj  1   tenant
    back     VERB  VBP  ccomp  7
    the      DET   DT   det    3
    freeze   NOUN  NN   dobj   1
    ,        PUNCT ,    punct  7
    a        DET   DT   det    6
    survey   NOUN  NN   nsubj  7
    finds    VERB  VBZ  ROOT   7   find
    .        PUNCT .    punct  7
''')

FOUND_NO_COMMA = parse('What they back the survey finds.', '''
    What     PRON  WP   dobj   2
    they     PRON  PRP  nsubj  2
    back     VERB  VBP  ccomp  5
    the      DET   DT   det    4
    survey   NOUN  NN   nsubj  5
    finds    VERB  VBZ  ROOT   5   find
    .        PUNCT .    punct  5
''')


@pytest.mark.parametrize("doc, reason, expected", [
    (SURVEY_AFTER, None, [("Tenants back the freeze", "cue-clause:conclude", "survey")]),
    (FOUND_NO_COMMA, "no_question_clause", []),
], ids=["clause-comma-survey-finds", "clause-before-without-comma"])
def test_finding_after_its_clause(doc, reason, expected):
    """'CLAUSE, a survey finds': the clause before the cue, closed by a comma, is its
    content; a clause before it with no comma does not lift the clause requirement."""
    ctx = context(doc)
    (cue,) = ctx.cues.values()
    assert drop_reason(ctx, cue) == reason
    assert cue_claims(reported_clause, doc) == expected
