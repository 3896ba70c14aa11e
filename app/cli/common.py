"""Helpers shared by the headless subcommands."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

from app.base import paths
from app.base.errors import UserError

if TYPE_CHECKING:
    from app.storage.database import Store

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class UsageError(UserError):
    """Bad arguments or input: exit status 2 with the message."""

    def __init__(self, message: str) -> None:
        super().__init__("usage", message)


def open_store(args) -> Store:
    # seam: the store (and the model it holds) loads for the commands that open it, not for
    # `check-photos`, `--version` or `--help`
    from app.outbox.box import Outbox
    from app.storage.database import Store, StoreError

    try:
        store = Store(paths.data_dir(getattr(args, "data_dir", None)))
    except StoreError as exc:
        raise UsageError(str(exc)) from exc
    if store.recovery_notice:
        print(store.recovery_notice, file=sys.stderr)
    Outbox(store).recover_if_idle()  # a process that died mid-send leaves no false state
    return store


def print_json(value) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()
