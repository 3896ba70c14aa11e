"""`tinbai check-photos` (being written)."""

from __future__ import annotations


def register(sub, add_common) -> None:
    pass
