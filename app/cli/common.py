"""Helpers shared by the headless subcommands."""

from __future__ import annotations

import json
import sys

from app.base import paths
from app.storage.database import Store, StoreError


def open_store(args) -> Store:
    from app.cli import UsageError

    try:
        store = Store(paths.data_dir(getattr(args, "data_dir", None)))
    except StoreError as exc:
        raise UsageError(str(exc)) from exc
    if store.recovery_notice:
        print(store.recovery_notice, file=sys.stderr)
    return store


def print_json(value) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()
