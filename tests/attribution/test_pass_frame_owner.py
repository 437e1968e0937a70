"""continuation on hand-built Docs when the claim before a quotation is a report inside the
frame sentence of a direct quote: '"We won," Lee said after Ann said talks failed. "We did
win it."' -> the quotation goes on with Lee (the report sits in a subordinate clause of
Lee's frame); with a coordinated report ('..., and Ann said ...') it goes on with Ann."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse


def _doc(link: str, link_rows: str, dep: str):
    """'"We won," Lee said <link> Ann said talks failed. "We did win it."'"""
    text = f'"We won," Lee said{link} Ann said talks failed. "We did win it."'
    n = len(link_rows.strip().splitlines())
    said2 = 7 + n
    rows = f'''
        "       PUNCT ``   punct     2
        We      PRON  PRP  nsubj     2
        won     VERB  VBD  ccomp     6   win
        ,       PUNCT ,    punct     2
        "       PUNCT ''   punct     6
        Lee     PROPN NNP  nsubj     6
        said    VERB  VBD  ROOT      6   say
        {link_rows.strip()}
        Ann     PROPN NNP  nsubj     {said2 + 1}
        said    VERB  VBD  {dep}     6   say
        talks   NOUN  NNS  nsubj     {said2 + 3}   talk
        failed  VERB  VBD  ccomp     {said2 + 1}   fail
        .       PUNCT .    punct     6
        "       PUNCT ``   punct     {said2 + 8}
        We      PRON  PRP  nsubj     {said2 + 8}
        did     AUX   VBD  aux       {said2 + 8}   do
        win     VERB  VB   ROOT      {said2 + 8}
        it      PRON  PRP  dobj      {said2 + 8}
        .       PUNCT .    punct     {said2 + 8}
        "       PUNCT ''   punct     {said2 + 8}
    '''
    return parse(text, rows, ents=[("PERSON", 5, 6), ("PERSON", said2, said2 + 1)])


SUBORDINATE = _doc(" after", "after SCONJ IN mark 9", "advcl")
COORDINATED = _doc(", and", ", PUNCT , punct 6\nand CCONJ CC cc 6", "conj")


@pytest.mark.parametrize("doc, expected", [
    (SUBORDINATE, [("We won,", "quote-before-cue", "Lee"), ("talks failed", "cue-clause:say", "Ann"),
                   ("We did win it.", "continuation", "Lee")]),
    (COORDINATED, [("We won,", "quote-before-cue", "Lee"), ("talks failed", "cue-clause:say", "Ann"),
                   ("We did win it.", "continuation", "Ann")]),
], ids=["report-in-subordinate-clause-frame-speaker", "coordinated-report-its-speaker"])
def test_frame_owner(doc, expected):
    assert claims(doc) == expected
