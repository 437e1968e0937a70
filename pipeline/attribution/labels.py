"""Named dependency-label, part-of-speech and tag sets the attribution rules read.

One name per role a label set plays in a rule, so a rule says `t.dep_ in SUBJECTS`, not
`t.dep_ in ("nsubj", "nsubjpass")`.  Labels are spaCy's English (ClearNLP) scheme.
"""
from __future__ import annotations

# ---------------------------------------------------------------------------- dependencies
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
ACTIVE_SUBJECT = frozenset({"nsubj"})
SPEAKING_SUBJECTS = frozenset({"nsubj", "csubj"})      # subject of an active reporting verb
PASSIVE_MARKS = frozenset({"auxpass", "nsubjpass"})    # children that make a verb passive
CLAUSES = frozenset({"ccomp", "xcomp"})                # reported clause of a verb
COMPLEMENTS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "dative"})   # content of a cue
PARTICLES = frozenset({"prt", "prep"})                 # "point out", "call for"
PREP_OBJECTS = frozenset({"pobj", "pcomp"})
# an adjective cue ("worried that", "confident about"): where it hangs, what it governs
ADJ_CUE_DEPS = frozenset({"acomp", "ROOT", "ccomp", "conj", "xcomp"})
ADJ_CONTENT = frozenset({"ccomp", "prep", "xcomp"})
EXPRESS_CONTENT = frozenset({"acl", "prep", "ccomp", "relcl", "xcomp"})  # "concern that/about"
PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "conj", "ccomp"})  # ", adding that ..."
PARENTHETICAL = frozenset({"parataxis", "ccomp", "advcl"})        # "..., CNN reported."
MODIFIER_VERBS = frozenset({"amod", "advcl", "acl", "relcl"})     # verbs that end no NP search
NOT_NP_HEADS = frozenset({"pobj", "compound", "poss", "amod", "npadvmod", "nmod"})
WH_DEPS = frozenset({"advmod", "mark", "dobj", "nsubj"})          # "how the allies define X"
ADVERBIAL_MARKS = frozenset({"mark", "advmod"})
APPOSITION = frozenset({"appos"})                  # "..., a provision that ..."
COORDINATION = frozenset({"cc", "conj"})           # "his wife, Ann, and friends": a list
TRAILING_CONTENT = frozenset({"prep", "xcomp"})    # "called for X, including Y, to ..."
VERB_USE_MARKS = frozenset({"nsubj", "aux", "agent"})  # a participle used as a verb ("has called")
# how the parts of a proper name hang together ("Cho Hyun", "Lim Soo-jin")
NAME_PART_DEPS = frozenset({"compound", "flat", "nmod", "nsubj", "appos", "npadvmod", "dobj"})
# ---------------------------------------------------------------------------- parts of speech
VERBAL = frozenset({"VERB", "AUX"})
ADJ_CUE_POS = frozenset({"ADJ", "VERB"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
NOUNS = frozenset({"NOUN", "PROPN"})
NOUN_CLAUSE_DEPS = frozenset({"acl", "ccomp"})   # "speculation that X might seek to ..."
NOUN_REPORT_DEPS = frozenset({"acl", "ccomp"})   # "his claim that X", "his promise to X"
SPEAKER_POS = frozenset({"PROPN", "PRON"})
DESCRIPTOR_POS = frozenset({"ADJ", "ADV"})   # tagged heads of "the 46-year-old", "the daily"
SPEAKER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PLACE_ENTS = frozenset({"GPE", "LOC"})        # the place of a dateline
TIME_ENTS = frozenset({"DATE", "TIME"})       # "mocked it for weeks": a span of time, no ground
STANCE_PERSON_ENTS = frozenset({"PERSON", "ORG", "NORP"})   # "questioned the witness"
PHRASE_GAP_POS = frozenset({"ADV", "PART"})   # "called early for": words between verb and prep
PHRASE_GAP_DEPS = frozenset({"advmod", "npadvmod"})   # "called again / Wednesday for X to ..."
INFINITIVE_CLAUSES = frozenset({"advcl", "ccomp", "xcomp"})   # "called for X to ...": the clause
THAT_POS = frozenset({"SCONJ", "ADP", "PRON", "DET"})
# ---------------------------------------------------------------------------- fine tags
PARTICIPLES = frozenset({"VBG", "VBN"})
NONFINITE = frozenset({"VBG", "VBN", "VB"})
TRAILING_CLAUSE_TAGS = frozenset({"VB", "VBG", "VBN", "JJ"})
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# ---------------------------------------------------------------------------- characters
QUOTE_CHARS = frozenset({"\"", "“", "”", "'", "‘", "’"})
ASIDE_MARKS = frozenset({",", "—", "–"})      # marks that open an aside or parenthetical cue
DASHES = frozenset({"—", "–", "-", "--"})     # the dash that closes a dateline
TERMINAL = ".!?\"'”’»…:)"                     # a paragraph ending in none of these is a headline
