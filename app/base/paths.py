"""Where things live: the user data folder, the shipped resources, the Documents folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_HOME = "TINBAI_HOME"


def resource_dir() -> Path:
    """The folder holding shipped data (works from a checkout, a wheel and a frozen build)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    import resources

    return Path(resources.__file__).resolve().parent


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """The user data folder: `--data-dir`, else $TINBAI_HOME, else the platform's folder."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs

    return Path(platformdirs.user_data_dir("TinBai", appauthor=False, roaming=False))


def documents_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_documents_dir())


def default_bundle_base() -> Path:
    """`<Documents>/TinBai`, where bundle folders go unless the user chose another place."""
    return documents_dir() / "TinBai"
