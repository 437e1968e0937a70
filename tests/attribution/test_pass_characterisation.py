"""A characterisation with a quoted complement is one mixed claim: the object and the
quoted words ('called the plan "a gift to polluters,"'), as PolNeAR and the seeds annotate
it; a quotation closed by a comma ends the claim before the writer's gloss
(passes.clauses.characterisation, _gloss_cut)."""
from __future__ import annotations

import pytest
from hand_docs import context, cue_claims, parse

from pipeline.attribution.passes.clauses import _gloss_cut, characterisation

GLOSS = parse('Brooks called the plan "a gift to polluters," a jab at her rival.', '''
    Brooks    PROPN NNP nsubj  1
    called    VERB  VBD ROOT   1   call
    the       DET   DT  det    3
    plan      NOUN  NN  dobj   1
    "         PUNCT ``  punct  3
    a         DET   DT  det    6
    gift      NOUN  NN  appos  3
    to        ADP   IN  prep   6
    polluters NOUN  NNS pobj   7   polluter
    ,         PUNCT ,   punct  1
    "         PUNCT ''  punct  1
    a         DET   DT  det    12
    jab       NOUN  NN  oprd   1
    at        ADP   IN  prep   12
    her       PRON  PRP$ poss  15
    rival     NOUN  NN  pobj   13
    .         PUNCT .   punct  1
''')

RUNS_ON = parse('Lee blamed the crash on "a reckless driver" rather than the road.', '''
    Lee      PROPN NNP nsubj  1
    blamed   VERB  VBD ROOT   1   blame
    the      DET   DT  det    3
    crash    NOUN  NN  dobj   1
    on       ADP   IN  prep   1
    "        PUNCT ``  punct  8
    a        DET   DT  det    8
    reckless ADJ   JJ  amod   8
    driver   NOUN  NN  pobj   4
    "        PUNCT ''  punct  8
    rather   ADV   RB  advmod 11
    than     ADP   IN  cc     8
    the      DET   DT  det    13
    road     NOUN  NN  conj   8
    .        PUNCT .   punct  1
''')

LISTED = parse('Ruiz called him "weak," and "a liar" at the rally.', '''
    Ruiz   PROPN NNP nsubj  1
    called VERB  VBD ROOT   1   call
    him    PRON  PRP dobj   1   he
    "      PUNCT ``  punct  1
    weak   ADJ   JJ  oprd   1
    ,      PUNCT ,   punct  1
    "      PUNCT ''  punct  1
    and    CCONJ CC  cc     1
    "      PUNCT ``  punct  10
    a      DET   DT  det    10
    liar   NOUN  NN  conj   1
    "      PUNCT ''  punct  10
    at     ADP   IN  prep   10
    the    DET   DT  det    14
    rally  NOUN  NN  pobj   12
    .      PUNCT .   punct  1
''')


@pytest.mark.parametrize("doc, start, expected", [
    (GLOSS, "the plan", 'the plan "a gift to polluters,"'),
    (RUNS_ON, "the crash", 'the crash on "a reckless driver" rather than the road'),
    (LISTED, "him", 'him "weak," and "a liar" at the rally'),
], ids=["gloss-after-comma-cut", "no-comma-kept", "coordinated-kept"])
def test_gloss_cut(doc, start, expected):
    ctx = context(doc)
    s, e = doc.text.index(start), doc.text.rindex(".")
    assert doc.text[s:_gloss_cut(ctx, s, e)] == expected


@pytest.mark.parametrize("doc, expected", [
    (GLOSS, [('the plan "a gift to polluters,"', "cue-clause:characterize", "Brooks")]),
    (RUNS_ON, [('the crash on "a reckless driver" rather than the road',
                "cue-clause:characterize", "Lee")]),
], ids=["called-object-and-quote", "blamed-on-quote"])
def test_characterisation_whole_clause(doc, expected):
    assert cue_claims(characterisation, doc) == expected
