"""pipeline.fast_components: the compiled attribute ruler and the cached lemmatizer give
spaCy's own components' output, token for token (hand-built Docs, no model; then the model)."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.lookups import Lookups
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.config import ConfigError, load_config
from pipeline.fast_components import (CachedLemmatizer, FastAttributeRuler, Unsupported,
                                       compile_ruler, install)

COLUMNS = [TAG, POS, MORPH, LEMMA, DEP]

# Patterns of the kinds the English models' rulers hold, in an order where later ones
# override earlier ones on some tokens.
PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "VBD"}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Past"}},
    {"patterns": [[{"TAG": "IN", "LOWER": {"IN": ["that", "if"]}}]], "attrs": {"POS": "SCONJ"}},
    {"patterns": [[{"TAG": "IN"}]], "attrs": {"POS": "ADP"}},
    {"patterns": [[{"LOWER": "said", "TAG": "VBD"}]], "attrs": {"LEMMA": "say"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n'?t$"}}]], "attrs": {"LEMMA": "not", "POS": "PART"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux", "auxpass"]}}]],
     "attrs": {"POS": "AUX"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]], "attrs": {"POS": "VERB"},
     "index": -1},
    {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"DEP": "dep"}},
    {"patterns": [[{"TAG": "VBD", "LOWER": "had"}]], "attrs": {"TAG": "VBN", "MORPH": "_"}},
]
WORDS = ["gon", "na", "said", "that", "if", "in", "had", "is", "was", "there", "n't", "nt",
         "not", "plan", " ", "Said", "GON"]
TAGS = ["NN", "VBD", "IN", "TO", "", "EX", "VBZ", "RB", "_SP"]
DEPS = ["ROOT", "aux", "auxpass", "expl", "nsubj", "dep", ""]


def english() -> Vocab:
    """A fresh English vocab (lexical attributes such as LOWER need the language's getters)."""
    import spacy

    return spacy.blank("en").vocab


def make_ruler(vocab: Vocab, patterns=PATTERNS) -> AttributeRuler:
    ruler = AttributeRuler(vocab)
    ruler.add_patterns(patterns)
    return ruler


def make_doc(vocab: Vocab, tokens: list[tuple[str, str, str]]) -> Doc:
    """A Doc of (word, tag, dep) tokens, every head the first token (deps "" left unset)."""
    words = [w for w, _, _ in tokens]
    deps = [d for _, _, d in tokens]
    heads = [0] * len(words) if all(deps) else None
    return Doc(vocab, words=words, tags=[t for _, t, _ in tokens],
               deps=deps if all(deps) else None, heads=heads)


def both_ways(vocab: Vocab, tokens, ruler=None) -> tuple[list, list]:
    """The Doc's columns after spaCy's ruler and after the fast one."""
    ruler = ruler or make_ruler(vocab)
    fast = FastAttributeRuler(compile_ruler(ruler), vocab)
    a, b = make_doc(vocab, tokens), make_doc(vocab, tokens)
    return ruler(a).to_array(COLUMNS).tolist(), fast(b).to_array(COLUMNS).tolist()


def test_compiled_ruler_overrides_in_pattern_order():
    vocab = english()
    tokens = [("there", "EX", "expl"), ("was", "VBD", "ROOT"), ("that", "IN", "aux"),
              ("said", "VBD", "ROOT"), ("had", "VBD", "aux")]
    ref, new = both_ways(vocab, tokens)
    assert new == ref
    doc = FastAttributeRuler(compile_ruler(make_ruler(vocab)), vocab)(make_doc(vocab, tokens))
    # "was": VERB by the tag pattern, VERB again by the expletive pair's last token
    assert [t.pos_ for t in doc] == ["", "VERB", "AUX", "VERB", "AUX"]
    assert doc[3].lemma_ == "say" and doc[4].tag_ == "VBN" and str(doc[4].morph) == ""


def test_compiled_ruler_multi_token_patterns_and_regex():
    vocab = english()
    tokens = [("gon", "VBD", "ROOT"), ("na", "TO", "aux"), ("n't", "RB", "nsubj"),
              ("nt", "RB", "dep"), ("gon", "NN", "ROOT")]
    ref, new = both_ways(vocab, tokens)
    assert new == ref
    doc = FastAttributeRuler(compile_ruler(make_ruler(vocab)), vocab)(make_doc(vocab, tokens))
    assert [t.lemma_ for t in doc] == ["go", "to", "not", "not", ""]


def test_compiled_ruler_on_a_doc_without_deps_and_an_empty_doc():
    vocab = english()
    ref, new = both_ways(vocab, [(" ", "_SP", ""), ("had", "VBD", "")])
    assert new == ref
    fast = FastAttributeRuler(compile_ruler(make_ruler(vocab)), vocab)
    assert len(fast(Doc(vocab, words=[]))) == 0


VOCAB = english()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(TAGS),
                          st.sampled_from(DEPS[:-1])), min_size=1, max_size=12))
def test_compiled_ruler_equals_spacys_on_any_tokens(tokens):
    ref, new = both_ways(VOCAB, tokens)
    assert new == ref


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "a", "OP": "?"}],                 # operators
    [{"LENGTH": {">=": 3}}],                     # other predicates
    [{"_": {"flag": True}}],                     # extension attributes
    [{"MORPH": {"IS_SUBSET": ["Number=Sing"]}}],
])
def test_compile_rejects_what_it_does_not_reproduce(pattern):
    ruler = make_ruler(english(), [{"patterns": [pattern], "attrs": {"POS": "NOUN"}}])
    with pytest.raises(Unsupported):
        compile_ruler(ruler)


def test_compile_rejects_an_index_outside_the_pattern():
    ruler = AttributeRuler(english())
    ruler.add([[{"LOWER": "a"}]], {"POS": "DET"}, index=1)
    with pytest.raises(Unsupported):
        compile_ruler(ruler)


def lookup_lemmatizer(vocab: Vocab):
    from spacy.pipeline import Lemmatizer

    lookups = Lookups()
    lookups.add_table("lemma_lookup", {"said": "say", "plans": "plan"})
    lemmatizer = Lemmatizer(vocab, None, mode="lookup")
    lemmatizer.initialize(lookups=lookups)
    return lemmatizer


def rule_lemmatizer(vocab: Vocab):
    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    lookups = Lookups()
    lookups.add_table("lemma_rules", {"noun": [["s", ""]], "verb": [["ed", ""], ["ed", "e"]]})
    lookups.add_table("lemma_index", {"noun": ["plan"], "verb": ["vote", "plan"]})
    lookups.add_table("lemma_exc", {"verb": {"said": ["say"]}})
    lemmatizer = EnglishLemmatizer(vocab, None, mode="rule")
    lemmatizer.initialize(lookups=lookups)
    return lemmatizer


LEMMA_TOKENS = [("Plans", "NOUN", "Number=Plur", ""), ("said", "VERB", "Tense=Past", ""),
                ("voted", "VERB", "Tense=Past", ""), ("plan", "NOUN", "Number=Sing", ""),
                ("planned", "VERB", "", "kept"), ("Vote", "VERB", "VerbForm=Inf", ""),
                ("Seoul", "PROPN", "", ""), (" ", "SPACE", "", ""), ("votes", "NOUN", "", "")]


def lemma_doc(vocab: Vocab) -> Doc:
    doc = Doc(vocab, words=[w for w, _, _, _ in LEMMA_TOKENS],
              pos=[p for _, p, _, _ in LEMMA_TOKENS], morphs=[m for _, _, m, _ in LEMMA_TOKENS])
    for token, (_, _, _, lemma) in zip(doc, LEMMA_TOKENS):
        if lemma:
            token.lemma_ = lemma
    return doc


@pytest.mark.parametrize("make", [lookup_lemmatizer, rule_lemmatizer])
def test_cached_lemmatizer_equals_spacys(make):
    vocab = english()
    lemmatizer = make(vocab)
    cached = CachedLemmatizer(lemmatizer)
    expected = [t.lemma_ for t in lemmatizer(lemma_doc(vocab))]
    for _ in range(2):  # a cold and a warm cache
        assert [t.lemma_ for t in cached(lemma_doc(vocab))] == expected
    assert expected[4] == "kept"  # a lemma already set stays (overwrite off)


def test_cached_lemmatizer_overwrites_when_spacys_does():
    vocab = english()
    lemmatizer = rule_lemmatizer(vocab)
    lemmatizer.overwrite = True
    expected = [t.lemma_ for t in lemmatizer(lemma_doc(vocab))]
    assert [t.lemma_ for t in CachedLemmatizer(lemmatizer)(lemma_doc(vocab))] == expected
    assert expected[4] != "kept"


def test_cached_lemmatizer_refuses_a_subclass():
    from spacy.pipeline import Lemmatizer

    class Mine(Lemmatizer):
        pass

    lemmatizer = Mine(english(), None, mode="lookup")
    assert not CachedLemmatizer.supports(lemmatizer)
    with pytest.raises(Unsupported):
        CachedLemmatizer(lemmatizer)


def test_config_switch_is_schema_checked():
    assert load_config(None).model.fast_rule_components is True
    assert load_config(None, **{"model.fast_rule_components": False}).model.fast_rule_components \
        is False
    with pytest.raises(ConfigError):
        load_config(None, **{"model.fast_rule_components": "yes"})


SENTENCES = [
    "The minister said on Monday that the tax would not be raised.",
    "\"We ain't gonna let them win,\" she told reporters, adding that there were no talks.",
    "It's what you'd expect: they had had enough, and y'all know it.",
    "Critics, who didn't comment, have long argued against the plan's costs.",
    "Lee Jae-myung met Donald Trump in Washington.\n\nThe two discussed tariffs , troops and   trade.",
    "Whether or not he wins, there is little doubt the U.S. will respond; c'mon, let's go.",
    "I gave it to you because you asked for it, said Kim, 54, whose wife works there.",
]


def test_fast_copies_equal_the_models_components(model, config):
    from spacy.attrs import ENT_IOB, ENT_TYPE, HEAD, ORTH

    from pipeline.nlp import load_model

    fast_nlp = load_model(config.model.name, config.model.exclude)
    assert install(fast_nlp) == ["attribute_ruler", "lemmatizer"]
    assert "FastAttributeRuler" in [type(p).__name__ for _, p in fast_nlp.pipeline]
    columns = COLUMNS + [ORTH, HEAD, ENT_IOB, ENT_TYPE]
    for ref, new in zip(model.pipe(SENTENCES), fast_nlp.pipe(SENTENCES)):
        assert new.to_array(columns).tolist() == ref.to_array(columns).tolist()
