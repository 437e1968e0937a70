"""speaker_head: one step per construction, on hand-built Docs (no model)."""
from __future__ import annotations

import pytest
from hand_docs import context, parse

from pipeline.attribution.speaker_head import cue_speaker

TITLE_CUT = parse('Talks will resume, according to Sgt. Ann Lee.', '''
    Talks      NOUN  NNS  nsubj     2   talk
    will       AUX   MD   aux       2
    resume     VERB  VB   ROOT      2
    ,          PUNCT ,    punct     2
    according  VERB  VBG  prep      2   accord
    to         ADP   IN   prep      4
    Sgt        PROPN NNP  pobj      5
    .          PUNCT .    punct     2
    Ann        PROPN NNP  compound  9
    Lee        PROPN NNP  ROOT      9
    .          PUNCT .    punct     9
''')

AGENT = parse('The report was denied by the ministry.', '''
    The       DET   DT   det       1
    report    NOUN  NN   nsubjpass 3
    was       AUX   VBD  auxpass   3   be
    denied    VERB  VBN  ROOT      3   deny
    by        ADP   IN   agent     3
    the       DET   DT   det       6
    ministry  NOUN  NN   pobj      4
    .         PUNCT .    punct     3
''')

AGENTLESS = parse('The report was denied.', '''
    The       DET   DT   det       1
    report    NOUN  NN   nsubjpass 3
    was       AUX   VBD  auxpass   3   be
    denied    VERB  VBN  ROOT      3   deny
    .         PUNCT .    punct     3
''')

PARTICIPLE = parse('Ann Lee left, adding that talks failed.', '''
    Ann     PROPN NNP  compound  1
    Lee     PROPN NNP  nsubj     2
    left    VERB  VBD  ROOT      2   leave
    ,       PUNCT ,    punct     2
    adding  VERB  VBG  advcl     2   add
    that    SCONJ IN   mark      7
    talks   NOUN  NNS  nsubj     7   talk
    failed  VERB  VBD  ccomp     4   fail
    .       PUNCT .    punct     2
''')

RELATIVE = parse('Ann Lee, who said talks failed, left.', '''
    Ann     PROPN NNP  compound  1
    Lee     PROPN NNP  nsubj     8
    ,       PUNCT ,    punct     1
    who     PRON  WP   nsubj     4
    said    VERB  VBD  relcl     1   say
    talks   NOUN  NNS  nsubj     6   talk
    failed  VERB  VBD  ccomp     4   fail
    ,       PUNCT ,    punct     6
    left    VERB  VBD  ROOT      8   leave
    .       PUNCT .    punct     8
''')

# "added" hangs on "failed" inside the reported clause: talks cannot speak, so the
# conjunct takes the speaker of the reporting verb above
CONJUNCT = parse('Lee said talks failed and added that they would resume.', '''
    Lee     PROPN NNP  nsubj     1
    said    VERB  VBD  ROOT      1   say
    talks   NOUN  NNS  nsubj     3   talk
    failed  VERB  VBD  ccomp     1   fail
    and     CCONJ CC   cc        3
    added   VERB  VBD  conj      3   add
    that    SCONJ IN   mark      9
    they    PRON  PRP  nsubj     9
    would   AUX   MD   aux       9
    resume  VERB  VB   ccomp     5
    .       PUNCT .    punct     1
''')


def heads(doc) -> dict[str, str | None]:
    ctx = context(doc)
    out = {}
    for cue in ctx.cues.values():
        head = cue_speaker(ctx, cue)
        out[cue.text] = None if head is None else head.text
    return out


@pytest.mark.parametrize("doc, expected", [
    (TITLE_CUT, {"according to": "Lee"}),       # the title the parser made the object gives way
    (AGENT, {"denied": "ministry"}),
    (AGENTLESS, {"denied": None}),              # an agentless passive has no speaker
    (PARTICIPLE, {"adding": "Lee"}),
    (RELATIVE, {"said": "Lee"}),                # "who" stands for the noun it modifies
    (CONJUNCT, {"said": "Lee", "added": "Lee"}),
], ids=["according-to-title", "passive-agent", "agentless-none", "participle", "relative",
        "conjunct-in-clause"])
def test_speaker_head(doc, expected):
    assert heads(doc) == expected
