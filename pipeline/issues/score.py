"""Issue micro-P/R/F1 and stance accuracy: defined in the one scorer module,
`pipeline.eval.score` (used by `claims eval`, the issue scores and the tests)."""
from pipeline.eval.score import score_issues  # noqa: F401
