"""The practice mailbox: emails "sent" in practice mode, kept as .eml files on this computer."""

from __future__ import annotations

import time
from email.header import decode_header, make_header
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime
from pathlib import Path

from app.base import atomic, paths

PRACTICE_DIR = "hop-thu-tap"


def folder(data_dir: Path) -> Path:
    return Path(data_dir) / PRACTICE_DIR


def deliver(data_dir: Path, item_id: str, part: int, data: bytes, when: float) -> Path:
    """Keep one practice email; the file name orders them by time."""
    target = folder(data_dir)
    paths.private_dir(target)
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(when))
    path = target / f"{stamp}-{item_id[:8]}-{part}.eml"
    atomic.write_bytes(path, data, private=True)
    return path


def messages(data_dir: Path) -> list[Path]:
    """The practice emails, newest first."""
    target = folder(data_dir)
    if not target.is_dir():
        return []
    return sorted(target.glob("*.eml"), reverse=True)


def index(data_dir: Path) -> list[dict]:
    """Newest first: file, subject and date of each practice email (headers only)."""
    out = []
    for path in messages(data_dir):
        with path.open("rb") as fh:
            headers = BytesHeaderParser().parse(fh)
        try:
            when = parsedate_to_datetime(headers.get("Date", "")).isoformat()
        except (TypeError, ValueError):
            when = ""
        out.append({"file": path, "subject": str(make_header(decode_header(
            headers.get("Subject", "")))), "date": when,
            "part": headers.get("X-TinBai-Part", "")})
    return out
