"""Quote-mark pairing and mechanical kind, on plain strings (no model)."""
from __future__ import annotations

import pytest

from pipeline.attribution.quotes import QuoteIndex, claim_kind, find_quotes, paragraphs, trim_span, word_count


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
