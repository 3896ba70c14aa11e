"""One process sends at a time: an OS file lock the OS releases if the process dies."""

from __future__ import annotations

import os
from pathlib import Path

from app.base import paths
from app.base.i18n import translate
from app.outbox.errors import OutboxError

if os.name == "nt":
    import msvcrt
else:
    import fcntl

LOCK_NAME = ".sending.lock"


class SendLock:
    def __init__(self, folder: Path):
        self.path = folder / LOCK_NAME
        self._fh = None

    def acquire(self) -> bool:
        """Take the lock if nobody holds it; False (at once) if another process does."""
        paths.private_dir(self.path.parent)
        fh = open(self.path, "a+b")  # noqa: SIM115 (held open while locked)
        paths.make_private(self.path)
        try:
            if os.name == "nt":
                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is None:
            return
        try:
            if os.name == "nt":
                self._fh.seek(0)
                msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
        finally:
            self._fh.close()
            self._fh = None

    def __enter__(self) -> SendLock:
        if not self.acquire():
            raise OutboxError("busy", translate(
                "Outbox", "Another TinBài window is sending right now. Try again when it has "
                "finished."))
        return self

    def __exit__(self, *exc) -> None:
        self.release()
