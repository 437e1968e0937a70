"""The term language (pipeline.issues.terms): compiling terms, and `TermProgram` against the
spaCy `Matcher` it simulates (hand-built Docs with words and POS: no model needed)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.config import ConfigError
from pipeline.issues.terms import (TermProgram, check_term, compile_term, expand_pattern,
                                   token_keys)

VOCAB = Vocab()


def oracle(doc: Doc, patterns: list[tuple[str, list[dict]]]) -> list[tuple[str, int, int]]:
    """spaCy's Matcher over a copy of `doc` whose NORM is the term language's match key."""
    norms, _, _ = token_keys(doc, use_pos=False, lemmas=doc.has_annotation("LEMMA"))
    shadow = Doc(doc.vocab, words=[t.text for t in doc],
                 pos=[t.pos_ or "X" for t in doc] if doc.has_annotation("POS") else None)
    for token, norm in zip(shadow, norms):
        token.norm_ = norm
    matcher = Matcher(doc.vocab)
    for label, pattern in patterns:
        matcher.add(label, [pattern])
    strings = doc.vocab.strings
    return [(strings[m], s, e) for m, s, e in matcher(shadow)]


def program(doc: Doc, patterns: list[tuple[str, list[dict]]]) -> list[tuple[str, int, int]]:
    norms, orths, pos = token_keys(doc, use_pos=doc.has_annotation("POS"),
                                   lemmas=doc.has_annotation("LEMMA"))
    return TermProgram(patterns).run(norms, orths, pos)


def compiled(terms: list[str], use_pos: bool) -> list[tuple[str, list[dict]]]:
    return [(f"t{n}", p) for n, term in enumerate(terms)
            for p in expand_pattern(compile_term(term, use_pos=use_pos))]


# ------------------------------------------------------------------------- examples

@pytest.mark.parametrize("term, text, found", [
    ("modernize alliance", "they modernized the alliance", False),       # no gap given
    ("modernize * alliance", "they modernized the alliance", True),      # inflection + gap
    ("modernize * alliance", "they modernised their old alliance", True),  # British spelling
    ("defense spending", "higher defence spending", True),
    ("US forces", "the US forces", True),
    ("US forces", "let us force it", False),                             # capitals are exact
    ("carbon tax", "a carbon taxes row", True),
    ("greater flexibility", "greater flexibility", True),
    ("take * lead", "take more of the lead", True),
    ("take * lead", "take a lot more of the lead", False),               # gap is 0-3 tokens
    ("future-oriented * alliance", "a future-oriented, strategic alliance", True),
])
def test_term_language(blank, term, text, found):
    doc = blank(text)
    patterns = compiled([term], use_pos=False)
    assert bool(program(doc, patterns)) is found
    assert program(doc, patterns) == oracle(doc, patterns)


@pytest.mark.parametrize("term, words, pos, found", [
    ("request/NOUN", ["a", "request"], ["DET", "NOUN"], True),
    ("request/NOUN", ["they", "request"], ["PRON", "VERB"], False),       # POS restricts
    ("push/NOUN for", ["a", "push", "for", "it"], ["DET", "NOUN", "ADP", "PRON"], True),
    ("push/NOUN for", ["push", "for", "it"], ["VERB", "ADP", "PRON"], False),
    ("talks/NOUN", ["the", "talk"], ["DET", "NOUN"], True),               # stem, then POS
])
def test_pos_restricted_terms(term, words, pos, found):
    doc = Doc(VOCAB, words=words, pos=pos)
    patterns = compiled([term], use_pos=True)
    assert bool(program(doc, patterns)) is found
    assert program(doc, patterns) == oracle(doc, patterns)


@pytest.mark.parametrize("term", ["", "*", "* a", "a *", "a || b", "a |b/NOUN"])
def test_bad_terms_are_config_errors(term):
    with pytest.raises(ConfigError, match="bad term"):
        check_term(term, "test")


def test_good_term_passes_the_check():
    check_term("take * lead|role", "test")


# ------------------------------------------------ TermProgram == Matcher (hypothesis)

WORDS = ["take", "takes", "taking", "the", "lead", "role", "US", "us", "forces", "force",
         "request", "requests", "push", "for", "tax", "taxes", "carbon", "a", "Tax"]
TAGS = ["NOUN", "VERB", "DET", "ADP", "X"]

term_word = st.one_of(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=3, unique=True).map("|".join),
    st.tuples(st.sampled_from(WORDS), st.sampled_from(["NOUN", "VERB"])).map("/".join),
)


@st.composite
def terms(draw) -> str:
    words = draw(st.lists(term_word, min_size=1, max_size=4))
    out = [words[0]]
    for word in words[1:]:
        if draw(st.booleans()):
            out.append("*")
        out.append(word)
    return " ".join(out)


docs = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(TAGS)), max_size=14)


@settings(max_examples=200, deadline=None)
@given(term_list=st.lists(terms(), min_size=1, max_size=4), tokens=docs,
       use_pos=st.booleans())
def test_term_program_matches_like_spacy_matcher(term_list, tokens, use_pos):
    """Same matches, same order as spaCy's Matcher, with gaps, alternatives, exact-case
    words and POS-restricted slots, on tagged and untagged Docs."""
    words = [w for w, _ in tokens]
    pos = [p for _, p in tokens] if use_pos else None
    doc = Doc(VOCAB, words=words, pos=pos)
    patterns = compiled(term_list, use_pos=use_pos)
    assert program(doc, patterns) == oracle(doc, patterns)


def test_term_program_offset():
    doc = Doc(VOCAB, words=["we", "take", "the", "lead"])
    norms, orths, pos = token_keys(doc, use_pos=False, lemmas=False)
    run = TermProgram(compiled(["take * lead"], use_pos=False)).run
    assert run(norms, orths, pos, offset=10) == [("t0", 11, 14)]
