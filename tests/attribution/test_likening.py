"""Likenings: 'X compared the plan to a surrender' is X's claim, the object and the to/with
phrase its content ([characterisation] likeness_verbs, likeness_preps); 'compared' with no
object ('..., compared with last year') is no cue and stays in the content it glosses.
Hand-built Docs."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

COMPARED_TO = parse("Senator Ruiz compared the tax plan to a surrender.", '''
    Senator    PROPN NNP  compound  1
    Ruiz       PROPN NNP  nsubj     2
    compared   VERB  VBD  ROOT      2   compare
    the        DET   DT   det       5
    tax        NOUN  NN   compound  5
    plan       NOUN  NN   dobj      2
    to         ADP   IN   prep      2
    a          DET   DT   det       8
    surrender  NOUN  NN   pobj      6
    .          PUNCT .    punct     2
''', ents=[("PERSON", 1, 2)])

# a thing compared with no person's view of it: no claim
COMPARED_NOTES = parse("Senator Ruiz compared notes with her aides.", '''
    Senator    PROPN NNP  compound  1
    Ruiz       PROPN NNP  nsubj     2
    compared   VERB  VBD  ROOT      2   compare
    notes      NOUN  NNS  dobj      2   note
    with       ADP   IN   prep      3
    her        PRON  PRP$ poss      6
    aides      NOUN  NNS  pobj      4   aide
    .          PUNCT .    punct     2
''', ents=[("PERSON", 1, 2)])

# 'compared' with no object glosses the reported clause: no cue, the clause runs on
COMPARED_WITH = parse("Ruiz said the deficit was small, compared with what the state borrowed.", '''
    Ruiz       PROPN NNP  nsubj     1
    said       VERB  VBD  ROOT      1   say
    the        DET   DT   det       3
    deficit    NOUN  NN   nsubj     4
    was        AUX   VBD  ccomp     1   be
    small      ADJ   JJ   acomp     4
    ,          PUNCT ,    punct     4
    compared   VERB  VBN  prep      4   compare
    with       ADP   IN   prep      7
    what       PRON  WP   dobj      12
    the        DET   DT   det       11
    state      NOUN  NN   nsubj     12
    borrowed   VERB  VBD  pcomp     8   borrow
    .          PUNCT .    punct     1
''', ents=[("PERSON", 0, 1)])


@pytest.mark.parametrize("doc, expected", [
    (COMPARED_TO, [("the tax plan to a surrender", "Ruiz")]),
    (COMPARED_NOTES, []),
    (COMPARED_WITH, [("the deficit was small, compared with what the state borrowed", "Ruiz")]),
], ids=["compared-to", "compared-notes-none", "compared-with-no-object"])
def test_likening(doc, expected):
    assert [(c, s) for c, _, s in claims(doc)] == expected
