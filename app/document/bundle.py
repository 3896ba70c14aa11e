"""The package a submission becomes: a folder the user can open and send by hand.

`<base>/<YYYY-MM-DD> <ascii-slug-of-title>/` holding `<slug>.docx` (the board's template, no
photo inside), `<slug>.txt` (the same text), `Anh/01-<slug-of-caption>.<ext>` (byte-identical
copies of the photos) and `manifest.json`. The folder is assembled under a temporary name and
swapped in whole, so a failure never leaves half a bundle; building twice gives the same files.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app import __version__, model
from app.base import atomic
from app.base.errors import UserError
from app.base.i18n import translate
from app.document import render
from app.model import banks, validation
from app.storage.database import Store
from app.storage.photos import sha256_file, verify_photo
from app.text.normalise import ascii_slug, bank_form

MANIFEST = "manifest.json"
PHOTO_FOLDER = "Anh"
MANIFEST_SCHEMA = "tinbai-manifest/1"


class BundleError(UserError):
    """The bundle folder could not be written."""


@dataclass
class Bundle:
    path: Path
    docx_name: str
    text_name: str
    photo_files: list[str]  # relative to the bundle folder: "Anh/01-....jpg"
    manifest: dict


def bundle_date(sub: model.Submission) -> str:
    """The folder's date: when the content was approved, else when the draft was begun."""
    stamp = sub.approval.confirmed_at or sub.created_at
    return datetime.fromisoformat(stamp).strftime("%Y-%m-%d")


# Windows: a whole path holds at most 259 characters (MAX_PATH), and these names are devices.
MAX_PATH = 259
RESERVED_NAMES = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                            *(f"lpt{i}" for i in range(1, 10))})
FOLDER_SLUG = 60  # the title's slug in the folder's name, when the path leaves room
MIN_FOLDER_SLUG = 12
# Below the bundle folder: "Anh/" and a photo name (01-<50>.heic), or the document's name
# (<60>.docx); beside it, while it is swapped in: ".<name>.old-<pid>" (12 more).
INSIDE = max(4 + 3 + 50 + 5, 60 + 5)
SWAP_EXTRA = 12


def file_stem(text: str) -> str:
    """The document's file name without its extension: a slug Windows accepts as a name."""
    slug = ascii_slug(text, max_length=60, fallback="tin-bai")
    return f"tin-{slug}" if slug in RESERVED_NAMES else slug


def folder_name(sub: model.Submission, base: Path | None = None) -> str:
    """`<date> <slug>`, the slug shortened when `base` is so long that the whole path
    would pass Windows' limit (a OneDrive Documents folder with a long Vietnamese name)."""
    room = FOLDER_SLUG
    if base is not None:
        used = len(str(base)) + 1 + len("2026-12-01 ") + len(" (99)") + SWAP_EXTRA + 1 + INSIDE
        room = min(FOLDER_SLUG, MAX_PATH - used)
        if room < MIN_FOLDER_SLUG:
            raise BundleError("path-too-long", translate(
                "Bundle", "The folder {folder} has too long a path to keep the bundle in it. "
                "Choose a folder with a shorter path in Settings (for example "
                "directly in Documents), then build again.").format(folder=base))
    return f"{bundle_date(sub)} {ascii_slug(sub.title, max_length=room, fallback='tin-bai')}"


# What the manifest keeps of a photo's content credentials (the check's facts["c2pa"]).
CREDENTIAL_KEYS = ("state", "trusted", "problem", "kind", "claim_generator", "signer",
                   "issuer", "signed_at", "actions", "failures", "trust_list")


def photo_report(photo: model.Photo) -> dict:
    check = photo.check
    out = {
        "verdict": check.verdict if check else None,
        "reasons": [{"code": r.code, "message": render.reason_message(r)}
                    for r in (check.reasons if check else ())],
    }
    credentials = check.facts.get("c2pa") if check else None
    if credentials:
        out["content_credentials"] = {
            **{k: credentials[k] for k in CREDENTIAL_KEYS if k in credentials},
            "summary": render.credentials_summary(credentials),
        }
    return out


def build_manifest(sub: model.Submission, docx_name: str, text_name: str) -> dict:
    bank = banks.by_bin(sub.bank_bin)
    photos = []
    for name, p in zip(render.photo_file_names(sub), sub.photos):
        photos.append({
            "file": f"{PHOTO_FOLDER}/{name}",
            "original_name": p.original_name,
            "caption": p.caption,
            "sha256": p.sha256,
            "size": p.size,
            "check": photo_report(p),
            "explanation": p.explanation or None,
        })
    return {
        "schema": MANIFEST_SCHEMA,
        "program": {"name": "TinBài", "version": __version__},
        "submission_id": sub.id,
        "created_at": sub.created_at,
        "fields": {
            "title": sub.title,
            "body": sub.body,
            "captions": [p.caption for p in sub.photos],
            "author": sub.author,
            "unit": sub.unit,
            "phone": sub.phone,
            "account": sub.account,
            "holder": sub.holder,
        },
        "holder_bank_form": bank_form(sub.holder) if sub.holder else None,
        "bank": {"bin": bank.bin, "code": bank.code, "name": bank.short_name} if bank else None,
        "approval": {"name": sub.approval.name, "position": sub.approval.position,
                     "confirmed_at": sub.approval.confirmed_at},
        "documents": {"docx": docx_name, "text": text_name},
        "photos": photos,
    }


def _existing_owner(folder: Path) -> str | None:
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8")).get("submission_id")
    except (OSError, ValueError):
        return None


def target_folder(sub: model.Submission, base: Path) -> Path:
    """The folder for this submission: its own earlier bundle, else a free name."""
    if sub.bundle_path and Path(sub.bundle_path).parent == base and \
            _existing_owner(Path(sub.bundle_path)) == sub.id:
        return Path(sub.bundle_path)
    name = folder_name(sub, base)
    candidate = base / name
    n = 2
    while candidate.exists() and _existing_owner(candidate) != sub.id:
        candidate = base / f"{name} ({n})"
        n += 1
    return candidate


def build(store: Store, sub: model.Submission, base: str | os.PathLike) -> Bundle:
    """Write the bundle folder for `sub` under `base`; raises BundleError with a message."""
    base = Path(base)
    validation.normalise(sub)  # only writable text goes into the files (idempotent)
    for i, p in enumerate(sub.photos, start=1):
        if not verify_photo(store, p):
            raise BundleError("photo-changed", translate(
                "Bundle", "Photo {number} ({name}) has changed or is missing since it was "
                "added and checked. Remove it and add the original again.").format(
                number=i, name=p.original_name))
    stem = file_stem(sub.title)
    docx_name, text_name = f"{stem}.docx", f"{stem}.txt"
    doc = render.document(sub)
    from app.document.word import build_docx

    docx_bytes = build_docx(doc, created_at=sub.created_at, title=sub.title)
    text_bytes = render.to_text(doc).replace("\n", "\r\n").encode("utf-8-sig")
    manifest = build_manifest(sub, docx_name, text_name)
    manifest_bytes = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    try:
        base.mkdir(parents=True, exist_ok=True)
        final = target_folder(sub, base)
        work = Path(tempfile.mkdtemp(prefix=".tinbai-", dir=base))
        os.chmod(work, atomic.DIR_MODE)
    except OSError as exc:
        raise _disk_error(exc, base) from exc
    try:
        (work / PHOTO_FOLDER).mkdir()
        (work / docx_name).write_bytes(docx_bytes)
        (work / text_name).write_bytes(text_bytes)
        files = []
        for entry, p in zip(manifest["photos"], sub.photos):
            dest = work / entry["file"]
            shutil.copyfile(store.photo_path(p), dest)
            if sha256_file(dest) != p.sha256:
                raise BundleError("copy-mismatch", translate(
                    "Bundle", "The copy of photo {name} is not identical to the original: the "
                    "disk may be failing. Try another folder.").format(name=p.original_name))
            files.append(entry["file"])
        atomic.write_bytes(work / MANIFEST, manifest_bytes)
        _swap_in(work, final)
    except BundleError:
        shutil.rmtree(work, ignore_errors=True)
        raise
    except OSError as exc:
        shutil.rmtree(work, ignore_errors=True)
        raise _disk_error(exc, base) from exc
    return Bundle(final, docx_name, text_name, files, manifest)


def _swap_in(work: Path, final: Path, attempts: int = 3) -> None:
    """Put the new folder in place of the old one (if any), whole. Another TinBài building
    the same bundle at the same moment may put its folder there first: then ours replaces
    it (both are the same item's bundle)."""
    for attempt in range(attempts):
        try:
            if final.exists():
                old = final.with_name(f".{final.name}.old-{os.getpid()}")
                atomic.replace(final, old)
                try:
                    atomic.replace(work, final)
                except OSError:
                    atomic.replace(old, final)  # put the previous bundle back
                    raise
                shutil.rmtree(old, ignore_errors=True)
            else:
                atomic.replace(work, final)
            return
        except OSError as exc:  # the other one's folder appeared meanwhile: again
            if attempt == attempts - 1 or exc.errno not in (errno.ENOTEMPTY, errno.EEXIST):
                raise


def _disk_error(exc: OSError, base: Path) -> BundleError:
    if atomic.is_disk_full(exc):
        return BundleError("disk-full", translate(
            "Bundle", "The disk holding {folder} is full. Free some space or choose another "
            "folder in Settings, then build again.").format(folder=base))
    if atomic.is_read_only(exc):
        return BundleError("read-only", translate(
            "Bundle", "TinBài may not write in {folder}. Choose another folder in Settings "
            "(for example Documents), then build again.").format(folder=base))
    return BundleError("io", translate(
        "Bundle", "The bundle could not be written in {folder} ({error}). Check the disk or "
        "choose another folder.").format(folder=base, error=exc.strerror or exc))


def digest_folder(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under a bundle folder (tests, self-checks)."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            out[path.relative_to(folder).as_posix()] = hashlib.sha256(
                path.read_bytes()).hexdigest()
    return out
