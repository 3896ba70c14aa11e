"""The outbox: queue built emails, change their states, send what is due.

Every state change is one transaction that also brings the submission's draft state and
history row in line (`states.combine`). One send at a time, across processes too
(`lock.SendLock`). The send thread calls this directly while it sends: its state changes must
reach the disk the moment they happen, so that a killed process leaves true states.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app import model
from app.base import atomic
from app.base.i18n import translate
from app.mail.errors import AUTH, CONFIG, OFFLINE, RETRYABLE_KINDS, TLS, SendError
from app.mail.errors import UNKNOWN as UNKNOWN_KIND
from app.model.states import DraftState
from app.model.states import OutboxState as S
from app.outbox import states
from app.outbox.errors import OutboxError, SendCancelled
from app.outbox.items import OutboxItem
from app.outbox.lock import SendLock
from app.outbox.states import DUE_STATES, OPEN_STATES
from app.storage.database import Store

OUTBOX_DIR = "outbox"

SendFn = Callable[[OutboxItem, bytes, Callable[[], None]], object]
PracticeFn = Callable[[OutboxItem, bytes], None]


@dataclass(frozen=True)
class Staged:
    """A built message written to the outbox folder, waiting for its row."""

    id: str
    file: str
    part: int
    parts: int
    message_id: str
    subject: str
    size: int
    sha256: str


@dataclass
class SendReport:
    item: OutboxItem
    ok: bool
    error: BaseException | None = None  # why it failed (a SendError most often)


class Outbox:
    def __init__(self, store: Store, clock: Callable[[], float] = time.time):
        self.store = store
        self.clock = clock
        self.folder = store.data_dir / OUTBOX_DIR

    # -- reading -------------------------------------------------------------------------
    def items(self, *, states: Sequence[S] | None = None,
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
        return [i for i in self.items(states=DUE_STATES)
                if i.state == S.QUEUED or (i.next_attempt_at or 0) <= now]

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
    def ensure_new(self, submission_id: str, conn: sqlite3.Connection | None = None) -> None:
        """Refuse to queue an item twice unless the user asked for it (never twice unseen).
        With `conn`, inside that transaction (where the queuing itself happens)."""
        sql = ("SELECT sent_at, created_at FROM outbox WHERE submission_id=? AND state != ? "
               "ORDER BY created_at, part")
        params = (submission_id, S.CANCELLED)
        rows = conn.execute(sql, params).fetchall() if conn is not None else \
            self.store.execute(sql, params)
        if rows:
            stamp = rows[-1][0] or rows[-1][1]
            raise OutboxError("already", translate(
                "Outbox", "This item is already in the outbox or was sent on {date}. Send it "
                "again only if the board asked for it.").format(
                date=f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}"))

    def stage(self, messages) -> list[Staged]:
        """Write built messages to the outbox folder under new ids (no row yet: nothing is
        queued until `commit`). Any thread; the GUI does it on its worker pool."""
        self.folder.mkdir(parents=True, exist_ok=True)
        staged: list[Staged] = []
        try:
            for m in messages:
                item_id = model.new_id()
                atomic.write_bytes(self.folder / f"{item_id}.eml", m.data)
                staged.append(Staged(item_id, f"{item_id}.eml", m.part, m.parts, m.message_id,
                                     m.subject, m.size, m.sha256))
        except BaseException:
            self.discard(staged)
            raise
        return staged

    def discard(self, staged: list[Staged]) -> None:
        """Remove staged files that will not be committed."""
        for s in staged:
            (self.folder / s.file).unlink(missing_ok=True)

    def commit(self, sub: model.Submission, staged: list[Staged], *, sender: str,
               recipient: str, practice: bool = False, allow_again: bool = False
               ) -> list[OutboxItem]:
        """Queue staged messages and mark the draft queued, in one short transaction: the
        emails' rows, the history row and the draft (with its bundle path) go together or
        not at all. On failure the staged files are removed."""
        now = model.now_iso()
        rows = [(s.id, sub.id, s.part, s.parts, s.message_id, s.subject, sender, recipient,
                 s.file, s.size, s.sha256, S.QUEUED, int(practice), 0, None, None, now, None,
                 now) for s in staged]
        doc = json.dumps(sub.to_dict(), ensure_ascii=False)
        try:
            with self.store.transaction() as conn:
                if not allow_again:
                    self.ensure_new(sub.id, conn)
                conn.executemany(f"INSERT INTO outbox VALUES ({','.join('?' * 19)})", rows)
                conn.execute(
                    "INSERT OR REPLACE INTO history (submission_id, title, author, unit, "
                    "unit_level, photos, parts, practice, queued_at, sent_at, bundle_path, doc, "
                    "published, published_on, link) VALUES (?,?,?,?,?,?,?,?,?,NULL,?,?,"
                    "COALESCE((SELECT published FROM history WHERE submission_id=?),0),"
                    "(SELECT published_on FROM history WHERE submission_id=?),"
                    "COALESCE((SELECT link FROM history WHERE submission_id=?),''))",
                    (sub.id, sub.title, sub.author, sub.unit, sub.unit_level, len(sub.photos),
                     len(rows), int(practice), now, sub.bundle_path, doc, sub.id, sub.id,
                     sub.id))
                conn.execute("UPDATE drafts SET state=?, doc=? WHERE id=?",
                             (DraftState.QUEUED, doc, sub.id))
        except BaseException:
            self.discard(staged)
            raise
        return [self.get(s.id) for s in staged]

    # -- state changes -------------------------------------------------------------------
    def _set(self, item_id: str, state: S, *, only_from: Sequence[S] | None = None,
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
                self._follow(conn, item_id)
        return changed

    @staticmethod
    def _follow(conn: sqlite3.Connection, item_id: str) -> None:
        """Make the submission's draft state and history row follow its emails' states."""
        row = conn.execute("SELECT submission_id FROM outbox WHERE id=?", (item_id,)).fetchone()
        if not row:
            return
        sid = row[0]
        status = states.combine(conn.execute(
            "SELECT state, sent_at FROM outbox WHERE submission_id=?", (sid,)).fetchall())
        if status.in_history:
            conn.execute("UPDATE history SET sent_at=? WHERE submission_id=?",
                         (status.sent_at, sid))
        else:
            conn.execute("DELETE FROM history WHERE submission_id=?", (sid,))
        conn.execute("UPDATE drafts SET state=? WHERE id=?", (status.draft, sid))

    def recover(self) -> int:
        """After a crash: `sending` → `queued` (upload unfinished), `uploaded` → `unknown`.

        Call only while holding the send lock (no other process is sending)."""
        n = 0
        for item in self.items(states=(S.SENDING, S.UPLOADED)):
            n += self._set(item.id, S.QUEUED if item.state == S.SENDING else S.UNKNOWN,
                           only_from=(item.state,))
        return n

    def retry_now(self, item_id: str) -> bool:
        return self._set(item_id, S.QUEUED, only_from=(S.RETRYING, S.ATTENTION),
                         next_attempt_at=None)

    def cancel(self, item_id: str) -> bool:
        return self._set(item_id, S.CANCELLED, only_from=(S.QUEUED, S.RETRYING, S.ATTENTION))

    def mark_arrived(self, item_id: str) -> bool:
        """The user found it in the Sent folder: it counts as sent."""
        return self._set(item_id, S.SENT, only_from=(S.UNKNOWN,), sent_at=model.now_iso())

    def send_again(self, item_id: str) -> bool:
        """The user checked: it did not arrive. The same bytes (same Message-ID) go again."""
        return self._set(item_id, S.QUEUED, only_from=(S.UNKNOWN,), next_attempt_at=None)

    # -- sending -------------------------------------------------------------------------
    def send_due(self, send_fn: SendFn, *, practice_fn: PracticeFn,
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
                    break
        return reports

    def send_item(self, item: OutboxItem, send_fn: SendFn, practice_fn: PracticeFn
                  ) -> SendReport:
        if not self._set(item.id, S.SENDING, only_from=DUE_STATES, attempts=item.attempts + 1):
            return SendReport(item, False, OutboxError("claimed", "not due any more"))
        item.attempts += 1
        try:
            data = self.message_bytes(item)
            if item.practice:
                practice_fn(item, data)
            else:
                send_fn(item, data,
                        lambda: self._set(item.id, S.UPLOADED, only_from=(S.SENDING,)))
        except SendError as err:
            if err.kind == UNKNOWN_KIND:
                state = S.UNKNOWN  # the server may have it: only the user can tell
            elif err.kind in RETRYABLE_KINDS:
                state = S.RETRYING
            else:
                state = S.ATTENTION
            extra = {"error": json.dumps(err.to_dict(), ensure_ascii=False)}
            if state == S.RETRYING:
                extra["next_attempt_at"] = self.clock() + states.backoff(item.attempts)
            self._set(item.id, state, only_from=(S.SENDING, S.UPLOADED), **extra)
            return SendReport(self.get(item.id), False, err)
        except SendCancelled as err:
            # Stopped on purpose: before the end of the message it simply waits again; once
            # the end was on its way, only the user can tell whether it arrived.
            self._set(item.id, S.QUEUED, only_from=(S.SENDING,))
            self._set(item.id, S.UNKNOWN, only_from=(S.UPLOADED,))
            return SendReport(self.get(item.id), False, err)
        except OutboxError as err:
            self._set(item.id, S.ATTENTION, only_from=(S.SENDING,), error=json.dumps(
                {"kind": "local", "message": err.message}, ensure_ascii=False))
            return SendReport(self.get(item.id), False, err)
        except BaseException as err:
            # Anything else (a bug, the disk): an honest state, never `sending` for ever.
            current = self.get(item.id)
            state = S.UNKNOWN if current and current.state == S.UPLOADED else S.ATTENTION
            self._set(item.id, state, only_from=(S.SENDING, S.UPLOADED), error=json.dumps(
                {"kind": "local", "message": str(err)}, ensure_ascii=False))
            if not isinstance(err, Exception):
                raise
            return SendReport(self.get(item.id), False, err)
        self._set(item.id, S.SENT, only_from=(S.SENDING, S.UPLOADED), sent_at=model.now_iso(),
                  error=None, next_attempt_at=None)
        return SendReport(self.get(item.id), True)


def _stops_the_run(error: BaseException | None) -> bool:
    """Offline or a wrong password: the next emails would fail the same way."""
    return isinstance(error, SendError) and error.kind in (OFFLINE, AUTH, TLS, CONFIG)
