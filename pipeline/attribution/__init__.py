"""Attribution: quote marks, speakers and the rules that say who claimed what.

quotes (quote-mark pairing) -> component (the `claims_attribution` spaCy component and its
rules) -> speakers (mention -> canonical speaker).
"""
