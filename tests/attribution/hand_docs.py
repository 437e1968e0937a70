"""Hand-built parsed Docs for rule tests that need no statistical model.

    doc = parse('He said talks would resume.', '''
        He      PRON PRP nsubj 1
        said    VERB VBD ROOT  1 say
        talks   NOUN NNS nsubj 4 talk
        would   AUX  MD  aux   4
        resume  VERB VB  ccomp 1
        .       PUNCT .  punct 1
    ''', ents=[("PERSON", 0, 1)])

One row per token of spaCy's blank English tokenizer: word, POS, fine tag, dependency
label, index of the head token, and the lemma when it is not the lowercased word.  Write
"¶" for a line-break token.  Sentences follow from the heads (one root per sentence).
"""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from pipeline.attribution.context import DocContext
from pipeline.attribution.rules import CueRules, load_cues
from pipeline.config import default_config_dir

NLP = spacy.blank("en")
RULES: CueRules = load_cues(default_config_dir() / "cues.toml")


def parse(text: str, rows: str, ents: list[tuple[str, int, int]] = ()) -> Doc:
    """A Doc of `text` with the annotation of `rows` (see the module doc)."""
    toks = NLP.make_doc(text)
    table = [line.split() for line in rows.strip().splitlines() if line.strip()]
    words = [t.text for t in toks]
    given = ["\n" if r[0] == "¶" else r[0] for r in table]
    assert [w.strip(" ") or w for w in words] == given, f"tokens are {words}"
    iob = ["O"] * len(words)
    for label, start, end in ents:
        iob[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
    return Doc(NLP.vocab, words=words, spaces=[bool(t.whitespace_) for t in toks],
               pos=[r[1] for r in table], tags=[r[2] for r in table],
               deps=[r[3] for r in table], heads=[int(r[4]) for r in table],
               lemmas=[r[5] if len(r) > 5 else r[0].lower() for r in table], ents=iob)


def context(doc: Doc, rules: CueRules = RULES) -> DocContext:
    """The DocContext the passes read, with the shipped cues.toml rules."""
    return DocContext.build(doc, rules)


def frame_claims(pass_fn, doc: Doc) -> list[tuple[str, str]]:
    """(content, evidence) of each candidate a doc pass yields on `doc` alone."""
    from pipeline.attribution.context import Found

    ctx, found = context(doc), Found()
    out = []
    for c in pass_fn(ctx, found):
        found.add(c)
        out.append((ctx.text[c.start:c.end], c.evidence))
    return out


def cue_claims(rule, doc: Doc) -> list[tuple[str, str, str]]:
    """(content, evidence, speaker head) of what a cue rule yields for each cue of `doc`
    that passes the filters and has a speaker."""
    from pipeline.attribution.context import Found
    from pipeline.attribution.filters import drop_reason
    from pipeline.attribution.passes.anchors import CueAnchor
    from pipeline.attribution.speaker_head import cue_speaker

    ctx, found = context(doc), Found()
    out = []
    for i in sorted(ctx.cues):
        cue = ctx.cues[i]
        head = None if drop_reason(ctx, cue) else cue_speaker(ctx, cue)
        if head is not None:
            for c in rule(ctx, found, CueAnchor.of(cue, head)):
                found.add(c)
                out.append((ctx.text[c.start:c.end], c.evidence, head.text))
    return out


def claims(doc: Doc) -> list[tuple[str, str, str]]:
    """(content, evidence, speaker) of everything the rule book finds in `doc`."""
    from pipeline.attribution.extract import extract_attributions

    return [(doc.text[a.start:a.end], a.evidence, a.speaker)
            for a in extract_attributions(doc, RULES)]
