"""resolve.reported_by_subject: a common noun phrase the resolver knows nothing about that
is the grammatical subject of a speech verb reporting a clause is the claim's speaker (an
anonymous descriptor); an implicit subject ('efforts to counter ...') or an object content
('the search revealed no weapon') gives nothing."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

# 'The magazine said the winner has predicted the outcome.'
SUBJECT = parse('The magazine said the winner has predicted the outcome.', '''
    The        DET   DT   det     1
    magazine   NOUN  NN   nsubj   2
    said       VERB  VBD  ROOT    2   say
    the        DET   DT   det     4
    winner     NOUN  NN   nsubj   6
    has        AUX   VBZ  aux     6   have
    predicted  VERB  VBN  ccomp   2   predict
    the        DET   DT   det     8
    outcome    NOUN  NN   dobj    6
    .          PUNCT .    punct   2
''')

# inverted: 'The plan failed, the panel wrote.'
INVERTED = parse('The plan failed, the panel wrote.', '''
    The     DET   DT   det     1
    plan    NOUN  NN   nsubj   2
    failed  VERB  VBD  ccomp   6   fail
    ,       PUNCT ,    punct   6
    the     DET   DT   det     5
    panel   NOUN  NN   nsubj   6
    wrote   VERB  VBD  ROOT    6   write
    .       PUNCT .    punct   6
''')

# a warning verb ([channels] subject_groups): 'Engineers warned the beams were weak.'
WARNED = parse('Yesterday engineers warned the beams were weak.', '''
    Yesterday  NOUN  NN   npadvmod 2
    engineers  NOUN  NNS  nsubj   2   engineer
    warned     VERB  VBD  ROOT    2   warn
    the        DET   DT   det     4
    beams      NOUN  NNS  nsubj   5   beam
    were       AUX   VBD  ccomp   2   be
    weak       ADJ   JJ   acomp   5
    .          PUNCT .    punct   2
''')

# a suggestion verb (not in the groups) with a thing as subject: no speaker
SUGGESTS = parse('Yesterday engineers suggested the beams were weak.', '''
    Yesterday  NOUN  NN   npadvmod 2
    engineers  NOUN  NNS  nsubj   2   engineer
    suggested  VERB  VBD  ROOT    2   suggest
    the        DET   DT   det     4
    beams      NOUN  NNS  nsubj   5   beam
    were       AUX   VBD  ccomp   2   be
    weak       ADJ   JJ   acomp   5
    .          PUNCT .    punct   2
''')

# implicit subject of an infinitive: no speaker
IMPLICIT = parse('Joint efforts to counter the threat have stalled.', '''
    Joint    ADJ   JJ   amod    1
    efforts  NOUN  NNS  nsubj   7   effort
    to       PART  TO   aux     3
    counter  VERB  VB   acl     1
    the      DET   DT   det     5
    threat   NOUN  NN   dobj    3
    have     AUX   VBP  aux     7
    stalled  VERB  VBN  ROOT    7   stall
    .        PUNCT .    punct   7
''')

# an object, no clause: no claim
OBJECT = parse('The search revealed no weapon.', '''
    The       DET   DT   det     1
    search    NOUN  NN   nsubj   2
    revealed  VERB  VBD  ROOT    2   reveal
    no        DET   DT   det     4
    weapon    NOUN  NN   dobj    2
    .         PUNCT .    punct   2
''')


@pytest.mark.parametrize("doc, expected", [
    (SUBJECT, [("the winner has predicted the outcome", "cue-clause:say", "a magazine")]),
    (INVERTED, [("The plan failed", "cue-clause:write", "a panel")]),
    (WARNED, [("the beams were weak", "cue-clause:warn", "engineers")]),
    (SUGGESTS, []),
    (IMPLICIT, []),
    (OBJECT, []),
], ids=["subject-said", "inverted-wrote", "subject-warned", "suggestion-group-none",
        "implicit-subject-none", "object-none"])
def test_reported_descriptor(doc, expected):
    assert claims(doc) == expected
