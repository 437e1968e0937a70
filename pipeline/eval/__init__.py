"""Evaluation against gold JSONL (format of shared/gold/README.md)."""
