"""Per-Doc token columns for hot loops, read once from the Doc's arrays.

`doc[i]` and every iteration over a Doc or Span build a new `Token` object, and `Doc.text` /
`Span.text` join one per token: over a whole Doc that costs more than the rule that reads it.
`doc_rows(doc)` reads the token texts, character offsets and whitespace once (one
`Doc.to_array`), builds the text from them, and keeps the result on the Doc
(`doc.user_data`), so every component and the statement-date step share it.

    rows = doc_rows(doc)
    rows.text == doc.text
    rows.texts[i] == doc[i].text;  rows.idx[i] == doc[i].idx
    rows.span_text(a, b) == doc[a:b].text
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Any

KEY = "claims_doc_rows"
SENTS_KEY = "claims_sentences"

# string hash -> text: hashes are the same in every vocab, so this holds across Docs
_TEXTS: dict[int, str] = {}
_TEXTS_LIMIT = 500_000


class DocRows:
    """Token texts (`texts`), character offsets (`idx`) and trailing-space flags (`spaces`)
    of one Doc, its text, and the casefolded texts (`folded`, built on first use)."""

    __slots__ = ("n", "texts", "idx", "spaces", "text", "_folded")

    def __init__(self, texts: list[str], idx: list[int], spaces: list[int]):
        self.n = len(texts)
        self.texts = texts
        self.idx = idx
        self.spaces = spaces
        self.text = "".join([t + " " if s else t for t, s in zip(texts, spaces)])
        self._folded: list[str] | None = None

    @property
    def folded(self) -> list[str]:
        """`doc[i].text.casefold()` for every token."""
        if self._folded is None:
            # one casefold of the joined texts (folding maps each character on its own)
            folded = "\x00".join(self.texts).casefold().split("\x00")
            if len(folded) != self.n:              # a token holding the separator
                folded = [t.casefold() for t in self.texts]
            self._folded = folded
        return self._folded

    def span_text(self, start: int, end: int) -> str:
        """`doc[start:end].text`: the text of tokens [start, end), without the last one's
        trailing space."""
        if end <= start:
            return ""
        return self.text[self.idx[start]:self.idx[end - 1] + len(self.texts[end - 1])]


def token_texts(ids: list[int], strings: Any) -> list[str]:
    """The strings of the hashes `ids` (token ORTH values), each looked up once per process."""
    if len(_TEXTS) > _TEXTS_LIMIT:
        _TEXTS.clear()
    texts = list(map(_TEXTS.get, ids))
    if None in texts:
        for k, o in enumerate(ids):
            if texts[k] is None:
                texts[k] = _TEXTS[o] = strings[o]
    return texts


def doc_rows(doc: Any) -> DocRows:
    """The Doc's `DocRows`, built on first use and kept in `doc.user_data`."""
    rows = doc.user_data.get(KEY)
    if rows is not None and rows.n == len(doc):
        return rows
    if len(doc):
        from spacy.attrs import IDX, ORTH, SPACY

        ids, idx, spaces = doc.to_array([ORTH, IDX, SPACY]).T.tolist()
        rows = DocRows(token_texts(ids, doc.vocab.strings), idx, spaces)
    else:
        rows = DocRows([], [], [])
    doc.user_data[KEY] = rows
    return rows


def token_sent(doc: Any, i: int) -> Any:
    """`doc[i].sent`, from the bounds of the Doc's sentences, read once and kept in
    `doc.user_data` (`Token.sent` looks for the sentence's bounds and builds a Token and two
    Spans a call). Only the bounds are kept, never Spans: a Span kept in its own Doc's
    user_data is a reference cycle, which leaves every Doc to the cyclic collector and
    raised the peak memory of a 300-article run by 50-90 MiB.

    token_sent(doc, i) == doc[i].sent;  token_sent(doc, i).start <= i
    """
    if doc.user_hooks or doc.user_token_hooks or doc.user_span_hooks:
        return doc[i].sent                     # custom sentences: spaCy's own answer
    start, end = sent_bounds(doc, i)
    return doc[start:end]


def sent_bounds(doc: Any, i: int) -> tuple[int, int]:
    """(start, end) of `token_sent(doc, i)`, without making the Span: the token bounds of
    the sentence holding token i ('doc[i].sent.start' in a hot loop).

    sent_bounds(doc, i) == (doc[i].sent.start, doc[i].sent.end)
    """
    if doc.user_hooks or doc.user_token_hooks or doc.user_span_hooks:
        sent = doc[i].sent                     # custom sentences: spaCy's own answer
        return sent.start, sent.end
    known = doc.user_data.get(SENTS_KEY)
    if known is None or known[0] != len(doc):
        bounds = [(s.start, s.end) for s in doc.sents]
        known = doc.user_data[SENTS_KEY] = (len(doc), [b[0] for b in bounds],
                                            [b[1] for b in bounds])
    k = bisect_right(known[1], i) - 1
    return known[1][k], known[2][k]
