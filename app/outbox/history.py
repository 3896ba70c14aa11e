"""Every submission that was queued: what the history screen lists and the quota counts."""

from __future__ import annotations

from app.outbox import states
from app.storage.database import Store

_KEYS = ("submission_id", "title", "author", "unit", "unit_level", "photos", "parts",
         "practice", "queued_at", "sent_at", "bundle_path", "published", "published_on", "link")


def entries(store: Store, *, include_practice: bool = True) -> list[dict]:
    """Newest first; each entry's `state` is its submission's status (states.combine)."""
    sql = f"SELECT {', '.join(_KEYS)} FROM history"
    if not include_practice:
        sql += " WHERE practice=0"
    parts: dict[str, list[tuple[str, str | None, bool]]] = {}
    for sid, state, sent_at, practice in store.execute(
            "SELECT submission_id, state, sent_at, practice FROM outbox"):
        parts.setdefault(sid, []).append((state, sent_at, bool(practice)))
    out = []
    for row in store.execute(sql + " ORDER BY queued_at DESC"):
        entry = dict(zip(_KEYS, row))
        entry["practice"] = bool(entry["practice"])
        entry["published"] = bool(entry["published"])
        entry["state"] = states.combine(parts.get(entry["submission_id"], [])).shown
        out.append(entry)
    return out


def mark_published(store: Store, submission_id: str, published_on: str | None,
                   link: str) -> None:
    with store.transaction() as conn:
        conn.execute("UPDATE history SET published=?, published_on=?, link=? WHERE "
                     "submission_id=?", (int(bool(published_on or link)), published_on,
                                         link, submission_id))
