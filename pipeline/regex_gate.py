"""A regex's search, faster, same matches: `gated(pattern)` puts a lookahead for the
characters a match can start with in front of it.

Python's engine tries every alternative of a pattern at every position of the text; when
each alternative opens with an assertion (`\\b`, a lookbehind) or a case-insensitive group,
it cannot skip ahead to where one could start, so a pattern of twenty alternatives costs
twenty tries per character. `(?=[first chars])` fails at once where no alternative can
consume its first character, and where one can, the pattern runs as before: the same
matches, groups and names (the statement-date finder of a sentence: 0.096 s -> 0.020 s on
the 1,025 sentences of 120 bench articles).

    >>> fast = gated(re.compile(r"(?<![\\w-])(?i:yesterday|last week)"))
    >>> fast.pattern
    '(?=(?i:[yl]))(?:(?<![\\\\w-])(?i:yesterday|last week))'
    >>> [m.group() for m in fast.finditer("Yesterday and last week")]
    ['Yesterday', 'last week']

The first characters are read off the parsed pattern (literals, classes, `\\d \\w \\s`),
skipping zero-width items; the class is matched case-insensitively, so it holds whatever
a literal may match under `(?i)` (a superset for case-sensitive ones). A pattern that can
match the empty string, or opens with anything else (`.`, a negated class, a
backreference), is returned as it is.
"""
from __future__ import annotations

import re

try:                                          # Python >= 3.11
    from re import _constants as C, _parser as P
except ImportError:                           # pragma: no cover - Python 3.10
    import sre_constants as C                 # type: ignore[no-redef]
    import sre_parse as P                     # type: ignore[no-redef]

_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
               C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w",
               C.CATEGORY_NOT_WORD: r"\W"}
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_REPEATS = tuple(getattr(C, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(C, name))


class _Unknown(Exception):
    """The pattern opens with something whose first characters are not read here."""


def _class_items(items) -> list[str]:
    out = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is C.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is C.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:                                 # NEGATE, other categories
            raise _Unknown(op)
    return out


def _first(seq) -> tuple[list[str], bool]:
    """Class items of the characters a match of `seq` can start with, and whether `seq`
    can match the empty string."""
    items: list[str] = []
    for op, av in seq:
        if op is C.LITERAL:
            return items + [re.escape(chr(av))], False
        if op is C.IN:
            return items + _class_items(av), False
        if op in _ZERO_WIDTH:
            continue
        if op is C.SUBPATTERN:
            found, empty = _first(av[-1])
        elif op is C.BRANCH:
            found, empty = [], False
            for alternative in av[1]:
                more, maybe = _first(alternative)
                found, empty = found + more, empty or maybe
        elif op in _REPEATS:
            found, empty = _first(av[2])
            empty = empty or av[0] == 0
        elif op is getattr(C, "ATOMIC_GROUP", None):
            found, empty = _first(av)
        else:                                 # ANY, NOT_LITERAL, GROUPREF, ...
            raise _Unknown(op)
        items += found
        if not empty:
            return items, False
    return items, True


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind a lookahead for its first characters (the same matches), or
    `pattern` itself when those cannot be read or it can match the empty string."""
    try:
        items, empty = _first(P.parse(pattern.pattern, pattern.flags))
    except _Unknown:
        return pattern
    if empty or not items:
        return pattern
    first = "".join(dict.fromkeys(items))
    try:
        return re.compile(f"(?=(?i:[{first}]))(?:{pattern.pattern})", pattern.flags)
    except re.error:                          # e.g. global flags "(?i)" inside (?:...)
        return pattern


def opens_with_word_char(pattern: str, flags: int = 0) -> bool:
    """Every match of `pattern` starts with a word character (ASCII letters, digits, `_`,
    `\\w`, `\\d`), read off its parsed first characters; False when unsure or when it can
    match the empty string. `\\b` in front of such a pattern is then a word start, the same
    test as `(?<!\\w)`.

    >>> opens_with_word_char(r"(?:earlier )?today|tonight"), opens_with_word_char(r"-ish|x")
    (True, False)
    """
    try:
        items, empty = _first(P.parse(pattern, flags))
    except (_Unknown, re.error):
        return False
    return bool(items) and not empty and all(_WORD_ITEM.fullmatch(i) for i in items)


_WORD_ITEM = re.compile(r"[0-9A-Za-z_]|\\[wd]|[a-z]-[a-z]|[A-Z]-[A-Z]|[0-9]-[0-9]")
