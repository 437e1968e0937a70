"""The spaCy component `claims_issues`: sets `doc._.claim_issues`, one tuple of IssueStance per
item of `doc._.attributions` (the claims found by `claims_attribution`)."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.errors import ConfigError
from pipeline.issues.consistency import speaker_sides
from pipeline.issues.detect import (_classify, _matcher, _sentence_bounds, claim_regions,
                                    continue_speakers, doc_hits, passage_topics)
from pipeline.issues.taxonomy import load_taxonomy
from pipeline.records import Attribution, IssueStance

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IssueFailure:
    """A claim the component could not classify: it gets no issues, and this says why."""

    claim: int                        # index into doc._.attributions
    reason: str


for _name in ("attributions", "claim_issues", "claim_issue_failures"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class IssuesComponent:
    """Sets `doc._.claim_issues`: one tuple of IssueStance per item of `doc._.attributions`."""

    def __init__(self, nlp: Language, name: str, taxonomy_path: str | None,
                 stance_path: str | None, context: str = "sentence"):
        self.name = name
        self.taxonomy = load_taxonomy(taxonomy_path, stance_path)
        if context not in ("sentence", "claim"):
            raise ConfigError(f"issues.context must be 'sentence' or 'claim', got {context!r}")
        self.context = context

    def __call__(self, doc: Doc) -> Doc:
        attributions = doc._.attributions or []
        doc._.claim_issue_failures = failures = []
        if not attributions:
            doc._.claim_issues = []
            return doc
        usable = []
        for n, att in enumerate(attributions):
            if _offsets_ok(att):
                usable.append(att)
            else:
                failures.append(IssueFailure(n, f"bad offsets start={att.start!r} "
                                                f"end={att.end!r}"))
        bounds = _sentence_bounds(doc)
        parsed = doc.has_annotation("DEP")
        compiled = _matcher(doc.vocab, self.taxonomy, doc.lang_ or "en", doc.has_annotation("POS"))
        regions = claim_regions(
            doc, ((a.start, a.end, a.sent_start, a.sent_end) for a in usable), bounds,
            self.taxonomy.stance.lookback_sentences, self.context, compiled.width,
            self.taxonomy.stance.passage_sentences)
        hits = doc_hits(doc, self.taxonomy, regions)
        failed = {f.claim for f in failures}
        result = []
        for n, att in enumerate(attributions):
            result.append(() if n in failed else self._classify_one(doc, hits, n, att, bounds,
                                                                    parsed, failures))
        if self.context != "claim":
            # a speaker's quotation going on from their claim just before takes its issues
            claims = [(a.start, a.end, a.speaker, a.kind) if n not in failed
                      else (0, 0, None, None) for n, a in enumerate(attributions)]
            result = continue_speakers(
                claims, result, bounds, self.taxonomy.stance,
                lambda r: [i.issue for i in r],
                lambda n, inherit: self._classify_one(doc, hits, n, attributions[n], bounds,
                                                      parsed, failures, inherit))
            # a claim still with none takes the one issue its passage keeps naming
            result = passage_topics(
                doc, hits, self.taxonomy, claims, result, bounds,
                lambda r: [i.issue for i in r],
                lambda n, inherit: self._classify_one(doc, hits, n, attributions[n], bounds,
                                                      parsed, failures, inherit, "passage"))
            # a claim whose stance is only the default takes its speaker's evidenced side
            speakers = [(a.start, a.end, a.speaker, a.kind, a.speaker_type) if n not in failed
                        else (0, 0, None, None, None) for n, a in enumerate(attributions)]
            result = speaker_sides(speakers, result, bounds, self.taxonomy.stance,
                                   lambda r: [(i.issue, i.stance, i.evidence) for i in r],
                                   _restance)
        doc._.claim_issues = result
        for failure in failures:
            log.warning("claims_issues: claim %d not classified: %s", failure.claim,
                        failure.reason)
        for key in [k for k in doc.user_data if isinstance(k, tuple) and k
                    and k[0] == "claims_issues_hits"]:
            del doc.user_data[key]
        return doc

    def _classify_one(self, doc: Doc, hits: list, n: int, att: Attribution, bounds: list,
                      parsed: bool, failures: list[IssueFailure],
                      inherit: list[str] | dict | None = None,
                      via: str = "speaker") -> tuple[IssueStance, ...]:
        """The issues of one claim (`inherit`: the issues of the claim it goes on from, or of
        its passage, with `via` "speaker" or "passage" for the evidence); a
        failure is recorded with its reason (the claim then has no issues, the other claims
        keep theirs)."""
        try:
            return _classify(doc, hits, att.start, att.end, att.cue, self.taxonomy,
                             att.sent_start, att.sent_end, self.context, bounds, parsed,
                             inherit or (), via)
        except Exception as exc:  # noqa: BLE001 - recorded in doc._.claim_issue_failures
            failures.append(IssueFailure(n, f"{type(exc).__name__}: {exc}"))
            return ()


def _restance(result: tuple[IssueStance, ...], issue: str, stance: str,
              evidence: str) -> tuple[IssueStance, ...]:
    """`result` with a new stance and evidence for `issue`:
    (IssueStance("x", "support", "default:support"),), "x", "oppose", "speaker:..." ->
    (IssueStance("x", "oppose", "speaker:..."),)."""
    return tuple(IssueStance(i.issue, stance, evidence) if i.issue == issue else i
                 for i in result)


def _offsets_ok(att: Attribution) -> bool:
    """Claim offsets the classifier can read: ints (out-of-range ones are clamped)."""
    ints = (isinstance(att.start, int) and isinstance(att.end, int))
    sents = all(v is None or isinstance(v, int) for v in (att.sent_start, att.sent_end))
    return ints and sents


@Language.factory("claims_issues",
                  default_config={"taxonomy_path": None, "stance_path": None,
                                  "context": "sentence"})
def make_issues(nlp: Language, name: str, taxonomy_path: str | None, stance_path: str | None,
                context: str) -> IssuesComponent:
    return IssuesComponent(nlp, name, taxonomy_path, stance_path, context)

