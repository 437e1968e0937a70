"""Requests with an object and an infinitive: 'asked the council to wait' is a claim of the
asker ([cues.ask] object_infinitive), and the object belongs to the content of 'urged' /
'asked' ('the council to wait'); 'told reporters that ...' still leaves the addressee out."""
from __future__ import annotations

import pytest
from hand_docs import context, cue_claims, parse

from pipeline.attribution.filters import drop_reason
from pipeline.attribution.passes.clauses import reported_clause


def _request(verb: str, lemma: str) -> object:
    return parse(f'Mayor Reyes {verb} the council to wait.', f'''
        Mayor    PROPN NNP  compound 1
        Reyes    PROPN NNP  nsubj    2
        {verb}   VERB  VBD  ROOT     2   {lemma}
        the      DET   DT   det      4
        council  NOUN  NN   dobj     2
        to       PART  TO   aux      6
        wait     VERB  VB   xcomp    2
        .        PUNCT .    punct    2
    ''', ents=[("PERSON", 0, 2)])


ASKED_NAME = parse('Mayor Reyes asked her name.', '''
    Mayor    PROPN NNP  compound 1
    Reyes    PROPN NNP  nsubj    2
    asked    VERB  VBD  ROOT     2   ask
    her      PRON  PRP$ poss     4
    name     NOUN  NN   dobj     2
    .        PUNCT .    punct    2
''', ents=[("PERSON", 0, 2)])

TOLD_THAT = parse('Mayor Reyes told reporters that talks failed.', '''
    Mayor     PROPN NNP  compound 1
    Reyes     PROPN NNP  nsubj    2
    told      VERB  VBD  ROOT     2   tell
    reporters NOUN  NNS  dobj     2   reporter
    that      SCONJ IN   mark     6
    talks     NOUN  NNS  nsubj    6   talk
    failed    VERB  VBD  ccomp    2   fail
    .         PUNCT .    punct    2
''', ents=[("PERSON", 0, 2)])


@pytest.mark.parametrize("doc, reason, expected", [
    (_request("asked", "ask"), None, [("the council to wait", "cue-clause:ask", "Reyes")]),
    (_request("urged", "urge"), None, [("the council to wait", "cue-clause:urge", "Reyes")]),
    (ASKED_NAME, "no_question_clause", []),
    (TOLD_THAT, None, [("talks failed", "cue-clause:say", "Reyes")]),
], ids=["asked-object-to", "urged-object-to", "asked-object-only", "told-addressee-out"])
def test_object_infinitive(doc, reason, expected):
    ctx = context(doc)
    (cue,) = ctx.cues.values()
    assert drop_reason(ctx, cue) == reason
    assert cue_claims(reported_clause, doc) == expected
