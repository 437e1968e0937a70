"""A negator of several words takes its scope from its own head word: "no longer" hangs as an
advmod ("longer", with "no" as its neg) on the verb it negates, so it governs that verb's clause
("the city will no longer raise the carbon tax" opposes), as "not" does; before, its scope was
the two words themselves (hand-built parsed Docs, no model)."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.issues.detect import classify

VOCAB = Vocab()


def parsed(words, heads, deps, pos) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=[w.lower() for w in words])


# "the city will no longer raise the carbon tax" / "... will not raise ..."
NO_LONGER = (["the", "city", "will", "no", "longer", "raise", "the", "carbon", "tax"],
             [1, 5, 5, 4, 5, 5, 8, 8, 5],
             ["det", "nsubj", "aux", "neg", "advmod", "ROOT", "det", "compound", "dobj"],
             ["DET", "NOUN", "AUX", "ADV", "ADV", "VERB", "DET", "NOUN", "NOUN"])
NOT = (["the", "city", "will", "not", "raise", "the", "carbon", "tax"],
       [1, 4, 4, 4, 4, 7, 7, 4],
       ["det", "nsubj", "aux", "neg", "ROOT", "det", "compound", "dobj"],
       ["DET", "NOUN", "AUX", "PART", "VERB", "DET", "NOUN", "NOUN"])
# "farmers who no longer farm backed the carbon tax": "no longer" negates only its own clause
LATE = (["farmers", "who", "no", "longer", "farm", "backed", "the", "carbon", "tax"],
        [5, 4, 3, 4, 0, 5, 8, 8, 5],
        ["nsubj", "nsubj", "neg", "advmod", "relcl", "ROOT", "det", "compound", "dobj"],
        ["NOUN", "PRON", "ADV", "ADV", "VERB", "VERB", "DET", "NOUN", "NOUN"])


@pytest.mark.parametrize("parts, stance, evidence", [
    (NO_LONGER, "oppose", "negation:no longer>carbon tax"),
    (NOT, "oppose", "negation:not>carbon tax"),
    (LATE, "support", "advocacy:backed"),       # "no longer" in a clause of its own
])
def test_no_longer_governs_its_verb(climate, parts, stance, evidence):
    doc = parsed(*parts)
    found = {r.issue: r for r in classify(doc, 0, len(doc.text), "said", climate)}
    assert (found["carbon_tax"].stance,
            found["carbon_tax"].evidence.split(" | issue:")[0]) == (stance, evidence)
