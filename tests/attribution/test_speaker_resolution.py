"""SpeakerResolver steps through the rule book, on hand-built Docs (no model)."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse

ANON = parse('A senior official said talks failed. The official added that they would resume.', '''
    A         DET   DT   det       2
    senior    ADJ   JJ   amod      2
    official  NOUN  NN   nsubj     3
    said      VERB  VBD  ROOT      3   say
    talks     NOUN  NNS  nsubj     5   talk
    failed    VERB  VBD  ccomp     3   fail
    .         PUNCT .    punct     3
    The       DET   DT   det       8
    official  NOUN  NN   nsubj     9
    added     VERB  VBD  ROOT      9   add
    that      SCONJ IN   mark      13
    they      PRON  PRP  nsubj     13
    would     AUX   MD   aux       13
    resume    VERB  VB   ccomp     9
    .         PUNCT .    punct     9
''')

ALIAS = parse('Washington said talks failed.', '''
    Washington  PROPN NNP  nsubj     1
    said        VERB  VBD  ROOT      1   say
    talks       NOUN  NNS  nsubj     3   talk
    failed      VERB  VBD  ccomp     1   fail
    .           PUNCT .    punct     1
''', ents=[("GPE", 0, 1)])

# a bare pronoun with no one before it: no identifiable speaker, no indirect claim
NOBODY = parse('They said talks failed.', '''
    They    PRON  PRP  nsubj     1
    said    VERB  VBD  ROOT      1   say
    talks   NOUN  NNS  nsubj     3   talk
    failed  VERB  VBD  ccomp     1   fail
    .       PUNCT .    punct     1
''')


# a role word ending a person's name is the surname, not a role ("King" in "Dana King"):
# the apposition does not replace the name
SURNAME_ROLE = parse('Dana King, a Texas Democrat, said talks failed.', '''
    Dana      PROPN NNP  compound  1
    King      PROPN NNP  nsubj     7
    ,         PUNCT ,    punct     1
    a         DET   DT   det       5
    Texas     PROPN NNP  compound  5
    Democrat  PROPN NNP  appos     1
    ,         PUNCT ,    punct     1
    said      VERB  VBD  ROOT      7   say
    talks     NOUN  NNS  nsubj     9   talk
    failed    VERB  VBD  ccomp     7   fail
    .         PUNCT .    punct     7
''', ents=[("PERSON", 0, 2), ("GPE", 4, 5), ("NORP", 5, 6)])

# a role word before the name stays a title
ROLE_FIRST = parse('King Charles said talks failed.', '''
    King     PROPN NNP  compound  1
    Charles  PROPN NNP  nsubj     2
    said     VERB  VBD  ROOT      2   say
    talks    NOUN  NNS  nsubj     4   talk
    failed   VERB  VBD  ccomp     2   fail
    .        PUNCT .    punct     2
''', ents=[("PERSON", 1, 2)])


@pytest.mark.parametrize("doc, expected", [
    # "the official" -> the descriptor introduced before
    (ANON, [("talks failed", "cue-clause:say", "a senior official"),
            ("they would resume", "cue-clause:add", "a senior official")]),
    (ALIAS, [("talks failed", "cue-clause:say", "US government")]),   # [speakers.aliases]
    (NOBODY, []),
    (SURNAME_ROLE, [("talks failed", "cue-clause:say", "Dana King")]),
    (ROLE_FIRST, [("talks failed", "cue-clause:say", "Charles")]),
], ids=["anonymous-definite", "alias", "unresolved-pronoun-none", "role-word-surname",
        "role-word-title"])
def test_resolution(doc, expected):
    assert claims(doc) == expected
