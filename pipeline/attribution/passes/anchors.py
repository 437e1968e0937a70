"""What a cue rule is handed: one cue that passed the filters, with its speaker."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from pipeline.attribution.cues import Cue


@dataclass(frozen=True)
class CueAnchor:
    cue: Cue
    speaker: Token                # head of the speaker mention
    speaker_end: int              # last token of the speaker's subtree (-1: the cue itself)

    @classmethod
    def of(cls, cue: Cue, speaker: Token) -> "CueAnchor":
        # the right edge is the subtree's last token (spaCy keeps it so, non-projective
        # trees included), read without walking the subtree
        return cls(cue, speaker, speaker.right_edge.i if speaker.i != cue.tok.i else -1)
