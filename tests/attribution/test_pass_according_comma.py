"""'According to X, CLAUSE. NEXT, ...' with the comma hung on X (hand-built Doc): the
clause after the comma is X's claim; the search for the comma closing the phrase stops at
the sentence's full stop instead of running into the next sentence ('NEXT, ...')."""
from __future__ import annotations

from hand_docs import cue_claims, parse

from pipeline.attribution.passes.clauses import according_to

COMMA_ON_SOURCE = parse('According to Ann Lee, rates rose twice. Each time, prices fell.', '''
    According  VERB  VBG  prep    7   accord
    to         ADP   IN   prep    0
    Ann        PROPN NNP  compound 3
    Lee        PROPN NNP  pobj    1
    ,          PUNCT ,    punct   3
    rates      NOUN  NNS  nsubj   6   rate
    rose       VERB  VBD  ROOT    6   rise
    twice      ADV   RB   advmod  6
    .          PUNCT .    punct   6
    Each       DET   DT   det     10
    time       NOUN  NN   npadvmod 13
    ,          PUNCT ,    punct   13
    prices     NOUN  NNS  nsubj   13  price
    fell       VERB  VBD  ROOT    13  fall
    .          PUNCT .    punct   13
''', ents=[("PERSON", 2, 4)])


def test_comma_on_source():
    assert cue_claims(according_to, COMMA_ON_SOURCE) == [
        ("rates rose twice", "cue-clause:prepositional", "Lee")]
