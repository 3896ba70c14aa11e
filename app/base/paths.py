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


# The data folder holds authors' phone and bank account numbers (personal data): on Linux
# and macOS it is the user's alone. (On Windows it lives in the user's own profile, whose
# permissions already keep other users out; chmod there only touches the read-only flag.)
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def private_dir(path: str | os.PathLike) -> Path:
    """Create `path` (and its parents) for the user alone; tighten it if it exists."""
    path = Path(path)
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    make_private(path)
    return path


def make_private(path: str | os.PathLike) -> None:
    """The user's alone (0700 for a folder, 0600 for a file); nothing on Windows."""
    if os.name == "nt":
        return
    try:
        os.chmod(path, PRIVATE_DIR if os.path.isdir(path) else PRIVATE_FILE)
    except FileNotFoundError:
        pass
