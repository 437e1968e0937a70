"""What a cue rule is handed: one cue that passed the filters, with its speaker."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from pipeline.attribution.cues import Cue


@dataclass(frozen=True)
class CueAnchor:
    cue: Cue
    speaker: Token                # head of the speaker mention
    speaker_toks: frozenset[int]  # the speaker's subtree (empty when it is the cue itself)

    @classmethod
    def of(cls, cue: Cue, speaker: Token) -> "CueAnchor":
        toks = frozenset(t.i for t in speaker.subtree) if speaker.i != cue.tok.i else frozenset()
        return cls(cue, speaker, toks)
