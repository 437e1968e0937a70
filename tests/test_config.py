"""The one schema mechanism for rule files: unknown keys and wrong types are one-line errors
naming the file and the key, for every converted file (default.toml, boilerplate.toml,
dates.toml)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.articles.clean import BoilerplateFile, load_boilerplate
from pipeline.articles.dates import DatesFile, load_date_rules
from pipeline.cli import app
from pipeline.config import Config, ConfigError, RuleModel, load_config, load_rules

REPO = Path(__file__).resolve().parent.parent
CONFIGS = REPO / "configs"
RULE_FILES = ("boilerplate.toml", "dates.toml", "cues.toml", "issues.toml", "stance.toml",
              "speakers.toml")


def default_toml(tmp_path: Path, edit=lambda t: t) -> Path:
    """configs/default.toml copied to tmp_path with absolute rule paths, then edited."""
    text = (CONFIGS / "default.toml").read_text()
    for rule in RULE_FILES:
        text = text.replace(f'"{rule}"', json.dumps(str(CONFIGS / rule)))
    path = tmp_path / "default.toml"
    path.write_text(edit(text))
    return path


@pytest.mark.parametrize("name, loader", [
    ("boilerplate.toml", load_boilerplate), ("dates.toml", load_date_rules),
    ("default.toml", load_config)])
def test_shipped_files_load(name, loader):
    loader(CONFIGS / name)


# (file, text appended to the shipped file, key path in the message, reason)
BAD = [
    ("default.toml", "\n[modle]\nname = 'x'\n", "[modle]", "unknown key"),
    ("default.toml", "\n[dedup]\nsede = 1\n", None, None),   # duplicate table: not TOML
    ("boilerplate.toml", "\n[linez]\npatterns = []\n", "[linez]", "unknown key"),
    ("boilerplate.toml", "\n[[outlets]]\nname = 'X'\nalias = ['Y']\n", "[outlets[", "unknown key"),
    ("boilerplate.toml", "\n[[outlets]]\nname = 3\n", "[outlets[", "valid string"),
    ("boilerplate.toml", "\n[[outlets]]\naliases = ['Y']\n", ".name]", "missing key"),
    ("dates.toml", "\n[saidon]\nvague = []\n", "[saidon]", "unknown key"),
    ("dates.toml", "\n[said_on.relative_days.x]\n", "[said_on.relative_days.x]", "valid integer"),
]


@pytest.mark.parametrize("name, extra, key, reason", BAD)
def test_bad_key_names_file_and_key(tmp_path, name, extra, key, reason):
    path = tmp_path / name
    text = (CONFIGS / name).read_text() + extra
    if name == "default.toml":
        path = default_toml(tmp_path, lambda t: t + extra)
    else:
        path.write_text(text)
    loader = {"default.toml": load_config, "boilerplate.toml": load_boilerplate,
              "dates.toml": load_date_rules}[name]
    with pytest.raises(ConfigError) as err:
        loader(path)
    message = str(err.value)
    assert "\n" not in message
    assert str(path) in message
    if key is not None:
        assert key in message and reason in message, message


@pytest.mark.parametrize("text, message", [
    ("[said_on]\nvague = 'x'\n", "[said_on.vague]: input should be a valid list (got 'x')"),
    ("[said_on]\nvague = [1]\n", "[said_on.vague[0]]: input should be a valid string (got 1)"),
    ("[said_on.relative_days]\n'yesterday' = 'one'\n",
     "[said_on.relative_days.yesterday]: input should be a valid integer (got 'one')"),
    ("[said_on.relative_days]\n'yesterday' = true\n",
     "[said_on.relative_days.yesterday]: input should be a valid integer (got True)"),
    ("[said_on]\nvaguer = []\n", "[said_on.vaguer]: unknown key"),
    ("[said_on]\nvague = ['(unclosed']\n", "[said_on.vague]: bad pattern"),
])
def test_dates_toml_messages(tmp_path, text, message):
    path = tmp_path / "dates.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as err:
        load_date_rules(path)
    assert str(err.value).startswith(f"{path}: ")
    assert message in str(err.value)


@pytest.mark.parametrize("text, message", [
    ("[model]\nbacth_size = 3\n", "[model.bacth_size]: unknown key"),
    ("[run]\nworkers = 'two'\n", "[run.workers]: input should be a valid integer (got 'two')"),
    ("[run]\nworkers = 0\n", "[run.workers]: input should be greater than or equal to 1"),
    ("[run]\ncache = 1\n", "[run.cache]: input should be a valid boolean (got 1)"),
    ("[run]\nengine = 'spark'\n", "[run.engine]: input should be 'local' or 'dask'"),
    ("[dates]\ndate_order = 'DYM'\n", "[dates.date_order]: input should be 'DMY', 'MDY' or 'YMD'"),
    ("[model]\nexclude = 'ner'\n", "[model.exclude]: input should be a valid list"),
    ("[dedup]\nlsh_threshold = 1.5\n", "[dedup.lsh_threshold]: input should be less than 1"),
    ("model = 3\n", "[model]: input should be a dictionary"),
])
def test_default_toml_messages(tmp_path, text, message):
    path = tmp_path / "c.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(err.value).startswith(f"{path}: ")
    assert message in str(err.value)


def test_defaults_equal_shipped_file():
    """Every key of default.toml is optional: an empty file gives the shipped settings."""
    assert Config().to_dict() == load_config(CONFIGS / "default.toml").to_dict()


def test_missing_rule_file(tmp_path):
    path = default_toml(tmp_path, lambda t: t.replace(json.dumps(str(CONFIGS / "dates.toml")),
                                                      '"nope.toml"'))
    with pytest.raises(ConfigError, match="rule file not found: .*nope.toml"):
        load_config(path)


def test_load_rules_on_a_new_model(tmp_path):
    class Speakers(RuleModel):
        pronouns: list[str] = []

    path = tmp_path / "speakers.toml"
    path.write_text("pronouns = ['he']\n")
    assert load_rules(path, Speakers).pronouns == ["he"]
    path.write_text("[speakerz]\n")
    with pytest.raises(ConfigError, match=r"speakers.toml: \[speakerz\]: unknown key$"):
        load_rules(path, Speakers)


def test_schemas_forbid_unknown_keys():
    for model in (BoilerplateFile, DatesFile):
        assert model.model_config["extra"] == "forbid"


@pytest.mark.parametrize("rule, text, message", [
    ("dates.toml", "[said_on]\nvague = 3\n", "dates.toml: [said_on.vague]: input should be"),
    ("boilerplate.toml", "[lines]\npatternz = []\n", "boilerplate.toml: [lines.patternz]: unknown key"),
    ("speakers.toml", "[names]\nheadline_verb = []\n", "speakers.toml: [names.headline_verb]: unknown key"),
])
def test_cli_bad_rule_file_one_line_exit_1(tmp_path, rule, text, message):
    bad = tmp_path / rule
    bad.write_text(text)
    config = default_toml(tmp_path, lambda t: t.replace(json.dumps(str(CONFIGS / rule)),
                                                        json.dumps(str(bad))))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Nothing here.\n")
    result = CliRunner().invoke(app, ["run", str(corpus), "--out", str(tmp_path / "out"),
                                      "--config", str(config), "-q"], catch_exceptions=False)
    assert result.exit_code == 1, result.output
    err = result.stderr.strip()
    assert len(err.splitlines()) == 1 and err.startswith("Error: "), err
    assert message in err
