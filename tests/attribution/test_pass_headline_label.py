"""Label lines with no quotation on hand-built Docs: 'Ruiz: The plan will fail.' is Ruiz's
claim; 'CORRECTION: ...' (capitals) and a label that is not a name give nothing."""
from __future__ import annotations

import pytest
from hand_docs import context, parse

from pipeline.attribution.context import Found
from pipeline.attribution.passes.headline_label import headline_label


def labelled(doc) -> list[tuple[str, str]]:
    """(claim text, canonical speaker) of each claim the label pass finds in ``doc``."""
    ctx = context(doc)
    return [(ctx.text[c.start:c.end], c.speaker.canonical) for c in headline_label(ctx, Found())]

RUIZ = parse('Ann Ruiz: The new plan will fail.', '''
    Ann     PROPN NNP  compound 1
    Ruiz    PROPN NNP  ROOT     1
    :       PUNCT :    punct    1
    The     DET   DT   det      5
    new     ADJ   JJ   amod     5
    plan    NOUN  NN   nsubj    7
    will    AUX   MD   aux      7
    fail    VERB  VB   appos    1
    .       PUNCT .    punct    1
''', ents=[("PERSON", 0, 2)])

CAPITALS = parse('CORRECTION: The vote was held on Monday.', '''
    CORRECTION  PROPN NNP  ROOT     0
    :           PUNCT :    punct    0
    The         DET   DT   det      3
    vote        NOUN  NN   nsubjpass 5
    was         AUX   VBD  auxpass  5   be
    held        VERB  VBN  appos    0   hold
    on          ADP   IN   prep     5
    Monday      PROPN NNP  pobj     6
    .           PUNCT .    punct    0
''', ents=[("ORG", 0, 1), ("DATE", 7, 8)])

NOTE = parse('Editor’s note: The vote was held on Monday.', '''
    Editor      NOUN  NN   poss     2
    ’s          PART  POS  case     0
    note        NOUN  NN   ROOT     2
    :           PUNCT :    punct    2
    The         DET   DT   det      5
    vote        NOUN  NN   nsubjpass 7
    was         AUX   VBD  auxpass  7   be
    held        VERB  VBN  appos    2   hold
    on          ADP   IN   prep     7
    Monday      PROPN NNP  pobj     8
    .           PUNCT .    punct    2
''', ents=[("DATE", 9, 10)])


@pytest.mark.parametrize("doc, expected", [
    (RUIZ, [("The new plan will fail", "Ann Ruiz")]),
    (CAPITALS, []),
    (NOTE, []),
], ids=["name-label", "capitals-none", "not-a-name-none"])
def test_headline_label(doc, expected):
    assert labelled(doc) == expected


SURNAME = parse('Ruiz: The new plan will fail.\nAnn Ruiz spoke on Monday.', '''
    Ruiz    NOUN  NN   ROOT     0
    :       PUNCT :    punct    0
    The     DET   DT   det      4
    new     ADJ   JJ   amod     4
    plan    NOUN  NN   nsubj    6
    will    AUX   MD   aux      6
    fail    VERB  VB   appos    0
    .       PUNCT .    punct    0
    ¶       SPACE _SP  dep      7
    Ann     PROPN NNP  compound 10
    Ruiz    PROPN NNP  nsubj    11
    spoke   VERB  VBD  ROOT     11  speak
    on      ADP   IN   prep     11
    Monday  PROPN NNP  pobj     12
    .       PUNCT .    punct    11
''', ents=[("PERSON", 9, 11), ("DATE", 13, 14)])

UNNAMED = parse('Update: The new plan will fail.', '''
    Update  NOUN  NN   ROOT     0
    :       PUNCT :    punct    0
    The     DET   DT   det      4
    new     ADJ   JJ   amod     4
    plan    NOUN  NN   nsubj    6
    will    AUX   MD   aux      6
    fail    VERB  VB   appos    0
    .       PUNCT .    punct    0
''')


@pytest.mark.parametrize("doc, expected", [
    (SURNAME, [("The new plan will fail", "Ann Ruiz")]),
    (UNNAMED, []),
], ids=["surname-tagged-noun", "common-word-none"])
def test_headline_surname(doc, expected):
    assert labelled(doc) == expected


ECONOMISTS = parse('Economists: The new tariff will raise prices.', '''
    Economists  NOUN  NNS  ROOT     0   economist
    :           PUNCT :    punct    0
    The         DET   DT   det      4
    new         ADJ   JJ   amod     4
    tariff      NOUN  NN   nsubj    6
    will        AUX   MD   aux      6
    raise       VERB  VB   appos    0
    prices      NOUN  NNS  dobj     6   price
    .           PUNCT .    punct    0
''')

HIGHLIGHTS = parse('Highlights: The new tariff will raise prices.', '''
    Highlights  NOUN  NNS  ROOT     0   highlight
    :           PUNCT :    punct    0
    The         DET   DT   det      4
    new         ADJ   JJ   amod     4
    tariff      NOUN  NN   nsubj    6
    will        AUX   MD   aux      6
    raise       VERB  VB   appos    0
    prices      NOUN  NNS  dobj     6   price
    .           PUNCT .    punct    0
''')

GREENPEACE = parse('Greenpeace: The new dam will flood the valley.', '''
    Greenpeace  NOUN  NN   ROOT     0
    :           PUNCT :    punct    0
    The         DET   DT   det      4
    new         ADJ   JJ   amod     4
    dam         NOUN  NN   nsubj    6
    will        AUX   MD   aux      6
    flood       VERB  VB   appos    0
    the         DET   DT   det      8
    valley      NOUN  NN   dobj     6
    .           PUNCT .    punct    0
''', ents=[("ORG", 0, 1)])

DECK = parse('Economists: Tariffs will raise prices at home;\nFactories brace for costs.', '''
    Economists  NOUN  NNS  ROOT     0   economist
    :           PUNCT :    punct    0
    Tariffs     NOUN  NNS  nsubj    4   tariff
    will        AUX   MD   aux      4
    raise       VERB  VB   appos    0
    prices      NOUN  NNS  dobj     4   price
    at          ADP   IN   prep     4
    home        NOUN  NN   pobj     6
    ;           PUNCT :    punct    0
    ¶           SPACE _SP  dep      8
    Factories   NOUN  NNS  nsubj    11  factory
    brace       VERB  VBP  ROOT     11
    for         ADP   IN   prep     11
    costs       NOUN  NNS  pobj     12  cost
    .           PUNCT .    punct    11
''')

NO_DECK = parse('Economists: Tariffs will raise prices at home;', '''
    Economists  NOUN  NNS  ROOT     0   economist
    :           PUNCT :    punct    0
    Tariffs     NOUN  NNS  nsubj    4   tariff
    will        AUX   MD   aux      4
    raise       VERB  VB   appos    0
    prices      NOUN  NNS  dobj     4   price
    at          ADP   IN   prep     4
    home        NOUN  NN   pobj     6
    ;           PUNCT :    punct    0
''')


@pytest.mark.parametrize("doc, expected", [
    (ECONOMISTS, [("The new tariff will raise prices", "Economists")]),
    (HIGHLIGHTS, []),
    (GREENPEACE, [("The new dam will flood the valley", "Greenpeace")]),
    (DECK, [("Tariffs will raise prices at home", "Economists")]),
    (NO_DECK, []),
], ids=["people-plural", "plural-not-people-none", "one-word-organisation",
        "headline-deck-semicolon", "semicolon-without-deck-none"])
def test_headline_groups(doc, expected):
    assert labelled(doc) == expected


ON_TOPIC = parse('Ann Ruiz on Trade: The new plan will fail.', '''
    Ann     PROPN NNP  compound 1
    Ruiz    PROPN NNP  ROOT     1
    on      ADP   IN   prep     1
    Trade   PROPN NNP  pobj     2
    :       PUNCT :    punct    1
    The     DET   DT   det      7
    new     ADJ   JJ   amod     7
    plan    NOUN  NN   nsubj    9
    will    AUX   MD   aux      9
    fail    VERB  VB   appos    1
    .       PUNCT .    punct    1
''', ents=[("PERSON", 0, 2)])

REPORT_ON = parse('Report on Trade: The new plan will fail.', '''
    Report  NOUN  NN   ROOT     0
    on      ADP   IN   prep     0
    Trade   PROPN NNP  pobj     1
    :       PUNCT :    punct    0
    The     DET   DT   det      6
    new     ADJ   JJ   amod     6
    plan    NOUN  NN   nsubj    8
    will    AUX   MD   aux      8
    fail    VERB  VB   appos    0
    .       PUNCT .    punct    0
''')


@pytest.mark.parametrize("doc, expected", [
    (ON_TOPIC, [("The new plan will fail", "Ann Ruiz")]),
    (REPORT_ON, []),
], ids=["name-on-topic", "not-a-name-on-topic-none"])
def test_headline_name_on_topic(doc, expected):
    assert labelled(doc) == expected


def _capitals_doc(label: str, second: str):
    return parse(f'{label}: Voters back the new plan.\n{second} asked 900 voters.', f'''
    {label}  PROPN NNP  ROOT     0
    :        PUNCT :    punct    0
    Voters   NOUN  NNS  nsubj    3   voter
    back     VERB  VBP  appos    0
    the      DET   DT   det      6
    new      ADJ   JJ   amod     6
    plan     NOUN  NN   dobj     3
    .        PUNCT .    punct    0
    ¶        SPACE _SP  dep      7
    {second} PROPN NNP  nsubj    10
    asked    VERB  VBD  ROOT     10  ask
    900      NUM   CD   nummod   12
    voters   NOUN  NNS  dobj     10  voter
    .        PUNCT .    punct    10
''')


@pytest.mark.parametrize("doc, expected", [
    (_capitals_doc("ACMEPOLL", "AcmePoll"), [("Voters back the new plan", "AcmePoll")]),
    (_capitals_doc("ACMEPOLL", "Gallup"), []),
    (_capitals_doc("UPDATE", "Update"), []),
], ids=["capitals-spelt-in-article", "capitals-not-in-article-none", "page-word-none"])
def test_headline_capitals(doc, expected):
    assert labelled(doc) == expected
