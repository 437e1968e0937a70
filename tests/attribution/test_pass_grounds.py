"""The ground of a judgement on hand-built Docs: 'praised the team for its courage' is one
claim 'the team for its courage' ([characterisation] ground_preps/ground_verbs), a quotation
in the ground included; 'welcomed the team for talks' (not a verb of judging) is nothing."""
from __future__ import annotations

import pytest
from hand_docs import cue_claims, parse

from pipeline.attribution.passes.clauses import characterisation


def _judged(verb: str, lemma: str, ground: str, rows: str) -> object:
    return parse(f'Mayor Reyes {verb} the team for {ground}.', f'''
        Mayor    PROPN NNP  compound 1
        Reyes    PROPN NNP  nsubj    2
        {verb}   VERB  VBD  ROOT     2   {lemma}
        the      DET   DT   det      4
        team     NOUN  NN   dobj     2
        for      ADP   IN   prep     2
        {rows}
        .        PUNCT .    punct    2
    ''', ents=[("PERSON", 0, 2)])


COURAGE = '''its      PRON  PRP$ poss     7
        courage  NOUN  NN   pobj     5'''
QUOTED = '''"        PUNCT ``   punct    8
        its      PRON  PRP$ poss     8
        courage  NOUN  NN   pobj     5
        "        PUNCT ''   punct    8'''
TALKS = '''talks    NOUN  NNS  pobj     5   talk'''


@pytest.mark.parametrize("doc, expected", [
    (_judged("praised", "praise", "its courage", COURAGE),
     [("the team for its courage", "cue-clause:characterize", "Reyes")]),
    (_judged("criticized", "criticize", '"its courage"', QUOTED),
     [('the team for "its courage"', "cue-clause:characterize", "Reyes")]),
    (_judged("welcomed", "welcome", "talks", TALKS), []),
], ids=["praised-for", "criticized-for-quote-one-claim", "welcomed-for-visit-none"])
def test_ground_of_judgement(doc, expected):
    assert cue_claims(characterisation, doc) == expected
