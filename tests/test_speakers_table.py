"""The corpus-level speaker table end to end: `claims run` over a small corpus written for
this test (tests/data/speakers: one person named four ways across articles, his son,
two Clintons, an anonymous official in two articles, an organisation with an article)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.engine.local import run, with_overrides
from pipeline.load import load

pytestmark = pytest.mark.model

SPEAKERS_CORPUS = Path(__file__).resolve().parent / "data" / "speakers"


@pytest.fixture(scope="module")
def linked(tmp_path_factory, config):
    out = tmp_path_factory.mktemp("speakers_out")
    result = run(SPEAKERS_CORPUS, out, config)
    return out, result, load(out)


def ids_of(claims: pd.DataFrame, files: str, speaker_like: str) -> set[str]:
    mine = claims[claims["source_file"].str.match(files)
                  & claims["speaker_mention"].str.contains(speaker_like)]
    assert len(mine), (files, speaker_like)
    return set(mine["speaker_id"])


def test_one_person_one_id_across_articles(linked):
    _, _, out = linked
    claims = out.claims
    trump = ids_of(claims, r"0[124]", r"^(?!Eric).*Trump$")   # "Donald J. Trump", "Mr. Trump"
    assert len(trump) == 1
    (row,) = out.speakers[out.speakers["speaker_id"].isin(trump)].itertuples()
    assert row.name == "Donald J. Trump" and row.speaker_type == "person"
    assert row.n_articles == 3
    assert {"Donald Trump", "Mr. Trump", "Trump"} <= set(row.aliases)
    assert set(claims.loc[claims["speaker_id"].isin(trump), "speaker"]) == {"Donald J. Trump"}


def test_relatives_and_namesakes_stay_apart(linked):
    _, _, out = linked
    claims = out.claims
    (trump,) = ids_of(claims, r"01", r"Mr\. Trump")
    assert ids_of(claims, r"01", r"Eric Trump") != {trump}
    hillary = ids_of(claims, r"02", r"Hillary Clinton")
    bill = ids_of(claims, r"03", r"^Clinton$")            # "Clinton" where the article says Bill
    assert hillary.isdisjoint(bill)
    names = dict(zip(out.speakers["speaker_id"], out.speakers["name"]))
    assert {names[i] for i in bill} == {"Bill Clinton"}


def test_anonymous_descriptors_are_never_linked_across_articles(linked):
    _, _, out = linked
    official = out.claims[out.claims["speaker"] == "a senior campaign official"]
    assert official["article_id"].nunique() == 2
    assert official["speaker_id"].nunique() == 2


def test_table_and_claims_agree(linked):
    _, result, out = linked
    claims = out.claims.drop_duplicates("claim_id")
    speakers = out.speakers.set_index("speaker_id")
    assert set(claims["speaker_id"]) == set(speakers.index)
    assert result.speakers == len(speakers)
    counted = claims.groupby("speaker_id").size()
    assert (speakers.loc[counted.index, "n_claims"] == counted).all()
    names = speakers.loc[claims["speaker_id"], "name"].to_numpy()
    assert (claims["speaker"].to_numpy() == names).all()


def test_ids_are_stable_across_runs(linked, tmp_path, config):
    first, _, out = linked
    again = tmp_path / "again"
    run(SPEAKERS_CORPUS, again, with_overrides(config, run={"cache": False}))
    pd.testing.assert_frame_equal(load(again).speakers, out.speakers)
