"""speaker_head when the parser takes the state or country of a place for the subject ('In
Salem, Oregon, Lee said', on hand-built Docs): the place between commas gives way to the
subject after it, whether parsed as a second subject or as its conjunct; a list of places
keeps its first member."""
from __future__ import annotations

import pytest
from hand_docs import context, parse

from pipeline.attribution.speaker_head import cue_speaker

SECOND_SUBJECT = parse('In Salem, New Hampshire, Lee said talks failed.', '''
    In        ADP   IN   prep      7
    Salem     PROPN NNP  pobj      0
    ,         PUNCT ,    punct     7
    New       PROPN NNP  compound  4
    Hampshire PROPN NNP  nsubj     7
    ,         PUNCT ,    punct     7
    Lee       PROPN NNP  nsubj     7
    said      VERB  VBD  ROOT      7   say
    talks     NOUN  NNS  nsubj     9   talk
    failed    VERB  VBD  ccomp     7   fail
    .         PUNCT .    punct     7
''', ents=[("GPE", 1, 2), ("GPE", 3, 5), ("PERSON", 6, 7)])

CONJUNCT = parse('In Salem, Oregon, Lee said talks failed.', '''
    In      ADP   IN   prep      6
    Salem   PROPN NNP  pobj      0
    ,       PUNCT ,    punct     6
    Oregon  PROPN NNP  nsubj     6
    ,       PUNCT ,    punct     3
    Lee     PROPN NNP  conj      3
    said    VERB  VBD  ROOT      6   say
    talks   NOUN  NNS  nsubj     8   talk
    failed  VERB  VBD  ccomp     6   fail
    .       PUNCT .    punct     6
''', ents=[("GPE", 1, 2), ("GPE", 3, 4), ("PERSON", 5, 6)])

# a list of countries after an opening phrase: its first member stays the subject
COUNTRIES = parse('In a statement, Russia, Iran and Lee said talks failed.', '''
    In         ADP   IN   prep      9
    a          DET   DT   det       2
    statement  NOUN  NN   pobj      0
    ,          PUNCT ,    punct     9
    Russia     PROPN NNP  nsubj     9
    ,          PUNCT ,    punct     4
    Iran       PROPN NNP  conj      4
    and        CCONJ CC   cc        6
    Lee        PROPN NNP  conj      6
    said       VERB  VBD  ROOT      9   say
    talks      NOUN  NNS  nsubj     11  talk
    failed     VERB  VBD  ccomp     9   fail
    .          PUNCT .    punct     9
''', ents=[("GPE", 4, 5), ("GPE", 6, 7), ("PERSON", 8, 9)])


def head_of_said(doc) -> str | None:
    ctx = context(doc)
    cue = next(c for c in ctx.cues.values() if c.text == "said")
    head = cue_speaker(ctx, cue)
    return None if head is None else head.text


@pytest.mark.parametrize("doc, expected", [
    (SECOND_SUBJECT, "Lee"), (CONJUNCT, "Lee"), (COUNTRIES, "Russia"),
], ids=["place-as-second-subject", "person-as-conjunct-of-place", "list-of-places-first"])
def test_place_set_off_is_no_subject(doc, expected):
    assert head_of_said(doc) == expected
