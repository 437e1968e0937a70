"""Sources a cue's subject may name beyond documents (hand-built Docs): a plan, a decision
or an index speaks as written ('the decision threatens to ...', 'her plan calls for ...'),
a document owned by a possessive pronoun is the document of whom the pronoun stands for
('Her plan' after Ann Lee -> "Ann Lee's plan"; was 'Her', the pronoun alone), and
'according to plan' alone is an idiom, no source."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

OWNED_PLAN = parse('Ann Lee spoke on Monday. Her plan calls for lower taxes on small firms.', '''
    Ann     PROPN NNP  compound 1
    Lee     PROPN NNP  nsubj    2
    spoke   VERB  VBD  ROOT     2   speak
    on      ADP   IN   prep     2
    Monday  PROPN NNP  pobj     3
    .       PUNCT .    punct    2
    Her     PRON  PRP$ poss     7   she
    plan    NOUN  NN   nsubj    8
    calls   VERB  VBZ  ROOT     8   call
    for     ADP   IN   prep     8
    lower   ADJ   JJR  amod     11  low
    taxes   NOUN  NNS  pobj     9   tax
    on      ADP   IN   prep     11
    small   ADJ   JJ   amod     14
    firms   NOUN  NNS  pobj     12  firm
    .       PUNCT .    punct    8
''', ents=[("PERSON", 0, 2), ("DATE", 4, 5)])

IDIOM = parse('According to plan, the bridge opens in May.', '''
    According  VERB  VBG  prep     6   accord
    to         ADP   IN   prep     0
    plan       NOUN  NN   pobj     1
    ,          PUNCT ,    punct    6
    the        DET   DT   det      5
    bridge     NOUN  NN   nsubj    6
    opens      VERB  VBZ  ROOT     6   open
    in         ADP   IN   prep     6
    May        PROPN NNP  pobj     7
    .          PUNCT .    punct    6
''', ents=[("DATE", 8, 9)])

DECISION = parse('The decision threatens to split the ruling party.', '''
    The        DET   DT   det      1
    decision   NOUN  NN   nsubj    2
    threatens  VERB  VBZ  ROOT     2   threaten
    to         PART  TO   aux      4
    split      VERB  VB   xcomp    2
    the        DET   DT   det      7
    ruling     VERB  VBG  amod     7   rule
    party      NOUN  NN   dobj     4
    .          PUNCT .    punct    2
''')


@pytest.mark.parametrize("doc, content, speaker", [
    (OWNED_PLAN, "lower taxes on small firms", "Ann Lee's plan"),
    (DECISION, "to split the ruling party", "decision"),
], ids=["pronoun-owned-plan", "decision"])
def test_source_speaker(doc, content, speaker):
    got = [(c, s) for c, _, s in claims(doc)]
    assert len(got) == 1 and got[0][0] == content and speaker in got[0][1], got


def test_according_to_plan_is_an_idiom():
    assert claims(IDIOM) == []
