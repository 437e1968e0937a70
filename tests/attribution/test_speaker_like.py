"""speaker_head.speaker_like on hand-built Docs: what can head a speaker mention, and, with
`person_or_body`, only a person or body that can be told something (the addressee test of
as-frames: 'as Lee told reporters,' has no content of its own; 'as Lee told the truth,'
has)."""
from __future__ import annotations

import pytest
from hand_docs import RULES, parse

from pipeline.attribution.speaker_head import speaker_like

TOLD = parse('Lee told reporters the truth and the committee a statement.', '''
    Lee        PROPN NNP  nsubj  1
    told       VERB  VBD  ROOT   1   tell
    reporters  NOUN  NNS  dative 1   reporter
    the        DET   DT   det    4
    truth      NOUN  NN   dobj   1
    and        CCONJ CC   cc     4
    the        DET   DT   det    7
    committee  NOUN  NN   conj   4
    a          DET   DT   det    9
    statement  NOUN  NN   dobj   1
    .          PUNCT .    punct  1
''', ents=[("PERSON", 0, 1)])


@pytest.mark.parametrize("word, any_speaker, person_or_body", [
    ("Lee", True, True),             # a name
    ("reporters", True, True),       # a word for people
    ("committee", True, True),       # a body
    ("statement", True, False),      # a document speaks ('the statement said') but is not told
    ("truth", False, False),         # a thing is neither
])
def test_speaker_like(word, any_speaker, person_or_body):
    tok = next(t for t in TOLD if t.text == word)
    assert speaker_like(tok, RULES) is any_speaker
    assert speaker_like(tok, RULES, person_or_body=True) is person_or_body
