"""The outbox: messages built once, stored, and sent exactly as stored, whenever possible.

States (DESIGN.md §5):
- `queued`: waiting to be sent;
- `sending`: an attempt is uploading it; a process killed now leaves it `sending`, which
  `recover` turns back into `queued` (the upload had not finished, the server has nothing);
- `uploaded`: the whole message went out and the final reply has not come; a process killed
  now leaves it `uploaded`, which `recover` turns into `unknown`;
- `sent`: the server accepted it;
- `retrying`: a temporary failure (offline, 4xx, timeout before the end of the upload); tried
  again at `next_attempt_at`, with backoff;
- `attention`: a failure only the user can solve (password, certificate, refusal, too large);
- `unknown`: the connection broke after the upload: the server may have it, so it is never
  retried automatically; the user checks the Sent folder and chooses "it arrived" or "send
  again";
- `cancelled`.

Each message's bytes live in `<data>/outbox/<id>.eml`, written once when queued (fixed
Message-ID); every attempt sends those bytes after checking their SHA-256. One send at a time,
across processes too: a lock file guards the sending.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app import model
from app.base import atomic
from app.base.i18n import translate
from app.storage.database import Store

QUEUED = "queued"
SENDING = "sending"
UPLOADED = "uploaded"
SENT = "sent"
RETRYING = "retrying"
ATTENTION = "attention"
UNKNOWN = "unknown"
CANCELLED = "cancelled"

OPEN_STATES = (QUEUED, SENDING, UPLOADED, RETRYING, ATTENTION, UNKNOWN)
BACKOFF = (30, 120, 600, 1800, 3600)  # seconds after the 1st, 2nd, ... failure; then hourly
OUTBOX_DIR = "outbox"
PRACTICE_DIR = "hop-thu-tap"

SCHEMA = (
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


class SendCancelled(Exception):
    """Raised from a progress callback to stop an upload (TinBài is closing)."""


class OutboxError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class OutboxItem:
    id: str
    submission_id: str
    part: int
    parts: int
    message_id: str
    subject: str
    sender: str
    recipient: str
    file: str
    size: int
    sha256: str
    state: str
    practice: bool
    attempts: int
    next_attempt_at: float | None
    error: dict | None
    created_at: str
    sent_at: str | None
    updated_at: str

    @classmethod
    def from_row(cls, row) -> OutboxItem:
        (id_, sid, part, parts, mid, subject, sender, recipient, file, size, sha, state,
         practice, attempts, next_at, error, created, sent, updated) = row
        return cls(id_, sid, part, parts, mid, subject, sender, recipient, file, size, sha,
                   state, bool(practice), attempts, next_at,
                   json.loads(error) if error else None, created, sent, updated)

    def to_dict(self) -> dict:
        out = {k: getattr(self, k) for k in (
            "id", "submission_id", "part", "parts", "message_id", "subject", "recipient",
            "size", "state", "practice", "attempts", "next_attempt_at", "created_at",
            "sent_at")}
        out["state_text"] = state_text(self)
        if self.error:
            out["error"] = {k: self.error.get(k) for k in ("kind", "smtp_code")}
            out["error"]["message"] = error_text(self)
        return out

    @property
    def label(self) -> str:
        return f"{self.subject}" if self.parts == 1 else self.subject


def state_text(item: OutboxItem, now: float | None = None) -> str:
    """The state in plain words."""
    s = item.state
    if s == QUEUED:
        return translate("Outbox", "Waiting to be sent")
    if s in (SENDING, UPLOADED):
        return translate("Outbox", "Sending…")
    if s == SENT:
        if item.practice:
            return translate("Outbox", "Delivered to the practice mailbox")
        return translate("Outbox", "Sent")
    if s == RETRYING:
        if item.next_attempt_at is None:
            return translate("Outbox", "Will be tried again")
        wait = max(0, int(item.next_attempt_at - (now or time.time())))
        if wait < 60:
            return translate("Outbox", "Will be tried again in a moment")
        return translate("Outbox", "Will be tried again in {minutes} min").format(
            minutes=(wait + 59) // 60)
    if s == ATTENTION:
        return translate("Outbox", "Needs your attention")
    if s == UNKNOWN:
        return translate("Outbox", "Not sure it arrived: check your Sent folder")
    if s == CANCELLED:
        return translate("Outbox", "Cancelled")
    return s


def error_text(item: OutboxItem) -> str:
    """The stored failure in the current language (message and advice)."""
    if not item.error:
        return ""
    if item.error.get("kind") == "local":
        return str(item.error.get("message") or "")
    from app.mail.errors import SendError

    try:
        err = SendError.from_dict(item.error)
        return f"{err.message} {err.advice}".strip()
    except Exception:  # an error stored by an older version: its own words
        return str(item.error.get("message") or "")


def backoff(attempts: int) -> int:
    return BACKOFF[min(attempts, len(BACKOFF)) - 1] if attempts > 0 else 0


class SendLock:
    """One process sends at a time; the OS releases the lock if the process dies."""

    def __init__(self, folder: Path):
        self.path = folder / ".sending.lock"
        self._fh = None

    def acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+b")  # noqa: SIM115 (held open while locked)
        try:
            if os.name == "nt":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is None:
            return
        try:
            if os.name == "nt":
                import msvcrt

                self._fh.seek(0)
                msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
        finally:
            self._fh.close()
            self._fh = None

    def __enter__(self) -> SendLock:
        if not self.acquire():
            raise OutboxError("busy", translate(
                "Outbox", "Another TinBài window is sending right now. Try again when it has "
                "finished."))
        return self

    def __exit__(self, *exc) -> None:
        self.release()


@dataclass
class SendReport:
    item: OutboxItem
    ok: bool
    error: object = None  # the SendError when it failed


class Outbox:
    def __init__(self, store: Store, clock: Callable[[], float] = time.time):
        self.store = store
        self.clock = clock
        self.folder = store.data_dir / OUTBOX_DIR
        self.practice_folder = store.data_dir / PRACTICE_DIR
        store.ensure_schema("outbox", 1, SCHEMA)

    # -- reading -------------------------------------------------------------------------
    def items(self, *, states: tuple[str, ...] | None = None,
              submission_id: str | None = None) -> list[OutboxItem]:
        sql = "SELECT * FROM outbox WHERE 1=1"
        params: list = []
        if states:
            sql += f" AND state IN ({','.join('?' * len(states))})"
            params += states
        if submission_id:
            sql += " AND submission_id=?"
            params.append(submission_id)
        rows = self.store.execute(sql + " ORDER BY created_at, submission_id, part", params)
        return [OutboxItem.from_row(r) for r in rows]

    def get(self, item_id: str) -> OutboxItem | None:
        rows = self.store.execute("SELECT * FROM outbox WHERE id=?", (item_id,))
        return OutboxItem.from_row(rows[0]) if rows else None

    def due(self) -> list[OutboxItem]:
        now = self.clock()
        return [i for i in self.items(states=(QUEUED, RETRYING))
                if i.state == QUEUED or (i.next_attempt_at or 0) <= now]

    def pending(self) -> list[OutboxItem]:
        """Everything not yet final: what the outbox view shows first."""
        return self.items(states=OPEN_STATES)

    def message_bytes(self, item: OutboxItem) -> bytes:
        data = (self.folder / item.file).read_bytes()
        if hashlib.sha256(data).hexdigest() != item.sha256:
            raise OutboxError("changed", translate(
                "Outbox", "The stored message “{subject}” has been changed on disk, so it was "
                "not sent. Cancel it and queue the item again.").format(subject=item.subject))
        return data

    # -- queuing -------------------------------------------------------------------------
    def already_sent_or_queued(self, submission_id: str) -> list[OutboxItem]:
        return [i for i in self.items(submission_id=submission_id) if i.state != CANCELLED]

    def ensure_new(self, submission_id: str) -> None:
        """Refuse to queue an item twice unless the user asked for it (never twice unseen)."""
        existing = self.already_sent_or_queued(submission_id)
        if existing:
            stamp = existing[-1].sent_at or existing[-1].created_at
            raise OutboxError("already", translate(
                "Outbox", "This item is already in the outbox or was sent on {date}. Send it "
                "again only if the board asked for it.").format(
                date=f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}"))

    def queue(self, sub: model.Submission, messages, *, sender: str, recipient: str,
              practice: bool = False, allow_again: bool = False) -> list[OutboxItem]:
        """Store the built messages; nothing is half-queued (files first, rows in one go)."""
        if not allow_again:
            self.ensure_new(sub.id)
        self.folder.mkdir(parents=True, exist_ok=True)
        now = model.now_iso()
        written: list[Path] = []
        rows = []
        try:
            for m in messages:
                item_id = model.new_id()
                path = self.folder / f"{item_id}.eml"
                atomic.write_bytes(path, m.data)
                written.append(path)
                rows.append((item_id, sub.id, m.part, m.parts, m.message_id, m.subject, sender,
                             recipient, path.name, m.size, m.sha256, QUEUED, int(practice), 0,
                             None, None, now, None, now))
            with self.store.transaction() as conn:
                conn.executemany(f"INSERT INTO outbox VALUES ({','.join('?' * 19)})", rows)
                conn.execute(
                    "INSERT OR REPLACE INTO history (submission_id, title, author, unit, "
                    "unit_level, photos, parts, practice, queued_at, sent_at, bundle_path, doc, "
                    "published, published_on, link) VALUES (?,?,?,?,?,?,?,?,?,NULL,?,?,"
                    "COALESCE((SELECT published FROM history WHERE submission_id=?),0),"
                    "(SELECT published_on FROM history WHERE submission_id=?),"
                    "COALESCE((SELECT link FROM history WHERE submission_id=?),''))",
                    (sub.id, sub.title, sub.author, sub.unit, sub.unit_level, len(sub.photos),
                     len(rows), int(practice), now, sub.bundle_path,
                     json.dumps(sub.to_dict(), ensure_ascii=False), sub.id, sub.id, sub.id))
                sub.state = "queued"
                conn.execute("UPDATE drafts SET state='queued', doc=? WHERE id=?",
                             (json.dumps(sub.to_dict(), ensure_ascii=False), sub.id))
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            raise
        return [self.get(r[0]) for r in rows]

    # -- state changes -------------------------------------------------------------------
    def _set(self, item_id: str, state: str, *, only_from: tuple[str, ...] | None = None,
             **fields) -> bool:
        sets = ["state=?", "updated_at=?"] + [f"{k}=?" for k in fields]
        params = [state, model.now_iso(), *fields.values(), item_id]
        sql = f"UPDATE outbox SET {', '.join(sets)} WHERE id=?"
        if only_from:
            sql += f" AND state IN ({','.join('?' * len(only_from))})"
            params += only_from
        with self.store.transaction() as conn:
            changed = conn.execute(sql, params).rowcount == 1
            if changed:
                self._update_history(conn, item_id)
        return changed

    def _update_history(self, conn, item_id: str) -> None:
        sid = conn.execute("SELECT submission_id FROM outbox WHERE id=?", (item_id,)).fetchone()
        if not sid:
            return
        every = conn.execute("SELECT state FROM outbox WHERE submission_id=?",
                             (sid[0],)).fetchall()
        states = conn.execute("SELECT state, sent_at FROM outbox WHERE submission_id=? AND "
                              "state != ?", (sid[0], CANCELLED)).fetchall()
        if states and any(s == CANCELLED for (s,) in every) and \
                all(s == SENT for s, _ in states):
            # Part of it went, the rest was cancelled: the board does not have the whole
            # item, so it does not count as sent; it is a draft again, to send again.
            conn.execute("UPDATE history SET sent_at=NULL WHERE submission_id=?", (sid[0],))
            conn.execute("UPDATE drafts SET state='draft', doc=json_set(doc, '$.state', "
                         "'draft') WHERE id=?", (sid[0],))
            return
        if not states:
            # Every email of it was cancelled: the item goes back to the drafts, to be
            # edited and sent again; it leaves the history.
            conn.execute("DELETE FROM history WHERE submission_id=?", (sid[0],))
            conn.execute("UPDATE drafts SET state='draft', doc=json_set(doc, '$.state', "
                         "'draft') WHERE id=?", (sid[0],))
            return
        if all(s == SENT for s, _ in states):
            last = max(t for _, t in states if t)
            conn.execute("UPDATE history SET sent_at=? WHERE submission_id=?", (last, sid[0]))
            conn.execute("UPDATE drafts SET state='sent', doc=json_set(doc, '$.state', 'sent') "
                         "WHERE id=?", (sid[0],))
        else:
            conn.execute("UPDATE history SET sent_at=NULL WHERE submission_id=?", (sid[0],))

    def recover(self) -> int:
        """After a crash: `sending` → `queued` (upload unfinished), `uploaded` → `unknown`.

        Call only while holding the send lock (no other process is sending)."""
        n = 0
        for item in self.items(states=(SENDING, UPLOADED)):
            n += self._set(item.id, QUEUED if item.state == SENDING else UNKNOWN,
                           only_from=(item.state,))
        return n

    def retry_now(self, item_id: str) -> bool:
        return self._set(item_id, QUEUED, only_from=(RETRYING, ATTENTION), next_attempt_at=None)

    def cancel(self, item_id: str) -> bool:
        return self._set(item_id, CANCELLED, only_from=(QUEUED, RETRYING, ATTENTION))

    def mark_arrived(self, item_id: str) -> bool:
        """The user found it in the Sent folder: it counts as sent."""
        return self._set(item_id, SENT, only_from=(UNKNOWN,), sent_at=model.now_iso())

    def send_again(self, item_id: str) -> bool:
        """The user checked: it did not arrive. The same bytes (same Message-ID) go again."""
        return self._set(item_id, QUEUED, only_from=(UNKNOWN,), next_attempt_at=None)

    # -- sending -------------------------------------------------------------------------
    def send_due(self, send_fn: Callable[[OutboxItem, bytes, Callable[[], None]], object], *,
                 practice_fn: Callable[[OutboxItem, bytes], None] | None = None,
                 stop: Callable[[], bool] | None = None) -> list[SendReport]:
        """Send every due message, one at a time, under the cross-process send lock.

        `send_fn(item, data, on_uploaded)` sends for real and raises SendError on failure;
        practice items go to `practice_fn(item, data)` (the local mailbox) instead.
        """
        reports = []
        with SendLock(self.folder):
            self.recover()
            for item in self.due():
                if stop is not None and stop():
                    break
                reports.append(self.send_item(item, send_fn, practice_fn))
                if not reports[-1].ok and _stops_the_run(reports[-1].error):
                    break  # offline or a wrong password: the next ones would fail the same way
        return reports

    def send_item(self, item: OutboxItem, send_fn, practice_fn=None) -> SendReport:
        from app.mail.errors import RETRYABLE_KINDS, SendError
        from app.mail.errors import UNKNOWN as UNKNOWN_KIND

        if not self._set(item.id, SENDING, only_from=(QUEUED, RETRYING),
                         attempts=item.attempts + 1):
            return SendReport(item, False, OutboxError("claimed", "not due any more"))
        item.attempts += 1
        try:
            data = self.message_bytes(item)
            if item.practice:
                (practice_fn or self.deliver_to_practice)(item, data)
            else:
                send_fn(item, data, lambda: self._set(item.id, UPLOADED, only_from=(SENDING,)))
        except SendError as err:
            if err.kind == UNKNOWN_KIND:
                state = UNKNOWN  # the server may have it: only the user can tell
            elif err.kind in RETRYABLE_KINDS:
                state = RETRYING
            else:
                state = ATTENTION
            extra = {"error": json.dumps(err.to_dict(), ensure_ascii=False)}
            if state == RETRYING:
                extra["next_attempt_at"] = self.clock() + backoff(item.attempts)
            self._set(item.id, state, only_from=(SENDING, UPLOADED), **extra)
            return SendReport(self.get(item.id), False, err)
        except SendCancelled as err:
            # Stopped on purpose: before the end of the message it simply waits again; once
            # the end was on its way, only the user can tell whether it arrived.
            self._set(item.id, QUEUED, only_from=(SENDING,))
            self._set(item.id, UNKNOWN, only_from=(UPLOADED,))
            return SendReport(self.get(item.id), False, err)
        except OutboxError as err:
            self._set(item.id, ATTENTION, only_from=(SENDING,), error=json.dumps(
                {"kind": "local", "message": err.message}, ensure_ascii=False))
            return SendReport(self.get(item.id), False, err)
        except BaseException as err:
            # Anything else (a bug, the disk): an honest state, never `sending` for ever.
            current = self.get(item.id)
            state = UNKNOWN if current and current.state == UPLOADED else ATTENTION
            self._set(item.id, state, only_from=(SENDING, UPLOADED), error=json.dumps(
                {"kind": "local", "message": str(err)}, ensure_ascii=False))
            if not isinstance(err, Exception):
                raise
            return SendReport(self.get(item.id), False, err)
        self._set(item.id, SENT, only_from=(SENDING, UPLOADED), sent_at=model.now_iso(),
                  error=None, next_attempt_at=None)
        return SendReport(self.get(item.id), True)

    # -- the practice mailbox ------------------------------------------------------------
    def deliver_to_practice(self, item: OutboxItem, data: bytes) -> Path:
        self.practice_folder.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(self.clock()))
        path = self.practice_folder / f"{stamp}-{item.id[:8]}-{item.part}.eml"
        atomic.write_bytes(path, data)
        return path

    def practice_messages(self) -> list[Path]:
        if not self.practice_folder.is_dir():
            return []
        return sorted(self.practice_folder.glob("*.eml"), reverse=True)

    def practice_index(self) -> list[dict]:
        """Newest first: file, subject and date of each practice email (headers only)."""
        from email.header import decode_header, make_header
        from email.parser import BytesHeaderParser
        from email.utils import parsedate_to_datetime

        out = []
        for path in self.practice_messages():
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

    # -- history -------------------------------------------------------------------------
    def history(self, *, include_practice: bool = True) -> list[dict]:
        sql = ("SELECT submission_id, title, author, unit, unit_level, photos, parts, practice, "
               "queued_at, sent_at, bundle_path, published, published_on, link FROM history")
        if not include_practice:
            sql += " WHERE practice=0"
        keys = ("submission_id", "title", "author", "unit", "unit_level", "photos", "parts",
                "practice", "queued_at", "sent_at", "bundle_path", "published", "published_on",
                "link")
        out = []
        for row in self.store.execute(sql + " ORDER BY queued_at DESC"):
            entry = dict(zip(keys, row))
            entry["practice"] = bool(entry["practice"])
            entry["published"] = bool(entry["published"])
            entry["state"] = self._submission_state(entry["submission_id"])
            out.append(entry)
        return out

    def _submission_state(self, submission_id: str) -> str:
        every = {i.state for i in self.items(submission_id=submission_id)}
        states = every - {CANCELLED}
        if not states or (CANCELLED in every and states == {SENT}):
            return CANCELLED  # nothing, or only part of it, reached the board
        for s in (UNKNOWN, ATTENTION, SENDING, UPLOADED, RETRYING, QUEUED):
            if s in states:
                return s
        return SENT

    def mark_published(self, submission_id: str, published_on: str | None, link: str) -> None:
        with self.store.transaction() as conn:
            conn.execute("UPDATE history SET published=?, published_on=?, link=? WHERE "
                         "submission_id=?", (int(bool(published_on or link)), published_on,
                                             link, submission_id))


def _stops_the_run(error) -> bool:
    kind = getattr(error, "kind", "")
    return kind in ("offline", "auth", "tls", "config")
