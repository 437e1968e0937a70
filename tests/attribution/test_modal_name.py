"""speaker_head: a capitalised name the tagger took for a modal ('Will acknowledges that X',
'May said X') before a finite verb is the subject (a modal takes a bare verb); a real
modal before a bare verb ('Will they say X?') is none.  Hand-built Docs."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

WILL = parse("Will acknowledges that the plan has merit.", '''
    Will         AUX   MD   aux    1
    acknowledges VERB  VBZ  ROOT   1   acknowledge
    that         SCONJ IN   mark   5
    the          DET   DT   det    4
    plan         NOUN  NN   nsubj  5
    has          VERB  VBZ  ccomp  1   have
    merit        NOUN  NN   dobj   5
    .            PUNCT .    punct  1
''')

QUESTION = parse("Will they say the plan has merit?", '''
    Will         AUX   MD   aux    2
    they         PRON  PRP  nsubj  2
    say          VERB  VB   ROOT   2
    the          DET   DT   det    4
    plan         NOUN  NN   nsubj  5
    has          VERB  VBZ  ccomp  2   have
    merit        NOUN  NN   dobj   5
    ?            PUNCT .    punct  2
''')


@pytest.mark.parametrize("doc, speakers", [
    (WILL, ["Will"]),
    (QUESTION, ["they"]),
], ids=["name-tagged-modal", "real-modal"])
def test_modal_name(doc, speakers):
    from hand_docs import context
    from pipeline.attribution.speaker_head import cue_speaker

    ctx = context(doc)
    assert [cue_speaker(ctx, ctx.cues[i]).text for i in sorted(ctx.cues)] == speakers


def test_name_tagged_modal_claim():
    assert [(c, s) for c, _, s in claims(WILL)] == [("the plan has merit", "Will")]
