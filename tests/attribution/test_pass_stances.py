"""Stances on hand-built Docs ([cues.stance], requires = "stance"): 'Hale questioned the
tactics' -> 'the tactics', Hale's; 'Hale defended the process' likewise; nothing for an
object that is a person or group ('questioned the witness', 'opposed him')."""
from __future__ import annotations

import pytest
from hand_docs import context, cue_claims, parse

from pipeline.attribution.filters import drop_reason
from pipeline.attribution.passes.clauses import reported_clause


def _stance(verb: str, lemma: str, obj: str, obj_lemma: str, pos: str = "NOUN",
            tag: str = "NNS") -> object:
    return parse(f'Hale {verb} the {obj}.', f'''
        Hale     PROPN NNP  nsubj  1
        {verb}   VERB  VBD  ROOT   1   {lemma}
        the      DET   DT   det    3
        {obj}    {pos} {tag} dobj   1   {obj_lemma}
        .        PUNCT .    punct  1
    ''', ents=[("PERSON", 0, 1)])


QUESTIONED_TACTICS = _stance("questioned", "question", "tactics", "tactic")
DEFENDED_PROCESS = _stance("defended", "defend", "process", "process", tag="NN")
QUESTIONED_WITNESS = _stance("questioned", "question", "witness", "witness", tag="NN")
OPPOSED_HIM = parse('Hale opposed him.', '''
    Hale     PROPN NNP  nsubj  1
    opposed  VERB  VBD  ROOT   1   oppose
    him      PRON  PRP  dobj   1   he
    .        PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])


@pytest.mark.parametrize("doc, expected", [
    (QUESTIONED_TACTICS, [("the tactics", "cue-clause:stance", "Hale")]),
    (DEFENDED_PROCESS, [("the process", "cue-clause:stance", "Hale")]),
    (QUESTIONED_WITNESS, []),
    (OPPOSED_HIM, []),
], ids=["questioned-thing", "defended-thing", "questioned-person-none", "opposed-pronoun-none"])
def test_stances(doc, expected):
    assert cue_claims(reported_clause, doc) == expected


@pytest.mark.parametrize("doc", [QUESTIONED_WITNESS, OPPOSED_HIM])
def test_person_object_is_dropped_by_the_stance_filter(doc):
    ctx = context(doc)
    assert drop_reason(ctx, ctx.cues[1]) == "no_stance_object"
