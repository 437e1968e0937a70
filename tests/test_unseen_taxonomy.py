"""scripts/unseen_taxonomy: the taxonomy loads through its config, the labels are well-formed
offsets-only lines, and build_gold merges them into gold documents (issue #13)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from pipeline.config import load_config
from pipeline.issues.taxonomy import load_taxonomy

DIR = Path(__file__).resolve().parents[1] / "scripts" / "unseen_taxonomy"


def _build_gold():
    spec = importlib.util.spec_from_file_location("build_gold", DIR / "build_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_config_loads_the_unseen_taxonomy():
    config = load_config(DIR / "config.toml")
    assert config.rule_path(config.issues.taxonomy) == (DIR / "taxonomy.toml").resolve()
    taxonomy = load_taxonomy(config.rule_path(config.issues.taxonomy))
    assert len(taxonomy.issues) == 10
    default = load_config().to_dict()
    # only the rule-file paths differ from the default settings
    for section, values in config.to_dict().items():
        for key, value in values.items():
            if not str(value).endswith(".toml"):
                assert value == default[section][key], (section, key)


def test_labels_are_offsets_only_and_valid():
    build = _build_gold()
    known = build.issue_ids(DIR / "taxonomy.toml")
    lines = build.read_jsonl(DIR / "labels.jsonl")
    assert lines
    seen = set()
    for line in lines:
        assert set(line) == {"id", "start", "end", "issues", "stance"}
        assert isinstance(line["start"], int) and line["end"] > line["start"]
        build.check_label(line, known)
        key = (line["id"], line["start"], line["end"])
        assert key not in seen
        seen.add(key)


TEXT = "The mayor said the plan is good. Critics said it would cost too much."
DEV = [{"id": "d1", "text": TEXT, "quotes": [
    {"start": 15, "end": 31, "kind": "indirect", "speaker": "The mayor"},
    {"start": 46, "end": 68, "kind": "indirect", "speaker": "Critics"}]},
       {"id": "d2", "text": TEXT, "quotes": []}]


@pytest.mark.parametrize("labels, issues, warned", [
    ([{"id": "d1", "start": 15, "end": 31, "issues": ["x"], "stance": {"x": "support"}},
      {"id": "d1", "start": 46, "end": 68, "issues": [], "stance": {}}],
     [["x"], []], 0),
    ([{"id": "d1", "start": 15, "end": 31, "issues": ["x"], "stance": {"x": "oppose"}}],
     [["x"], None], 1),                     # the second claim is left unlabelled
    ([{"id": "d1", "start": 15, "end": 31, "issues": [], "stance": {}},
      {"id": "d1", "start": 1, "end": 5, "issues": [], "stance": {}}],
     [[], None], 2),                        # a label on no gold claim, one claim unlabelled
])
def test_merge(labels, issues, warned):
    docs, warnings = _build_gold().merge(DEV, labels, {"x"})
    assert [d["id"] for d in docs] == ["d1"]          # unlabelled documents are left out
    assert [q.get("issues") for q in docs[0]["quotes"]] == issues
    assert len(warnings) == warned


@pytest.mark.parametrize("label", [
    {"id": "d1", "start": 1, "end": 5, "issues": ["x"], "stance": {}},
    {"id": "d1", "start": 1, "end": 5, "issues": ["y"], "stance": {"y": "support"}},
    {"id": "d1", "start": 1, "end": 5, "issues": ["x"], "stance": {"x": "pro"}},
    {"id": "d1", "start": 1, "end": 5, "issues": "x", "stance": {"x": "support"}},
])
def test_bad_labels_are_rejected(label):
    with pytest.raises(ValueError):
        _build_gold().check_label(label, {"x"})


def test_main_writes_gold(tmp_path):
    dev, labels, out = tmp_path / "dev.jsonl", tmp_path / "labels.jsonl", tmp_path / "gold.jsonl"
    dev.write_text("".join(json.dumps(d) + "\n" for d in DEV))
    labels.write_text(json.dumps({"id": "d1", "start": 15, "end": 31, "issues": [],
                                  "stance": {}}) + "\n")
    assert _build_gold().main(["--dev", str(dev), "--labels", str(labels), "--out", str(out)]) == 0
    assert [d["id"] for d in map(json.loads, out.read_text().splitlines())] == ["d1"]


def _score_spans():
    spec = importlib.util.spec_from_file_location("score_spans", DIR / "score_spans.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.model
def test_score_spans_classifies_each_labelled_claim(model):
    config = load_config(DIR / "config.toml")
    taxonomy = load_taxonomy(config.rule_path(config.issues.taxonomy),
                             config.rule_path(config.issues.stance))
    text = ("The governor said the minimum wage should rise to $15 an hour. "
            "Her aide said the weather was fine.")
    docs = [{"id": "d", "text": text, "quotes": [
        {"start": 18, "end": 61, "cue": "said", "issues": ["minimum_wage"],
         "stance": {"minimum_wage": "support"}},
        {"start": 77, "end": 97, "cue": "said", "issues": [], "stance": {}},
        {"start": 0, "end": 12, "cue": None}]}]          # unlabelled: not scored
    gold, pred, where = _score_spans().predict(model, docs, taxonomy)
    assert [g["issues"] for g in gold] == [["minimum_wage"], []]
    assert len(pred) == len(where) == 2
    assert "minimum_wage" in pred[0]["issues"]
    assert pred[1]["issues"] == []


def test_score_spans_rules_and_dump(tmp_path, capsys):
    """--rules: stance accuracy per deciding rule; --dump: one JSONL line per scored claim."""
    spans = _score_spans()
    assert spans._rule("cue:urged(support)*lexicon:raise(support) | issue:wage") == "cue+lexicon"
    assert spans._rule("default:support | issue:wage") == "default"
    gold = [{"issues": ["wage"], "stance": {"wage": "support"}},
            {"issues": ["wage"], "stance": {"wage": "oppose"}},
            {"issues": [], "stance": {}}]
    pred = [{"issues": ["wage"], "stance": {"wage": "support"},
             "evidence": {"wage": "default:support | issue:wage"}},
            {"issues": ["wage"], "stance": {"wage": "support"},
             "evidence": {"wage": "default:support | issue:wage"}},
            {"issues": [], "stance": {}, "evidence": {}}]
    spans.rules(gold, pred)
    assert capsys.readouterr().out.split() == ["default>sup", "1/2", "50.0", "gold", "opp", "1",
                                               "sup", "1"]
    text = "Ann said wages must rise. Bo said no. Cy said hi."
    where = [("d", text, {"start": 9, "end": 24, "cue": "said"}),
             ("d", text, {"start": 34, "end": 36, "cue": "said"}),
             ("d", text, {"start": 46, "end": 48, "cue": "said"})]
    spans.dump(tmp_path / "dump.jsonl", gold, pred, where)
    rows = [json.loads(line) for line in (tmp_path / "dump.jsonl").read_text().splitlines()]
    assert [(r["text"], r["gold"]["issues"], r["pred"]["stance"]) for r in rows] == [
        ("wages must rise", ["wage"], {"wage": "support"}), ("no", ["wage"], {"wage": "support"}),
        ("hi", [], {})]


@pytest.mark.model
def test_score_spans_cached_parse_is_the_model_parse(tmp_path, config):
    """--cache: the parse read back from the cache equals the model's own."""
    import spacy

    text = "The governor said the minimum wage should rise. Her aide said it was fine."
    cached = _score_spans().parser(config.model.name, tmp_path / "cache")
    direct = spacy.load(config.model.name)(text)
    for doc in (cached(text), cached(text)):            # written, then read back
        assert [(t.text, t.lemma_, t.pos_, t.dep_, t.head.i) for t in doc] == [
            (t.text, t.lemma_, t.pos_, t.dep_, t.head.i) for t in direct]
        assert [s.start_char for s in doc.sents] == [s.start_char for s in direct.sents]


def _agreement():
    spec = importlib.util.spec_from_file_location("agreement", DIR / "agreement.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _row(start, stance):
    return {("d", start, start + 5): {"id": "d", "start": start, "end": start + 5,
                                      "issues": sorted(stance), "stance": stance}}


@pytest.mark.parametrize("a, b, same, f1, agree", [
    ({**_row(0, {"x": "support"}), **_row(9, {})},
     {**_row(0, {"x": "support"}), **_row(9, {})}, 1.0, 1.0, 1.0),
    ({**_row(0, {"x": "support"}), **_row(9, {})},
     {**_row(0, {"x": "oppose", "y": "neutral"}), **_row(9, {})}, 0.5, 2 / 3, 0.0),
    ({**_row(0, {"x": "support"})}, {**_row(0, {}), **_row(20, {"x": "oppose"})}, 0.0, 0.0, None),
])
def test_agreement(a, b, same, f1, agree):
    r = _agreement().agreement(a, b)
    assert r["same_issue_set"] == pytest.approx(same)
    assert r["issue_f1"] == pytest.approx(f1)
    assert r["stance_agreement"] == (None if agree is None else pytest.approx(agree))


@pytest.mark.parametrize("pairs, expected", [
    ([("s", "s"), ("o", "o"), ("n", "n")], 1.0),
    ([("s", "o"), ("o", "s")], -1.0),
    ([("s", "s"), ("s", "s")], None),                # chance agreement 1: undefined
    ([], None),
])
def test_kappa(pairs, expected):
    k = _agreement().kappa(pairs)
    assert k == (None if expected is None else pytest.approx(expected))
