"""content.cut_trailing_aside on hand-built Docs: a closing non-restrictive relative clause,
an apposition or a contrast clause reporting someone else is cut off the reported clause;
an aside inside the clause, one holding a quotation (unless a report inside the aside
opens it), a list ('his wife, Ann, and friends')
and a contrast clause reporting nobody stay."""
from __future__ import annotations

import pytest
from hand_docs import cue_claims, parse

from pipeline.attribution.passes.clauses import reported_clause

RELATIVE = parse('She said she would meet the mayor, who took office in May.', '''
    She     PRON  PRP  nsubj  1
    said    VERB  VBD  ROOT   1   say
    she     PRON  PRP  nsubj  4
    would   AUX   MD   aux    4
    meet    VERB  VB   ccomp  1
    the     DET   DT   det    6
    mayor   NOUN  NN   dobj   4
    ,       PUNCT ,    punct  6
    who     PRON  WP   nsubj  9
    took    VERB  VBD  relcl  6   take
    office  NOUN  NN   dobj   9
    in      ADP   IN   prep   9
    May     PROPN NNP  pobj   11
    .       PUNCT .    punct  1
''')

INSIDE = parse('She said the plan, which passed in May, would cost more.', '''
    She     PRON  PRP  nsubj  1
    said    VERB  VBD  ROOT   1   say
    the     DET   DT   det    3
    plan    NOUN  NN   nsubj  11
    ,       PUNCT ,    punct  3
    which   PRON  WDT  nsubj  6
    passed  VERB  VBD  relcl  3   pass
    in      ADP   IN   prep   6
    May     PROPN NNP  pobj   7
    ,       PUNCT ,    punct  3
    would   AUX   MD   aux    11
    cost    VERB  VB   ccomp  1
    more    ADJ   JJR  dobj   11  much
    .       PUNCT .    punct  1
''')

QUOTED = parse('She said turnout was low, which "hurts us all".', '''
    She      PRON  PRP  nsubj  1
    said     VERB  VBD  ROOT   1   say
    turnout  NOUN  NN   nsubj  3
    was      AUX   VBD  ccomp  1   be
    low      ADJ   JJ   acomp  3
    ,        PUNCT ,    punct  3
    which    PRON  WDT  nsubj  8
    "        PUNCT ``   punct  8
    hurts    VERB  VBZ  relcl  4   hurt
    us       PRON  PRP  dobj   8   we
    all      DET   DT   appos  9
    "        PUNCT ''   punct  8
    .        PUNCT .    punct  1
''')

CONTRAST = parse('Some voters said taxes were too high, while others said they were fair.', '''
    Some    DET   DT   det    1
    voters  NOUN  NNS  nsubj  2   voter
    said    VERB  VBD  ROOT   2   say
    taxes   NOUN  NNS  nsubj  4   tax
    were    AUX   VBD  ccomp  2   be
    too     ADV   RB   advmod 6
    high    ADJ   JJ   acomp  4
    ,       PUNCT ,    punct  4
    while   SCONJ IN   mark   10
    others  NOUN  NNS  nsubj  10  other
    said    VERB  VBD  advcl  4   say
    they    PRON  PRP  nsubj  12
    were    AUX   VBD  ccomp  10  be
    fair    ADJ   JJ   acomp  12
    .       PUNCT .    punct  2
''')

WHILE_NO_REPORT = parse('He said rents rose fast, while wages barely moved.', '''
    He      PRON  PRP  nsubj  1
    said    VERB  VBD  ROOT   1   say
    rents   NOUN  NNS  nsubj  3   rent
    rose    VERB  VBD  ccomp  1   rise
    fast    ADV   RB   advmod 3
    ,       PUNCT ,    punct  3
    while   SCONJ IN   mark   9
    wages   NOUN  NNS  nsubj  9   wage
    barely  ADV   RB   advmod 9
    moved   VERB  VBD  advcl  3   move
    .       PUNCT .    punct  1
''')

APPOSITION = parse('He said he backed the levy, a tax on imports.', '''
    He      PRON  PRP  nsubj  1
    said    VERB  VBD  ROOT   1   say
    he      PRON  PRP  nsubj  3
    backed  VERB  VBD  ccomp  1   back
    the     DET   DT   det    5
    levy    NOUN  NN   dobj   3
    ,       PUNCT ,    punct  5
    a       DET   DT   det    8
    tax     NOUN  NN   appos  5
    on      ADP   IN   prep   8
    imports NOUN  NNS  pobj   9   import
    .       PUNCT .    punct  1
''')

LIST = parse('He said he came with his wife, Ann, and friends.', '''
    He      PRON  PRP  nsubj  1
    said    VERB  VBD  ROOT   1   say
    he      PRON  PRP  nsubj  3
    came    VERB  VBD  ccomp  1   come
    with    ADP   IN   prep   3
    his     PRON  PRP$ poss   6
    wife    NOUN  NN   pobj   4
    ,       PUNCT ,    punct  6
    Ann     PROPN NNP  appos  6
    ,       PUNCT ,    punct  6
    and     CCONJ CC   cc     6
    friends NOUN  NNS  conj   6   friend
    .       PUNCT .    punct  1
''')

WHEN = parse('She said donors joined after May, when the fund opened.', '''
    She     PRON  PRP  nsubj  1
    said    VERB  VBD  ROOT   1   say
    donors  NOUN  NNS  nsubj  3   donor
    joined  VERB  VBD  ccomp  1   join
    after   ADP   IN   prep   3
    May     PROPN NNP  pobj   4
    ,       PUNCT ,    punct  5
    when    SCONJ WRB  advmod 10
    the     DET   DT   det    9
    fund    NOUN  NN   nsubj  10
    opened  VERB  VBD  relcl  5   open
    .       PUNCT .    punct  1
''')

REPORTED_QUOTE = parse('He said voters backed Lee, whom the board called "reckless".', '''
    He       PRON  PRP  nsubj  1
    said     VERB  VBD  ROOT   1   say
    voters   NOUN  NNS  nsubj  3   voter
    backed   VERB  VBD  ccomp  1   back
    Lee      PROPN NNP  dobj   3
    ,        PUNCT ,    punct  4
    whom     PRON  WP   dobj   9
    the      DET   DT   det    8
    board    NOUN  NN   nsubj  9
    called   VERB  VBD  relcl  4   call
    "        PUNCT ``   punct  11
    reckless ADJ   JJ   oprd   9
    "        PUNCT ''   punct  11
    .        PUNCT .    punct  1
''')

THOUGH = parse('Most voters said taxes were high, though others said they were fair.', '''
    Most    ADJ   JJS  amod   1   most
    voters  NOUN  NNS  nsubj  2   voter
    said    VERB  VBD  ROOT   2   say
    taxes   NOUN  NNS  nsubj  4   tax
    were    AUX   VBD  ccomp  2   be
    high    ADJ   JJ   acomp  4
    ,       PUNCT ,    punct  4
    though  SCONJ IN   mark   9
    others  NOUN  NNS  nsubj  9   other
    said    VERB  VBD  advcl  4   say
    they    PRON  PRP  nsubj  11
    were    AUX   VBD  ccomp  9   be
    fair    ADJ   JJ   acomp  11
    .       PUNCT .    punct  2
''')

THOUGH_ADJECTIVE = parse('She said it was a fair, although brief, talk he wanted.', '''
    She       PRON  PRP  nsubj  1
    said      VERB  VBD  ROOT   1   say
    it        PRON  PRP  nsubj  3
    was       AUX   VBD  ccomp  1   be
    a         DET   DT   det    5
    fair      ADJ   JJ   attr   3
    ,         PUNCT ,    punct  3
    although  SCONJ IN   mark   8
    brief     ADJ   JJ   advcl  3
    ,         PUNCT ,    punct  8
    talk      NOUN  NN   conj   8
    he        PRON  PRP  nsubj  12
    wanted    VERB  VBD  relcl  10  want
    .         PUNCT .    punct  1
''')

SECOND_OBJECT = parse('He said voters would pay more, a concession aides noted.', '''
    He          PRON  PRP  nsubj  1
    said        VERB  VBD  ROOT   1   say
    voters      NOUN  NNS  nsubj  4   voter
    would       AUX   MD   aux    4
    pay         VERB  VB   ccomp  1
    more        ADJ   JJR  dobj   4   much
    ,           PUNCT ,    punct  4
    a           DET   DT   det    8
    concession  NOUN  NN   dobj   4
    aides       NOUN  NNS  nsubj  10  aide
    noted       VERB  VBD  relcl  8   note
    .           PUNCT .    punct  1
''')

LATE_OBJECT = parse('He said they bought, at last, a house.', '''
    He      PRON  PRP  nsubj  1
    said    VERB  VBD  ROOT   1   say
    they    PRON  PRP  nsubj  3
    bought  VERB  VBD  ccomp  1   buy
    ,       PUNCT ,    punct  3
    at      ADP   IN   prep   3
    last    ADJ   JJ   pobj   5
    ,       PUNCT ,    punct  3
    a       DET   DT   det    9
    house   NOUN  NN   dobj   3
    .       PUNCT .    punct  1
''')


EVEN_AS = parse('He said rents rose fast, even as critics argued they fell.', '''
    He       PRON  PRP  nsubj  1
    said     VERB  VBD  ROOT   1   say
    rents    NOUN  NNS  nsubj  3   rent
    rose     VERB  VBD  ccomp  1   rise
    fast     ADV   RB   advmod 3
    ,        PUNCT ,    punct  3
    even     ADV   RB   advmod 9
    as       SCONJ IN   mark   9
    critics  NOUN  NNS  nsubj  9   critic
    argued   VERB  VBD  advcl  3   argue
    they     PRON  PRP  nsubj  11
    fell     VERB  VBD  ccomp  9   fall
    .        PUNCT .    punct  1
''')

AS_REPORT = parse('She said the levy works, as rivals claimed it failed.', '''
    She      PRON  PRP  nsubj  1
    said     VERB  VBD  ROOT   1   say
    the      DET   DT   det    3
    levy     NOUN  NN   nsubj  4
    works    VERB  VBZ  ccomp  1   work
    ,        PUNCT ,    punct  4
    as       SCONJ IN   mark   8
    rivals   NOUN  NNS  nsubj  8   rival
    claimed  VERB  VBD  advcl  4   claim
    it       PRON  PRP  nsubj  10
    failed   VERB  VBD  ccomp  8   fail
    .        PUNCT .    punct  1
''')

AS_FRAME = parse('She said the levy works well, as she had predicted.', '''
    She        PRON  PRP  nsubj  1
    said       VERB  VBD  ROOT   1   say
    the        DET   DT   det    3
    levy       NOUN  NN   nsubj  4
    works      VERB  VBZ  ccomp  1   work
    well       ADV   RB   advmod 4
    ,          PUNCT ,    punct  4
    as         SCONJ IN   mark   10
    she        PRON  PRP  nsubj  10
    had        AUX   VBD  aux    10  have
    predicted  VERB  VBN  advcl  4   predict
    .          PUNCT .    punct  1
''')

AS_NO_REPORT = parse('He said the team played hard, as fans cheered.', '''
    He       PRON  PRP  nsubj  1
    said     VERB  VBD  ROOT   1   say
    the      DET   DT   det    3
    team     NOUN  NN   nsubj  4
    played   VERB  VBD  ccomp  1   play
    hard     ADV   RB   advmod 4
    ,        PUNCT ,    punct  4
    as       SCONJ IN   mark   9
    fans     NOUN  NNS  nsubj  9   fan
    cheered  VERB  VBD  advcl  4   cheer
    .        PUNCT .    punct  1
''')


@pytest.mark.parametrize("doc, expected", [
    (RELATIVE, "she would meet the mayor"),
    (INSIDE, "the plan, which passed in May, would cost more"),
    (QUOTED, 'turnout was low, which "hurts us all"'),
    (CONTRAST, "taxes were too high"),
    (WHILE_NO_REPORT, "rents rose fast, while wages barely moved"),
    (APPOSITION, "he backed the levy"),
    (LIST, "he came with his wife, Ann, and friends"),
    (WHEN, "donors joined after May"),
    (REPORTED_QUOTE, "voters backed Lee"),
    (THOUGH, "taxes were high"),
    (THOUGH_ADJECTIVE, "it was a fair, although brief, talk he wanted"),
    (SECOND_OBJECT, "voters would pay more"),
    (LATE_OBJECT, "they bought, at last, a house"),
    (EVEN_AS, "rents rose fast"),
    (AS_REPORT, "the levy works"),
    (AS_FRAME, "the levy works well, as she had predicted"),
    (AS_NO_REPORT, "the team played hard, as fans cheered"),
], ids=["closing-relative-cut", "inner-relative-kept", "quoted-relative-kept",
        "contrast-report-cut", "contrast-no-report-kept", "apposition-cut", "list-kept",
        "when-relative-cut", "relative-quoting-another-report-cut",
        "though-report-cut", "although-adjective-kept", "second-object-gloss-cut",
        "late-object-kept", "even-as-report-cut", "as-report-with-clause-cut",
        "as-frame-without-clause-kept", "as-no-report-kept"])
def test_trailing_aside(doc, expected):
    claims = [c for c, evidence, _ in cue_claims(reported_clause, doc) if evidence == "cue-clause:say"]
    assert claims[0] == expected


# content._extend_right: a noun the parser coordinated with the cue verb is a list item of
# the content; a coordinated verb is the speaker's next deed and stays out
NOUN_LIST = parse('He proposes to pay through fees, new taxes and savings.', '''
    He        PRON  PRP  nsubj  1
    proposes  VERB  VBZ  ROOT   1   propose
    to        PART  TO   aux    3
    pay       VERB  VB   xcomp  1
    through   ADP   IN   prep   3
    fees      NOUN  NNS  pobj   4   fee
    ,         PUNCT ,    punct  1
    new       ADJ   JJ   amod   8
    taxes     NOUN  NNS  conj   1   tax
    and       CCONJ CC   cc     8
    savings   NOUN  NNS  conj   8   saving
    .         PUNCT .    punct  1
''')

VERB_AFTER = parse('She promised lower fees and resigned.', '''
    She       PRON  PRP  nsubj  1
    promised  VERB  VBD  ROOT   1   promise
    lower     ADJ   JJR  amod   3   low
    fees      NOUN  NNS  dobj   1   fee
    and       CCONJ CC   cc     1
    resigned  VERB  VBD  conj   1   resign
    .         PUNCT .    punct  1
''')


@pytest.mark.parametrize("doc, expected", [
    (NOUN_LIST, "to pay through fees, new taxes and savings"),
    (VERB_AFTER, "lower fees"),
], ids=["noun-conj-of-cue-in-content", "verb-conj-of-cue-out"])
def test_coordinated_noun_list(doc, expected):
    assert [c for c, _, _ in cue_claims(reported_clause, doc)] == [expected]
