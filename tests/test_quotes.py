"""Quote-mark pairing and mechanical kind, on plain strings (no model)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.attribution.quotes import QuoteIndex, QuoteSpan, claim_kind, find_quotes, paragraphs, trim_span, word_count


def contents(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text)]


@pytest.mark.parametrize("text,expected", [
    ('"We will win," he said.', ["We will win,"]),
    ("“We will win,” he said.", ["We will win,"]),
    ("«Nous gagnerons», a-t-il dit.", ["Nous gagnerons"]),
    ('“Mixed marks close straight," he said. "Then curly.”', ["Mixed marks close straight,", "Then curly."]),
    # Korea Herald single quotes; apostrophes inside words and after plural -s
    ("'We are talking with Korea's allies,' Cho said.", ["We are talking with Korea's allies,"]),
    ("'The allies' position is firm,' he said.", ["The allies' position is firm,"]),
    ("The allies' primary attention went to trade.", []),
    ("Lee’s summit’s agenda was long.", []),
    ("S. Korea, US open drive to ‘modernize' alliance", ["modernize"]),
    ("called it 'ironclad.' He made no mention", ["ironclad."]),
    # single quotes nested in a double quote are not separate quotes
    ('"He told me \'never again\' and left," she said.', ["He told me 'never again' and left,"]),
    # an unclosed mark loses only its own quote
    ('He said "this never closes. Later, "this one does," she said.', ["this one does,"]),
    ('"Unclosed at the end', []),
    ("", []),
    ('""', []),
])
def test_pairing(text, expected):
    assert contents(text) == expected


def test_multi_paragraph_quote():
    text = '"First paragraph of the speech.\n"Second paragraph, still quoted.\n"Last one," she said.'
    qs = find_quotes(text)
    assert [text[q.start:q.end] for q in qs] == [
        "First paragraph of the speech.", "Second paragraph, still quoted.", "Last one,"]
    assert [q.continued for q in qs] == [True, True, False]


@pytest.mark.parametrize("text,expected", [
    # a mid-sentence opener that never closes is a stray mark
    ('He called it "a scheme that never closes.\nA plain paragraph. "Then a quote," he said.',
     ["Then a quote,"]),
    # too short, or no sentence end: not a quotation
    ('"Never closes.\nA plain paragraph follows. "Then a quote," he said.', ["Then a quote,"]),
    ('She said: "we will see about\nA plain paragraph follows.', []),
    # a paragraph-opening quote (or after "said:") without its closing mark runs to the
    # paragraph end: the closing mark was dropped or sits in a paragraph not given
    ('"This never closes, said nobody.\nA plain paragraph follows.', ["This never closes, said nobody."]),
    ('The mayor said: "We will rebuild the bridge. It will take years.',
     ["We will rebuild the bridge. It will take years."]),
    ('She said: "First part of it all.\n"Second part, never closed either.\nShe added: "More."',
     ["First part of it all.", "Second part, never closed either.", "More."]),
])
def test_unclosed_paragraph_quotes(text, expected):
    assert contents(text) == expected


def test_unclosed_paragraph_continued_flags():
    text = 'She said: "First part of it all.\n"Second part, never closed either.\nShe added: "More."'
    assert [q.continued for q in find_quotes(text)] == [True, False, False]


def test_max_quote_chars():
    text = '"' + "word " * 50 + '" he said.'
    assert contents(text) and find_quotes(text, max_quote_chars=20) == []


@pytest.mark.parametrize("text,span,kind", [
    ('He said "all of it."', "all of it.", "direct"),
    ('He said the plan was "a disaster" and dead.', 'the plan was "a disaster" and dead', "mixed"),
    ("He said the plan was dead.", "the plan was dead", "indirect"),
    ('He said the plan was "dead."', 'the plan was "dead."', "mixed"),
])
def test_claim_kind(text, span, kind):
    s = text.index(span)
    assert claim_kind(text, s, s + len(span), QuoteIndex(find_quotes(text))) == kind


def _kind_letter_by_letter(text: str, start: int, end: int, index: QuoteIndex) -> str:
    """The definition claim_kind counts faster: each letter of [start, end), in a quote or not."""
    quotes = [index.quotes[j] for j in index.inside(start, end)]
    letters = [i for i in range(start, end) if text[i].isalpha()]
    inside = [i for i in letters if any(q.start <= i < q.end for q in quotes)]
    if letters and len(inside) == len(letters):
        return "direct"
    return "mixed" if inside else "indirect"


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.text(alphabet='ab é."“”\'‘’\n,1', max_size=60), st.data())
def test_claim_kind_counts_every_letter_once(text, data):
    """Any span, the quotes of the text or arbitrary ones (touching, overlapping, holding no
    letter, running past the span's edges): the kind of the letter-by-letter definition."""
    n = len(text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    quotes = find_quotes(text)
    if data.draw(st.booleans()):
        quotes = []
        for _ in range(data.draw(st.integers(0, 4))):
            lo = data.draw(st.integers(0, n))
            hi = data.draw(st.integers(lo, n))
            quotes.append(QuoteSpan(max(lo - 1, 0), hi, lo, hi, "double"))
    index = QuoteIndex(quotes)
    assert claim_kind(text, start, end, index) == _kind_letter_by_letter(text, start, end, index)


def test_helpers():
    assert paragraphs("a\n\nb c\n") == [(0, 1), (3, 6)]
    assert word_count("a , b - c") == 3
    t = " that, x y. "
    s, e = trim_span(t, 0, len(t))
    assert t[s:e] == "that, x y"


def test_quote_index_lookups():
    text = 'a "bc de" f "gh"'
    idx = QuoteIndex(find_quotes(text))
    assert idx.at(text.index("bc")) == 0 and idx.at(0) == -1
    assert idx.inside(0, len(text)) == [0, 1]
