"""The Vietnamese bank list (NAPAS/VietQR BINs), shipped as data in resources/data."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from app.base import paths


@dataclass(frozen=True)
class Bank:
    bin: str
    code: str
    short_name: str
    name: str  # the Vietnamese name where known, else the short name

    @property
    def label(self) -> str:
        if self.name and self.name != self.short_name:
            return f"{self.short_name} ({self.name})"
        return self.short_name


@lru_cache(maxsize=1)
def banks() -> tuple[Bank, ...]:
    path = paths.resource("data", "banks-vn.tsv")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    out = []
    for row in rows:
        bin_ = (row.get("bin") or "").strip()
        if not bin_:
            continue
        short = (row.get("short_name") or "").strip()
        vn = (row.get("vietnamese_name") or "").strip()
        if vn.lower().startswith("formerly"):
            vn = ""
        out.append(Bank(bin_, (row.get("code") or "").strip(), short, vn or short))
    return tuple(out)


def by_bin(bin_: str | None) -> Bank | None:
    return next((b for b in banks() if b.bin == (bin_ or "").strip()), None)


def find(text: str) -> Bank | None:
    """A bank by BIN, code or short name (case-insensitive): for the CLI's JSON input."""
    key = (text or "").strip().casefold()
    if not key:
        return None
    for b in banks():
        if key in (b.bin, b.code.casefold(), b.short_name.casefold(), b.name.casefold()):
            return b
    return None
