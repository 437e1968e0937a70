"""A partitive subject ('many', 'others') takes the group named before without that group's
own quantifier: 'Many farmers said A. Many said B.' -> 'many farmers' for both, not 'many
many farmers' (and 'others many many farmers' after it)."""
from __future__ import annotations

from hand_docs import RULES, parse

from pipeline.attribution.extract import extract_attributions

TWICE = parse('Many farmers said prices fell. Many said rain helped.', '''
    Many     ADJ   JJ   amod   1
    farmers  NOUN  NNS  nsubj  2   farmer
    said     VERB  VBD  ROOT   2   say
    prices   NOUN  NNS  nsubj  4   price
    fell     VERB  VBD  ccomp  2   fall
    .        PUNCT .    punct  2
    Many     ADJ   JJ   nsubj  7
    said     VERB  VBD  ROOT   7   say
    rain     NOUN  NN   nsubj  9
    helped   VERB  VBD  ccomp  7   help
    .        PUNCT .    punct  7
''')


def test_partitive_takes_group_without_its_quantifier():
    speakers = [a.speaker for a in extract_attributions(TWICE, RULES)]
    assert len(speakers) == 2
    assert speakers[1].lower() == "many farmers", speakers
