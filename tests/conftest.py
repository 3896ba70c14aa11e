"""Suite-wide setup: offscreen Qt, an in-memory keyring, a private data folder per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# The suite runs on shared, noisy machines: no per-example deadline, and the same examples on
# every run (a failure is then reproducible; widen the search with --hypothesis-seed).
settings.register_profile("tinbai", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("tinbai")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("TINBAI_HOME", None)

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
PHOTOS = SHARED / "photos"


def shared_photos() -> Path:
    """../shared/photos, or skip the test cleanly where CI did not copy it."""
    if not (PHOTOS / "original").is_dir():
        pytest.skip("../shared/photos is not here")
    return PHOTOS


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    """A fresh user data folder; TINBAI_HOME points at it so every face uses it."""
    d = tmp_path / "data"
    d.mkdir()
    monkeypatch.setenv("TINBAI_HOME", str(d))
    return d


@pytest.fixture(autouse=True)
def _documents_elsewhere(tmp_path_factory, monkeypatch):
    """Bundles never land in the real ~/Documents/TinBai of whoever runs the tests."""
    from app.base import paths

    folder = tmp_path_factory.mktemp("Documents")
    monkeypatch.setattr(paths, "documents_dir", lambda: folder)


@pytest.fixture(autouse=True)
def _vietnamese(monkeypatch):
    from app.base import i18n

    i18n.set_language("vi")
    yield
    i18n.set_language("vi")
