"""Quote rules and late passes on hand-built Docs: speaker_label, continuation,
signature, multi_paragraph (run through the whole rule book: they read earlier claims)."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

LABEL = parse('Kubiak: "We played well."', '''
    Kubiak  PROPN NNP  ROOT      0
    :       PUNCT :    punct     0
    "       PUNCT ``   punct     0
    We      PRON  PRP  nsubj     4
    played  VERB  VBD  ccomp     0   play
    well    ADV   RB   advmod    4
    .       PUNCT .    punct     0
    "       PUNCT ''   punct     0
''', ents=[("PERSON", 0, 1)])

SLOGAN = parse('Kubiak: "Go team"', '''
    Kubiak  PROPN NNP  ROOT      0
    :       PUNCT :    punct     0
    "       PUNCT ``   punct     0
    Go      VERB  VB   acl       0
    team    NOUN  NN   dobj      3
    "       PUNCT ''   punct     0
''', ents=[("PERSON", 0, 1)])

CONTINUED = parse('Ann Lee said talks would resume. "We are ready."', '''
    Ann     PROPN NNP  compound  1
    Lee     PROPN NNP  nsubj     2
    said    VERB  VBD  ROOT      2   say
    talks   NOUN  NNS  nsubj     5   talk
    would   AUX   MD   aux       5
    resume  VERB  VB   ccomp     2
    .       PUNCT .    punct     2
    "       PUNCT ``   punct     9
    We      PRON  PRP  nsubj     9
    are     AUX   VBP  ROOT      9   be
    ready   ADJ   JJ   acomp     9
    .       PUNCT .    punct     9
    "       PUNCT ''   punct     9
''', ents=[("PERSON", 0, 2)])

# a quotation with nothing before it to continue: no claim
ALONE = parse('Talks resumed. "We are ready."', '''
    Talks    NOUN  NNS  nsubj     1   talk
    resumed  VERB  VBD  ROOT      1   resume
    .        PUNCT .    punct     1
    "        PUNCT ``   punct     5
    We       PRON  PRP  nsubj     5
    are      AUX   VBP  ROOT      5   be
    ready    ADJ   JJ   acomp     5
    .        PUNCT .    punct     5
    "        PUNCT ''   punct     5
''')

# (a paragraph ending without a full stop would be read as a headline)
SIGNED = parse('"We will win." - Jane Doe.', '''
    "     PUNCT ``   punct     3
    We    PRON  PRP  nsubj     3
    will  AUX   MD   aux       3
    win   VERB  VB   ROOT      3
    .     PUNCT .    punct     3
    "     PUNCT ''   punct     3
    -     PUNCT :    punct     8
    Jane  PROPN NNP  compound  8
    Doe   PROPN NNP  ROOT      8
    .     PUNCT .    punct     8
''', ents=[("PERSON", 7, 9)])

UNSIGNED = parse('"We will win." - it is late.', '''
    "     PUNCT ``   punct     3
    We    PRON  PRP  nsubj     3
    will  AUX   MD   aux       3
    win   VERB  VB   ROOT      3
    .     PUNCT .    punct     3
    "     PUNCT ''   punct     3
    -     PUNCT :    punct     8
    it    PRON  PRP  nsubj     8
    is    AUX   VBZ  ROOT      8   be
    late  ADJ   JJ   acomp     8
    .     PUNCT .    punct     8
''')

# the signature as the next line of a quoted paragraph (fact-check layout)
SIGNED_NEXT = parse('"We will win."\n- Jane Doe.', '''
    "     PUNCT ``   punct     3
    We    PRON  PRP  nsubj     3
    will  AUX   MD   aux       3
    win   VERB  VB   ROOT      3
    .     PUNCT .    punct     3
    "     PUNCT ''   punct     3
    ¶     SPACE _SP  dep       5
    -     PUNCT HYPH punct     9
    Jane  PROPN NNP  compound  9
    Doe   PROPN NNP  ROOT      9
    .     PUNCT .    punct     9
''', ents=[("PERSON", 8, 10)])

# a next line that opens with a dash and a name but goes on as a sentence: no signature
NOT_SIGNED_NEXT = parse('"We will win."\n- Jane Doe, the party chair for ten years, was not so sure.', '''
    "      PUNCT ``   punct     3
    We     PRON  PRP  nsubj     3
    will   AUX   MD   aux       3
    win    VERB  VB   ROOT      3
    .      PUNCT .    punct     3
    "      PUNCT ''   punct     3
    ¶      SPACE _SP  dep       5
    -      PUNCT :    punct     18
    Jane   PROPN NNP  compound  9
    Doe    PROPN NNP  nsubj     18
    ,      PUNCT ,    punct     9
    the    DET   DT   det       13
    party  NOUN  NN   compound  13
    chair  NOUN  NN   appos     9
    for    ADP   IN   prep      13
    ten    NUM   CD   nummod    16
    years  NOUN  NNS  pobj      14  year
    ,      PUNCT ,    punct     9
    was    AUX   VBD  ROOT      18  be
    not    PART  RB   neg       18
    so     ADV   RB   advmod    21
    sure   ADJ   JJ   acomp     18
    .      PUNCT .    punct     18
''', ents=[("PERSON", 8, 10)])

# a round-up item: a headline, a spaced dash, then the label
ROUNDUP = parse('Taxes rise again - Ann Lee: "We will cut them."', '''
    Taxes  NOUN  NNS  nsubj     1   tax
    rise   VERB  VBP  ccomp     10
    again  ADV   RB   advmod    1
    -      PUNCT :    punct     1
    Ann    PROPN NNP  compound  5
    Lee    PROPN NNP  dobj      1
    :      PUNCT :    punct     1
    "      PUNCT ``   punct     10
    We     PRON  PRP  nsubj     10
    will   AUX   MD   aux       10
    cut    VERB  VB   ROOT      10
    them   PRON  PRP  dobj      10  they
    .      PUNCT .    punct     10
    "      PUNCT ''   punct     10
''', ents=[("PERSON", 4, 6)])

# 'More from Lee:' ([speaker_label] leads)
MORE_FROM = parse('More from Lee: "We will cut them."', '''
    More  ADJ   JJR  advmod    7
    from  ADP   IN   prep      0
    Lee   PROPN NNP  pobj      1
    :     PUNCT :    punct     7
    "     PUNCT ``   punct     7
    We    PRON  PRP  nsubj     7
    will  AUX   MD   aux       7
    cut   VERB  VB   ROOT      7
    them  PRON  PRP  dobj      7   they
    .     PUNCT .    punct     7
    "     PUNCT ''   punct     7
''', ents=[("PERSON", 2, 3)])

# no name after the dash: no label
ROUNDUP_NO_NAME = parse('Taxes rise again - and soon: "We will cut them."', '''
    Taxes  NOUN  NNS  nsubj     1   tax
    rise   VERB  VBP  ccomp     10
    again  ADV   RB   advmod    1
    -      PUNCT :    punct     1
    and    CCONJ CC   cc        1
    soon   ADV   RB   advmod    1
    :      PUNCT :    punct     10
    "      PUNCT ``   punct     10
    We     PRON  PRP  nsubj     10
    will   AUX   MD   aux       10
    cut    VERB  VB   ROOT      10
    them   PRON  PRP  dobj      10  they
    .      PUNCT .    punct     10
    "      PUNCT ''   punct     10
''')

CHAIN = parse('"We are ready.\n"We will win," Lee said.', '''
    "      PUNCT ``   punct     2
    We     PRON  PRP  nsubj     2
    are    AUX   VBP  ROOT      2   be
    ready  ADJ   JJ   acomp     2
    .      PUNCT .    punct     2
    ¶      SPACE _SP  dep       4
    "      PUNCT ``   punct     14
    We     PRON  PRP  nsubj     9
    will   AUX   MD   aux       9
    win    VERB  VB   ccomp     14
    ,      PUNCT ,    punct     14
    "      PUNCT ''   punct     14
    Lee    PROPN NNP  nsubj     13
    said   VERB  VBD  ROOT      13  say
    .      PUNCT .    punct     13
''', ents=[("PERSON", 12, 13)])


@pytest.mark.parametrize("doc, expected", [
    (LABEL, [("We played well.", "speaker-label", "Kubiak")]),
    (SLOGAN, []),                                       # no sentence: a headline-style label
    (ROUNDUP, [("We will cut them.", "speaker-label", "Ann Lee")]),
    (MORE_FROM, [("We will cut them.", "speaker-label", "Lee")]),
    (ROUNDUP_NO_NAME, []),
    (CONTINUED, [("talks would resume", "cue-clause:say", "Ann Lee"),
                 ("We are ready.", "continuation", "Ann Lee")]),
    (ALONE, []),
    (SIGNED, [("We will win.", "dash-signature", "Jane Doe")]),
    (UNSIGNED, []),
    (SIGNED_NEXT, [("We will win.", "dash-signature", "Jane Doe")]),
    (NOT_SIGNED_NEXT, []),
    (CHAIN, [("We are ready.", "multi-paragraph", "Lee"),
             ("We will win,", "quote-before-cue", "Lee")]),
], ids=["label", "label-slogan-none", "label-after-headline-dash", "label-more-from",
                        "label-after-dash-no-name-none", "continuation", "alone-none", "signature",
        "signature-none", "signature-next-line", "signature-next-line-sentence-none",
        "multi-paragraph"])
def test_quote_rules(doc, expected):
    assert claims(doc) == expected
