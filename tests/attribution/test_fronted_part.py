"""A report split by its frame (hand-built Docs): in 'There is a risk, economists said, that
the tariff would raise prices.' the parser hangs both parts on the cue, one reported clause
before the speaker and one after; each part is the speakers' claim.  A clause before the
speaker that is not set off from it by a comma ('There is a risk; economists said that
...', a parse that hangs the first clause on the cue) stays out."""
from __future__ import annotations

from hand_docs import claims, parse

ROWS = '''
    There       PRON   EX    expl    1
    is          VERB   VBZ   ccomp   6   be
    a           DET    DT    det     3
    risk        NOUN   NN    attr    1
    {sep}       PUNCT  {tag} punct   6
    economists  NOUN   NNS   nsubj   6   economist
    said        VERB   VBD   ROOT    6   say
    {comma}
    that        SCONJ  IN    mark    {that}
    the         DET    DT    det     {the}
    tariff      NOUN   NN    nsubj   {tariff}
    would       AUX    MD    aux     {would}
    raise       VERB   VB    ccomp   6
    prices      NOUN   NNS   dobj    {prices}
    .           PUNCT  .     punct   6
'''

SPLIT = parse('There is a risk, economists said, that the tariff would raise prices.',
              ROWS.format(sep=",", tag=",", comma=",  PUNCT  ,  punct  6", that=12, the=10,
                          tariff=12, would=12, prices=12))
SEMICOLON = parse('There is a risk; economists said that the tariff would raise prices.',
                  ROWS.format(sep=";", tag=":", comma="", that=11, the=9, tariff=11, would=11,
                              prices=11))


def test_both_parts_are_claims():
    assert [(c, s) for c, _, s in claims(SPLIT)] == [
        ("There is a risk", "economists"), ("the tariff would raise prices", "economists")]


def test_no_comma_no_fronted_part():
    assert [(c, s) for c, _, s in claims(SEMICOLON)] == [
        ("the tariff would raise prices", "economists")]
