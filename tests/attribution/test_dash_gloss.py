"""Characterisations end at a quotation closed by a dash when the writer's gloss follows
('called the plan "a disgrace" - a rare rebuke'), as they end at one closed by a comma;
a hyphen glued to the quotation ('"a disgrace"-level') is no dash.  Hand-built Docs."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

ROWS = '''
    Senator    PROPN NNP  compound  1
    Ruiz       PROPN NNP  nsubj     2
    called     VERB  VBD  ROOT      2   call
    the        DET   DT   det       4
    plan       NOUN  NN   dobj      2
    "          PUNCT ``   punct     4
    a          DET   DT   det       7
    disgrace   NOUN  NN   appos     4
    "          PUNCT ''   punct     7
    {dash}     PUNCT :    punct     7
    a          DET   DT   det       12
    rare       ADJ   JJ   amod      12
    rebuke     NOUN  NN   appos     7
    .          PUNCT .    punct     2
'''
SPACED = parse('Senator Ruiz called the plan "a disgrace" - a rare rebuke.',
               ROWS.format(dash="-"), ents=[("PERSON", 1, 2)])
EM_DASH = parse('Senator Ruiz called the plan "a disgrace" — a rare rebuke.',
                ROWS.format(dash="—"), ents=[("PERSON", 1, 2)])


@pytest.mark.parametrize("doc, expected", [
    (SPACED, [('the plan "a disgrace"', "Ruiz")]),
    (EM_DASH, [('the plan "a disgrace"', "Ruiz")]),
], ids=["spaced-hyphen", "em-dash"])
def test_dash_gloss(doc, expected):
    assert [(c, s) for c, _, s in claims(doc)] == expected
