"""quote_then_cue: '"X," he said' frames and split quotations, on hand-built Docs."""
from __future__ import annotations

import pytest
from hand_docs import claims, frame_claims, parse

from pipeline.attribution.passes.quote_then_cue import quote_then_cue

AFTER = parse('"We will respond," the minister said.', '''
    "         PUNCT ``   punct     8
    We        PRON  PRP  nsubj     3
    will      AUX   MD   aux       3
    respond   VERB  VB   ccomp     8
    ,         PUNCT ,    punct     8
    "         PUNCT ''   punct     8
    the       DET   DT   det       7
    minister  NOUN  NN   nsubj     8
    said      VERB  VBD  ROOT      8   say
    .         PUNCT .    punct     8
''')

INVERTED = parse('"Talks failed," said Mark Ellis, a spokesman.', '''
    "          PUNCT ``   punct     6
    Talks      NOUN  NNS  nsubj     2   talk
    failed     VERB  VBD  ccomp     6   fail
    ,          PUNCT ,    punct     6
    "          PUNCT ''   punct     6
    said       VERB  VBD  ROOT      5   say
    Mark       PROPN NNP  compound  7
    Ellis      PROPN NNP  nsubj     5
    ,          PUNCT ,    punct     7
    a          DET   DT   det       10
    spokesman  NOUN  NN   appos     7
    .          PUNCT .    punct     5
''', ents=[("PERSON", 6, 8)])

SPLIT = parse('"We are ready," he said, "but not now."', '''
    "      PUNCT ``   punct     7
    We     PRON  PRP  nsubj     2
    are    AUX   VBP  ccomp     7   be
    ready  ADJ   JJ   acomp     2
    ,      PUNCT ,    punct     7
    "      PUNCT ''   punct     7
    he     PRON  PRP  nsubj     7
    said   VERB  VBD  ROOT      7   say
    ,      PUNCT ,    punct     7
    "      PUNCT ``   punct     7
    but    CCONJ CC   cc        11
    not    PART  RB   neg       12
    now    ADV   RB   advmod    7
    .      PUNCT .    punct     7
    "      PUNCT ''   punct     7
''')

CLOSED = parse('"We will respond." He left.', '''
    "        PUNCT ``   punct     3
    We       PRON  PRP  nsubj     3
    will     AUX   MD   aux       3
    respond  VERB  VB   ROOT      3
    .        PUNCT .    punct     3
    "        PUNCT ''   punct     3
    He       PRON  PRP  nsubj     7
    left     VERB  VBD  ROOT      7   leave
    .        PUNCT .    punct     7
''')

# another predicate before the cue: the quotation is not framed by "said"
OTHER_VERB = parse('"Go," they waved and said nothing.', '''
    "        PUNCT ``   punct     4
    Go       VERB  VB   ccomp     4   go
    ,        PUNCT ,    punct     4
    "        PUNCT ''   punct     4
    they     PRON  PRP  nsubj     5
    waved    VERB  VBD  ROOT      5   wave
    and      CCONJ CC   cc        5
    said     VERB  VBD  conj      5   say
    nothing  PRON  NN   dobj      7
    .        PUNCT .    punct     5
''')


# a quote nested at the end of the quotation: the comma before its closing mark counts
NESTED_END = parse('"They told us, \'Wait,\'" she said.', '''
    "      PUNCT ``   punct     11
    They   PRON  PRP  nsubj     2
    told   VERB  VBD  ccomp     11  tell
    us     PRON  PRP  dobj      2   we
    ,      PUNCT ,    punct     2
    '      PUNCT ``   punct     2
    Wait   VERB  VB   xcomp     2
    ,      PUNCT ,    punct     2
    '      PUNCT ''   punct     11
    "      PUNCT ''   punct     11
    she    PRON  PRP  nsubj     11
    said   VERB  VBD  ROOT      11  say
    .      PUNCT .    punct     11
''')

# another verb after the cue: the second quotation belongs to the added clause, no split
ADDED_THAT = parse('"We paid," she said, but added that in the end, "it was worth it."', '''
    "      PUNCT ``   punct     6
    We     PRON  PRP  nsubj     2
    paid   VERB  VBD  ccomp     6   pay
    ,      PUNCT ,    punct     6
    "      PUNCT ''   punct     6
    she    PRON  PRP  nsubj     6
    said   VERB  VBD  ROOT      6   say
    ,      PUNCT ,    punct     6
    but    CCONJ CC   cc        6
    added  VERB  VBD  conj      6   add
    that   SCONJ IN   mark      17
    in     ADP   IN   prep      17
    the    DET   DT   det       13
    end    NOUN  NN   pobj      11
    ,      PUNCT ,    punct     17
    "      PUNCT ``   punct     17
    it     PRON  PRP  nsubj     17
    was    AUX   VBD  ccomp     9   be
    worth  ADJ   JJ   acomp     17
    it     PRON  PRP  npadvmod  18
    .      PUNCT .    punct     6
    "      PUNCT ''   punct     6
''')


# an aside between the speaker and the cue: its verb neither stops the frame nor heads it
ASIDE = parse('"We won," Ann Lee, now 81 and retired in Reno, said.', '''
    "        PUNCT ``   punct     15
    We       PRON  PRP  nsubj     2
    won      VERB  VBD  ccomp     15  win
    ,        PUNCT ,    punct     2
    "        PUNCT ''   punct     2
    Ann      PROPN NNP  compound  6
    Lee      PROPN NNP  nsubj     11
    ,        PUNCT ,    punct     6
    now      ADV   RB   advmod    9
    81       NUM   CD   appos     6
    and      CCONJ CC   cc        9
    retired  VERB  VBN  ccomp     2   retire
    in       ADP   IN   prep      11
    Reno     PROPN NNP  pobj      12
    ,        PUNCT ,    punct     15
    said     VERB  VBD  ROOT      15  say
    .        PUNCT .    punct     15
''', ents=[("PERSON", 5, 7)])

# ... and no speech verb after the aside: no frame
ASIDE_NO_CUE = parse('"Lost," Ann Lee, now 81 and retired in Reno, nodded.', '''
    "        PUNCT ``   punct     14
    Lost     VERB  VBN  ccomp     14  lose
    ,        PUNCT ,    punct     1
    "        PUNCT ''   punct     1
    Ann      PROPN NNP  compound  5
    Lee      PROPN NNP  nsubj     14
    ,        PUNCT ,    punct     5
    now      ADV   RB   advmod    8
    81       NUM   CD   appos     5
    and      CCONJ CC   cc        8
    retired  VERB  VBN  conj      8   retire
    in       ADP   IN   prep      10
    Reno     PROPN NNP  pobj      11
    ,        PUNCT ,    punct     14
    nodded   VERB  VBD  ROOT      14  nod
    .        PUNCT .    punct     14
''', ents=[("PERSON", 4, 6)])


@pytest.mark.parametrize("doc, expected", [
    (AFTER, [("We will respond,", "quote-before-cue")]),
    (INVERTED, [("Talks failed,", "quote-before-cue")]),
    (SPLIT, [("We are ready,", "quote-before-cue"), ("but not now.", "split-quote")]),
    (CLOSED, []),
    (OTHER_VERB, []),
    (NESTED_END, [("They told us, 'Wait,'", "quote-before-cue")]),
    (ADDED_THAT, [("We paid,", "quote-before-cue")]),
    (ASIDE_NO_CUE, []),
], ids=["after", "inverted", "split", "closed-sentence", "other-verb-first", "nested-quote-end",
        "no-split-after-added-clause", "aside-no-cue-none"])
def test_quote_then_cue(doc, expected):
    assert frame_claims(quote_then_cue, doc) == expected


# the parser took a separator line after the paragraph for a second subject of "replied"
NEXT_LINE_SUBJECT = parse('"Well, that is close to true," replied Lee.\n___.', '''
    "        PUNCT ``   punct     10
    Well     INTJ  UH   intj      4
    ,        PUNCT ,    punct     4
    that     PRON  DT   nsubj     4
    is       AUX   VBZ  ccomp     10  be
    close    ADJ   JJ   acomp     4
    to       ADP   IN   prep      5
    true     ADJ   JJ   pobj      6
    ,        PUNCT ,    punct     10
    "        PUNCT ''   punct     10
    replied  VERB  VBD  ROOT      10  reply
    Lee      PROPN NNP  nsubj     10
    .        PUNCT .    npadvmod  10
    ¶        SPACE _SP  dep       12
    _        PUNCT NFP  nsubj     10
    _        PUNCT NFP  attr      10
    _        PUNCT NFP  dobj      10
    .        PUNCT .    punct     10
''', ents=[("PERSON", 11, 12)])


# a stray line break inside the sentence: the first line is no headline
BROKEN_LINE = parse('"Some voters," Lee added, "want a\nchange."', '''
    "       PUNCT ``   punct      9
    Some    DET   DT   det        2
    voters  NOUN  NNS  nsubj      9   voter
    ,       PUNCT ,    punct      6
    "       PUNCT ''   punct      6
    Lee     PROPN NNP  nsubj      6
    added   VERB  VBD  parataxis  9   add
    ,       PUNCT ,    punct      6
    "       PUNCT ``   punct      9
    want    VERB  VBP  ROOT       9
    a       DET   DT   det        12
    ¶       SPACE _SP  dep        10
    change  NOUN  NN   dobj       9
    .       PUNCT .    punct      9
    "       PUNCT ''   punct      9
''', ents=[("PERSON", 5, 6)])

# a short line without a full stop before a capitalised one stays a headline
HEADLINE = parse('"Voters want change," Lee says\nThe race tightens.', '''
    "        PUNCT ``   punct      6
    Voters   NOUN  NNS  nsubj      2   voter
    want     VERB  VBP  ccomp      6
    change   NOUN  NN   dobj       2
    ,        PUNCT ,    punct      6
    "        PUNCT ''   punct      6
    Lee      PROPN NNP  nsubj      7
    says     VERB  VBZ  ROOT       7   say
    ¶        SPACE _SP  dep        7
    The      DET   DT   det        10
    race     NOUN  NN   nsubj      11
    tightens VERB  VBZ  ROOT       11  tighten
    .        PUNCT .    punct      11
''', ents=[("PERSON", 6, 7)])


@pytest.mark.parametrize("doc, expected", [
    (BROKEN_LINE, [("Some voters,", "quote-before-cue")]),
    (HEADLINE, []),
], ids=["broken-line-no-headline", "headline-none"])
def test_line_breaks(doc, expected):
    assert frame_claims(quote_then_cue, doc) == expected


# a full stop inside the mark, then a bare 'Lee said.' frame
FULL_STOP = parse('"We will win." Lee said.', '''
    "     PUNCT ``   punct  3
    We    PRON  PRP  nsubj  3
    will  AUX   MD   aux    3
    win   VERB  VB   ROOT   3
    .     PUNCT .    punct  3
    "     PUNCT ''   punct  3
    Lee   PROPN NNP  nsubj  7
    said  VERB  VBD  ROOT   7   say
    .     PUNCT .    punct  7
''', ents=[("PERSON", 6, 7)])

# ... but not a sentence that goes on after the verb
FULL_STOP_SENTENCE = parse('"We will win." He said nothing.', '''
    "        PUNCT ``   punct  3
    We       PRON  PRP  nsubj  3
    will     AUX   MD   aux    3
    win      VERB  VB   ROOT   3
    .        PUNCT .    punct  3
    "        PUNCT ''   punct  3
    He       PRON  PRP  nsubj  7
    said     VERB  VBD  ROOT   7   say
    nothing  PRON  NN   dobj   7
    .        PUNCT .    punct  7
''')


@pytest.mark.parametrize("doc, expected", [
    (FULL_STOP, [("We will win.", "quote-before-cue")]),
    (FULL_STOP_SENTENCE, []),
], ids=["full-stop-bare-frame", "full-stop-sentence-none"])
def test_full_stop_frames(doc, expected):
    assert frame_claims(quote_then_cue, doc) == expected


def test_subject_from_the_next_line_is_not_the_speaker():
    assert claims(NEXT_LINE_SUBJECT) == [("Well, that is close to true,", "quote-before-cue", "Lee")]


def test_aside_leaves_the_speaker():
    assert claims(ASIDE) == [("We won,", "quote-before-cue", "Ann Lee")]
