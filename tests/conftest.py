"""Shared fixtures: the shipped config, the sample corpus, one pipeline run reused by the
end-to-end tests, and the shared seed gold when it is beside the repo."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
SHARED = REPO.parent / "shared"
SEED_GOLD = SHARED / "seed-gold"
GOLD_SEEDS = SHARED / "gold" / "seeds.jsonl"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session", autouse=True)
def machine_cache(tmp_path_factory):
    """Files kept per machine (the report's script bundle) go to a folder of the session,
    never to the home folder's cache."""
    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    yield
    if old is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = old


@pytest.fixture(scope="session")
def config():
    from pipeline.config import load_config

    return load_config(REPO / "configs" / "default.toml")


@pytest.fixture(scope="session")
def corpus_outputs(tmp_path_factory, config):
    """One run of the whole job on corpus/ (shared by the end-to-end tests)."""
    from pipeline.engine.local import run

    out = tmp_path_factory.mktemp("outputs")
    result = run(CORPUS, out, config)
    return out, result


@pytest.fixture
def small_corpus(tmp_path):
    """A copy of two sample files in a folder of its own."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in sorted(p.name for p in CORPUS.iterdir())[:2]:
        shutil.copy(CORPUS / name, folder / name)
    return folder


def needs_shared(path: Path):
    return pytest.mark.skipif(not path.exists(), reason=f"{path} is not beside the repo")


# ------------------------------------------------------------------ spaCy fixtures
# Loaded once per test session; the model name comes from the shipped config.

@pytest.fixture(scope="session")
def blank():
    """A blank English pipeline: tokens only, for rules that need no model."""
    import spacy

    return spacy.blank("en")


@pytest.fixture(scope="session")
def model(config):
    """The configured spaCy model, as loaded by the pipeline (no components of ours)."""
    from pipeline.config import ConfigError
    from pipeline.nlp import load_model

    try:
        return load_model(config.model.name, config.model.exclude)
    except ConfigError as exc:  # pragma: no cover - the Makefile installs it
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def nlp(config):
    """The configured model plus the `claims_attribution` component."""
    import pipeline.attribution.component  # noqa: F401
    from pipeline.config import ConfigError
    from pipeline.nlp import load_model

    try:
        pipeline_ = load_model(config.model.name, config.model.exclude)
    except ConfigError as exc:  # pragma: no cover
        pytest.skip(str(exc))
    pipeline_.add_pipe("claims_attribution")
    return pipeline_


@pytest.fixture(scope="session")
def korea():
    """The shipped issue taxonomy (configs/issues.toml)."""
    from pipeline.issues.taxonomy import load_taxonomy

    return load_taxonomy()


@pytest.fixture(scope="session")
def stance_rules():
    """The shipped stance rules (configs/stance.toml)."""
    from pipeline.config import default_config_dir
    from pipeline.issues.stance import load_stance_rules

    return load_stance_rules(default_config_dir() / "stance.toml")


@pytest.fixture(scope="session")
def climate():
    """The second issue taxonomy of the tests (tests/data/taxonomy_climate.toml)."""
    from pipeline.issues.taxonomy import load_taxonomy

    return load_taxonomy(REPO / "tests" / "data" / "taxonomy_climate.toml")


@pytest.fixture(scope="module")
def taxonomy(request, tmp_path_factory):
    """A regression table's own small taxonomy (the TOML text in its module constant
    `TAXONOMY`), loaded once per module. It lives here, not in a conftest.py of
    tests/regression: two conftest modules would both import as `conftest`, and the
    `from conftest import ...` of the other test modules would find the wrong one."""
    from pipeline.issues.taxonomy import load_taxonomy
    from regression_rows import taxonomy_path

    name = request.module.__name__.rpartition(".")[2]
    return load_taxonomy(taxonomy_path(tmp_path_factory, name, request.module.TAXONOMY))
