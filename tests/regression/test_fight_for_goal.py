"""A goal phrase hung on a restrictive word is not what it acts against (hand-written rows,
issue #13): "she would fight for a higher minimum wage" and "she never stopped fighting for a
higher minimum wage" name what the fight is for, so the "for" phrase ([negation]
goal_prepositions) is a hole in the scope of "fight" and the claim supports raising the wage;
"fight against a higher minimum wage" and "fight a higher minimum wage" still act against it.
Each row is an attribution row (tests/regression_rows.py); STANCES says the stance and
evidence of its claim under the small taxonomy below."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row, check_stances, issue_params  # noqa: F401

TAXONOMY = '''
[[issue]]
id = "minimum_wage"
label = "Minimum wage"
proposition = "The minimum wage should be raised."
terms = ["minimum wage"]
'''

ROWS = [
    pytest.param("Ana Reyes said she would fight for a higher minimum wage.",
                 [("she would fight for a higher minimum wage", "indirect", "Reyes")],
                 id="fight-for-supports"),
    pytest.param("Ana Reyes said she had never stopped fighting for a higher minimum wage.",
                 [("she had never stopped fighting for a higher minimum wage", "indirect",
                   "Reyes")],
                 id="never-stopped-fighting-for-supports"),
    pytest.param("Ana Reyes said she would fight against a higher minimum wage.",
                 [("she would fight against a higher minimum wage", "indirect", "Reyes")],
                 id="fight-against-still-opposes"),
    pytest.param("Ana Reyes said she would fight a higher minimum wage.",
                 [("she would fight a higher minimum wage", "indirect", "Reyes")],
                 id="fight-object-still-opposes"),
    pytest.param("Ana Reyes said the fight for a higher minimum wage would go on.",
                 [("the fight for a higher minimum wage would go on", "indirect", "Reyes")],
                 id="noun-fight-for-supports"),
    pytest.param("The fight for a higher minimum wage went on in the capital on Monday.", [],
                 id="fight-for-no-claim-none"),
]

# row id -> the stance and evidence of its claim (no claim: nothing to classify)
STANCES = {
    "fight-for-supports": {"minimum_wage": ("support", "default:support")},
    "never-stopped-fighting-for-supports": {"minimum_wage": (
        "support", "negation:never+restrict:stopped>minimum wage")},
    "fight-against-still-opposes": {"minimum_wage": ("oppose", "restrict:fight>minimum wage")},
    "fight-object-still-opposes": {"minimum_wage": ("oppose", "restrict:fight>minimum wage")},
    "noun-fight-for-supports": {"minimum_wage": ("support", "default:support")},
    "fight-for-no-claim-none": None,
}


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,stances", issue_params(ROWS, STANCES))
def test_stances(nlp, taxonomy, text, expected, stances):
    check_stances(nlp, taxonomy, text, expected, stances)
