"""Fixtures of the regression tables: `taxonomy`, the table module's own small taxonomy
(its TOML text in the module constant `TAXONOMY`), loaded once per module."""
from __future__ import annotations

import pytest
from regression_rows import taxonomy_path


@pytest.fixture(scope="module")
def taxonomy(request, tmp_path_factory):
    from pipeline.issues.taxonomy import load_taxonomy
    name = request.module.__name__.rpartition(".")[2]
    return load_taxonomy(taxonomy_path(tmp_path_factory, name, request.module.TAXONOMY))
