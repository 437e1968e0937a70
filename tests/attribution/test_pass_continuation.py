"""continuation across paragraphs, on hand-built Docs: a paragraph that is one quotation
continues the speaker of the paragraph before (quoted, or reported and then quoted)."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

QUOTE_PARAGRAPH = parse('Lee said: "We are ready."\n"We will win."', '''
    Lee    PROPN NNP  nsubj     1
    said   VERB  VBD  ROOT      1   say
    :      PUNCT :    punct     1
    "      PUNCT ``   punct     1
    We     PRON  PRP  nsubj     5
    are    AUX   VBP  ccomp     1   be
    ready  ADJ   JJ   acomp     5
    .      PUNCT .    punct     1
    "      PUNCT ''   punct     1
    ¶      SPACE _SP  dep       8
    "      PUNCT ``   punct     13
    We     PRON  PRP  nsubj     13
    will   AUX   MD   aux       13
    win    VERB  VB   ROOT      13
    .      PUNCT .    punct     13
    "      PUNCT ''   punct     13
''', ents=[("PERSON", 0, 1)])

REPORTED = parse('Mayor Ann Lee said the city would recover.\n"We will win."', '''
    Mayor   PROPN NNP  compound  2
    Ann     PROPN NNP  compound  2
    Lee     PROPN NNP  nsubj     3
    said    VERB  VBD  ROOT      3   say
    the     DET   DT   det       5
    city    NOUN  NN   nsubj     7
    would   AUX   MD   aux       7
    recover VERB  VB   ccomp     3
    .       PUNCT .    punct     3
    ¶       SPACE _SP  dep       8
    "       PUNCT ``   punct     13
    We      PRON  PRP  nsubj     13
    will    AUX   MD   aux       13
    win     VERB  VB   ROOT      13
    .       PUNCT .    punct     13
    "       PUNCT ''   punct     13
''', ents=[("PERSON", 1, 3)])

# the quotation is not the whole paragraph: nothing carries the report on
NOT_WHOLE = parse('Mayor Ann Lee said the city would recover.\n"We will win." Fans cheered.', '''
    Mayor    PROPN NNP  compound  2
    Ann      PROPN NNP  compound  2
    Lee      PROPN NNP  nsubj     3
    said     VERB  VBD  ROOT      3   say
    the      DET   DT   det       5
    city     NOUN  NN   nsubj     7
    would    AUX   MD   aux       7
    recover  VERB  VB   ccomp     3
    .        PUNCT .    punct     3
    ¶        SPACE _SP  dep       8
    "        PUNCT ``   punct     13
    We       PRON  PRP  nsubj     13
    will     AUX   MD   aux       13
    win      VERB  VB   ROOT      13
    .        PUNCT .    punct     13
    "        PUNCT ''   punct     13
    Fans     NOUN  NNS  nsubj     17  fan
    cheered  VERB  VBD  ROOT      17  cheer
    .        PUNCT .    punct     17
''', ents=[("PERSON", 1, 3)])

# another cue inside the report ("appeal" is an urge-cue): relayed, not carried on
RELAYED = parse('Mayor Ann Lee said the city would appeal.\n"We will win."', '''
    Mayor   PROPN NNP  compound  2
    Ann     PROPN NNP  compound  2
    Lee     PROPN NNP  nsubj     3
    said    VERB  VBD  ROOT      3   say
    the     DET   DT   det       5
    city    NOUN  NN   nsubj     7
    would   AUX   MD   aux       7
    appeal  VERB  VB   ccomp     3
    .       PUNCT .    punct     3
    ¶       SPACE _SP  dep       8
    "       PUNCT ``   punct     13
    We      PRON  PRP  nsubj     13
    will    AUX   MD   aux       13
    win     VERB  VB   ROOT      13
    .       PUNCT .    punct     13
    "       PUNCT ''   punct     13
''', ents=[("PERSON", 1, 3)])


@pytest.mark.parametrize("doc, expected", [
    (QUOTE_PARAGRAPH, [("We are ready.", "cue-before-quote", "Lee"),
                       ("We will win.", "continuation-paragraph", "Lee")]),
    (REPORTED, [("the city would recover", "cue-clause:say", "Ann Lee"),
                ("We will win.", "continuation-paragraph", "Ann Lee")]),
    (NOT_WHOLE, [("the city would recover", "cue-clause:say", "Ann Lee")]),
    (RELAYED, [("the city would appeal", "cue-clause:say", "Ann Lee")]),
], ids=["after-quote-paragraph", "after-indirect-report", "not-whole-paragraph-none",
        "relayed-none"])
def test_continuation_paragraph(doc, expected):
    assert claims(doc) == expected
