"""Knowledge and assurances (hand-written rows): 'X knows (that) CLAUSE' is a claim of the
knower; 'X assured / reminded / informed Y that CLAUSE' and 'persuaded Y to ...' a claim of
X, the addressee left out; an object alone ('knows the way', 'reminded her of home') is no
claim."""
from __future__ import annotations

import pytest
from regression_rows import X, check_row  # noqa: F401

ROWS = [
    pytest.param("Senator Maria Lopez knows the voters in her district will not accept another "
                 "tax increase this year.",
                 [("the voters in her district will not accept another tax increase this year",
                   "indirect", "Lopez")], id="know-clause"),
    pytest.param("The union knew it was possible that the factory would close before the end of "
                 "the year.",
                 [("it was possible that the factory would close before the end of the year",
                   "indirect", "union")], id="know-that-org"),
    pytest.param("Governor Ada Finch assured supporters at the rally on Monday that the audit would "
                 "clear her of any wrongdoing.",
                 [("the audit would clear her of any wrongdoing", "indirect", "Finch")],
                 id="assure-addressee-that"),
    pytest.param("The new ad reminds voters that their senator once backed a tax on every gallon "
                 "of fuel.",
                 [("their senator once backed a tax on every gallon of fuel", "indirect", "ad")],
                 id="remind-addressee-that"),
    pytest.param("I know the way to the station from here.", [], id="know-object-none"),
    pytest.param("The old mayor knew the senator well from their years in the army.", [],
                 id="know-person-none"),
    pytest.param("The smell of the bakery reminded her of her childhood in the village.", [],
                 id="remind-of-none"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ROWS)
def test_rows(nlp, text, expected):
    check_row(nlp, text, expected)
