"""cue_sentence: 'Ann Lee agreed. "Voters are tired."' -- a speech verb with no content of
its own, then a quotation opening the next sentence.  Hand-built Docs."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

AGREED = parse('Ann Lee agreed. "Voters are tired."', '''
    Ann     PROPN NNP  compound  1
    Lee     PROPN NNP  nsubj     2
    agreed  VERB  VBD  ROOT      2   agree
    .       PUNCT .    punct     2
    "       PUNCT ``   punct     6
    Voters  NOUN  NNS  nsubj     6   voter
    are     AUX   VBP  ROOT      6   be
    tired   ADJ   JJ   acomp     6
    .       PUNCT .    punct     6
    "       PUNCT ''   punct     6
''', ents=[("PERSON", 0, 2)])

# the report has its own content (an infinitive): the quotation is not its content
AGREED_TO = parse('Ann Lee agreed to wait. "Voters are tired."', '''
    Ann     PROPN NNP  compound  1
    Lee     PROPN NNP  nsubj     2
    agreed  VERB  VBD  ROOT      2   agree
    to      PART  TO   aux       4
    wait    VERB  VB   xcomp     2
    .       PUNCT .    punct     2
    "       PUNCT ``   punct     8
    Voters  NOUN  NNS  nsubj     8   voter
    are     AUX   VBP  ROOT      8   be
    tired   ADJ   JJ   acomp     8
    .       PUNCT .    punct     8
    "       PUNCT ''   punct     8
''', ents=[("PERSON", 0, 2)])

# the next paragraph is the quotation alone: it is the report's content
NEXT_PARAGRAPH = parse('Ann Lee agreed.\n"Voters are tired."', '''
    Ann     PROPN NNP  compound  1
    Lee     PROPN NNP  nsubj     2
    agreed  VERB  VBD  ROOT      2   agree
    .       PUNCT .    punct     2
    ¶       SPACE _SP  dep       3
    "       PUNCT ``   punct     7
    Voters  NOUN  NNS  nsubj     7   voter
    are     AUX   VBP  ROOT      7   be
    tired   ADJ   JJ   acomp     7
    .       PUNCT .    punct     7
    "       PUNCT ''   punct     7
''', ents=[("PERSON", 0, 2)])


# ... but not a quoted term inside a sentence of the next paragraph
NEXT_PARAGRAPH_TERM = parse('Ann Lee praised the plan.\n"The plan" passed on Monday.', '''
    Ann      PROPN NNP  compound  1
    Lee      PROPN NNP  nsubj     2
    praised  VERB  VBD  ROOT      2   praise
    the      DET   DT   det       4
    plan     NOUN  NN   dobj      2
    .        PUNCT .    punct     2
    ¶        SPACE _SP  dep       5
    "        PUNCT ``   punct     9
    The      DET   DT   det       9
    plan     NOUN  NN   nsubj     11
    "        PUNCT ''   punct     9
    passed   VERB  VBD  ROOT      11  pass
    on       ADP   IN   prep      11
    Monday   PROPN NNP  pobj      12
    .        PUNCT .    punct     11
''', ents=[("PERSON", 0, 2)])


@pytest.mark.parametrize("doc, expected", [
    (AGREED, [("Voters are tired.", "cue-sentence-quote", "Ann Lee")]),
    (AGREED_TO, []),
    (NEXT_PARAGRAPH, [("Voters are tired.", "cue-sentence-quote", "Ann Lee")]),
    (NEXT_PARAGRAPH_TERM, []),
], ids=["agreed-then-quote", "agreed-to-none", "next-paragraph", "next-paragraph-term-none"])
def test_cue_sentence(doc, expected):
    assert claims(doc) == expected
