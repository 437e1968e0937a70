"""Cue rules on hand-built Docs: cue_then_quote, according_to, characterisation,
reported_clause (and the cue filters that keep a cue from reaching them)."""
from __future__ import annotations

import pytest
from hand_docs import context, cue_claims, parse

from pipeline.attribution.filters import drop_reason
from pipeline.attribution.passes.clauses import according_to, characterisation, reported_clause
from pipeline.attribution.passes.cue_then_quote import cue_then_quote

REPORTED = parse('The minister said talks would resume.', '''
    The       DET   DT   det       1
    minister  NOUN  NN   nsubj     2
    said      VERB  VBD  ROOT      2   say
    talks     NOUN  NNS  nsubj     5   talk
    would     AUX   MD   aux       5
    resume    VERB  VB   ccomp     2
    .         PUNCT .    punct     2
''')

COLON = parse('The minister said: "We will respond."', '''
    The       DET   DT   det       1
    minister  NOUN  NN   nsubj     2
    said      VERB  VBD  ROOT      2   say
    :         PUNCT :    punct     2
    "         PUNCT ``   punct     2
    We        PRON  PRP  nsubj     7
    will      AUX   MD   aux       7
    respond   VERB  VB   ccomp     2
    .         PUNCT .    punct     2
    "         PUNCT ''   punct     2
''')

ACCORDING = parse('Talks will resume, according to officials.', '''
    Talks      NOUN  NNS  nsubj     2   talk
    will       AUX   MD   aux       2
    resume     VERB  VB   ROOT      2
    ,          PUNCT ,    punct     2
    according  VERB  VBG  prep      2   accord
    to         ADP   IN   prep      4
    officials  NOUN  NNS  pobj      5   official
    .          PUNCT .    punct     2
''')

CALLED = parse('She called the ruling "a disgrace".', '''
    She       PRON  PRP  nsubj     1
    called    VERB  VBD  ROOT      1   call
    the       DET   DT   det       3
    ruling    NOUN  NN   dobj      1
    "         PUNCT ``   punct     6
    a         DET   DT   det       6
    disgrace  NOUN  NN   oprd      1
    "         PUNCT ''   punct     6
    .         PUNCT .    punct     1
''')

PRAISED = parse('She praised the team.', '''
    She      PRON  PRP  nsubj     1
    praised  VERB  VBD  ROOT      1   praise
    the      DET   DT   det       3
    team     NOUN  NN   dobj      1
    .        PUNCT .    punct     1
''')

NEGATED = parse('He did not say whether talks would resume.', '''
    He       PRON  PRP  nsubj     3
    did      AUX   VBD  aux       3   do
    not      PART  RB   neg       3
    say      VERB  VB   ROOT      3
    whether  SCONJ IN   mark      7
    talks    NOUN  NNS  nsubj     7   talk
    would    AUX   MD   aux       7
    resume   VERB  VB   ccomp     3
    .        PUNCT .    punct     3
''')

# the express cue matches the object's lemma: "regrets" (lemma regret) is enough
EXPRESSED = parse('Lee expressed regrets about the long delay.', '''
    Lee        PROPN NNP  nsubj     1
    expressed  VERB  VBD  ROOT      1   express
    regrets    NOUN  NNS  dobj      1   regret
    about      ADP   IN   prep      2
    the        DET   DT   det       6
    long       ADJ   JJ   amod      6
    delay      NOUN  NN   pobj      3
    .          PUNCT .    punct     1
''', ents=[("PERSON", 0, 1)])

THANKS = parse('Lee expressed thanks for the help.', '''
    Lee        PROPN NNP  nsubj     1
    expressed  VERB  VBD  ROOT      1   express
    thanks     NOUN  NNS  dobj      1   thank
    for        ADP   IN   prep      1
    the        DET   DT   det       5
    help       NOUN  NN   pobj      3
    .          PUNCT .    punct     1
''', ents=[("PERSON", 0, 1)])


@pytest.mark.parametrize("rule, doc, expected", [
    (reported_clause, REPORTED, [("talks would resume", "cue-clause:say", "minister")]),
    (reported_clause, ACCORDING, []),                  # according-to is not its construction
    (reported_clause, PRAISED, []),                    # a characterising verb: not either
    (cue_then_quote, COLON, [("We will respond.", "cue-before-quote", "minister")]),
    (cue_then_quote, REPORTED, []),                    # no quotation after the cue
    (according_to, ACCORDING, [("Talks will resume", "cue-clause:prepositional", "officials")]),
    (according_to, REPORTED, []),
    (characterisation, CALLED, [('the ruling "a disgrace"', "cue-clause:characterize", "She")]),
    (characterisation, PRAISED, []),                   # a deed, not a claim
    (reported_clause, EXPRESSED, [("about the long delay", "cue-clause:express", "Lee")]),
    (reported_clause, THANKS, []),                     # "thanks" is not an attitude noun
], ids=["clause", "clause-not-according", "clause-not-praise", "colon", "colon-none",
        "according", "according-none", "called", "praised-none", "express-plural",
        "express-other-noun-none"])
def test_cue_rules(rule, doc, expected):
    assert cue_claims(rule, doc) == expected


def test_negative_report_filter_says_why():
    ctx = context(NEGATED)
    (cue,) = ctx.cues.values()
    assert drop_reason(ctx, cue) == "negative_report"
    assert cue_claims(reported_clause, NEGATED) == []
