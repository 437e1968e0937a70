"""A signal term takes a side only where the taxonomy gives it one (pipeline.issues.sides,
detect._sided): the proposition names it as its measure (pro) or under a restrictive word
(con), or a `pro` / `con` target or support / oppose phrase of the issue ends it. Other terms
(a topic noun, what the measure acts on: "illegal immigrants" for "deport people in the
country illegally") name no side, so a negation near them alone decides nothing."""
from __future__ import annotations

import pytest

from pipeline.issues.detect import classify
from pipeline.issues.sides import term_sides
from pipeline.issues.taxonomy import load_taxonomy

TAXONOMY = """
[[issue]]
id = "enforcement"
label = "Stricter immigration enforcement"
proposition = "Immigration law should be enforced strictly: deport people here illegally, build a border wall, no amnesty."
terms = ["illegal immigrant|immigrants", "deport", "border wall", "amnesty", "Dreamers",
         "sanctuary city|cities"]
con = ["Dreamers"]
support = ["end * sanctuary"]
"""


@pytest.fixture(scope="module")
def taxonomy(tmp_path_factory):
    path = tmp_path_factory.mktemp("sideless") / "issues.toml"
    path.write_text(TAXONOMY, encoding="utf-8")
    return load_taxonomy(path)


def test_term_sides_read_from_the_proposition():
    con, pro = term_sides("Enforce the law: build a border wall, no amnesty for migrants.",
                          ["amnesty", "border wall", "illegal immigrant|immigrants"], ["no"])
    assert (con, pro) == (("amnesty",), ("border wall",))      # the third term: no side


# (claim, stance, a string the evidence must hold)
CASES = [
    # must find no side: the term names what the measure acts on, the negation decides nothing
    ("Illegal immigrants are not criminals.", "support", "default"),
    ("No sanctuary cities will be named in the report.", "support", "default"),
    # sided terms still flip: the proposition's own measure (pro), its restricted term (con),
    # a `con` target of the issue
    ("The governor will not build the border wall.", "oppose", "negation:not>border wall"),
    ("Congress will never grant amnesty.", "support", "negation:never>amnesty(con)"),
    ("They will not protect Dreamers.", "support", "negation:not>Dreamers(con)"),
    # the measure's own verb decides, not what it acts on
    ("The mayor will not deport illegal immigrants.", "oppose", "negation:not>deport"),
]


@pytest.mark.parametrize("text, stance, evidence", CASES)
def test_negation_needs_a_sided_signal(blank, taxonomy, text, stance, evidence):
    found = {r.issue: r for r in classify(blank(text), 0, len(text), "said", taxonomy)}
    assert found["enforcement"].stance == stance, found["enforcement"].evidence
    assert found["enforcement"].evidence.startswith(evidence), found["enforcement"].evidence
