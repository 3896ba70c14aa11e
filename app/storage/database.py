"""The user's data: one SQLite database (WAL) plus a folder of photo copies.

A draft is one JSON document in the `drafts` table, written in one transaction, so a process
killed at any moment leaves either the previous or the new version, never a mix. Every table
is created (or upgraded) when the store opens: app/storage/schema.py.

The connection is shared between threads and guarded by a lock. In the GUI every write goes
through the ordered writer thread (app/storage/writer.py), except the outbox's state changes
made by the send thread while it sends (see ARCHITECTURE.md, "Threads").
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app import model
from app.base import paths
from app.base.errors import UserError
from app.base.i18n import translate
from app.model.states import DraftState
from app.model.validation import completeness
from app.storage import schema

DB_NAME = "tinbai.db"
PHOTOS_DIR = "photos"

SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    """A damaged file (to set aside and rescue), not a full disk, a lock or a permission."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)
    return not isinstance(exc, sqlite3.OperationalError)  # quick_check found damage


def _tables(src: sqlite3.Connection) -> list[tuple[str, str | None]]:
    """The tables of a damaged file: from its schema, or ours when the schema is unreadable."""
    try:
        return src.execute("SELECT name, sql FROM sqlite_master WHERE type='table' "
                           "AND name NOT LIKE 'sqlite_%'").fetchall()
    except (sqlite3.Error, UnicodeError):
        return [(name, None) for name in schema.TABLE_NAMES]


def _is_json(value) -> bool:
    try:
        json.loads(value)
    except (TypeError, ValueError):
        return False
    return True


def readable_rows(src: sqlite3.Connection, table: str) -> list[tuple]:
    """Every row of `table` that can be read: at once if the table is whole; else each row
    found through the table's own pages (walking its rowids, stepping over damaged pages) or
    through any of its indexes, read one by one."""
    try:
        return src.execute(f'SELECT * FROM "{table}"').fetchall()
    except (sqlite3.Error, UnicodeError):
        pass
    rowids = _rowids_by_walking(src, table) | _rowids_by_index(src, table)
    rows = []
    for rowid in sorted(rowids):
        try:
            row = src.execute(f'SELECT * FROM "{table}" WHERE rowid=?', (rowid,)).fetchone()
        except (sqlite3.Error, UnicodeError):
            continue
        if row is not None:
            rows.append(tuple(row))
    return rows


def _rowids_by_walking(src: sqlite3.Connection, table: str) -> set[int]:
    """Rowids in order; over an unreadable stretch, probe further on (doubling the step),
    then search back for the first readable rowid after it."""
    query = f'SELECT rowid FROM "{table}" WHERE rowid > ? ORDER BY rowid LIMIT 1'

    def after(rowid: int):
        row = src.execute(query, (rowid,)).fetchone()
        return row[0] if row else None

    found: set[int] = set()
    last = 0  # SQLite gives rowids from 1
    while True:
        try:
            nxt = after(last)
        except (sqlite3.Error, UnicodeError):
            bad, step, nxt = last, 1, None
            while step < 2 ** 62:
                try:
                    nxt = after(last + step)
                    break
                except (sqlite3.Error, UnicodeError):
                    bad, step = last + step, step * 2
            if nxt is None:
                return found
            good = last + step  # after(bad) fails, after(good) reads
            while good - bad > 1:
                mid = (bad + good) // 2
                try:
                    candidate = after(mid)
                except (sqlite3.Error, UnicodeError):
                    bad = mid
                else:
                    good, nxt = mid, candidate
        if nxt is None:
            return found
        found.add(nxt)
        last = nxt


def _rowids_by_index(src: sqlite3.Connection, table: str) -> set[int]:
    found: set[int] = set()
    try:
        indexes = [r[1] for r in src.execute(f'PRAGMA index_list("{table}")')]
    except (sqlite3.Error, UnicodeError):
        return found
    for index in indexes:
        try:
            for (rowid,) in src.execute(f'SELECT rowid FROM "{table}" INDEXED BY "{index}"'):
                found.add(rowid)
        except (sqlite3.Error, UnicodeError):
            continue  # what was read before the damage is kept
    return found


class StoreError(UserError):
    """A failure of the user's data folder, with a message for the user."""

    def __init__(self, message: str, code: str = "store") -> None:
        super().__init__(code, message)


@dataclass
class StoredDraft:
    submission: model.Submission
    state: DraftState


@dataclass
class DraftSummary:
    id: str
    title: str
    created_at: str
    updated_at: str
    state: DraftState
    filled: int
    total: int
    photos: int
    deleted_at: str | None = None


class Store:
    def __init__(self, data_dir: str | os.PathLike):
        self.data_dir = Path(data_dir)
        self.db_path = self.data_dir / DB_NAME
        self.photos_dir = self.data_dir / PHOTOS_DIR
        self.recovery_notice: str | None = None  # set when a damaged database was set aside
        self._lock = threading.RLock()
        try:
            paths.private_dir(self.data_dir)
            paths.private_dir(self.photos_dir)
        except OSError as exc:
            raise StoreError(translate(
                "Store", "The data folder {folder} cannot be created ({error}). Choose another "
                "folder or ask for write permission.").format(folder=self.data_dir, error=exc)
            ) from exc
        self._conn = self._open_or_recover()
        for suffix in ("", "-wal", "-shm"):  # the database is the user's alone
            paths.make_private(Path(str(self.db_path) + suffix))

    # -- opening -------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.db_path, check_same_thread=False, isolation_level=None,
                               timeout=10)
        conn.execute("PRAGMA busy_timeout=10000")
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise sqlite3.DatabaseError(f"journal_mode is {mode}")
        conn.execute("PRAGMA synchronous=FULL")  # office PCs lose power; a commit is a commit
        conn.execute("PRAGMA foreign_keys=ON")
        return conn

    def _open_or_recover(self) -> sqlite3.Connection:
        if self.db_path.exists() and self.db_path.stat().st_size == 0:
            return self._set_aside_empty()
        conn = None
        try:
            conn = self._connect()
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
            if ok != "ok":
                raise sqlite3.DatabaseError(ok)
            self._create_tables(conn)
            return conn
        except (sqlite3.DatabaseError, UnicodeError) as exc:
            # (a damaged schema can also surface as text that is not UTF-8)
            if conn is not None:
                conn.close()  # Windows will not move an open file
            if isinstance(exc, UnicodeError) or _is_damage(exc):
                return self._recover(exc)
            if isinstance(exc, sqlite3.OperationalError):
                said = self.write_error(exc)
                if isinstance(said, StoreError):
                    raise said from exc
            raise StoreError(translate(
                "Store", "The data file {file} cannot be opened ({error}). Close other "
                "copies of TinBài, check the folder's permissions and free disk space, then "
                "try again.").format(file=self.db_path, error=exc)) from exc

    def _create_tables(self, conn: sqlite3.Connection) -> None:
        with self._lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                schema.ensure(conn)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    def _aside(self) -> Path:
        """Move the database (and its WAL files) aside, never deleting it; returns where."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.db_path.with_name(f"{DB_NAME}.hong-{stamp}")
        n = 2
        while aside.exists():
            aside = self.db_path.with_name(f"{DB_NAME}.hong-{stamp}-{n}")
            n += 1
        for suffix in ("", "-wal", "-shm"):
            src = Path(str(self.db_path) + suffix)
            if src.exists():
                shutil.move(src, Path(str(aside) + suffix))
        return aside

    def _set_aside_empty(self) -> sqlite3.Connection:
        """A data file of 0 bytes (cut by a full disk or a failing stick): reported, kept."""
        aside = self._aside()
        conn = self._connect()
        self._create_tables(conn)
        self.recovery_notice = translate(
            "Store", "The data file was empty (0 bytes), so no draft could be read from it. "
            "It was kept as {file} and TinBài started a new one. If you have a copy of the "
            "TinBai data folder from before, ask whoever helps you with TinBài to put it "
            "back.").format(file=aside.name)
        return conn

    def _recover(self, exc: Exception) -> sqlite3.Connection:
        """Set a damaged database aside (never delete it), salvage what rows we can."""
        aside = self._aside()
        conn = self._connect()
        self._create_tables(conn)
        saved = self._salvage(conn, aside)
        self.recovery_notice = translate(
            "Store", "The data file was damaged ({error}). It was kept as {file}; {count} drafts "
            "and profiles were rescued from it. Photos are safe in the photos folder.").format(
            error=exc, file=aside.name, count=saved)
        return conn

    def _salvage(self, conn: sqlite3.Connection, old: Path) -> int:
        """Copy every readable row of every table (drafts, profiles, settings, the outbox,
        the history…) from the damaged file, row by row around damaged pages; returns how
        many drafts and profiles came."""
        saved = 0
        try:
            src = sqlite3.connect(f"file:{old}?mode=ro", uri=True)
        except sqlite3.Error:
            return 0
        src.text_factory = lambda raw: raw.decode("utf-8", "replace")
        try:
            tables = _tables(src)
            conn.execute("BEGIN IMMEDIATE")
            for table, ddl in tables:
                try:
                    if ddl:
                        conn.execute(ddl.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS",
                                                 1))
                    cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
                    theirs = [d[0] for d in src.execute(f'SELECT * FROM "{table}" LIMIT 0')
                              .description]
                except (sqlite3.Error, UnicodeError):
                    continue
                keep = [i for i, c in enumerate(theirs) if c in cols]
                names = ",".join(f'"{theirs[i]}"' for i in keep)
                marks = ",".join("?" * len(keep))
                doc = theirs.index("doc") if "doc" in theirs else None
                for row in readable_rows(src, table):
                    if doc is not None and not _is_json(row[doc]):
                        continue  # a draft or profile whose text was hit: nothing to open
                    try:
                        conn.execute(f'INSERT OR IGNORE INTO "{table}" ({names}) '
                                     f"VALUES ({marks})", [row[i] for i in keep])
                        saved += table in ("drafts", "authors")
                    except sqlite3.Error:
                        continue
            conn.execute("COMMIT")
        finally:
            src.close()
        return saved

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- low level -----------------------------------------------------------------------
    def execute(self, sql: str, params: Iterable = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return self._conn.execute(sql, tuple(params)).fetchall()
            except sqlite3.OperationalError as exc:
                raise self.write_error(exc) from exc

    def write_error(self, exc: sqlite3.OperationalError) -> Exception:
        """A failed write in the user's words (the previous state stays: SQLite rolled it
        back), or the error itself when it is not about the disk or the folder."""
        code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        folder = self.data_dir
        if code == SQLITE_FULL:
            return StoreError(translate(
                "Store", "The disk holding TinBài's data ({folder}) is full, so nothing was "
                "changed. Free some space (empty the Recycle Bin, delete old files), then try "
                "again.").format(folder=folder), "disk-full")
        if code in (SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM):
            return StoreError(translate(
                "Store", "TinBài may not write in its data folder ({folder}), so nothing was "
                "changed. Check that the disk is not write-protected and that the folder "
                "belongs to you, then try again.").format(folder=folder), "read-only")
        if code == SQLITE_IOERR:
            return StoreError(translate(
                "Store", "The disk holding TinBài's data ({folder}) could not be written, so "
                "nothing was changed. The disk may be full or failing: free some space and try "
                "again.").format(folder=folder), "io")
        if code in (SQLITE_BUSY, SQLITE_LOCKED):
            return StoreError(translate(
                "Store", "Another TinBài is busy with the same data, so nothing was changed. "
                "Wait a moment and try again."), "busy")
        return sqlite3.OperationalError(*exc.args)  # not the disk: a fault to report as is

    def transaction(self):
        """`with store.transaction() as conn:` — one atomic write."""
        return _Transaction(self)

    # -- settings ------------------------------------------------------------------------
    def get_setting(self, key: str):
        """The stored JSON value of a setting, None when absent (use app/settings.py)."""
        rows = self.execute("SELECT value FROM settings WHERE key=?", (key,))
        return json.loads(rows[0][0]) if rows else None

    def set_setting(self, key: str, value) -> None:
        """Store a setting's JSON value; None removes it (use app/settings.py)."""
        with self.transaction() as conn:
            if value is None:
                conn.execute("DELETE FROM settings WHERE key=?", (key,))
            else:
                conn.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)",
                             (key, json.dumps(value, ensure_ascii=False)))

    # -- author profiles -----------------------------------------------------------------
    def list_authors(self) -> list[model.AuthorProfile]:
        rows = self.execute("SELECT doc FROM authors WHERE deleted_at IS NULL "
                            "ORDER BY updated_at DESC")
        return [model.AuthorProfile.from_dict(json.loads(r[0])) for r in rows]

    def get_author(self, author_id: str) -> model.AuthorProfile | None:
        rows = self.execute("SELECT doc FROM authors WHERE id=?", (author_id,))
        return model.AuthorProfile.from_dict(json.loads(rows[0][0])) if rows else None

    def save_author(self, author: model.AuthorProfile) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO authors (id, doc, name, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET doc=excluded.doc, name=excluded.name, "
                "updated_at=excluded.updated_at, deleted_at=NULL",
                (author.id, json.dumps(author.to_dict(), ensure_ascii=False), author.name,
                 model.now_iso()))

    def delete_author(self, author_id: str) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE authors SET deleted_at=? WHERE id=?",
                         (model.now_iso(), author_id))

    def restore_author(self, author_id: str) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE authors SET deleted_at=NULL WHERE id=?", (author_id,))

    # -- drafts --------------------------------------------------------------------------
    def save_draft(self, sub: model.Submission, *, touch: bool = True) -> bool:
        """Write a draft. Only a draft still being written changes: once an item is queued
        or sent, the outbox owns it, and a late autosave of an open editor cannot turn it
        back. False when nothing was written for that reason."""
        if touch:
            sub.updated_at = model.now_iso()
        doc = json.dumps(sub.to_dict(), ensure_ascii=False)
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO drafts (id, doc, title, created_at, updated_at, state) "
                "VALUES (?, ?, ?, ?, ?, 'draft') ON CONFLICT(id) DO UPDATE SET "
                "doc=excluded.doc, title=excluded.title, updated_at=excluded.updated_at "
                "WHERE drafts.state='draft'",
                (sub.id, doc, sub.title, sub.created_at, sub.updated_at))
            return cur.rowcount == 1

    def load_draft(self, draft_id: str) -> model.Submission | None:
        stored = self.read_draft(draft_id)
        return stored.submission if stored else None

    def read_draft(self, draft_id: str) -> StoredDraft | None:
        """The draft and its state, read together."""
        rows = self.execute("SELECT doc, state FROM drafts WHERE id=?", (draft_id,))
        if not rows:
            return None
        doc, state = rows[0]
        return StoredDraft(model.Submission.from_dict(json.loads(doc)), DraftState(state))

    def draft_state(self, draft_id: str) -> DraftState | None:
        rows = self.execute("SELECT state FROM drafts WHERE id=?", (draft_id,))
        return DraftState(rows[0][0]) if rows else None

    def list_drafts(self, *, states: tuple[DraftState, ...] = (DraftState.DRAFT,),
                    include_deleted: bool = False) -> list[DraftSummary]:
        marks = ",".join("?" * len(states))
        sql = f"SELECT doc, deleted_at, state FROM drafts WHERE state IN ({marks})"
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        out = []
        for doc, deleted_at, state in self.execute(sql + " ORDER BY updated_at DESC", states):
            sub = model.Submission.from_dict(json.loads(doc))
            filled, total = completeness(sub)
            out.append(DraftSummary(sub.id, sub.title, sub.created_at, sub.updated_at,
                                    DraftState(state), filled, total, len(sub.photos),
                                    deleted_at))
        return out

    def delete_draft(self, draft_id: str) -> None:
        """Move to the bin; `restore_draft` undoes it; `purge_deleted` empties the bin."""
        with self.transaction() as conn:
            conn.execute("UPDATE drafts SET deleted_at=? WHERE id=?",
                         (model.now_iso(), draft_id))

    def restore_draft(self, draft_id: str) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE drafts SET deleted_at=NULL WHERE id=?", (draft_id,))

    def purge_deleted(self, older_than_iso: str) -> int:
        with self.transaction() as conn:
            cur = conn.execute("DELETE FROM drafts WHERE deleted_at IS NOT NULL AND "
                               "deleted_at < ?", (older_than_iso,))
            return cur.rowcount

    # -- photos --------------------------------------------------------------------------
    def photo_path(self, photo: model.Photo) -> Path:
        return self.photos_dir / photo.sha256[:2] / f"{photo.sha256}{photo.ext}"

    def referenced_photo_hashes(self) -> set[str]:
        hashes: set[str] = set()
        for (doc,) in self.execute("SELECT doc FROM drafts"):
            for p in json.loads(doc).get("photos") or []:
                hashes.add(p.get("sha256", ""))
        return hashes

    def integrity_ok(self) -> bool:
        return self.execute("PRAGMA integrity_check")[0][0] == "ok"


class _Transaction:
    def __init__(self, store: Store):
        self.store = store

    def __enter__(self) -> sqlite3.Connection:
        self.store._lock.acquire()
        try:
            self.store._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            self.store._lock.release()
            raise self.store.write_error(exc) from exc
        except BaseException:
            self.store._lock.release()
            raise
        return self.store._conn

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                try:
                    self.store._conn.execute("COMMIT")
                except sqlite3.OperationalError as failed:
                    self._rollback()
                    raise self.store.write_error(failed) from failed
            else:
                self._rollback()
                if isinstance(exc, sqlite3.OperationalError):
                    raise self.store.write_error(exc) from exc
        finally:
            self.store._lock.release()

    def _rollback(self) -> None:
        try:
            self.store._conn.execute("ROLLBACK")
        except sqlite3.OperationalError:
            pass  # SQLite already rolled back (a full disk does that)
