"""Verbs of voice and manner ([cues.voice], [cues.manner], requires = "quotation") are cues
only where they introduce a quotation; a quotation after a colon stands for the clause of
'asked'; 'shot back' is a phrase with an adverb particle.  Hand-built Docs."""
from __future__ import annotations

import pytest
from hand_docs import claims, context, parse

PRESSED = parse('The mayor pressed: "When will it open?"', '''
    The      DET   DT   det     1
    mayor    NOUN  NN   nsubj   2
    pressed  VERB  VBD  ROOT    2   press
    :        PUNCT :    punct   2
    "        PUNCT ``   punct   2
    When     SCONJ WRB  advmod  8
    will     AUX   MD   aux     8
    it       PRON  PRP  nsubj   8
    open     VERB  VB   ccomp   2
    ?        PUNCT .    punct   2
    "        PUNCT ''   punct   2
''')

# a deed: no quotation, no cue
PRESSED_FOR = parse('The mayor pressed for a vote.', '''
    The      DET   DT   det     1
    mayor    NOUN  NN   nsubj   2
    pressed  VERB  VBD  ROOT    2   press
    for      ADP   IN   prep    2
    a        DET   DT   det     5
    vote     NOUN  NN   pobj    3
    .        PUNCT .    punct   2
''')

# a verb of voice may take the quotation directly
CHANTED = parse('Protesters chanted "No more cuts."', '''
    Protesters  NOUN  NNS  nsubj  1   protester
    chanted     VERB  VBD  ROOT   1   chant
    "           PUNCT ``   punct  1
    No          PRON  DT   neg    4
    more        ADJ   JJR  amod   5
    cuts        NOUN  NNS  dobj   1   cut
    .           PUNCT .    punct  1
    "           PUNCT ''   punct  1
''')

# a verb of manner without comma or colon: the quotation is its object, a term
MOCKED = parse('The mayor mocked "the experts" again.', '''
    The      DET   DT   det     1
    mayor    NOUN  NN   nsubj   2
    mocked   VERB  VBD  ROOT    2   mock
    "        PUNCT ``   punct   2
    the      DET   DT   det     5
    experts  NOUN  NNS  dobj    2   expert
    "        PUNCT ''   punct   2
    again    ADV   RB   advmod  2
    .        PUNCT .    punct   2
''')

ASKED = parse('A voter asked: "Why now?"', '''
    A      DET   DT   det     1
    voter  NOUN  NN   nsubj   2
    asked  VERB  VBD  ROOT    2   ask
    :      PUNCT :    punct   2
    "      PUNCT ``   punct   2
    Why    SCONJ WRB  advmod  6
    now    ADV   RB   advmod  2
    ?      PUNCT .    punct   2
    "      PUNCT ''   punct   2
''')

SHOT_BACK = parse('Lee shot back, "That is false."', '''
    Lee    PROPN NNP  nsubj   1
    shot   VERB  VBD  ROOT    1   shoot
    back   ADV   RB   advmod  1
    ,      PUNCT ,    punct   1
    "      PUNCT ``   punct   1
    That   PRON  DT   nsubj   6
    is     AUX   VBZ  ccomp   1   be
    false  ADJ   JJ   acomp   6
    .      PUNCT .    punct   1
    "      PUNCT ''   punct   1
''', ents=[("PERSON", 0, 1)])


# a statement issued, then the quoted paragraph ([cues.statement], requires = "quotation")
STATEMENT = parse('Lee issued the following statement:\n"We mourn the victims."', '''
    Lee        PROPN NNP  nsubj  1
    issued     VERB  VBD  ccomp  9   issue
    the        DET   DT   det    4
    following  VERB  VBG  amod   4   follow
    statement  NOUN  NN   dobj   1
    :          PUNCT :    punct  4
    ¶          SPACE _SP  dep    5
    "          PUNCT ``   punct  9
    We         PRON  PRP  nsubj  9
    mourn      VERB  VBP  ROOT   9
    the        DET   DT   det    11
    victims    NOUN  NNS  dobj   9   victim
    .          PUNCT .    punct  9
    "          PUNCT ''   punct  9
''', ents=[("PERSON", 0, 1)])

STATEMENT_DEED = parse('Lee issued a statement on Monday.', '''
    Lee        PROPN NNP  nsubj  1
    issued     VERB  VBD  ROOT   1   issue
    a          DET   DT   det    3
    statement  NOUN  NN   dobj   1
    on         ADP   IN   prep   1
    Monday     PROPN NNP  pobj   4
    .          PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])


@pytest.mark.parametrize("doc, expected", [
    (PRESSED, [("When will it open?", "cue-before-quote", "a mayor")]),
    (PRESSED_FOR, []),
    (CHANTED, [("No more cuts.", "cue-before-quote", "Protesters")]),
    (MOCKED, []),
    (ASKED, [("Why now?", "cue-before-quote", "a voter")]),
    (SHOT_BACK, [("That is false.", "cue-before-quote", "Lee")]),
    (STATEMENT, [("We mourn the victims.", "cue-before-quote", "Lee")]),
    (STATEMENT_DEED, []),
], ids=["manner-colon", "manner-deed-none", "voice-bare", "manner-bare-term-none",
        "asked-colon", "shot-back", "statement-colon-paragraph", "statement-deed-none"])
def test_manner_cues(doc, expected):
    assert claims(doc) == expected


def test_manner_verb_is_a_cue_only_before_a_quotation():
    assert [c.text for c in context(PRESSED).cues.values()] == ["pressed"]
    # "pressed for" is the [cues.press] phrase, a claim only with a claim-sized object
    # (min_words): 'pressed for a vote' gives none (manner-deed-none)
    assert [c.group for c in context(PRESSED_FOR).cues.values()] == ["press"]
