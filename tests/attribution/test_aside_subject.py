"""speaker_head: 'Ann Lee, noting the cost, said, "..."' -- the subject the parser hung on
the participle set off before the verb is the speaker (not the participle's object).
Hand-built Docs."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

# the parser made the participle the root and "said" its parataxis
PARATAXIS = parse('Ann Lee, noting the cost, said, "We cannot pay."', '''
    Ann     PROPN NNP  compound   1
    Lee     PROPN NNP  nsubj      3
    ,       PUNCT ,    punct      1
    noting  VERB  VBG  ROOT       3   note
    the     DET   DT   det        5
    cost    NOUN  NN   dobj       3
    ,       PUNCT ,    punct      3
    said    VERB  VBD  parataxis  3   say
    ,       PUNCT ,    punct      7
    "       PUNCT ``   punct      7
    We      PRON  PRP  nsubj      13
    can     AUX   MD   aux        13
    not     PART  RB   neg        13
    pay     VERB  VB   ccomp      7
    .       PUNCT .    punct      7
    "       PUNCT ''   punct      7
''', ents=[("PERSON", 0, 2)])

# a participle opening the sentence: the verb's own subject speaks
OWN_SUBJECT = parse('Noting the cost, the mayor said, "We cannot pay."', '''
    Noting  VERB  VBG  advcl  6   note
    the     DET   DT   det    2
    cost    NOUN  NN   dobj   0
    ,       PUNCT ,    punct  6
    the     DET   DT   det    5
    mayor   NOUN  NN   nsubj  6
    said    VERB  VBD  ROOT   6   say
    ,       PUNCT ,    punct  6
    "       PUNCT ``   punct  6
    We      PRON  PRP  nsubj  12
    can     AUX   MD   aux    12
    not     PART  RB   neg    12
    pay     VERB  VB   ccomp  6
    .       PUNCT .    punct  6
    "       PUNCT ''   punct  6
''')


@pytest.mark.parametrize("doc, speaker", [
    (PARATAXIS, "Ann Lee"), (OWN_SUBJECT, "a mayor"),
], ids=["participle-aside-subject", "own-subject"])
def test_quotation_speaker(doc, speaker):
    assert [(c, s) for c, _, s in claims(doc) if c == "We cannot pay."] == [("We cannot pay.", speaker)]
