"""Corpus-level speaker linking (pipeline/linking): each rule with cases that must link and
cases that must not, on hand-built speaker summaries (no model, no engine)."""
from __future__ import annotations

import doctest
import importlib
import random
from pathlib import Path

import pytest

from pipeline.config import ConfigError
from pipeline.linking import SpeakerSummary, link_speakers, load_link_rules, summarise
from pipeline.linking.names import clean_org, clean_person
from pipeline.linking.persons import parse_person, same_person
from pipeline.records import Claim

CONFIGS = Path(__file__).resolve().parent.parent / "configs"


@pytest.fixture(scope="module")
def rules():
    return load_link_rules(CONFIGS / "speakers.toml", CONFIGS / "cues.toml")


def S(article, canonical, type_="person", mentions=(), n=1, names=(), roles=()):
    return SpeakerSummary(article, canonical, type_, tuple(mentions), tuple(roles), n,
                          article_names=tuple(names))


def claim(claim_id, speaker, mention, type_="person", article_id="a1"):
    return Claim(claim_id=claim_id, article_id=article_id, source_file="f", outlet=None,
                 title=None, published=None, speaker_id="", speaker=speaker,
                 speaker_mention=mention, speaker_type=type_, speaker_role=None, cue="said",
                 kind="direct", quote="q", start=0, end=1)


def ids(summaries, rules):
    out = link_speakers(summaries, rules)
    return {s.key: out.ref(*s.key) for s in summaries}, out


# ------------------------------------------------------------------ garbage out of names

@pytest.mark.parametrize("raw, expected", [
    ("Obama Says", "Obama"),
    ("Hillary Clinton Calls", "Hillary Clinton"),
    ("Billionaire Donald Trump", "Donald Trump"),
    ("Republican presidential candidate Donald Trump", "Donald Trump"),
    ("New Jersey Gov. Chris Christie", "Chris Christie"),
    ("Trump's", "Trump"),
    ("Said Comey", "Comey"),
    ("X.\nTrump", "Trump"),
    ('">Sanders', "Sanders"),
    ("state senate hopeful and retired surgeon Ben Carson", "Ben Carson"),
    ("Ted Cruz, R-Texas", "Ted Cruz"),
    ("Mr. Trump", "Trump"),
    # nothing to take away
    ("Donald Trump", "Donald Trump"),
    ("Donald Trump Jr.", "Donald Trump Jr."),
    ("Lee Jae-myung", "Lee Jae-myung"),
    ("Beto de la Cruz", "Beto de la Cruz"),
    ("Trump campaign", "Trump campaign"),
    ("Speaker", "Speaker"),
])
def test_clean_person(raw, expected, rules):
    assert clean_person(raw, rules).name == expected


@pytest.mark.parametrize("raw, roles, gender", [
    ("Sen. Ted Cruz", ("senator",), None),
    ("Mrs. Clinton", (), "female"),
    ("House Speaker Paul Ryan", ("speaker",), None),
    ("Donald Trump", (), None),
])
def test_clean_person_keeps_roles_and_gender(raw, roles, gender, rules):
    clean = clean_person(raw, rules)
    assert (clean.roles, clean.gender) == (roles, gender)


@pytest.mark.parametrize("raw, expected", [
    ("White House's", "White House"),
    ("the White House", "White House"),
    ("the State Department's", "State Department"),
    ("DOJ", "Justice Department"),
    ("Federal Bureau of Investigation", "FBI"),
    # nothing to take away
    ("Council on Foreign Relations", "Council on Foreign Relations"),
    ("Goldman Sachs", "Goldman Sachs"),
])
def test_clean_org(raw, expected, rules):
    assert clean_org(raw, rules) == expected


# ------------------------------------------------------------------ name compatibility

@pytest.mark.parametrize("a, b, same", [
    ("Paul D. Ryan", "Paul Ryan", True),
    ("Donald J. Trump", "Donald Trump", True),
    ("James B. Comey", "James Comey", True),
    ("Hillary Rodham Clinton", "Hillary Clinton", True),
    ("Bill Clinton", "William J. Clinton", True),
    ("Bernie Sanders", "Bernard Sanders", True),
    ("Joe Biden", "Joseph R. Biden", True),
    ("Eric Trump", "Donald Trump", False),
    ("Bill Clinton", "Hillary Clinton", False),
    ("George W. Bush", "George H. W. Bush", False),
    ("Jeb Bush", "George W. Bush", False),
    ("Rafael Cruz", "Ted Cruz", False),
    ("Paul Ryan", "Paul Manafort", False),
])
def test_same_person(a, b, same, rules):
    assert same_person(parse_person(a, rules), parse_person(b, rules), rules) is same


# ------------------------------------------------------------------ linking across articles

MUST_LINK = [
    pytest.param([S("a1", "Paul D. Ryan"), S("a2", "Paul Ryan")], id="middle-initial"),
    pytest.param([S("a1", "Donald J. Trump"), S("a2", "Donald Trump")], id="middle-initial-2"),
    pytest.param([S("a1", "Bill Clinton"), S("a2", "William Jefferson Clinton")], id="nickname"),
    pytest.param([S("a1", "Barack Obama", n=3), S("a2", "President Obama")], id="title-surname"),
    pytest.param([S("a1", "Donald Trump", n=3), S("a2", "Mr. Trump", mentions=["Mr. Trump"])],
                 id="honorific-surname"),
    pytest.param([S("a1", "Donald Trump", n=5), S("a2", "Trump", "organization")],
                 id="org-typed-surname"),
    pytest.param([S("a1", "Carly Fiorina", "organization"),
                  S("a2", "Fiorina", "organization", names=["Carly Fiorina"])],
                 id="org-typed-full-name"),
    pytest.param([S("a1", "Barack Obama"), S("a2", "Obama Says")], id="headline-word"),
    pytest.param([S("a1", "Donald Trump"), S("a2", "Billionaire Donald Trump")],
                 id="descriptor"),
    pytest.param([S("a1", "Donald Trump", n=4), S("a2", "Trump Tower", mentions=["Mr. Trump"])],
                 id="misread-name"),
    pytest.param([S("a1", "James Comey"), S("a2", "James B. Comey Jr.")],
                 id="suffix-never-contradicted"),
    pytest.param([S("a1", "White House's", "organization"),
                  S("a2", "the White House", "organization")], id="org-possessive-article"),
    pytest.param([S("a1", "DOJ", "organization"), S("a2", "Justice Department", "organization")],
                 id="org-alias"),
    pytest.param([S("a1", "Hillary Clinton", n=2), S("a1", "Bill Clinton"),
                  S("a2", "Clinton", mentions=["Mrs. Clinton"],
                    names=["Hillary Clinton", "Bill Clinton"])],
                 id="surname-by-honorific"),
]


@pytest.mark.parametrize("summaries", MUST_LINK)
def test_must_link(summaries, rules):
    refs, _ = ids(summaries, rules)
    first, last = refs[summaries[0].key], refs[summaries[-1].key]
    assert first.speaker_id == last.speaker_id
    assert first.type == last.type


MUST_NOT_LINK = [
    pytest.param([S("a1", "Donald Trump", n=5), S("a2", "Eric Trump")], id="other-given-name"),
    pytest.param([S("a1", "Hillary Clinton", n=9), S("a2", "Bill Clinton")],
                 id="bill-is-not-hillary"),
    pytest.param([S("a1", "Hillary Clinton", n=9), S("a2", "Bill Clinton"),
                  S("a2", "Clinton", mentions=["Clinton"], names=["Bill Clinton"])],
                 id="surname-resolved-in-its-article"),
    pytest.param([S("a1", "Hillary Clinton", n=9), S("a2", "Clinton", mentions=["he"],
                                                   names=["Bill Clinton"])],
                 id="surname-to-article-full-name"),
    pytest.param([S("a1", "Donald Trump", n=5),
                  S("a2", "Donald Trump Jr.", names=["Donald Trump"])], id="suffix-in-article"),
    pytest.param([S("a1", "George W. Bush"), S("a2", "George H. W. Bush"), S("a3", "George Bush")],
                 id="ambiguous-middle"),
    pytest.param([S("a1", "a senior official", "anonymous"),
                  S("a2", "a senior official", "anonymous")], id="anonymous-across-articles"),
    pytest.param([S("a1", "Ted Cruz", n=9), S("a2", "Rafael Cruz")], id="father-and-son"),
    pytest.param([S("a1", "Trump campaign", "organization"), S("a2", "Donald Trump")],
                 id="campaign-is-not-candidate"),
    pytest.param([S("a1", "Paul Ryan", n=3), S("a2", "Nolan Ryan", n=3), S("a3", "Ryan")],
                 id="surname-of-two"),
    pytest.param([S("a1", "Aides"), S("a2", "Aides")], id="group-word-typed-person"),
]


@pytest.mark.parametrize("summaries", MUST_NOT_LINK)
def test_must_not_link(summaries, rules):
    refs, _ = ids(summaries, rules)
    assert refs[summaries[0].key].speaker_id != refs[summaries[-1].key].speaker_id


def test_a_group_word_is_anonymous(rules):
    refs, _ = ids([S("a1", "Aides"), S("a2", "Supporters")], rules)
    assert {r.type for r in refs.values()} == {"anonymous"}


def test_surname_of_two_people_links_to_neither(rules):
    summaries = [S("a1", "Paul Ryan", n=3), S("a2", "Nolan Ryan", n=3), S("a3", "Ryan")]
    refs, _ = ids(summaries, rules)
    assert refs[summaries[2].key].speaker_id not in {refs[s.key].speaker_id for s in summaries[:2]}


def test_corpus_type_is_person_for_a_name_typed_organisation_once(rules):
    summaries = [S("a1", "Donald Trump", n=5), S("a2", "Trump", "organization")]
    refs, out = ids(summaries, rules)
    assert {r.type for r in refs.values()} == {"person"}
    assert [r.speaker_type for r in out.rows] == ["person"]


def test_the_table_row(rules):
    summaries = [S("a1", "Paul Ryan", mentions=["Paul Ryan", "he"], n=2, roles=["House Speaker"]),
                 S("a2", "Paul D. Ryan", mentions=["Mr. Ryan"]),
                 S("a3", "Speaker Ryan", mentions=["Ryan"])]
    _, out = ids(summaries, rules)
    (row,) = out.rows
    assert row.name == "Paul D. Ryan"                        # the fullest form
    assert row.n_claims == 4 and row.n_articles == 3
    assert "he" not in row.aliases
    assert {"Paul Ryan", "Paul D. Ryan", "Mr. Ryan", "Speaker Ryan"} <= set(row.aliases)
    assert dict(row.roles)["House Speaker"] == ("a1",)
    assert dict(row.roles)["speaker"] == ("a1", "a3")     # "House Speaker", "Speaker Ryan"


def test_rows_fit_the_speakers_schema(rules):
    import pyarrow as pa

    from pipeline.records import SPEAKERS_SCHEMA

    _, out = ids([S("a1", "Paul Ryan", roles=["House Speaker"]), S("a2", "Paul D. Ryan"),
                  S("a3", "a senior official", "anonymous")], rules)
    table = pa.Table.from_pylist([r.as_row() for r in out.rows], schema=SPEAKERS_SCHEMA)
    assert table.num_rows == 2 and sorted(out.rows[0].as_row()) == sorted(SPEAKERS_SCHEMA.names)


def test_ids_are_stable_and_independent_of_order(rules):
    summaries = [S(f"a{i}", name, n=i % 3 + 1) for i, name in enumerate(
        ["Donald Trump", "Trump", "Donald J. Trump", "Eric Trump", "Hillary Clinton",
         "Clinton", "Bill Clinton", "a senior official"])]
    summaries[-1] = S("a7", "a senior official", "anonymous")
    first = link_speakers(summaries, rules)
    shuffled = summaries[:]
    random.Random(3).shuffle(shuffled)
    assert link_speakers(shuffled, rules) == first
    assert link_speakers(summaries[:4] + summaries[4:], rules).rows == first.rows


def test_summarise_finds_full_names_of_a_surname_in_the_text(rules):
    claims = [claim("c1", "Clinton", "she"), claim("c2", "Clinton", "Clinton")]
    text = "Former President Bill Clinton and Hillary Clinton spoke. Clinton said."
    (summary,) = summarise("a1", text, claims, rules)
    assert summary.n_claims == 2 and summary.mentions == ("Clinton", "she")
    assert summary.article_names == ("Former President Bill Clinton", "Hillary Clinton")


# ------------------------------------------------------------------ config

def test_the_shipped_rules_load(rules):
    assert "bill" in next(c for c in rules.nicknames if "william" in c)
    assert rules.given_gender.get("hillary") == "female"


def test_an_unknown_key_is_an_error_naming_it(tmp_path):
    path = tmp_path / "speakers.toml"
    path.write_text("[names]\nheadline_verb = ['says']\n")
    with pytest.raises(ConfigError, match="headline_verb"):
        load_link_rules(path)


@pytest.mark.parametrize("module", ["names", "persons", "items", "types", "clusters",
                                    "summaries", "table", "__init__"])
def test_docstring_examples(module):
    name = "pipeline.linking" if module == "__init__" else f"pipeline.linking.{module}"
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0 and result.attempted > 0 or module == "table"
