"""quote_then_cue's bare frame on hand-built Docs: '"We are done." Lee said to cheers.' -- a
say-verb right after its one-word subject, with adjuncts only, frames the quotation before
it; with an object of its own ('Lee said nothing.') or another verb ('Lee left town.') it
frames nothing."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse


def _doc(frame: str, rows: str):
    """'"We are done." ' + frame."""
    return parse('"We are done." ' + frame, '''
        "      PUNCT ``   punct     2
        We     PRON  PRP  nsubj     2
        are    AUX   VBP  ROOT      2   be
        done   ADJ   JJ   acomp     2
        .      PUNCT .    punct     2
        "      PUNCT ''   punct     2
    ''' + rows, ents=[("PERSON", 6, 7)])


TO_CHEERS = _doc("Lee said to cheers.", '''
    Lee     PROPN NNP  nsubj     7
    said    VERB  VBD  ROOT      7   say
    to      ADP   IN   prep      7
    cheers  NOUN  NNS  pobj      8   cheer
    .       PUNCT .    punct     7
''')

NOTHING = _doc("Lee said nothing.", '''
    Lee      PROPN NNP  nsubj     7
    said     VERB  VBD  ROOT      7   say
    nothing  PRON  NN   dobj      7
    .        PUNCT .    punct     7
''')

LEFT = _doc("Lee left town.", '''
    Lee   PROPN NNP  nsubj     7
    left  VERB  VBD  ROOT      7   leave
    town  NOUN  NN   dobj      7
    .     PUNCT .    punct     7
''')


@pytest.mark.parametrize("doc, expected", [
    (TO_CHEERS, [("We are done.", "quote-before-cue", "Lee")]),
    (NOTHING, []),
    (LEFT, []),
], ids=["verb-after-subject-adjunct", "own-object-none", "no-say-verb-none"])
def test_bare_frame_subject(doc, expected):
    assert claims(doc) == expected
