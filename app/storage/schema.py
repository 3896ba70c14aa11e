"""The database's tables, all of them, created or upgraded once when the store opens.

- `settings`: one JSON value per key (the keys and their meaning: app/settings.py);
- `drafts`: one JSON document per submission, and its state (`draft`, `queued`, `sent`),
  which lives in this column only;
- `authors`: saved author profiles;
- `outbox`: one row per email built for a submission (the bytes are in `<data>/outbox/`);
- `history`: one row per submission that was queued (what the quota counts);
- `schema_versions`: the version each group of tables is at.

Upgrades are numbered steps per group; each step runs once, in the transaction that records
it, so two processes opening an old file at once upgrade it once.
"""

from __future__ import annotations

import sqlite3

TABLES = (
    """CREATE TABLE IF NOT EXISTS settings (
        key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS drafts (
        id TEXT PRIMARY KEY, doc TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT,
        state TEXT NOT NULL DEFAULT 'draft')""",
    "CREATE INDEX IF NOT EXISTS drafts_updated ON drafts(updated_at)",
    """CREATE TABLE IF NOT EXISTS authors (
        id TEXT PRIMARY KEY, doc TEXT NOT NULL, name TEXT NOT NULL,
        updated_at TEXT NOT NULL, deleted_at TEXT)""",
    """CREATE TABLE IF NOT EXISTS schema_versions (
        component TEXT PRIMARY KEY, version INTEGER NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS outbox (
        id TEXT PRIMARY KEY, submission_id TEXT NOT NULL, part INTEGER NOT NULL,
        parts INTEGER NOT NULL, message_id TEXT NOT NULL, subject TEXT NOT NULL,
        sender TEXT NOT NULL, recipient TEXT NOT NULL, file TEXT NOT NULL,
        size INTEGER NOT NULL, sha256 TEXT NOT NULL, state TEXT NOT NULL,
        practice INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at REAL, error TEXT, created_at TEXT NOT NULL, sent_at TEXT,
        updated_at TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS outbox_state ON outbox(state)",
    "CREATE INDEX IF NOT EXISTS outbox_submission ON outbox(submission_id)",
    """CREATE TABLE IF NOT EXISTS history (
        submission_id TEXT PRIMARY KEY, title TEXT NOT NULL, author TEXT NOT NULL,
        unit TEXT NOT NULL, unit_level TEXT NOT NULL DEFAULT '', photos INTEGER NOT NULL,
        parts INTEGER NOT NULL, practice INTEGER NOT NULL DEFAULT 0, queued_at TEXT NOT NULL,
        sent_at TEXT, bundle_path TEXT, doc TEXT NOT NULL, published INTEGER NOT NULL DEFAULT 0,
        published_on TEXT, link TEXT NOT NULL DEFAULT '')""",
)

TABLE_NAMES = ("settings", "drafts", "authors", "schema_versions", "outbox", "history")

# component -> [(version, statements)], applied in order above the recorded version.
UPGRADES: dict[str, list[tuple[int, tuple[str, ...]]]] = {
    "core": [(1, ())],
    "outbox": [
        (1, ()),
        # Each queuing of a submission is a round; one email per part in a round, so the same
        # item queued by two processes at once cannot be queued twice. Existing rows: the
        # k-th email of a part is in round k.
        (2, ("ALTER TABLE outbox ADD COLUMN round INTEGER NOT NULL DEFAULT 1",
             "UPDATE outbox SET round = (SELECT n FROM (SELECT id, ROW_NUMBER() OVER ("
             "PARTITION BY submission_id, part ORDER BY created_at, rowid) AS n FROM outbox) "
             "AS numbered WHERE numbered.id = outbox.id)",
             "CREATE UNIQUE INDEX outbox_one_email_per_part ON outbox(submission_id, round, "
             "part)")),
    ],
}


def ensure(conn: sqlite3.Connection) -> None:
    """Create every table and apply the upgrades not yet applied (inside a transaction)."""
    for ddl in TABLES:
        conn.execute(ddl)
    for component, steps in UPGRADES.items():
        row = conn.execute("SELECT version FROM schema_versions WHERE component=?",
                           (component,)).fetchone()
        current = row[0] if row else 0
        for version, statements in steps:
            if version <= current:
                continue
            for ddl in statements:
                conn.execute(ddl)
            conn.execute("INSERT OR REPLACE INTO schema_versions VALUES (?, ?)",
                         (component, version))
