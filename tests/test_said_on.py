"""Statement dates on the parse (pipeline/articles/said_on.py): which date phrase dates a
saying. Rule tests on hand-built Docs (no model), then a model-based regression table
(sentence, published, expected said_on) through the whole attribution + enrich path."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.articles.dates import load_date_rules
from pipeline.articles.said_on import cue_token, own_phrase, statement_phrases
from pipeline.records import Article, Attribution

RULES = load_date_rules(Path(__file__).resolve().parent.parent / "configs" / "dates.toml")
VOCAB = Vocab()
NO_SPACE_BEFORE = {",", ".", "'s", "\n"}


def parsed(tokens: list[tuple[str, int, str, str]]) -> Doc:
    """A Doc from (word, head index, dep, pos) rows; lemmas are the lower-cased words."""
    words = [t[0] for t in tokens]
    spaces = [i + 1 < len(words) and words[i + 1] not in NO_SPACE_BEFORE and w != "\n"
              for i, w in enumerate(words)]
    return Doc(VOCAB, words=words, spaces=spaces, heads=[t[1] for t in tokens],
               deps=[t[2] for t in tokens], pos=[t[3] for t in tokens],
               lemmas=[t[0].lower() for t in tokens])


def claim(doc: Doc, content: str, cue: str, speaker: str = "X") -> Attribution:
    """An attribution of `content` (its first occurrence) with `cue`, over the sentence(s)
    holding it."""
    start = doc.text.index(content)
    end = start + len(content)
    sents = [s for s in doc.sents if s.start_char < end and start < s.end_char]
    return Attribution(start=start, end=end, kind="indirect", cue=cue, speaker_mention=speaker,
                       speaker=speaker, speaker_type="person", sent_start=sents[0].start_char,
                       sent_end=sents[-1].end_char)


def phrase_of(doc: Doc, attribution: Attribution) -> tuple[str, str] | None:
    phrase = own_phrase(doc, attribution, RULES, cue_token(doc, attribution))
    return (doc.text[phrase.start:phrase.end], phrase.how) if phrase else None


# (tokens, claim content, cue, expected (phrase, how) or None)
OWN = {
    "said on Tuesday": (
        [("The", 1, "det", "DET"), ("minister", 2, "nsubj", "NOUN"), ("said", 2, "ROOT", "VERB"),
         ("on", 2, "prep", "ADP"), ("Tuesday", 3, "pobj", "PROPN"), ("that", 7, "mark", "SCONJ"),
         ("taxes", 7, "nsubj", "NOUN"), ("rise", 2, "ccomp", "VERB"), (".", 2, "punct", "PUNCT")],
        "taxes rise", "said", ("on Tuesday", "cue")),
    "told reporters Monday": (
        [("He", 1, "nsubj", "PRON"), ("told", 1, "ROOT", "VERB"), ("reporters", 1, "dobj", "NOUN"),
         ("Monday", 1, "npadvmod", "PROPN"), ("that", 6, "mark", "SCONJ"),
         ("taxes", 6, "nsubj", "NOUN"), ("rise", 1, "ccomp", "VERB"), (".", 1, "punct", "PUNCT")],
        "taxes rise", "told", ("Monday", "cue")),
    "day hung on the object": (
        [("He", 1, "nsubj", "PRON"), ("told", 1, "ROOT", "VERB"), ("reporters", 1, "dobj", "NOUN"),
         ("on", 2, "prep", "ADP"), ("Monday", 3, "pobj", "PROPN"), ("that", 7, "mark", "SCONJ"),
         ("taxes", 7, "nsubj", "NOUN"), ("rise", 1, "ccomp", "VERB"), (".", 1, "punct", "PUNCT")],
        "taxes rise", "told", ("on Monday", "cue")),
    "in a statement Friday": (
        [("She", 1, "nsubj", "PRON"), ("said", 1, "ROOT", "VERB"), ("in", 1, "prep", "ADP"),
         ("a", 4, "det", "DET"), ("statement", 2, "pobj", "NOUN"),
         ("Friday", 4, "npadvmod", "PROPN"), ("that", 8, "mark", "SCONJ"),
         ("taxes", 8, "nsubj", "NOUN"), ("rise", 1, "ccomp", "VERB"), (".", 1, "punct", "PUNCT")],
        "taxes rise", "said", ("Friday", "cue")),
    "in an interview last week (vague)": (
        [("She", 1, "nsubj", "PRON"), ("said", 1, "ROOT", "VERB"), ("in", 1, "prep", "ADP"),
         ("an", 4, "det", "DET"), ("interview", 2, "pobj", "NOUN"), ("last", 6, "amod", "ADJ"),
         ("week", 4, "npadvmod", "NOUN"), ("that", 9, "mark", "SCONJ"),
         ("taxes", 9, "nsubj", "NOUN"), ("rise", 1, "ccomp", "VERB"), (".", 1, "punct", "PUNCT")],
        "taxes rise", "said", ("last week", "cue")),
    "opener the parser hung on the content verb": (
        [("On", 7, "prep", "ADP"), ("Tuesday", 0, "pobj", "PROPN"), (",", 5, "punct", "PUNCT"),
         ("the", 4, "det", "DET"), ("minister", 5, "nsubj", "NOUN"), ("said", 5, "ROOT", "VERB"),
         ("taxes", 7, "nsubj", "NOUN"), ("rise", 5, "ccomp", "VERB"), (".", 5, "punct", "PUNCT")],
        "taxes rise", "said", ("On Tuesday", "opener")),
    "coordinated verbs share the day": (
        [("The", 1, "det", "DET"), ("caucus", 2, "nsubj", "NOUN"), ("issued", 2, "ROOT", "VERB"),
         ("a", 4, "det", "DET"), ("statement", 2, "dobj", "NOUN"),
         ("Wednesday", 4, "npadvmod", "PROPN"), ("and", 2, "cc", "CCONJ"),
         ("said", 2, "conj", "VERB"), ("it", 9, "nsubj", "PRON"), ("looks", 7, "ccomp", "VERB"),
         ("forward", 9, "advmod", "ADV"), (".", 2, "punct", "PUNCT")],
        "it looks forward", "said", ("Wednesday", "cue")),
    "the occasion clause": (
        [("Hegseth", 1, "nsubj", "PROPN"), ("voiced", 13, "ccomp", "VERB"),
         ("hope", 1, "dobj", "NOUN"), (",", 1, "punct", "PUNCT"), ("as", 6, "mark", "SCONJ"),
         ("he", 6, "nsubj", "PRON"), ("spoke", 1, "advcl", "VERB"), ("with", 6, "prep", "ADP"),
         ("counterparts", 7, "pobj", "NOUN"), ("on", 8, "prep", "ADP"),
         ("Wednesday", 9, "pobj", "PROPN"), (",", 13, "punct", "PUNCT"),
         ("officials", 13, "nsubj", "NOUN"), ("said", 13, "ROOT", "VERB"),
         (".", 13, "punct", "PUNCT")],
        "Hegseth voiced hope", "said", ("on Wednesday", "occasion")),
    "said Monday night": (
        [("Rubio", 1, "nsubj", "PROPN"), ("said", 1, "ROOT", "VERB"),
         ("Monday", 3, "compound", "PROPN"), ("night", 1, "npadvmod", "NOUN"),
         ("taxes", 5, "nsubj", "NOUN"), ("rise", 1, "ccomp", "VERB"), (".", 1, "punct", "PUNCT")],
        "taxes rise", "said", ("Monday", "cue")),
    "at a Sunday news conference": (
        [("He", 1, "nsubj", "PRON"), ("said", 1, "ROOT", "VERB"), ("at", 1, "prep", "ADP"),
         ("a", 6, "det", "DET"), ("Sunday", 6, "compound", "PROPN"),
         ("news", 6, "compound", "NOUN"), ("conference", 2, "pobj", "NOUN"),
         ("taxes", 8, "nsubj", "NOUN"), ("rise", 1, "ccomp", "VERB"), (".", 1, "punct", "PUNCT")],
        "taxes rise", "said", ("Sunday", "cue")),
    "a participle of the dated verb": (
        [("Trump", 2, "nsubj", "PROPN"), ("on", 2, "prep", "ADP"),
         ("Thursday", 1, "pobj", "PROPN"), ("attacked", 2, "ROOT", "VERB"),
         ("Rubio", 2, "dobj", "PROPN"), (",", 2, "punct", "PUNCT"),
         ("saying", 2, "advcl", "VERB"), ("he", 8, "nsubj", "PRON"), ("is", 6, "ccomp", "AUX"),
         ("weak", 8, "acomp", "ADJ"), (".", 2, "punct", "PUNCT")],
        "he is weak", "saying", ("on Thursday", "cue")),
    "when asked on Thursday": (
        [("When", 1, "advmod", "SCONJ"), ("asked", 7, "advcl", "VERB"), ("by", 1, "prep", "ADP"),
         ("Ingraham", 2, "pobj", "PROPN"), ("on", 3, "prep", "ADP"),
         ("Thursday", 4, "pobj", "PROPN"), (",", 7, "punct", "PUNCT"),
         ("Cruz", 7, "nsubj", "PROPN"), ("said", 7, "ROOT", "VERB"), ("no", 7, "dobj", "INTJ"),
         (".", 7, "punct", "PUNCT")],
        "no", "said", ("on Thursday", "occasion")),
    # ---- must find nothing
    "a day naming another event": (
        [("She", 1, "nsubj", "PRON"), ("said", 1, "ROOT", "VERB"), ("after", 1, "prep", "ADP"),
         ("the", 6, "det", "DET"), ("March", 6, "compound", "PROPN"), ("15", 4, "nummod", "NUM"),
         ("primary", 2, "pobj", "NOUN"), ("taxes", 8, "nsubj", "NOUN"),
         ("rise", 1, "ccomp", "VERB"), (".", 1, "punct", "PUNCT")],
        "taxes rise", "said", None),
    "a date of the event the speaker recalls": (
        [("The", 1, "det", "DET"), ("minister", 11, "nsubj", "NOUN"), (",", 1, "punct", "PUNCT"),
         ("recalling", 1, "acl", "VERB"), ("the", 5, "det", "DET"), ("attacks", 3, "dobj", "NOUN"),
         ("of", 5, "prep", "ADP"), ("Sept.", 6, "pobj", "PROPN"), ("11", 7, "nummod", "NUM"),
         (",", 7, "punct", "PUNCT"), ("2001", 7, "nummod", "NUM"), (",", 11, "punct", "PUNCT"),
         ("said", 11, "ROOT", "VERB"), ("taxes", 13, "nsubj", "NOUN"),
         ("rise", 11, "ccomp", "VERB"), (".", 11, "punct", "PUNCT")],
        "taxes rise", "said", None),
    "a date inside the content": (
        [("He", 1, "nsubj", "PRON"), ("said", 1, "ROOT", "VERB"), ("the", 3, "det", "DET"),
         ("vote", 7, "nsubj", "NOUN"), ("on", 3, "prep", "ADP"), ("Friday", 4, "pobj", "PROPN"),
         ("was", 7, "auxpass", "AUX"), ("rigged", 1, "ccomp", "VERB"), (".", 1, "punct", "PUNCT")],
        "the vote on Friday was rigged", "said", None),
    "a day of another clause's subject": (
        [("Lee", 2, "poss", "PROPN"), ("'s", 0, "case", "PART"), ("victory", 5, "nsubj", "NOUN"),
         ("on", 2, "prep", "ADP"), ("Tuesday", 3, "pobj", "PROPN"), ("stunned", 5, "ROOT", "VERB"),
         ("rivals", 5, "dobj", "NOUN"), (",", 5, "punct", "PUNCT"), ("but", 5, "cc", "CCONJ"),
         ("critics", 10, "nsubj", "NOUN"), ("noted", 5, "conj", "VERB"),
         ("that", 14, "mark", "SCONJ"), ("the", 13, "det", "DET"), ("call", 14, "nsubj", "NOUN"),
         ("lagged", 10, "ccomp", "VERB"), (".", 5, "punct", "PUNCT")],
        "the call lagged", "noted", None),
    "a day of the remarks someone calls something": (
        [("Moore", 1, "nsubj", "PROPN"), ("called", 1, "ROOT", "VERB"),
         ("Obama", 4, "poss", "PROPN"), ("'s", 2, "case", "PART"), ("remarks", 1, "dobj", "NOUN"),
         ("on", 4, "prep", "ADP"), ("Saturday", 5, "pobj", "PROPN"), ("a", 9, "det", "DET"),
         ("wake-up", 9, "amod", "ADJ"), ("call", 1, "oprd", "NOUN"), (".", 1, "punct", "PUNCT")],
        "a wake-up call", "called", None),
    "a day of a relative clause": (
        [("The", 1, "det", "DET"), ("envoy", 8, "nsubj", "NOUN"), (",", 1, "punct", "PUNCT"),
         ("who", 4, "nsubj", "PRON"), ("arrived", 1, "relcl", "VERB"), ("on", 4, "prep", "ADP"),
         ("Monday", 5, "pobj", "PROPN"), (",", 1, "punct", "PUNCT"), ("said", 8, "ROOT", "VERB"),
         ("taxes", 10, "nsubj", "NOUN"), ("rise", 8, "ccomp", "VERB"), (".", 8, "punct", "PUNCT")],
        "taxes rise", "said", None),
    "a quoted day": (
        [("\"", 3, "punct", "PUNCT"), ("We", 3, "nsubj", "PRON"), ("will", 3, "aux", "AUX"),
         ("meet", 8, "ccomp", "VERB"), ("on", 3, "prep", "ADP"), ("Friday", 4, "pobj", "PROPN"),
         (",", 8, "punct", "PUNCT"), ("\"", 8, "punct", "PUNCT"), ("he", 9, "nsubj", "PRON"),
         ("said", 9, "ROOT", "VERB"), (".", 9, "punct", "PUNCT")],
        "We will", "said", None),
}


@pytest.mark.parametrize("case", list(OWN))
def test_own_phrase(case):
    tokens, content, cue, expected = OWN[case]
    doc = parsed(tokens)
    assert phrase_of(doc, claim(doc, content, cue)) == expected


def test_cue_token_is_outside_the_content_and_nearest():
    doc = parsed([("He", 1, "nsubj", "PRON"), ("said", 1, "ROOT", "VERB"),
                  ("she", 3, "nsubj", "PRON"), ("said", 1, "ccomp", "VERB"),
                  ("no", 3, "dobj", "INTJ"), (".", 1, "punct", "PUNCT")])
    attribution = claim(doc, "she said no", "said")
    assert cue_token(doc, attribution).i == 1
    assert cue_token(doc, claim(doc, "she said no", "told")) is None


MET = [("On", 3, "prep", "ADP"), ("Tuesday", 0, "pobj", "PROPN"), (",", 3, "punct", "PUNCT"),
       ("Kim", 4, "nsubj", "PROPN"), ("met", 4, "ROOT", "VERB"), ("Park", 4, "dobj", "PROPN"),
       (".", 4, "punct", "PUNCT")]


def second_sentence(first: list, gap: list) -> list:
    n = len(first) + len(gap)
    return first + gap + [("He", n + 1, "nsubj", "PRON"), ("said", n + 1, "ROOT", "VERB"),
                          ("taxes", n + 3, "nsubj", "NOUN"), ("rise", n + 1, "ccomp", "VERB"),
                          (".", n + 1, "punct", "PUNCT")]


def carried(doc: Doc, attributions: list[Attribution]) -> list:
    return [(doc.text[p.start:p.end], p.how) if p else None
            for p in statement_phrases(doc, attributions, RULES)]


@pytest.mark.parametrize("speaker, expected", [
    ("he", [("On Tuesday", "paragraph")]),
    ("Jin Kim", [("On Tuesday", "paragraph")]),
    ("Park", [("On Tuesday", "paragraph")]),
    ("Lee", [None]),                # not in the sentence before: its date is someone else's
])
def test_paragraph_date_carries_to_the_next_sentence(speaker, expected):
    doc = parsed(second_sentence(MET, []))
    assert carried(doc, [claim(doc, "taxes rise", "said", speaker)]) == expected


def test_no_carry_across_paragraphs():
    doc = parsed(second_sentence(MET, [("\n", 4, "dep", "SPACE")]))
    assert "\n" in doc.text
    assert carried(doc, [claim(doc, "taxes rise", "said", "he")]) == [None]


def test_no_carry_from_another_claim():
    """'On Tuesday, Kim said Park won. He said taxes rise.': Tuesday dates Kim's claim only."""
    said = [("On", 4, "prep", "ADP"), ("Tuesday", 0, "pobj", "PROPN"),
            (",", 4, "punct", "PUNCT"), ("Kim", 4, "nsubj", "PROPN"),
            ("said", 4, "ROOT", "VERB"), ("Park", 6, "nsubj", "PROPN"),
            ("won", 4, "ccomp", "VERB"), (".", 4, "punct", "PUNCT")]
    doc = parsed(second_sentence(said, []))
    first, second = claim(doc, "Park won", "said", "Kim"), claim(doc, "taxes rise", "said", "he")
    assert carried(doc, [first, second]) == [("On Tuesday", "cue"), None]


def test_no_carry_of_a_noun_day():
    """'Lee's victory on Tuesday stunned rivals.' is not the date of the next claim."""
    victory = OWN["a day of another clause's subject"][0][:7] + [(".", 5, "punct", "PUNCT")]
    doc = parsed(second_sentence(victory, []))
    assert carried(doc, [claim(doc, "taxes rise", "said", "he")]) == [None]


# ------------------------------------------------------------------ with the model

WED = date(2025, 6, 4)      # a Wednesday

# (text, published, expected said_on of its one claim); sentences written for this table
MODEL_ROWS = [
    ("Officials in Ankara said on Tuesday that the border would stay closed.", WED,
     date(2025, 6, 3)),
    ("The senator told reporters Monday that she would vote against the bill.", WED,
     date(2025, 6, 2)),
    ("Mr. Lopez said yesterday that the union would strike.", WED, date(2025, 6, 3)),
    ("On Thursday, the mayor said the bridge would reopen next spring.", date(2025, 6, 6),
     date(2025, 6, 5)),
    ("The spokesman said on Aug. 17 that the ship had left port.", date(2025, 8, 20),
     date(2025, 8, 17)),
    ("The spokesman said on Aug. 25 that the ship had left port.", date(2025, 8, 20),
     date(2024, 8, 25)),
    ("Coach Diaz met the players on Monday. He said the team was ready for the final.", WED,
     date(2025, 6, 2)),
    # must stay null
    ("The governor said in an interview last week that taxes would not rise.", WED, None),
    ("The candidate said the vote on Friday would be rigged.", WED, None),
    ("The minister said that the talks, which began on Aug. 2, were going well.", WED, None),
    ("Coach Diaz met the players on Monday.\nHe said the team was ready for the final.", WED, None),
    ("The spokesman said on Friday that the ship had left port.", None, None),
    ("The president, speaking at a memorial for the attacks of Sept. 11, 2001, said the "
     "nation would never forget.", date(2016, 9, 12), None),
]


@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", MODEL_ROWS)
def test_said_on_with_the_model(nlp, text, published, expected):
    from pipeline.enrich import date_claims

    doc = nlp(text)
    attributions = list(doc._.attributions)
    assert len(attributions) == 1, [(a.cue, text[a.start:a.end]) for a in attributions]
    article = Article(article_id="a", source_file="a.txt", article_index=0, text=text,
                      char_map=tuple(range(len(text))), published=published)
    phrases = statement_phrases(doc, attributions, RULES)
    assert date_claims(article, attributions, RULES, None, phrases)[0][0] == expected


def test_carry_a_day_hung_below_the_speaker_noun():
    """'The statement on the vote on Wednesday cited China. "A," the statement said.': the
    day the parser hung on "vote" still dates the statement, the speaker of the claim."""
    first = [("The", 1, "det", "DET"), ("statement", 7, "nsubj", "NOUN"),
             ("on", 1, "prep", "ADP"), ("the", 4, "det", "DET"), ("vote", 2, "pobj", "NOUN"),
             ("on", 4, "prep", "ADP"), ("Wednesday", 5, "pobj", "PROPN"),
             ("cited", 7, "ROOT", "VERB"), ("China", 7, "dobj", "PROPN"),
             (".", 7, "punct", "PUNCT")]
    doc = parsed(second_sentence(first, []))
    statement = claim(doc, "taxes rise", "said", "the statement")
    assert carried(doc, [statement]) == [("on Wednesday", "paragraph")]
    assert carried(doc, [claim(doc, "taxes rise", "said", "he")]) == [None]


def test_a_quote_closing_the_paragraph_before_does_not_hide_the_day():
    """'... of tweets."\nSpicer said Tuesday that ...' parsed as one sentence."""
    doc = parsed([("Tweets", 0, "ROOT", "NOUN"), (".", 0, "punct", "PUNCT"),
                  ("\"", 0, "punct", "PUNCT"), ("\n", 2, "dep", "SPACE"),
                  ("Spicer", 5, "nsubj", "PROPN"), ("said", 0, "conj", "VERB"),
                  ("Tuesday", 5, "npadvmod", "PROPN"), ("that", 9, "mark", "SCONJ"),
                  ("nothing", 9, "nsubj", "PRON"), ("changed", 5, "ccomp", "VERB")])
    assert phrase_of(doc, claim(doc, "nothing changed", "said")) == ("Tuesday", "cue")


def test_no_carry_of_a_day_naming_an_event():
    """'His plans included a May 11 speech. He reported a fee.': the day of the speech."""
    plans = [("His", 1, "poss", "PRON"), ("plans", 2, "nsubj", "NOUN"),
             ("included", 2, "ROOT", "VERB"), ("a", 6, "det", "DET"),
             ("May", 6, "compound", "PROPN"), ("11", 4, "nummod", "NUM"),
             ("speech", 2, "dobj", "NOUN"), (".", 2, "punct", "PUNCT")]
    doc = parsed(second_sentence(plans, []))
    assert carried(doc, [claim(doc, "taxes rise", "said", "he")]) == [None]
