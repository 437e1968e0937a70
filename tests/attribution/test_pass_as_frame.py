"""A report opened by 'as' before the clause it frames, on hand-built Docs: 'As Lee told
reporters on Monday, the cuts will stay.' -> 'the cuts will stay' (the clause rule took the
addressee for the content); 'As the mayor put it in a statement, the plan is dead.' -> 'the
plan is dead' ("put it" is a cue only in such a frame: [as_frame] verbs).  Nothing for a
frame whose verb has an object of its own ('As Lee told the story, ...') or a frame after
its clause ('The cuts will stay, as Lee said.')."""
from __future__ import annotations

import pytest
from hand_docs import cue_claims, parse

from pipeline.attribution.passes.parenthetical import as_frame

AS_TOLD = parse('As Lee told reporters on Monday, the cuts will stay.', '''
    As        SCONJ IN   mark    2
    Lee       PROPN NNP  nsubj   2
    told      VERB  VBD  advcl   10  tell
    reporters NOUN  NNS  dobj    2   reporter
    on        ADP   IN   prep    2
    Monday    PROPN NNP  pobj    4
    ,         PUNCT ,    punct   10
    the       DET   DT   det     8
    cuts      NOUN  NNS  nsubj   10  cut
    will      AUX   MD   aux     10
    stay      VERB  VB   ROOT    10
    .         PUNCT .    punct   10
''', ents=[("PERSON", 1, 2)])

AS_PUT = parse('As the mayor put it in a statement, the plan is dead.', '''
    As        SCONJ IN   mark    3
    the       DET   DT   det     2
    mayor     NOUN  NN   nsubj   3
    put       VERB  VBD  advcl   11
    it        PRON  PRP  dobj    3
    in        ADP   IN   prep    3
    a         DET   DT   det     7
    statement NOUN  NN   pobj    5
    ,         PUNCT ,    punct   11
    the       DET   DT   det     10
    plan      NOUN  NN   nsubj   11
    is        AUX   VBZ  ROOT    11  be
    dead      ADJ   JJ   acomp   11
    .         PUNCT .    punct   11
''')

AS_STORY = parse('As Lee told the story, the crowd laughed.', '''
    As        SCONJ IN   mark    2
    Lee       PROPN NNP  nsubj   2
    told      VERB  VBD  advcl   8   tell
    the       DET   DT   det     4
    story     NOUN  NN   dobj    2
    ,         PUNCT ,    punct   8
    the       DET   DT   det     7
    crowd     NOUN  NN   nsubj   8
    laughed   VERB  VBD  ROOT    8   laugh
    .         PUNCT .    punct   8
''', ents=[("PERSON", 1, 2)])

AFTER = parse('The cuts will stay, as Lee said.', '''
    The       DET   DT   det     1
    cuts      NOUN  NNS  nsubj   3   cut
    will      AUX   MD   aux     3
    stay      VERB  VB   ROOT    3
    ,         PUNCT ,    punct   3
    as        SCONJ IN   mark    7
    Lee       PROPN NNP  nsubj   7
    said      VERB  VBD  advcl   3   say
    .         PUNCT .    punct   3
''', ents=[("PERSON", 6, 7)])


@pytest.mark.parametrize("doc, expected", [
    (AS_TOLD, [("the cuts will stay", "as-frame", "Lee")]),
    (AS_PUT, [("the plan is dead", "as-frame", "mayor")]),
    (AS_STORY, []),
    (AFTER, []),
], ids=["as-told-addressee", "as-put-it", "own-object-nothing", "frame-after-nothing"])
def test_as_frame(doc, expected):
    assert cue_claims(as_frame, doc) == expected
