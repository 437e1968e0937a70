"""SpeakerResolver on 'the companies' (hand-built Docs, no model): a plural organisation noun
does not resolve to the one organisation named before ('The department declined. The
companies said ...' is not the department's claim); 'the company' still does."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse


def _doc(noun: str, tag: str):
    """'The Acme Corporation declined. The <noun> said talks failed.'"""
    return parse(f'The Acme Corporation declined. The {noun} said talks failed.', '''
        The          DET   DT   det       2
        Acme         PROPN NNP  compound  2
        Corporation  PROPN NNP  nsubj     3
        declined     VERB  VBD  ROOT      3   decline
        .            PUNCT .    punct     3
        The          DET   DT   det       6
        ''' + f'{noun}  NOUN  {tag}  nsubj  7  company' + '''
        said         VERB  VBD  ROOT      7   say
        talks        NOUN  NNS  nsubj     9   talk
        failed       VERB  VBD  ccomp     7   fail
        .            PUNCT .    punct     7
    ''', ents=[("ORG", 0, 3)])


@pytest.mark.parametrize("noun, tag, speaker", [
    ("companies", "NNS", "companies"), ("company", "NN", "Acme Corporation"),
], ids=["plural-not-the-named-one", "singular-the-named-one"])
def test_plural_org_noun(noun, tag, speaker):
    assert claims(_doc(noun, tag)) == [("talks failed", "cue-clause:say", speaker)]
