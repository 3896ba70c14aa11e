"""`tinbai draft new|list` and `tinbai bundle`."""

from __future__ import annotations


def register(sub, add_common) -> None:
    pass
