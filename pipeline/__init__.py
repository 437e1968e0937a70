"""claims: who claimed what, when, on which issue, and for or against it."""
__version__ = "0.1.0"
