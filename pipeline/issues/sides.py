"""Which side of an issue a signal term names, read from the issue's own proposition.

A proposition states a measure and what it acts on: "The US should bar the entry of refugees",
"The US should act against climate change (cut emissions, ...)", "Big banks should be
regulated more strictly". A signal term that the proposition puts under a restrictive word
(stance.toml [negation] restrictive, negative_predicates and negators: "bar", "against",
"cut", "no amnesty") or under a passive restrictive verb ("big banks should be regulated")
names what the measure acts against: the con side. A term the proposition names elsewhere
is the measure itself ("build a border wall"): the pro side. A term it does not name has no
side from it (a topic noun, or what the measure acts on: "illegal immigrants" for "deport
people in the country illegally"); the issue's `pro` / `con` targets and phrases may still
give it one (pipeline.issues.detect._sided). The stance rules use the side: cutting emissions
supports climate action, welcoming refugees opposes barring them, "illegal immigrants are
not criminals" decides nothing. No parse is needed: the proposition is tokenized and a restrictive
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
    return term_sides(proposition, terms, restrictive, window, lang)[0]


def term_sides(proposition: str, terms: Sequence[str], restrictive: Sequence[str],
               window: int = 8, lang: str = "en") -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(con, pro): the terms the proposition names inside a restrictive scope (con, as
    `con_terms`) and the terms it names outside one, whole or by one of their content words
    (pro: the measure itself, "build a border wall"). A term the proposition does not name
    gets neither: "illegal immigrants" for
    "deport people in the country illegally" names what the measure acts on, not a side.

    >>> term_sides("The US should bar the entry of refugees; fund schools.",
    ...            ["refugee|refugees", "school|schools", "Muslims"], ["bar", "no"])
    (('refugee|refugees',), ('school|schools',))
    """
    words = _tokenize(proposition, lang)
    if not words or not terms:
        return (), ()
    norms = [stem(w) for w in words]
    restrict = TermProgram([("r", compile_term(t, lang, use_pos=False)) for t in restrictive])
    scopes = (_restrictive_scopes(words, restrict.run(norms, words, None), window)
              if restrictive else [])
    program = TermProgram([(str(n), compile_term(form, lang, use_pos=False))
                           for n, t in enumerate(terms) for form in [t] + gapped([t])])
    matches = [(int(label), s, e) for label, s, e in program.run(norms, words, None)]

    def inside(s: int, e: int) -> bool:
        return any(lo <= s and e <= hi for lo, hi in scopes)

    con: list[str] = []
    pro: list[str] = []
    for n, s, e in matches:
        if not inside(s, e):
            if terms[n] not in pro:
                pro.append(terms[n])
            continue
        covered = any(m != n and ms <= s and e <= me and me - ms > e - s and not inside(ms, me)
                      for m, ms, me in matches)
        if not covered and terms[n] not in con:
            con.append(terms[n])
    free = {norms[i] for i in range(len(words)) if not inside(i, i + 1)}
    pro += [t for t in terms if t not in con and t not in pro and _shares_word(t, free, lang)]
    return tuple(con), tuple(t for t in pro if t not in con)


def _shares_word(term: str, stems: set[str], lang: str) -> bool:
    """Whether a content word of the term (4 letters or more) is among `stems`: "wealth tax"
    names the measure of "Large fortunes should be taxed every year", "strategic flexibility"
    that of "should gain flexibility"."""
    words = [a.split("/")[0] for w in term.split() for a in w.split("|")]
    return any(len(w) >= 4 and w.isalpha() and stem(w) in stems for w in words)
