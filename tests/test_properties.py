"""Properties that hold for ANY text: segment + clean keep a char map back to the source, and
the extractor (the spaCy pipeline with our components, then enrich) never raises and only
outputs claims whose offsets are inside their article and whose quote is exactly
`text[start:end]`.

Strategies mix random unicode with news-like fragments and quote marks, balanced or not, so
the attribution code paths run (about 4 in 10 generated articles yield attributions, of every
kind). The model tests are derandomized (a fixed sequence in CI); set
CLAIMS_PROPERTY_EXAMPLES=3000 to explore with fresh random examples (3000 found nothing).
A failing input in quotes/speakers/attribution goes to /work/notes/attribution_bugs.md and
here as an xfail case.
"""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.articles.clean import clean_article
from pipeline.config import load_config
from pipeline.engine.partition import boilerplate_rules, extract_articles
from pipeline.records import KINDS, SPEAKER_TYPES, SourceText
from pipeline.engine.local import with_overrides
from pipeline.articles.segment import segment

from conftest import REPO
from test_clean import equivalent

CONFIG = load_config(REPO / "configs" / "default.toml")
RULES = boilerplate_rules(CONFIG)
# long articles are cut into chunks for the parser: tiny chunks put cuts inside quotes
CHUNKED = with_overrides(CONFIG, model={"max_doc_chars": 150, "batch_size": 4})
EXPLORE = int(os.environ.get("CLAIMS_PROPERTY_EXAMPLES", "0"))
NLP_SETTINGS = settings(max_examples=EXPLORE or 120, deadline=None, derandomize=not EXPLORE,
                        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

QUOTE_MARKS = ["“", "”", "‘", "’", '"', "'", "«", "»", "„", "‹", "›", "``", "''"]
FRAGMENTS = [
    "The minister said", " said on Monday", " said.", "said", " told reporters", " that ",
    "according to officials, ", "a senior official", "Foreign Minister Jane Doe", "He added",
    ", adding that ", "Lee Jae-myung", "the White House", "in a statement", "she said,",
    "We will not accept this deal", "the talks were productive", "It is too early to tell",
    "The report said", "warned", "insisted", "denied", "Washington", "Seoul", "on Aug. 17",
    ". ", ", ", "\n", "\n\n", " ", "?", "!", "—", "…", "(", ")", "Mr. Kim", "U.S.",
    "‘nobody wants a strike’", '"a fair deal,"', "« pas question »", "정부 관계자는", "قال",
    "他说", "\u200b", "\u00a0", "\t", "\r\n", "e\u0301", "\x07", "\ufeff",
]
TEXT = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(QUOTE_MARKS),
                          st.text(max_size=12)), min_size=1, max_size=40).map("".join)
SENTENCE = st.tuples(st.sampled_from(["", "“", '"', "‘", "«"]),
                     st.sampled_from(FRAGMENTS[17:20] + ["The plan is dead", "x y z w"]),
                     st.sampled_from(["", "”", '"', ",”", ',"', "’", "»", "."]),
                     st.sampled_from([" the minister said.", " he said", ", she told reporters.",
                                      " Mr. Kim said on Monday.", ""]),
                     st.sampled_from([" ", "\n", "\n\n"])).map("".join)
NEWS = st.lists(st.one_of(SENTENCE, TEXT), min_size=1, max_size=8).map("".join)


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import get_nlp

    return get_nlp(CONFIG)


def articles_of(text: str):
    unit = SourceText(source_file="p.txt", text=text)
    out = []
    for raw in segment(unit, CONFIG.segment):
        assert 0 <= raw.body_start <= raw.body_end <= len(text)
        article = clean_article(raw, RULES)
        if article is not None:
            out.append((raw, article))
    return unit, out


def check_attributions(doc, text: str) -> None:
    for a in doc._.attributions or []:
        assert 0 <= a.start < a.end <= len(text), (a.start, a.end, len(text))
        assert 0 <= a.sent_start <= a.sent_end <= len(text)
        assert a.kind in KINDS and a.speaker_type in SPEAKER_TYPES


# ------------------------------------------------------------------ no model

@settings(max_examples=400, deadline=None)
@given(st.one_of(NEWS, st.text()), st.data())
def test_segment_clean_spans_map_back_to_the_source(text, data):
    unit, found = articles_of(text)
    for raw, article in found:
        cmap = article.char_map
        assert len(cmap) == len(article.text) > 0
        assert all(a < b for a, b in zip(cmap, cmap[1:]))
        assert raw.body_start <= cmap[0] and cmap[-1] < raw.body_end
        start = data.draw(st.integers(0, len(article.text) - 1))
        end = data.draw(st.integers(start + 1, len(article.text)))
        s0, s1 = article.source_span(start, end)
        assert raw.body_start <= s0 < s1 <= raw.body_end
        assert equivalent(article.text[start], unit.text, s0)
        assert equivalent(article.text[end - 1], unit.text, s1 - 1)


# ------------------------------------------------------------------ the extractor

@pytest.mark.model
@NLP_SETTINGS
@given(st.one_of(NEWS, TEXT, st.text(max_size=200)))
def test_pipeline_on_raw_text_never_raises_offsets_inside(nlp, text):
    check_attributions(nlp(text), text)


@pytest.mark.model
@NLP_SETTINGS
@given(NEWS)
def test_extracted_claims_are_spans_of_their_article(nlp, text):
    unit, found = articles_of(text)
    articles = [article for _, article in found]
    for article in articles:                 # before enrich, which drops bad offsets silently
        check_attributions(nlp(article.text), article.text)
    for config in (CONFIG, CHUNKED):
        claims, errors = extract_articles(articles, config, nlp)
        assert errors == [None] * len(articles)
        for article, found_claims in zip(articles, claims):
            for claim in found_claims:
                assert 0 <= claim.start < claim.end <= len(article.text)
                assert claim.quote == article.text[claim.start:claim.end]
                assert claim.article_id == article.article_id and claim.speaker
                s0, s1 = article.source_span(claim.start, claim.end)
                assert 0 <= s0 < s1 <= len(unit.text)
