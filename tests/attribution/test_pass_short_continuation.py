"""short_continuation on hand-built Docs: a quotation below min_quote_words that is a
sentence of its own right after a direct quote's frame goes on with that speaker; a quoted
term opening a sentence, one after an indirect report, or one after another clause with a
verb of its own does not."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse


def _doc(after: str, rows: str):
    """'"It was a bad night," Lee said.' + `after` (rows of the tokens after the full stop)."""
    return parse('"It was a bad night," Lee said. ' + after, '''
        "      PUNCT ``   punct     2
        It     PRON  PRP  nsubj     2
        was    AUX   VBD  ccomp     8   be
        a      DET   DT   det       5
        bad    ADJ   JJ   amod      5
        night  NOUN  NN   attr      2
        ,      PUNCT ,    punct     2
        "      PUNCT ''   punct     8
        Lee    PROPN NNP  nsubj     9
        said   VERB  VBD  ROOT      9   say
        .      PUNCT .    punct     9
    ''' + rows, ents=[("PERSON", 8, 9)])


SHORT = _doc('"We lost."', '''
    "      PUNCT ``   punct     13
    We     PRON  PRP  nsubj     13
    lost   VERB  VBD  ROOT      13  lose
    .      PUNCT .    punct     13
    "      PUNCT ''   punct     13
''')

ONE_WORD = _doc('"Terrible."', '''
    "         PUNCT ``   punct     12
    Terrible  ADJ   JJ   ROOT      12
    .         PUNCT .    punct     12
    "         PUNCT ''   punct     12
''')

# a quoted term opening a sentence that goes on: no sentence of its own
TERM = _doc('"Dump Lee" signs were up.', '''
    "      PUNCT ``   punct     13
    Dump   PROPN NNP  compound  13
    Lee    PROPN NNP  compound  15
    "      PUNCT ''   punct     15
    signs  NOUN  NNS  nsubj     16  sign
    were   AUX   VBD  ROOT      16  be
    up     ADV   RB   advmod    16
    .      PUNCT .    punct     16
''')

# another clause with its own verb between the frame and the quotation
CUT_IN = parse('"It was a bad night," Lee said, and Ann cut in. "No."', '''
    "      PUNCT ``   punct     2
    It     PRON  PRP  nsubj     2
    was    AUX   VBD  ccomp     9   be
    a      DET   DT   det       5
    bad    ADJ   JJ   amod      5
    night  NOUN  NN   attr      2
    ,      PUNCT ,    punct     2
    "      PUNCT ''   punct     9
    Lee    PROPN NNP  nsubj     9
    said   VERB  VBD  ROOT      9   say
    ,      PUNCT ,    punct     9
    and    CCONJ CC   cc        9
    Ann    PROPN NNP  nsubj     13
    cut    VERB  VBD  conj      9
    in     ADP   RP   prt       13
    .      PUNCT .    punct     9
    "      PUNCT ``   punct     17
    No     INTJ  UH   ROOT      17  no
    .      PUNCT .    punct     17
    "      PUNCT ''   punct     17
''', ents=[("PERSON", 8, 9), ("PERSON", 12, 13)])


@pytest.mark.parametrize("doc, expected", [
    (SHORT, [("It was a bad night,", "quote-before-cue", "Lee"),
             ("We lost.", "continuation", "Lee")]),
    (ONE_WORD, [("It was a bad night,", "quote-before-cue", "Lee"),
                ("Terrible.", "continuation", "Lee")]),
    (TERM, [("It was a bad night,", "quote-before-cue", "Lee")]),
    (CUT_IN, [("It was a bad night,", "quote-before-cue", "Lee")]),
], ids=["two-words", "one-word", "quoted-term-none", "other-clause-between-none"])
def test_short_continuation(doc, expected):
    assert claims(doc) == expected
