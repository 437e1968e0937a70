"""The overlap resolver and the cue filters, on hand-built Docs."""
from __future__ import annotations

import pytest
from hand_docs import claims, context, parse

from pipeline.attribution.filters import drop_reason

SAME_SPEAKER = parse('Ann Lee said he expected talks to resume.', '''
    Ann       PROPN NNP  compound  1
    Lee       PROPN NNP  nsubj     2
    said      VERB  VBD  ROOT      2   say
    he        PRON  PRP  nsubj     4
    expected  VERB  VBD  ccomp     2   expect
    talks     NOUN  NNS  dobj      4   talk
    to        PART  TO   aux       7
    resume    VERB  VB   acl       5
    .         PUNCT .    punct     2
''', ents=[("PERSON", 0, 2)])

PRINCIPAL = parse('Ann Kuo said Bo Lai hoped talks would resume.', '''
    Ann     PROPN NNP  compound  1
    Kuo     PROPN NNP  nsubj     2
    said    VERB  VBD  ROOT      2   say
    Bo      PROPN NNP  compound  4
    Lai     PROPN NNP  nsubj     5
    hoped   VERB  VBD  ccomp     2   hope
    talks   NOUN  NNS  nsubj     8   talk
    would   AUX   MD   aux       8
    resume  VERB  VB   ccomp     5
    .       PUNCT .    punct     2
''', ents=[("PERSON", 0, 2), ("PERSON", 3, 5)])

OWN_ACTION = parse('Investors want to know how talks went.', '''
    Investors  NOUN  NNS  nsubj     1   investor
    want       VERB  VBP  ROOT      1
    to         PART  TO   aux       3
    know       VERB  VB   xcomp     1
    how        SCONJ WRB  advmod    6
    talks      NOUN  NNS  nsubj     6   talk
    went       VERB  VBD  ccomp     3   go
    .          PUNCT .    punct     1
''')


@pytest.mark.parametrize("doc, expected", [
    # "He said he expected ...": one claim, the outer report's
    (SAME_SPEAKER, [("he expected talks to resume", "cue-clause:say", "Ann Lee")]),
    # "Kuo said Lai hoped ...": the principal's attitude is the claim
    (PRINCIPAL, [("talks would resume", "cue-clause:believe", "Bo Lai")]),
    (OWN_ACTION, []),
], ids=["same-speaker", "principal-speaks", "own-action-none"])
def test_resolver(doc, expected):
    assert claims(doc) == expected


def test_own_action_filter_names_itself():
    ctx = context(OWN_ACTION)
    reasons = {ctx.cues[i].text: drop_reason(ctx, ctx.cues[i]) for i in ctx.cues}
    assert reasons == {"want": "own_action"}
