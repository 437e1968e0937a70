"""configs/cues.toml through the schema: unknown keys, wrong types and dangling group
names are one ConfigError naming the file and the key (no model needed)."""
from __future__ import annotations

import pytest

from pipeline.attribution.rules import load_cues
from pipeline.config import ConfigError, default_config_dir

SHIPPED = default_config_dir() / "cues.toml"


def test_shipped_file_loads():
    rules = load_cues(SHIPPED)
    assert rules.verbs["say"] == "say" and rules.express_verbs == {
        "express": "express", "voice": "express", "issue": "statement", "release": "statement"}
    assert rules.speakers.personal_name.match("Lim Soo-jin")
    assert "tell" in rules.addressee_verbs and rules.bare_quote_groups == {"say", "write", "voice"}
    assert rules.requires["manner"] == "quotation"


@pytest.mark.parametrize("extra, key, reason", [
    ("\n[speakerz]\nmale = ['he']\n", "[speakerz]", "unknown key"),
    ("\n[cues.spoke]\nverbz = ['say']\n", "[cues.spoke.verbz]", "unknown key"),
    ("\n[cues.spoke]\nverbs = 'say'\n", "[cues.spoke.verbs]", "valid list"),
    ("\n[cues.spoke]\nattitude = 'yes'\n", "[cues.spoke.attitude]", "valid boolean"),
    ("\n[cues.spoke]\nrequires = 'object'\n", "[cues.spoke.requires]", "complement"),
    ("\n[cues.spoke]\nphrases = ['point out at']\n", "[cues.spoke.phrases]", "one particle"),
    ("\n[content]\nwh_words = ['how']\n", None, None),      # a table given twice: not TOML
])
def test_bad_cues_file_names_file_and_key(tmp_path, extra, key, reason):
    path = tmp_path / "cues.toml"
    path.write_text(SHIPPED.read_text() + extra)
    with pytest.raises(ConfigError) as err:
        load_cues(path)
    message = str(err.value)
    assert str(path) in message
    if key:
        assert f"{key}: " in message and reason in message


@pytest.mark.parametrize("old, new, key", [
    ('speech_groups = ["say", "add", "argue", "write"]', 'speech_groups = ["sya"]',
     "[channels.speech_groups]"),
    ('bare_quote_groups = ["say", "write", "voice"]', 'bare_quote_groups = ["wirte"]',
     "[cue_then_quote.bare_quote_groups]"),
    ("personal_name = '^[A-Z]", "personal_name = '^([A-Z]", "[speakers.personal_name]"),
])
def test_dangling_names_and_bad_regex(tmp_path, old, new, key):
    text = SHIPPED.read_text()
    assert old in text
    path = tmp_path / "cues.toml"
    path.write_text(text.replace(old, new))
    with pytest.raises(ConfigError, match=key.replace("[", r"\[").replace("]", r"\]")):
        load_cues(path)
