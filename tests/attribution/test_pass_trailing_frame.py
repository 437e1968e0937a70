"""A reported clause closed by a bare reporting frame ('..., Lee told reporters.', '...,
said Ann Lee, a lawyer.'): the clause before the comma is the content whatever the parser
hung the cue on (quotation marks inside the clause make it a conjunct); not when the cue
governs its own object or a clause follows it, and not where the parse already gives the
clause (reported_clause takes it).  A frame set off by commas inside the sentence ('...,
Lee said, and ...') gives two claims, the parts before and after it (mid_frame)."""
from __future__ import annotations

import pytest
from hand_docs import cue_claims, parse

from pipeline.attribution.passes.clauses import reported_clause
from pipeline.attribution.passes.mid_frame import mid_frame
from pipeline.attribution.passes.trailing_frame import trailing_frame

# the parser made 'told' a conjunct of 'want' and hung '"noise"' on it
CONJUNCT = parse('Voters want "answers" and "noise", Lee told reporters.', '''
    Voters    NOUN  NNS  nsubj  1   voter
    want      VERB  VBP  ROOT   1
    "         PUNCT ``   punct  1
    answers   NOUN  NNS  dobj   1   answer
    "         PUNCT ''   punct  1
    and       CCONJ CC   cc     1
    "         PUNCT ``   punct  7
    noise     NOUN  NN   advmod 10
    "         PUNCT ''   punct  10
    ,         PUNCT ,    punct  10
    Lee       PROPN NNP  nsubj  11
    told      VERB  VBD  conj   1   tell
    reporters NOUN  NNS  dobj   11  reporter
    .         PUNCT .    punct  11
''', ents=[("PERSON", 10, 11)])

# inverted frame with an apposition after the speaker; the clause a conjunct of 'said'
INVERTED = parse("Rents will rise again, said Ann Lee, a lawyer.", '''
    Rents   NOUN  NNS  nsubj  2   rent
    will    AUX   MD   aux    2
    rise    VERB  VB   ROOT   2
    again   ADV   RB   advmod 2
    ,       PUNCT ,    punct  2
    said    VERB  VBD  conj   2   say
    Ann     PROPN NNP  compound 7
    Lee     PROPN NNP  nsubj  5
    ,       PUNCT ,    punct  7
    a       DET   DT   det    10
    lawyer  NOUN  NN   appos  7
    .       PUNCT .    punct  5
''', ents=[("PERSON", 6, 8)])

# well parsed: the clause is the ccomp of 'said'
PARSED = parse("Rents will rise again, Lee said.", '''
    Rents   NOUN  NNS  nsubj  2   rent
    will    AUX   MD   aux    2
    rise    VERB  VB   ccomp  6
    again   ADV   RB   advmod 2
    ,       PUNCT ,    punct  6
    Lee     PROPN NNP  nsubj  6
    said    VERB  VBD  ROOT   6   say
    .       PUNCT .    punct  6
''', ents=[("PERSON", 5, 6)])

# the cue governs its own object: a deed, not a frame
OWN_OBJECT = parse("Rents will rise again, Lee told the board nothing.", '''
    Rents   NOUN  NNS  nsubj  2   rent
    will    AUX   MD   aux    2
    rise    VERB  VB   ROOT   2
    again   ADV   RB   advmod 2
    ,       PUNCT ,    punct  2
    Lee     PROPN NNP  nsubj  6
    told    VERB  VBD  conj   2   tell
    the     DET   DT   det    8
    board   NOUN  NN   dative 6
    nothing PRON  NN   dobj   6
    .       PUNCT .    punct  6
''', ents=[("PERSON", 5, 6)])

# a clause follows the cue: '..., Lee said in a note that ...' is no bare frame
CLAUSE_AFTER = parse("Rents will rise, Lee said, adding that wages lag.", '''
    Rents   NOUN  NNS  nsubj  2   rent
    will    AUX   MD   aux    2
    rise    VERB  VB   ROOT   2
    ,       PUNCT ,    punct  2
    Lee     PROPN NNP  nsubj  5
    said    VERB  VBD  conj   2   say
    ,       PUNCT ,    punct  5
    adding  VERB  VBG  advcl  5   add
    that    SCONJ IN   mark   10
    wages   NOUN  NNS  nsubj  10  wage
    lag     VERB  VBP  ccomp  7
    .       PUNCT .    punct  5
''', ents=[("PERSON", 4, 5)])


# a frame inside the sentence, the parser's 'said' a parataxis of the first part
MIDDLE = parse("Rents will rise, Lee said, and wages will lag.", '''
    Rents   NOUN  NNS  nsubj  2   rent
    will    AUX   MD   aux    2
    rise    VERB  VB   ROOT   2
    ,       PUNCT ,    punct  5
    Lee     PROPN NNP  nsubj  5
    said    VERB  VBD  parataxis 2 say
    ,       PUNCT ,    punct  2
    and     CCONJ CC   cc     2
    wages   NOUN  NNS  nsubj  10  wage
    will    AUX   MD   aux    10
    lag     VERB  VB   conj   2
    .       PUNCT .    punct  2
''', ents=[("PERSON", 4, 5)])

# the speaker's apposition after an inverted frame is no second part
APPOSITION = parse("Rents will rise, said Ann Lee, a lawyer who sued.", '''
    Rents   NOUN  NNS  nsubj  2   rent
    will    AUX   MD   aux    2
    rise    VERB  VB   ccomp  5
    ,       PUNCT ,    punct  5
    said    VERB  VBD  ROOT   5   say
    Ann     PROPN NNP  compound 6
    Lee     PROPN NNP  nsubj  5
    ,       PUNCT ,    punct  6
    a       DET   DT   det    9
    lawyer  NOUN  NN   appos  6
    who     PRON  WP   nsubj  11
    sued    VERB  VBD  relcl  9   sue
    .       PUNCT .    punct  5
''', ents=[("PERSON", 5, 7)])


@pytest.mark.parametrize("doc, expected", [
    (MIDDLE, [("Rents will rise", "mid-frame:say", "Lee"),
              ("and wages will lag", "mid-frame:say", "Lee")]),
    (CLAUSE_AFTER, []),
    (APPOSITION, []),
], ids=["two-parts", "participle-after-none", "apposition-after-none"])
def test_mid_frame(doc, expected):
    assert cue_claims(mid_frame, doc) == expected


@pytest.mark.parametrize("rule, doc, expected", [
    (trailing_frame, CONJUNCT, [('Voters want "answers" and "noise"', "trailing-frame:say", "Lee")]),
    (trailing_frame, INVERTED, [("Rents will rise again", "trailing-frame:say", "Lee")]),
    (trailing_frame, PARSED, []),
    (reported_clause, PARSED, [("Rents will rise again", "cue-clause:say", "Lee")]),
    (trailing_frame, OWN_OBJECT, []),
    (trailing_frame, CLAUSE_AFTER, []),
], ids=["conjunct-cue-mixed", "inverted-with-apposition", "parsed-left-to-reported-clause",
        "parsed-reported-clause", "own-object-no-frame", "clause-after-cue-no-frame"])
def test_trailing_frame(rule, doc, expected):
    assert cue_claims(rule, doc) == expected
