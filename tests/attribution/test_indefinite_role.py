"""SpeakerResolver on 'a senator' (hand-built Docs, no model): an indefinite role word after
the sentence that named a senator is someone else (indefinite, not the named one); 'the
senator' still resolves to the named one."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse


def _doc(det: str):
    """'Senator Ann Pike spoke. <det> senator said talks failed.'"""
    return parse(f'Senator Ann Pike spoke. {det} senator said talks failed.', '''
        Senator   PROPN NNP  compound  2
        Ann       PROPN NNP  compound  2
        Pike      PROPN NNP  nsubj     3
        spoke     VERB  VBD  ROOT      3   speak
        .         PUNCT .    punct     3
        ''' + det + '''  DET   DT   det       6
        senator   NOUN  NN   nsubj     7
        said      VERB  VBD  ROOT      7   say
        talks     NOUN  NNS  nsubj     9   talk
        failed    VERB  VBD  ccomp     7   fail
        .         PUNCT .    punct     7
    ''', ents=[("PERSON", 1, 3)])


@pytest.mark.parametrize("det, speaker", [("A", "a senator"), ("The", "Ann Pike")],
                         ids=["indefinite-someone-else", "definite-named-one"])
def test_indefinite_role_word(det, speaker):
    assert claims(_doc(det)) == [("talks failed", "cue-clause:say", speaker)]
