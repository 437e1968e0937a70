"""A speaker going on (issue #13, issue detection): a quotation with no issue of its own right
after the same speaker's claim takes that claim's issues (stance.toml [context]
continuation_sentences / continuation_kinds). Plain offsets and a blank Doc: no model."""
from __future__ import annotations

from dataclasses import replace

import pytest
import spacy

from pipeline.issues.detect import _classify, continue_speakers, continued, doc_hits
from pipeline.issues.taxonomy import load_taxonomy

TAXONOMY = '''
[[issue]]
id = "seawall"
label = "Harbour sea wall"
proposition = "The city should build a sea wall around the harbour."
terms = ["sea wall"]
'''
TEXT = ('"We will build the sea wall," Ortiz said. "Every house will be safe," she added. '
        'Later she said the libraries would open.')
# the three claims of TEXT: (start, end, speaker, kind)
WALL = (1, TEXT.index(",") , "Ortiz", "direct")
SAFE = (TEXT.index("Every"), TEXT.index(',"', 40), "Ortiz", "direct")
LIBRARIES = (TEXT.index("the libraries"), len(TEXT) - 1, "Ortiz", "indirect")
# sentence spans of TEXT
BOUNDS = [(0, TEXT.index(" \"Every")), (TEXT.index("\"Every"), TEXT.index(" Later")),
          (TEXT.index("Later"), len(TEXT))]


@pytest.fixture(scope="module")
def taxonomy(tmp_path_factory):
    path = tmp_path_factory.mktemp("issue_continuation") / "issues.toml"
    path.write_text(TAXONOMY, encoding="utf-8")
    return load_taxonomy(path)


def test_the_shipped_rule_is_on(taxonomy):
    assert taxonomy.stance.continuation_sentences >= 1
    assert taxonomy.stance.continuation_kinds == {"direct", "mixed"}


def test_a_quotation_goes_on_from_the_claim_before(taxonomy):
    rules = taxonomy.stance
    assert continued([WALL, SAFE], 1, BOUNDS, rules) == 0
    assert continued([WALL, SAFE, LIBRARIES], 2, BOUNDS, rules) is None      # indirect
    other = SAFE[:2] + ("Ng", "direct")
    assert continued([WALL, other], 1, BOUNDS, rules) is None                # another speaker
    assert continued([WALL, SAFE], 0, BOUNDS, rules) is None                 # nothing before
    assert continued([WALL, SAFE], 1, BOUNDS, replace(rules, continuation_sentences=0)) is None


def test_too_far_on_is_no_continuation(taxonomy):
    rules = taxonomy.stance
    late = (LIBRARIES[0], LIBRARIES[1], "Ortiz", "direct")
    assert continued([WALL, late], 1, BOUNDS, rules) is None                 # 2 sentences on
    assert continued([WALL, late], 1, BOUNDS, replace(rules, continuation_sentences=2)) == 0


def test_the_issue_passes_on(taxonomy):
    """In text order (the claims listed in another), the second claim takes the first one's
    issue and the evidence says so; a chain of quotations passes it on."""
    doc = spacy.blank("en")(TEXT)
    hits = doc_hits(doc, taxonomy)
    claims = [SAFE, WALL]

    def classify(k, inherit=()):
        s, e = claims[k][:2]
        return _classify(doc, hits, s, e, "said", taxonomy, s, e, inherit=inherit)

    first = [classify(0), classify(1)]
    assert first[0] == () and [r.issue for r in first[1]] == ["seawall"]
    out = continue_speakers(claims, first, BOUNDS, taxonomy.stance,
                            lambda r: [i.issue for i in r], classify)
    assert [r.issue for r in out[0]] == ["seawall"] and "issue:speaker>" in out[0][0].evidence
    assert out[1] == first[1]
