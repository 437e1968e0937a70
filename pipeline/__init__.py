"""claims: who claimed what, when, on which issue, and for or against it."""
__version__ = "0.1.0"

from pipeline.load import Outputs, load  # noqa: E402

__all__ = ["load", "Outputs", "__version__"]
