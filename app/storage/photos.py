"""Photos enter the store as byte-for-byte copies, verified by SHA-256 after the copy.

The phone or USB stick may be gone when sending happens, so a photo is copied in when it is
added. Copies are named by their hash (the same photo added twice is stored once) and are
never modified: the bundle and the email send these very bytes.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from app import model
from app.base import atomic, paths
from app.base.filetype import HEAD_SIZE, extension, sniff
from app.base.i18n import file_size, translate
from app.storage.database import Store

CHUNK = 1024 * 1024
MAX_PHOTO_BYTES = 200 * 1024 * 1024  # no camera writes a bigger still photo


class PhotoImportError(Exception):
    """A photo that cannot be added, with a code and a message for the user."""

    def __init__(self, code: str, message: str, path: str = ""):
        super().__init__(message)
        self.code = code
        self.message = message
        self.path = path


def sha256_file(path: str | os.PathLike) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def import_photo(store: Store, source: str | os.PathLike, caption: str = "") -> model.Photo:
    """Copy a photo into the store and return its record; raises PhotoImportError."""
    source = Path(source)
    name = source.name
    try:
        if source.is_dir():
            raise PhotoImportError("not-a-file", translate(
                "Photos", "{name} is a folder, not a photo.").format(name=name), str(source))
        size = source.stat().st_size
    except FileNotFoundError as exc:
        raise PhotoImportError("missing", translate(
            "Photos", "The photo {name} is no longer there. Plug the phone or USB stick in "
            "again, or choose the photo from where it is now.").format(name=name),
            str(source)) from exc
    except OSError as exc:
        raise PhotoImportError("unreadable", translate(
            "Photos", "The photo {name} cannot be read ({error}).").format(
            name=name, error=exc.strerror or exc), str(source)) from exc
    if size == 0:
        raise PhotoImportError("empty", translate(
            "Photos", "The file {name} is empty: copy the photo again from the phone or "
            "camera.").format(name=name), str(source))
    if size > MAX_PHOTO_BYTES:
        raise PhotoImportError("too-large", translate(
            "Photos", "The file {name} is {size}: too large to be a photo.").format(
            name=name, size=file_size(size)), str(source))

    dest_dir = store.photos_dir
    tmp = None
    try:
        with open(source, "rb") as src:
            ext = extension(sniff(src.read(HEAD_SIZE)), name)
            if ext is None:
                raise PhotoImportError("not-an-image", translate(
                    "Photos", "{name} is not a photo (not a JPEG, HEIC or other image "
                    "file).").format(name=name), str(source))
            src.seek(0)
            fd, tmp = tempfile.mkstemp(prefix=".import-", suffix=".tmp", dir=dest_dir)
            h = hashlib.sha256()
            copied = 0
            with os.fdopen(fd, "wb") as out:
                while chunk := src.read(CHUNK):
                    h.update(chunk)
                    out.write(chunk)
                    copied += len(chunk)
                out.flush()
                os.fsync(out.fileno())
        digest = h.hexdigest()
        if copied != size or sha256_file(tmp) != digest:
            raise PhotoImportError("copy-mismatch", translate(
                "Photos", "The copy of {name} is not identical to the original (the disk or "
                "the USB stick may be failing). Try again.").format(name=name), str(source))
        photo = model.Photo(sha256=digest, size=size, original_name=name, ext=ext,
                            caption=caption)
        final = store.photo_path(photo)
        paths.private_dir(final.parent)
        if final.exists() and sha256_file(final) == digest:
            os.unlink(tmp)
        else:
            atomic.replace(tmp, final)
        tmp = None
        return photo
    except PhotoImportError:
        raise
    except FileNotFoundError as exc:
        raise PhotoImportError("missing", translate(
            "Photos", "The photo {name} disappeared while it was being copied. Plug the phone "
            "or USB stick in again and add it again.").format(name=name), str(source)) from exc
    except OSError as exc:
        if atomic.is_disk_full(exc):
            raise PhotoImportError("disk-full", translate(
                "Photos", "The disk is full: {name} could not be copied. Free some space "
                "(empty the Recycle Bin, delete old files) and add it again.").format(name=name),
                str(source)) from exc
        raise PhotoImportError("unreadable", translate(
            "Photos", "The photo {name} cannot be read ({error}).").format(
            name=name, error=exc.strerror or exc), str(source)) from exc
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def verify_photo(store: Store, photo: model.Photo) -> bool:
    """True when the stored copy still has the hash recorded when it was added."""
    path = store.photo_path(photo)
    try:
        return path.stat().st_size == photo.size and sha256_file(path) == photo.sha256
    except OSError:
        return False


def discard_unreferenced(store: Store, photos: list[model.Photo]) -> None:
    """Delete copies no draft refers to (after an aborted import): nothing half-written."""
    referenced = store.referenced_photo_hashes()
    for p in photos:
        if p.sha256 not in referenced:
            try:
                store.photo_path(p).unlink()
            except OSError:
                pass
