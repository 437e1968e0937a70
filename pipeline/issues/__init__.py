"""Issues and stance: which issue of the taxonomy a claim is about, and for or against it.

taxonomy (the rule file -> Taxonomy) -> terms (the term language, compiled and matched)
-> detect (which issues a claim signals) -> stance (support / oppose / neutral, with evidence);
component (the `claims_issues` spaCy component, registered on import of this package);
evaluation (evaluative words toward a side), check (`claims issues check`); the issue F1 and
stance scores live in pipeline.eval.score.
"""
from pipeline.issues import component as _component  # noqa: F401  (registers claims_issues)
