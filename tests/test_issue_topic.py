"""The issue named only as the topic of some talk takes no side (issue #13): "he joined the
carbon tax debate", "questions about the carbon tax plans", "the carbon tax will become a
bigger issue"
(pipeline.issues.topics, stance.toml [markers] topic / topic_prepositions). Any rule that
reads a side comes first ("we must win the carbon tax debate"), and a mention that is no topic
of talk ("the carbon tax campaign", "the carbon tax itself") keeps the default. Hand-built
parses, no model."""
from __future__ import annotations

import pytest
from attribution.hand_docs import parse

from pipeline.issues.detect import classify

DEBATE = parse("He joined the carbon tax debate.", '''
    He      PRON  PRP nsubj    1
    joined  VERB  VBD ROOT     1 join
    the     DET   DT  det      5
    carbon  NOUN  NN  compound 4
    tax     NOUN  NN  compound 5
    debate  NOUN  NN  dobj     1
    .       PUNCT .   punct    1
''')

CAMPAIGN = parse("He joined the carbon tax campaign.", '''
    He        PRON  PRP nsubj    1
    joined    VERB  VBD ROOT     1 join
    the       DET   DT  det      5
    carbon    NOUN  NN  compound 4
    tax       NOUN  NN  compound 5
    campaign  NOUN  NN  dobj     1
    .         PUNCT .   punct    1
''')

QUESTIONS = parse("He faced questions about the carbon tax plans.", '''
    He         PRON  PRP nsubj    1
    faced      VERB  VBD ROOT     1 face
    questions  NOUN  NNS dobj     1 question
    about      ADP   IN  prep     2
    the        DET   DT  det      7
    carbon     NOUN  NN  compound 6
    tax        NOUN  NN  compound 7
    plans      NOUN  NNS pobj     3 plan
    .          PUNCT .   punct    1
''')

# a longer noun phrase: tax -pobj-> for -prep-> plans -pobj-> about -prep-> questions
PLANS_FOR = parse("He faced questions about the plans for a carbon tax.", '''
    He         PRON  PRP nsubj    1
    faced      VERB  VBD ROOT     1 face
    questions  NOUN  NNS dobj     1 question
    about      ADP   IN  prep     2
    the        DET   DT  det      5
    plans      NOUN  NNS pobj     3 plan
    for        ADP   IN  prep     5
    a          DET   DT  det      9
    carbon     NOUN  NN  compound 9
    tax        NOUN  NN  pobj     6
    .          PUNCT .   punct    1
''')

# the walk stops at a clause of its own: "voters saw the tax" is no topic of the debate
CLAUSE = parse("The debate ended and voters saw the carbon tax.", '''
    The     DET   DT  det      1
    debate  NOUN  NN  nsubj    2
    ended   VERB  VBD ROOT     2 end
    and     CCONJ CC  cc       2
    voters  NOUN  NNS nsubj    5 voter
    saw     VERB  VBD conj     2 see
    the     DET   DT  det      8
    carbon  NOUN  NN  compound 8
    tax     NOUN  NN  dobj     5
    .       PUNCT .   punct    2
''')

MUST_WIN = parse("We must win the carbon tax debate.", '''
    We      PRON  PRP nsubj    2
    must    AUX   MD  aux      2
    win     VERB  VB  ROOT     2
    the     DET   DT  det      6
    carbon  NOUN  NN  compound 5
    tax     NOUN  NN  compound 6
    debate  NOUN  NN  dobj     2
    .       PUNCT .   punct    2
''')

# said to be an issue by a copula: what is talked of
COPULA = parse("The carbon tax will become a bigger issue.", '''
    The     DET   DT  det      2
    carbon  NOUN  NN  compound 2
    tax     NOUN  NN  nsubj    4
    will    AUX   MD  aux      4
    become  VERB  VB  ROOT     4
    a       DET   DT  det      7
    bigger  ADJ   JJR amod     7 big
    issue   NOUN  NN  attr     4
    .       PUNCT .   punct    4
''')

# the same with a noun that is no topic of talk: the tax itself
ITSELF = parse("The carbon tax will become a bigger change.", '''
    The     DET   DT  det      2
    carbon  NOUN  NN  compound 2
    tax     NOUN  NN  nsubj    4
    will    AUX   MD  aux      4
    become  VERB  VB  ROOT     4
    a       DET   DT  det      7
    bigger  ADJ   JJR amod     7 big
    change  NOUN  NN  attr     4
    .       PUNCT .   punct    4
''')


@pytest.mark.parametrize("doc, stance, evidence", [
    (DEBATE, "neutral", "topic:debate>carbon tax"),
    (QUESTIONS, "neutral", "topic:questions>carbon tax"),
    (PLANS_FOR, "neutral", "topic:questions>carbon tax"),
    (COPULA, "neutral", "topic:issue>carbon tax"),
    (CAMPAIGN, "support", "default:support"),
    (CLAUSE, "support", "default:support"),
    (MUST_WIN, "support", "advocacy:must"),
    (ITSELF, "support", "default:support"),
], ids=["modifier-of-debate", "about-after-questions", "longer-phrase", "copula",
        "campaign-no-topic", "own-clause", "advocacy-first", "issue-itself"])
def test_topic_of_talk(climate, doc, stance, evidence):
    found = {r.issue: r for r in classify(doc, 0, len(doc.text), "said", climate)}
    assert found["carbon_tax"].stance == stance, found["carbon_tax"].evidence
    assert found["carbon_tax"].evidence.startswith(evidence), found["carbon_tax"].evidence


def test_cue_with_a_side_decides(climate):
    """A cue that takes a side is not overruled: 'welcomed the carbon tax debate'."""
    found = {r.issue: r for r in classify(DEBATE, 0, len(DEBATE.text), "welcomed", climate)}
    assert found["carbon_tax"].stance == "support", found["carbon_tax"].evidence
