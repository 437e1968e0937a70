"""One speaker, one side (hand-written rows, issue #13): a claim whose stance only came from the
default (or from a cue alone, "insisted") takes the side that the same speaker's other claims on
the same issue agree on, when one of them was decided by a reliable rule (the issue's own
phrases, a negator over its signal: stance.toml [consistency]). Rows that must not take it:
another speaker, another issue, a speaker whose claims disagree, an anonymous speaker ("an
official" may be two people), a neutral cue ("asked whether" stays a question). Each row is an
attribution row (tests/regression_rows.py); STANCES gives the stance and evidence of its LAST
claim under the small taxonomy below, through the claims_issues component (the pass is one of
its per-Doc passes)."""
from __future__ import annotations

import pytest
from regression_rows import check_row, taxonomy_path  # noqa: F401

TAXONOMY = '''
[[issue]]
id = "seawall"
label = "Harbour sea wall"
proposition = "The city should build a sea wall around the harbour."
terms = ["sea wall"]
support = ["protect the harbour"]
oppose = ["waste of money"]

[[issue]]
id = "transit"
label = "Transit levy"
proposition = "The city should fund buses with a transit levy."
terms = ["transit levy"]
'''

WASTE = "Council member Ana Reyes said the sea wall was a waste of money. "
WASTE_CLAIM = ("the sea wall was a waste of money", "indirect", "Reyes")
LOOK = "the sea wall would change the look of the waterfront"
ROWS = [
    pytest.param(WASTE + f"Reyes said {LOOK}.", [WASTE_CLAIM, (LOOK, "indirect", "Reyes")],
                 id="sides-same-speaker"),
    pytest.param('"The sea wall is a waste of money," Mayor Lena Ortiz said. "The sea wall will '
                 'change the look of the waterfront," she added.',
                 [("The sea wall is a waste of money,", "direct", "Ortiz"),
                  ("The sea wall will change the look of the waterfront,", "direct", "Ortiz")],
                 id="sides-quoted-pronoun-resolved"),
    pytest.param("Council member Ana Reyes said the city should not build the sea wall. Reyes "
                 f"insisted that {LOOK}.",
                 [("the city should not build the sea wall", "indirect", "Reyes"),
                  (LOOK, "indirect", "Reyes")], id="sides-negation-over-cue"),
    pytest.param(WASTE + f"Engineer Tom Berg said {LOOK}.",
                 [WASTE_CLAIM, (LOOK, "indirect", "Berg")], id="sides-other-speaker-none"),
    pytest.param(WASTE + "Reyes said the transit levy would change how people travel.",
                 [WASTE_CLAIM, ("the transit levy would change how people travel", "indirect",
                                "Reyes")], id="sides-other-issue-none"),
    pytest.param(WASTE + "She said the sea wall would protect the harbour. Reyes also said "
                 f"{LOOK}.",
                 [WASTE_CLAIM, ("the sea wall would protect the harbour", "indirect", "Reyes"),
                  (LOOK, "indirect", "Reyes")], id="sides-conflict-none"),
    pytest.param(f"An official said the sea wall was a waste of money. Another official said "
                 f"{LOOK}.",
                 [("the sea wall was a waste of money", "indirect", "official"),
                  (LOOK, "indirect", "official")], id="sides-anonymous-none"),
    pytest.param(WASTE + f"Reyes asked whether {LOOK}.",
                 [WASTE_CLAIM, (f"whether {LOOK}", "indirect", "Reyes")],
                 id="sides-neutral-cue-none"),
]

# row id -> (stance, evidence without its issue part) of the row's last claim
STANCES = {
    "sides-same-speaker": ("oppose", "speaker:lexicon(oppose)+default:support"),
    "sides-quoted-pronoun-resolved": ("oppose", "speaker:lexicon(oppose)+default:support"),
    "sides-negation-over-cue": ("oppose", "speaker:negation(oppose)+cue:insist(support)"),
    "sides-other-speaker-none": ("support", "default:support"),
    "sides-other-issue-none": ("support", "default:support"),
    "sides-conflict-none": ("support", "default:support"),
    "sides-anonymous-none": ("support", "default:support"),
    "sides-neutral-cue-none": ("neutral", "cue:ask(neutral)"),
}


@pytest.fixture(scope="module")
def component(nlp, tmp_path_factory):
    from pipeline.issues.component import IssuesComponent
    path = taxonomy_path(tmp_path_factory, "speaker_sides", TAXONOMY)
    return IssuesComponent(nlp, "test_issues", str(path), None)


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,stance",
                         [pytest.param(*r.values, STANCES[r.id], id=r.id) for r in ROWS])
def test_stances(nlp, component, text, expected, stance):
    doc = component(nlp(text))
    last = max(zip(doc._.attributions, doc._.claim_issues), key=lambda c: c[0].start)[1]
    assert len(last) == 1
    assert (last[0].stance, last[0].evidence.split(" | issue:")[0]) == stance
