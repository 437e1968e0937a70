"""Findings of a source in a bare frame on hand-built Docs: '..., records show.' where the
parser read 'show' as a noun with 'records' as its compound (cues._noun_finding), ', state
records show, ...' where it left the verb without the clause (filters.no_question_clause
lets a framed finding through: the frame passes take the words around it), and 'data' as a
source although the model lemmatises it 'datum' (cues._is_source).  A noun 'show' after a
word that is no source ('their talk show') is no cue."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

# '..., records show.': 'show' a noun, the root, 'records' its compound
NOUN_SHOW = parse('The firm paid the fee in 2009, records show.', '''
    The      DET   DT   det       1
    firm     NOUN  NN   nsubj     2
    paid     VERB  VBD  ccomp     9   pay
    the      DET   DT   det       4
    fee      NOUN  NN   dobj      2
    in       ADP   IN   prep      2
    2009     NUM   CD   pobj      5
    ,        PUNCT ,    punct     9
    records  NOUN  NNS  compound  9   record
    show     NOUN  NN   ROOT      9
    .        PUNCT .    punct     9
''')

# ', state records show, ...' inside the sentence: 'show' hung on the main verb as its subject
MID_SHOW = parse('During that year, state records show, the agency hired new staff.', '''
    During   ADP   IN   prep      10
    that     DET   DT   det       2
    year     NOUN  NN   pobj      0
    ,        PUNCT ,    punct     10
    state    NOUN  NN   compound  5
    records  NOUN  NNS  compound  6   record
    show     VERB  VBP  nsubj     10
    ,        PUNCT ,    punct     6
    the      DET   DT   det       9
    agency   NOUN  NN   nsubj     10
    hired    VERB  VBD  ROOT      10  hire
    new      ADJ   JJ   amod      12
    staff    NOUN  NN   dobj      10
    .        PUNCT .    punct     10
''')

DATA_SHOWED = parse('The data showed a sharp rise in prices.', '''
    The     DET   DT   det    1
    data    NOUN  NNS  nsubj  2   datum
    showed  VERB  VBD  ROOT   2   show
    a       DET   DT   det    5
    sharp   ADJ   JJ   amod   5
    rise    NOUN  NN   dobj   2
    in      ADP   IN   prep   5
    prices  NOUN  NNS  pobj   6   price
    .       PUNCT .    punct  2
''')

TALK_SHOW = parse('Their new talk show ended, a critic said.', '''
    Their   PRON  PRP$ poss      3
    new     ADJ   JJ   amod      3
    talk    NOUN  NN   compound  3
    show    NOUN  NN   nsubj     4
    ended   VERB  VBD  ccomp     8   end
    ,       PUNCT ,    punct     8
    a       DET   DT   det       7
    critic  NOUN  NN   nsubj     8
    said    VERB  VBD  ROOT      8   say
    .       PUNCT .    punct     8
''')


@pytest.mark.parametrize("doc, expected", [
    (NOUN_SHOW, [("The firm paid the fee in 2009", "records")]),
    (MID_SHOW, [("During that year", "state records"), ("the agency hired new staff",
                                                         "state records")]),
    (DATA_SHOWED, [("a sharp rise in prices", "data")]),
    (TALK_SHOW, [("Their new talk show ended", "a critic")]),
], ids=["noun-show-trailing", "verb-show-mid", "data-source", "talk-show-no-cue"])
def test_framed_findings(doc, expected):
    assert [(c, s) for c, _, s in claims(doc)] == expected
