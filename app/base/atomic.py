"""Files written whole or not at all: a temporary name in the same folder, then os.replace."""

from __future__ import annotations

import errno
import os
import tempfile
import time
from pathlib import Path

from app.base.errors import UserError
from app.base.i18n import translate
from app.base.paths import PRIVATE_FILE

# Windows: an antivirus or the indexer may hold the target open for a moment.
_REPLACE_ATTEMPTS = 10
_REPLACE_PAUSE = 0.05


def _read_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


UMASK = _read_umask()
FILE_MODE = 0o666 & ~UMASK  # what open() would have given (mkstemp gives 0600)
DIR_MODE = 0o777 & ~UMASK
def replace(src: str | os.PathLike, dst: str | os.PathLike) -> None:
    """os.replace, retried briefly on Windows sharing violations."""
    for attempt in range(_REPLACE_ATTEMPTS):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if os.name != "nt" or attempt == _REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(_REPLACE_PAUSE * (attempt + 1))


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_bytes(path: str | os.PathLike, data: bytes, *, durable: bool = True,
                private: bool = False) -> None:
    """Write `path` whole or not at all; `private` for files of the data folder (0600)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, PRIVATE_FILE if private else FILE_MODE)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    if durable:
        _fsync_dir(path.parent)


def write_text(path: str | os.PathLike, text: str, *, durable: bool = True) -> None:
    write_bytes(path, text.encode("utf-8"), durable=durable)


SQLITE_FULL = 13


def is_disk_full(exc: BaseException) -> bool:
    """A full disk, as the OS or SQLite ("database or disk is full") reports it."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF == SQLITE_FULL


def is_read_only(exc: BaseException) -> bool:
    return isinstance(exc, PermissionError) or (
        isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM))


class DiskError(UserError):
    """A file could not be written: the disk is full, read-only, or failing."""


def disk_error(exc: OSError, folder: str | os.PathLike) -> DiskError:
    """An OSError from writing in `folder`, in the user's words."""
    if is_disk_full(exc):
        return DiskError("disk-full", translate(
            "Disk", "The disk holding {folder} is full, so nothing was written. Free some "
            "space (empty the Recycle Bin, delete old files), then try again.").format(
            folder=folder))
    if is_read_only(exc):
        return DiskError("read-only", translate(
            "Disk", "TinBài may not write in {folder}, so nothing was written. Check that the "
            "disk is not write-protected and that the folder belongs to you, then try "
            "again.").format(folder=folder))
    return DiskError("io", translate(
        "Disk", "{folder} could not be written ({error}). The disk may be failing or "
        "unplugged: check it, then try again.").format(
        folder=folder, error=exc.strerror or type(exc).__name__))
