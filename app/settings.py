"""Named settings with their defaults (stored in the database's settings table)."""

from __future__ import annotations

from pathlib import Path

from app.base import paths
from app.storage.database import Store

BUNDLE_BASE = "bundle_base"
EDITORIAL_ADDRESS = "editorial_address"
DEFAULT_EDITORIAL_ADDRESS = "congdoanbk@gmail.com"


def bundle_base(store: Store) -> Path:
    value = store.get_setting(BUNDLE_BASE)
    return Path(value) if value else paths.default_bundle_base()


def editorial_address(store: Store) -> str:
    return store.get_setting(EDITORIAL_ADDRESS) or DEFAULT_EDITORIAL_ADDRESS
