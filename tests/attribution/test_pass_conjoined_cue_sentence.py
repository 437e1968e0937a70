"""cue_sentence on hand-built Docs when the sentence before the quotation ends on a second
report with its own subject: '"We won," Lee said, and Ann shot back. "We did win it."' -> the
quotation is Ann's; a second verb that is no report ('..., and Ann nodded.') leaves it with
Lee (continuation)."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse


def _doc(verb: str, rows: str):
    return parse(f'"We won," Lee said, and Ann {verb}. "We did win it."', '''
        "      PUNCT ``   punct     2
        We     PRON  PRP  nsubj     2
        won    VERB  VBD  ROOT      2   win
        ,      PUNCT ,    punct     6
        "      PUNCT ''   punct     6
        Lee    PROPN NNP  nsubj     6
        said   VERB  VBD  parataxis 2   say
        ,      PUNCT ,    punct     6
        and    CCONJ CC   cc        6
        Ann    PROPN NNP  nsubj     10
    ''' + rows, ents=[("PERSON", 5, 6), ("PERSON", 9, 10)])


SHOT_BACK = _doc("shot back", '''
    shot   VERB  VBD  conj      6   shoot
    back   ADP   RP   prt       10
    .      PUNCT .    punct     2
    "      PUNCT ``   punct     16
    We     PRON  PRP  nsubj     16
    did    AUX   VBD  aux       16  do
    win    VERB  VB   ROOT      16
    it     PRON  PRP  dobj      16
    .      PUNCT .    punct     16
    "      PUNCT ''   punct     16
''')

NODDED = _doc("nodded", '''
    nodded VERB  VBD  conj      6   nod
    .      PUNCT .    punct     2
    "      PUNCT ``   punct     15
    We     PRON  PRP  nsubj     15
    did    AUX   VBD  aux       15  do
    win    VERB  VB   ROOT      15
    it     PRON  PRP  dobj      15
    .      PUNCT .    punct     15
    "      PUNCT ''   punct     15
''')


@pytest.mark.parametrize("doc, expected", [
    (SHOT_BACK, [("We won,", "quote-before-cue", "Lee"),
                 ("We did win it.", "cue-sentence-quote", "Ann")]),
    (NODDED, [("We won,", "quote-before-cue", "Lee"), ("We did win it.", "continuation", "Lee")]),
], ids=["conjoined-report-its-speaker", "conjoined-non-report-continues"])
def test_conjoined_cue_sentence(doc, expected):
    assert claims(doc) == expected
