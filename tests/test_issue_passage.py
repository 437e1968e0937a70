"""Passage topics (issue #13, issue detection): a claim left with no issue takes the one issue
named in at least passage_mentions of the passage_sentences sentences before and after it
(stance.toml [context]). Plain offsets and a blank Doc: no model."""
from __future__ import annotations

from dataclasses import replace

import pytest
import spacy

from pipeline.issues.detect import (_classify, doc_hits, passage_issues, passage_topics,
                                    passage_window)
from pipeline.issues.taxonomy import load_taxonomy

TAXONOMY = '''
[[issue]]
id = "seawall"
label = "Harbour sea wall"
proposition = "The city should build a sea wall around the harbour."
terms = ["sea wall"]

[[issue]]
id = "transit"
label = "Transit levy"
proposition = "The city should fund buses with a transit levy."
terms = ["transit levy"]
'''
SENTENCES = ["The sea wall vote came first.", "Ortiz spoke.", "She said work starts soon.",
             "The sea wall will be tall.", "A transit levy was debated.", "Ng spoke.",
             "He said it was late.", "The transit levy failed."]
TEXT = " ".join(SENTENCES)
BOUNDS = []
for _s in SENTENCES:
    _lo = TEXT.index(_s)
    BOUNDS.append((_lo, _lo + len(_s)))
WORK = (TEXT.index("work"), TEXT.index("soon") + 4)        # in sentence 2
LATE = (TEXT.index("it was"), TEXT.index("late") + 4)      # in sentence 6


@pytest.fixture(scope="module")
def taxonomy(tmp_path_factory):
    path = tmp_path_factory.mktemp("issue_passage") / "issues.toml"
    path.write_text(TAXONOMY, encoding="utf-8")
    return load_taxonomy(path)


@pytest.fixture(scope="module")
def doc():
    return spacy.blank("en")(TEXT)


def test_the_shipped_rule_is_on(taxonomy):
    assert taxonomy.stance.passage_sentences == 2 and taxonomy.stance.passage_mentions == 2


def test_the_window_is_the_sentences_around_the_claim():
    assert passage_window(BOUNDS, *WORK, 2) == [BOUNDS[0], BOUNDS[1], BOUNDS[3], BOUNDS[4]]
    assert passage_window(BOUNDS, *WORK, 1) == [BOUNDS[1], BOUNDS[3]]
    assert passage_window(BOUNDS, BOUNDS[0][0], BOUNDS[0][1], 1) == [BOUNDS[1]]
    assert passage_window(BOUNDS, *WORK, 0) == []


@pytest.mark.parametrize("start,end,n", [(*WORK, 1), (*WORK, 2), (*BOUNDS[0], 1), (*BOUNDS[-1], 3)])
def test_the_window_from_edges_kept_for_the_doc_is_the_same(start, end, n):
    edges = ([s for s, _ in BOUNDS], [e for _, e in BOUNDS])
    assert passage_window(BOUNDS, start, end, n, edges) == passage_window(BOUNDS, start, end, n)


def test_the_issue_named_twice_is_the_topic(taxonomy, doc):
    hits = doc_hits(doc, taxonomy)
    found = passage_issues(hits, taxonomy, *WORK, BOUNDS)
    assert list(found) == ["seawall"] and {h.text for h in found["seawall"]} == {"sea wall"}
    # sentence 6: the levy is named in sentences 4 and 7, the wall only in sentence 3 -> levy
    assert list(passage_issues(hits, taxonomy, *LATE, BOUNDS)) == ["transit"]
    # one sentence either side: each names a different issue once -> no topic
    one = replace(taxonomy, stance=replace(taxonomy.stance, passage_sentences=1))
    assert passage_issues(hits, one, *WORK, BOUNDS) == {}
    # one mention is enough when asked: then two issues -> no topic
    loose = replace(taxonomy, stance=replace(taxonomy.stance, passage_mentions=1))
    assert passage_issues(hits, loose, *WORK, BOUNDS) == {}


def test_the_pass_fills_only_claims_without_issues(taxonomy, doc):
    hits = doc_hits(doc, taxonomy)
    claims = [WORK + ("Ortiz", "indirect"), LATE + ("Ng", "indirect")]

    def classify(k, inherit=()):
        s, e = claims[k][:2]
        return _classify(doc, hits, s, e, "said", taxonomy, s, e, inherit=inherit,
                         inherit_via="passage")

    first = [(), ("kept",)]
    out = passage_topics(doc, hits, taxonomy, claims, first, BOUNDS,
                         lambda r: [i if isinstance(i, str) else i.issue for i in r], classify)
    assert [r.issue for r in out[0]] == ["seawall"]
    assert out[0][0].evidence.endswith("issue:passage>sea wall")
    assert out[1] == ("kept",)
    off = replace(taxonomy, stance=replace(taxonomy.stance, passage_sentences=0))
    assert passage_topics(doc, hits, off, claims, first, BOUNDS, lambda r: list(r),
                          classify) == first
