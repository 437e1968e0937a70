"""A figure that counts the holders of a view is a poll finding, not a report of facts
(issue #13; pipeline.issues.detect._counts_holders): "60 percent of voters said that X"
carries the view of those it counts, so the figure rule (stance.toml [markers] figure,
numerals) does not make it neutral; a figure elsewhere still does ("60 percent of the
revenue comes from X"). Hand-built parses, no model."""
from __future__ import annotations

import pytest
from attribution.hand_docs import parse

from pipeline.issues.detect import classify

# the figure is in the subject of a verb with a clausal complement: who holds the view
POLL = parse("60 percent of voters said that the carbon tax is coming.", '''
    60       NUM   CD  nummod   1
    percent  NOUN  NN  nsubj    4
    of       ADP   IN  prep     1
    voters   NOUN  NNS pobj     2 voter
    said     VERB  VBD ROOT     4 say
    that     SCONJ IN  mark     10
    the      DET   DT  det      8
    carbon   NOUN  NN  compound 8
    tax      NOUN  NN  nsubj    10
    is       AUX   VBZ aux      10 be
    coming   VERB  VBG ccomp    4 come
    .        PUNCT .   punct    4
''')

# the figure is in the subject of a verb with no clausal complement: a fact
FACT = parse("60 percent of the revenue comes from the carbon tax.", '''
    60       NUM   CD  nummod   1
    percent  NOUN  NN  nsubj    5
    of       ADP   IN  prep     1
    the      DET   DT  det      4
    revenue  NOUN  NN  pobj     2
    comes    VERB  VBZ ROOT     5 come
    from     ADP   IN  prep     5
    the      DET   DT  det      9
    carbon   NOUN  NN  compound 9
    tax      NOUN  NN  pobj     6
    .        PUNCT .   punct    5
''')


@pytest.mark.parametrize("doc, stance, evidence", [
    (POLL, "support", "default:support"),
    (FACT, "neutral", "figure:"),
], ids=["poll-finding", "fact"])
def test_figure_counting_holders(climate, doc, stance, evidence):
    found = {r.issue: r for r in classify(doc, 0, len(doc.text), "according to", climate)}
    assert found["carbon_tax"].stance == stance, found["carbon_tax"].evidence
    assert found["carbon_tax"].evidence.startswith(evidence), found["carbon_tax"].evidence
