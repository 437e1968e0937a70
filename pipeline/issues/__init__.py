"""Issues and stance: which issue of the taxonomy a claim is about, and for or against it.

detect (the `claims_issues` spaCy component: term matching) -> stance (the decision rules).
"""
