"""he/she with no earlier person as subject or speaker: the latest person named before,
when that name's gender is the pronoun's (SpeakerResolver._named_person), on hand-built
Docs (no model)."""
from __future__ import annotations

from hand_docs import claims, parse

ROWS = '''
    Voters    NOUN  NNS  nsubj     1   voter
    met       VERB  VBD  ROOT      1   meet
    {first}   PROPN NNP  compound  3
    Lopez     PROPN NNP  dobj      1
    in        ADP   IN   prep      1
    Ohio      PROPN NNP  pobj      4
    .         PUNCT .    punct     1
    She       PRON  PRP  nsubj     8
    said      VERB  VBD  ROOT      8   say
    taxes     NOUN  NNS  nsubj     11  tax
    would     AUX   MD   aux       11
    fall      VERB  VB   ccomp     8
    .         PUNCT .    punct     8
'''


def _doc(first: str):
    return parse(f"Voters met {first} Lopez in Ohio. She said taxes would fall.",
                 ROWS.format(first=first), ents=[("PERSON", 2, 4), ("GPE", 5, 6)])


def test_she_is_the_woman_named_as_object():
    """'Maria Lopez' is an object, not a subject: 'She' still finds her."""
    found = claims(_doc("Maria"))
    assert [(c, s) for c, _, s in found] == [("taxes would fall", "Maria Lopez")]


def test_she_never_takes_a_man_named_before():
    """The only person named is a man: 'She said ...' has no speaker, no claim."""
    assert claims(_doc("John")) == []
