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

# the parser hung "adding" inside the reported clause; its speaker (Lee) stands outside
# it, so the clause ends before "adding"
ADDING = parse('Lee said talks failed, adding that they would resume.', '''
    Lee     PROPN NNP  nsubj     1
    said    VERB  VBD  ROOT      1   say
    talks   NOUN  NNS  nsubj     3   talk
    failed  VERB  VBD  ccomp     1   fail
    ,       PUNCT ,    punct     3
    adding  VERB  VBG  advcl     3   add
    that    SCONJ IN   mark      9
    they    PRON  PRP  nsubj     9
    would   AUX   MD   aux       9
    resume  VERB  VB   ccomp     5
    .       PUNCT .    punct     1
''', ents=[("PERSON", 0, 1)])

# "A said X, and B described Y" with B's report hung inside A's clause: A's claim ends
# before B
COORDINATED = parse('Lee said talks failed, and Kim described the plan as a mistake.', '''
    Lee        PROPN NNP  nsubj     1
    said       VERB  VBD  ROOT      1   say
    talks      NOUN  NNS  nsubj     3   talk
    failed     VERB  VBD  ccomp     1   fail
    ,          PUNCT ,    punct     3
    and        CCONJ CC   cc        3
    Kim        PROPN NNP  nsubj     7
    described  VERB  VBD  conj      3   describe
    the        DET   DT   det       9
    plan       NOUN  NN   dobj      7
    as         ADP   IN   prep      7
    a          DET   DT   det       12
    mistake    NOUN  NN   pobj      10
    .          PUNCT .    punct     1
''', ents=[("PERSON", 0, 1), ("PERSON", 6, 7)])


@pytest.mark.parametrize("doc, expected", [
    # "He said he expected ...": one claim, the outer report's
    (SAME_SPEAKER, [("he expected talks to resume", "cue-clause:say", "Ann Lee")]),
    # "Kuo said Lai hoped ...": the principal's attitude is the claim
    (PRINCIPAL, [("talks would resume", "cue-clause:believe", "Bo Lai")]),
    (OWN_ACTION, []),
    (ADDING, [("talks failed", "cue-clause:say", "Lee"),
              ("they would resume", "cue-clause:add", "Lee")]),
    (COORDINATED, [("talks failed", "cue-clause:say", "Lee"),
                   ("the plan as a mistake", "cue-clause:characterize", "Kim")]),
], ids=["same-speaker", "principal-speaks", "own-action-none", "speaker-outside",
        "coordinated"])
def test_resolver(doc, expected):
    assert claims(doc) == expected


def test_own_action_filter_names_itself():
    ctx = context(OWN_ACTION)
    reasons = {ctx.cues[i].text: drop_reason(ctx, ctx.cues[i]) for i in ctx.cues}
    assert reasons == {"want": "own_action", "know": "own_action"}
