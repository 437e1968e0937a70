"""Attribution: who claimed what, as a rule book of small passes over one parsed Doc.

How to add a pass and its test
------------------------------
1. Pick the kind (pipeline/attribution/passes/__init__.py lists the rule book):
   - a CUE rule `(ctx, found, anchor) -> Iterator[Candidate]` when the construction starts
     at a reporting cue (`anchor.cue`, speaker head `anchor.speaker`): it is tried on each
     cue that passed the filters (filters.py), in reading order, after the rules before it
     in CUE_RULES found nothing for that cue;
   - a QUOTE rule `(ctx, found, j)` when it starts at a quotation no claim holds yet
     (`ctx.quotes[j]`), tried in QUOTE_RULES order (speaker resolved by the rule itself:
     `ctx.resolver.resolve(token, token.idx)`);
   - a DOC pass `(ctx, found)` for anything else (FRAME_PASSES run before the cue rules,
     LATE_PASSES after the quote rules).
2. Write it in its own module under passes/ (under ~60 lines; docstring with one example
   that finds something and one that must find nothing).  Read the Doc through `ctx`
   (DocContext: text, quotes, paragraphs, cues, `para_of`, `in_quote`, `clip_para`, ...)
   and `found` (claims so far, `used_quotes`, `used_cues`); yield
   `Candidate(start, end, cue, cue_text, pos, evidence, quote=j, speaker_tok=i)` with a new
   `evidence` name.  Dependency labels and POS sets come from labels.py; word lists go to
   configs/cues.toml, never into the pass: a key in the section model of schema.py (unknown
   keys are errors), a field of CueRules, filled in rules.load_cues; read `ctx.rules.<field>`.
3. Register it in passes/__init__.py at the place where it must win over the others.
4. Test it without a model: tests/attribution/test_pass_<name>.py with hand-built Docs
   (`hand_docs.parse(text, rows)`; print rows for a sentence of your own with a parser,
   then check them by hand) and `cue_claims` / `frame_claims` / `claims`, as a
   parametrized table with cases that must find nothing.  Add a model-based row to
   tests/test_attribution.py REGRESSION for the real-parser behaviour.
5. Measure: `claims eval` on the seeds and dev gold (and PolNeAR dev outside the repo).

Modules
-------
    schema.py         the schema of configs/cues.toml (pydantic, pipeline.config.load_rules)
    rules.py          CueRules, load_cues(configs/cues.toml)
    labels.py         named dependency-label / POS / tag sets
    cues.py           match_cue: which tokens are reporting cues, and of which form
    context.py        DocContext (built once per Doc), Candidate, Found
    filters.py        named cue filters (drop_reason says which one dropped a cue)
    speaker_head.py   the speaker token of a cue, one step per construction
    content.py        the content span of a cue, per cue kind
    passes/           the rule book and one module per construction
    resolve.py        speakers in reading order; the one overlap resolver
    records.py        candidates -> pipeline.records.Attribution
    extract.py        runs the rule book: match(ctx), extract_attributions(doc, rules)
    component.py      the `claims_attribution` spaCy factory (match, then set_annotations)
    quotes.py         quotation-mark pairing on plain text
    speakers.py       mention -> canonical speaker (SpeakerResolver)
"""
