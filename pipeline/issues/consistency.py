"""One speaker, one side: a per-Doc pass over the claims' stances (stance.toml [consistency]).

In news, a speaker quoted several times on one issue in one article holds one position. A claim
of that speaker on that issue whose stance only came from a weak rule (`weak`: the default, a
cue alone) takes the stance that the same speaker's evidenced claims on the issue agree on,
when at least one of them was decided by a reliable rule (`deciders`: the issue's own stance
phrases, a negator or restrictive word over its signal, ...). A neutral claim keeps its stance
unless `neutral_targets` ("asked whether" stays a question). Neutral claims neither give nor
block a side (a report of process is no position); evidenced claims that disagree leave the
claim as it is. Only claims whose speaker names someone (`speaker_types`; an unresolved
pronoun or an anonymous description may be several people) take part. `scope = "continued"`
reads only the claim the current one goes on from (pipeline.issues.detect.continued). The
evidence says `speaker:<decider>(<stance>)` before the weak rule it replaces:
"speaker:lexicon(oppose)+default:support | issue:...".
"""
from __future__ import annotations

from typing import Any, Callable, Sequence

from pipeline.issues.detect import continued
from pipeline.issues.stance import StanceRules

# one claim as this pass reads it: (start, end, speaker, kind, speaker type)
SpeakerClaim = tuple[int, int, "str | None", "str | None", "str | None"]
# (issue, stance, evidence) of one claim
Stance = tuple[str, str, str]


def decider(evidence: str) -> str:
    """The rule that decided a stance, from its evidence: the content rule a cue composed
    with, else the first rule named.

    "cue:urged(support)*lexicon:hold hearings(support) | issue:x" -> "lexicon";
    "cue:urged(support) | issue:x" -> "cue"; "default:support | issue:x" -> "default"."""
    first = evidence.split(" | ")[0]
    parts = first.split("*")
    content = parts[-1] if len(parts) > 1 and parts[0].startswith("cue:") else parts[0]
    return content.split("+")[0].split(":")[0]


def speaker_key(speaker: str | None, speaker_type: str | None,
                rules: StanceRules) -> tuple[str, ...] | None:
    """The words of a speaker that takes part in the pass, lowercased; None for a speaker of
    another type than `side_speaker_types` or with no name.

    ("Lena Ortiz", "person") -> ("lena", "ortiz"); ("a senior official", "anonymous") -> None."""
    if not speaker or speaker_type not in rules.side_speaker_types:
        return None
    words = tuple(speaker.lower().split())
    return words or None


def same_speaker(a: tuple[str, ...], b: tuple[str, ...], rules: StanceRules) -> bool:
    """Whether two speaker keys name one speaker: equal, or (`side_name_suffix`) the words of
    one end the other's ("Ortiz" ~ "Lena Ortiz"; not "Ana Ortiz" ~ "Lena Ortiz")."""
    if a == b:
        return True
    n = min(len(a), len(b))
    return rules.side_name_suffix and a[-n:] == b[-n:]


def speaker_sides(claims: Sequence[SpeakerClaim], results: Sequence[Any],
                  bounds: Sequence[tuple[int, int]], rules: StanceRules,
                  stances_of: Callable[[Any], list[Stance]],
                  restance: Callable[[Any, str, str, str], Any]) -> list[Any]:
    """The results of a Doc's claims after the one-speaker-one-side pass (module docstring).
    `stances_of(result)` reads (issue, stance, evidence) of one result; `restance(result,
    issue, stance, evidence)` gives it with a new stance. Off when `side_scope` is "".

    Ortiz: "we must build the sea wall" (advocacy, support), "the wall is no waste"
    (lexicon, support) and "the wall comes up next week" (default) -> the third takes
    support with the evidence speaker:lexicon(support)+default:support."""
    out = list(results)
    if not rules.side_scope:
        return out
    keys = [speaker_key(c[2], c[4], rules) for c in claims]
    # (issue, stance, evidence, decider) of each claim that takes part, read once
    stances = [[(i, s, e, decider(e)) for i, s, e in stances_of(r)] if keys[k] is not None
               else [] for k, r in enumerate(results)]
    weak = [[t for t in st if t[3] in rules.side_weak
             and (t[1] != "neutral" or rules.side_neutral_targets)] for st in stances]
    order = sorted(range(len(claims)), key=lambda k: (claims[k][0], claims[k][1]))
    refs = [claims[k][:4] for k in order]
    for pos, k in enumerate(order):
        if not weak[k]:
            continue        # a neutral cue ("asked", "speculated") keeps its claim neutral
        if rules.side_scope == "continued":
            m = continued(refs, pos, bounds, rules)
            donors = [order[m]] if m is not None and keys[order[m]] is not None else []
        else:
            donors = [j for j in range(len(claims)) if j != k and keys[j] is not None
                      and same_speaker(keys[k], keys[j], rules)]
        for issue, _, evidence, _ in weak[k]:
            side = _agreed(issue, [stances[j] for j in donors], rules)
            if side is not None:
                out[k] = restance(out[k], issue, side[0],
                                  f"speaker:{side[1]}({side[0]})+{evidence}")
    return out


def _agreed(issue: str, donors: Sequence[list[tuple[str, str, str, str]]],
            rules: StanceRules) -> tuple[str, str] | None:
    """(stance, decider) that the evidenced claims `donors` ((issue, stance, evidence,
    decider) each) agree on for `issue`, when one of them was decided by one of
    `side_deciders`; None when none was, or when they disagree. Weak and neutral stances are
    no evidence: [support by lexicon, neutral by process] -> ("support", "lexicon");
    [support by lexicon, oppose by negation] -> None; [support by advocacy] -> None."""
    polar = [(s, d) for st in donors for i, s, _, d in st
             if i == issue and s != "neutral" and d not in rules.side_weak]
    if len({s for s, _ in polar}) != 1:
        return None
    reliable = [d for _, d in polar if d in rules.side_deciders]
    return (polar[0][0], reliable[0]) if reliable else None
