"""The HTML report drawn from the output tables."""
