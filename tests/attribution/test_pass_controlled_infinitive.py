"""resolve.speaker_outside / _controlled_inside: a cue that is an infinitive completing a
verb whose subject stands inside an outer claim ('Reyes said she wanted to predict that
Lee would win') is part of that claim, not a report of the outer speaker's that cuts it
short ('she wanted' / 'Lee would win')."""
from __future__ import annotations

from hand_docs import claims, parse

INSIDE = parse('Reyes said she wanted to predict that Lee would win the vote.', '''
    Reyes    PROPN NNP  nsubj   1
    said     VERB  VBD  ROOT    1   say
    she      PRON  PRP  nsubj   3
    wanted   VERB  VBD  ccomp   1   want
    to       PART  TO   aux     5
    predict  VERB  VB   xcomp   3
    that     SCONJ IN   mark    9
    Lee      PROPN NNP  nsubj   9
    would    AUX   MD   aux     9
    win      VERB  VB   ccomp   5
    the      DET   DT   det     11
    vote     NOUN  NN   dobj    9
    .        PUNCT .    punct   1
''', ents=[("PERSON", 0, 1), ("PERSON", 7, 8)])


def test_controlled_infinitive_kept_inside():
    assert claims(INSIDE) == [("she wanted to predict that Lee would win the vote",
                               "cue-clause:say", "Reyes")]
