"""Cue verbs the model lemmatises wrongly ([lemma_forms] in configs/cues.toml): 'hopes' comes
out as 'hop'; the word form mends it.  'hope' + an infinitive of one's own is the holder's
claim, as PolNeAR annotates it ('wish' + an infinitive is not: [own_action] any_infinitive);
'hope to see' (finding out, waiting) is none ([own_action] infinitives)."""
from __future__ import annotations

import pytest
from hand_docs import context, cue_claims, parse

from pipeline.attribution.filters import drop_reason
from pipeline.attribution.passes.clauses import reported_clause

HOPES_CLAUSE = parse('Mayor Reyes hopes the bridge will open soon.', '''
    Mayor   PROPN NNP  compound 1
    Reyes   PROPN NNP  nsubj    2
    hopes   VERB  VBZ  ROOT     2   hop
    the     DET   DT   det      4
    bridge  NOUN  NN   nsubj    6
    will    AUX   MD   aux      6
    open    VERB  VB   ccomp    2
    soon    ADV   RB   advmod   6
    .       PUNCT .    punct    2
''', ents=[("PERSON", 0, 2)])

HOPED_TO = parse('Mayor Reyes hoped to open the bridge.', '''
    Mayor   PROPN NNP  compound 1
    Reyes   PROPN NNP  nsubj    2
    hoped   VERB  VBD  ROOT     2   hop
    to      PART  TO   aux      4
    open    VERB  VB   xcomp    2
    the     DET   DT   det      6
    bridge  NOUN  NN   dobj     4
    .       PUNCT .    punct    2
''', ents=[("PERSON", 0, 2)])

HOPES_TO_SEE = parse('Mayor Reyes hopes to see the bridge.', '''
    Mayor   PROPN NNP  compound 1
    Reyes   PROPN NNP  nsubj    2
    hopes   VERB  VBZ  ROOT     2   hop
    to      PART  TO   aux      4
    see     VERB  VB   xcomp    2
    the     DET   DT   det      6
    bridge  NOUN  NN   dobj     4
    .       PUNCT .    punct    2
''', ents=[("PERSON", 0, 2)])

WISHES_TO = parse('Mayor Reyes wishes to open the bridge.', '''
    Mayor   PROPN NNP  compound 1
    Reyes   PROPN NNP  nsubj    2
    wishes  VERB  VBZ  ROOT     2   wish
    to      PART  TO   aux      4
    open    VERB  VB   xcomp    2
    the     DET   DT   det      6
    bridge  NOUN  NN   dobj     4
    .       PUNCT .    punct    2
''', ents=[("PERSON", 0, 2)])

HOPPED = parse('The rabbit hopped away.', '''
    The     DET   DT   det      1
    rabbit  NOUN  NN   nsubj    2
    hopped  VERB  VBD  ROOT     2   hop
    away    ADV   RB   advmod   2
    .       PUNCT .    punct    2
''')


@pytest.mark.parametrize("doc, cues, reason, expected", [
    (HOPES_CLAUSE, ["hopes"], None, [("the bridge will open soon", "cue-clause:believe", "Reyes")]),
    (HOPED_TO, ["hoped"], None, [("to open the bridge", "cue-clause:believe", "Reyes")]),
    (HOPES_TO_SEE, ["hopes", "see"], "own_action", []),
    (WISHES_TO, ["wishes"], "own_action", []),
    (HOPPED, [], None, []),
], ids=["hopes-clause", "hoped-to-claim", "hopes-to-see-none", "wishes-to-none", "hopped-no-cue"])
def test_lemma_forms(doc, cues, reason, expected):
    ctx = context(doc)
    assert [c.text for c in ctx.cues.values()] == cues
    assert all(drop_reason(ctx, c) == reason for c in ctx.cues.values())
    assert cue_claims(reported_clause, doc) == expected
