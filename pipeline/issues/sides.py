"""Which side of an issue a signal term names, read from the issue's own proposition.

A proposition states a measure and what it acts on: "The US should bar the entry of refugees",
"The US should act against climate change (cut emissions, ...)", "Big banks should be
regulated more strictly". A signal term that the proposition puts under a restrictive word
(stance.toml [negation] restrictive, negative_predicates and negators: "bar", "against",
"cut", "no amnesty") or under a passive restrictive verb ("big banks should be regulated")
names what the measure acts against: the con side. Every other term is on the pro side. The
stance rules use the side: cutting emissions supports climate action, welcoming refugees
opposes barring them. No parse is needed: the proposition is tokenized and a restrictive
word governs the words after it up to `negation.window` tokens or a clause mark.
"""
from __future__ import annotations

from typing import Sequence

from pipeline.issues.terms import TermProgram, _tokenize, compile_term, gapped, stem

# a restrictive word's scope in the proposition stops at these tokens
_CLAUSE_MARKS = {",", ";", ":", ".", "(", ")", "—", "–", "!", "?"}
_PASSIVE = {"be", "been", "being", "is", "are", "was", "were"}


def _restrictive_scopes(words: Sequence[str], hits: Sequence[tuple[str, int, int]],
                        window: int) -> list[tuple[int, int]]:
    """Token ranges governed by restrictive hits: the words after one, up to `window` tokens
    or a clause mark; for a passive ("should be regulated") the clause before it; for a noun
    after a term ("an assault-weapons ban", "Muslim ban") the word before it."""
    scopes = []
    for _, s, e in hits:
        hi = e
        if e - s > 1:                                   # "keep guns from": the gap too
            scopes.append((s + 1, e))
        while hi < len(words) and hi - e < window and words[hi] not in _CLAUSE_MARKS:
            hi += 1
        scopes.append((e, hi))
        before = [w.lower() for w in words[max(0, s - 3):s]]
        if any(w in _PASSIVE for w in before):
            lo = s
            while lo > 0 and words[lo - 1] not in _CLAUSE_MARKS:
                lo -= 1
            scopes.append((lo, s))
        elif s > 0 and (e == len(words) or words[e] in _CLAUSE_MARKS
                        or words[s - 1] in ("-", "–")):      # "an assault-weapons ban,"
            scopes.append((max(0, s - 3), s))
    return scopes


def con_terms(proposition: str, terms: Sequence[str], restrictive: Sequence[str],
              window: int = 8, lang: str = "en") -> tuple[str, ...]:
    """The terms the proposition puts on the con side (what the measure acts against).

    A term counts where it (or its gapped form, as the signal matcher has it) matches the
    proposition inside a restrictive scope and no longer term covers that place outside one.

    >>> con_terms("The US should bar the entry of refugees; fund schools.",
    ...           ["refugee|refugees", "school|schools"], ["bar", "no"])
    ('refugee|refugees',)
    """
    words = _tokenize(proposition, lang)
    if not words or not terms or not restrictive:
        return ()
    norms = [stem(w) for w in words]
    restrict = TermProgram([("r", compile_term(t, lang, use_pos=False)) for t in restrictive])
    scopes = _restrictive_scopes(words, restrict.run(norms, words, None), window)
    program = TermProgram([(str(n), compile_term(form, lang, use_pos=False))
                           for n, t in enumerate(terms) for form in [t] + gapped([t])])
    matches = [(int(label), s, e) for label, s, e in program.run(norms, words, None)]

    def inside(s: int, e: int) -> bool:
        return any(lo <= s and e <= hi for lo, hi in scopes)

    out = []
    for n, s, e in matches:
        if not inside(s, e):
            continue
        covered = any(m != n and ms <= s and e <= me and me - ms > e - s and not inside(ms, me)
                      for m, ms, me in matches)
        if not covered and terms[n] not in out:
            out.append(terms[n])
    return tuple(out)

