"""The `claims_attribution` spaCy component: match, then set_annotations.

    nlp.add_pipe("claims_attribution")            # after the parser and NER
    doc._.attributions  -> list[pipeline.records.Attribution]
    doc.spans["claims"] -> the claim content spans, each with span._.attribution

The rules are in the rule book (`pipeline.attribution.passes`), run by
`pipeline.attribution.extract`; the rule data is configs/cues.toml.
"""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.attribution.extract import extract_attributions
from pipeline.attribution.quotes import QuoteSpan
from pipeline.attribution.rules import CueRules, load_cues
from pipeline.config import default_config_dir
from pipeline.records import Attribution

if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", default=None)
if not Span.has_extension("attribution"):
    Span.set_extension("attribution", default=None)


class AttributionComponent:
    """Sets doc._.attributions and doc.spans["claims"] (span._.attribution -> record)."""

    def __init__(self, rules: CueRules, max_quote_chars: int, min_quote_words: int):
        self.rules = rules
        self.max_quote_chars = max_quote_chars
        self.min_quote_words = min_quote_words

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Attribution]:
        return list(extract_attributions(doc, self.rules, self.max_quote_chars,
                                         self.min_quote_words))

    def set_annotations(self, doc: Doc, records: list[Attribution]) -> None:
        spans = []
        for rec in records:
            span = doc.char_span(rec.start, rec.end, alignment_mode="expand")
            if span is None:
                continue
            span._.attribution = rec
            spans.append(span)
        doc._.attributions = records
        doc.spans["claims"] = spans


@Language.factory("claims_attribution",
                  default_config={"cues_path": None, "max_quote_chars": 3000, "min_quote_words": 3})
def make_attribution(nlp: Language, name: str, cues_path: str | None, max_quote_chars: int,
                     min_quote_words: int) -> AttributionComponent:
    path = Path(cues_path) if cues_path else default_config_dir() / "cues.toml"
    return AttributionComponent(load_cues(path), max_quote_chars, min_quote_words)


__all__ = ["CueRules", "load_cues", "extract_attributions", "AttributionComponent",
           "make_attribution", "QuoteSpan"]
