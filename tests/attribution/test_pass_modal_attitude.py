"""resolve.principal_speaks / _modal: 'Lee said Bo Lai would welcome ...' with a modal on the
attitude is Lee's prediction: Lee's claim stays (without the modal, Lai's attitude is the
claim: tests/attribution/test_resolve.py PRINCIPAL)."""
from __future__ import annotations

from hand_docs import claims, parse

MODAL = parse('Ann Kuo said Bo Lai would hope talks resume.', '''
    Ann     PROPN NNP  compound  1
    Kuo     PROPN NNP  nsubj     2
    said    VERB  VBD  ROOT      2   say
    Bo      PROPN NNP  compound  4
    Lai     PROPN NNP  nsubj     6
    would   AUX   MD   aux       6
    hope    VERB  VB   ccomp     2
    talks   NOUN  NNS  nsubj     8   talk
    resume  VERB  VBP  ccomp     6
    .       PUNCT .    punct     2
''', ents=[("PERSON", 0, 2), ("PERSON", 3, 5)])


def test_modal_attitude_keeps_the_report():
    assert [(c, s) for c, _, s in claims(MODAL)] == [
        ("Bo Lai would hope talks resume", "Ann Kuo")]
