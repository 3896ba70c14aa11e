"""The outbox: queue built emails, change their states, send what is due.

Every state change is one transaction that also brings the submission's draft state and
history row in line (`states.combine`). One send at a time, across processes too
(`lock.SendLock`). The send thread calls this directly while it sends: its state changes must
reach the disk the moment they happen, so that a killed process leaves true states.

An item whose emails turn out too large for the server is built again under the new limit
(app/sending/replan.py) and its emails replaced here in one transaction (`replace_parts`):
the new files are written first under new ids, the rows swapped, the old files removed
after. A process killed before the swap leaves the old rows (and new files that no row
names, which `recover` sweeps away later); killed after it, the new rows (and old files,
swept alike). The item is never half old, half new.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app import model
from app.base import atomic, paths
from app.base.errors import UserError
from app.base.i18n import translate
from app.mail.errors import AUTH, CONFIG, OFFLINE, RETRYABLE_KINDS, TLS, TOO_LARGE, SendError
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
# replan_fn(item) builds the item's submission again under the size budget in force when
# `item` does not fit it and returns True; False when nothing needs doing. It raises
# UserError when the item cannot be rebuilt (a single photo larger than the limit).
ReplanFn = Callable[[OutboxItem], bool]
ORPHAN_AGE = 3600.0  # an .eml file no row names, older than this, is left from a crash
MAX_REPLANS = 6  # per submission and run: each one lowers the budget, so few are needed
# States in which a part may be (or is being) on the server: the item is not rebuilt then.
_ON_ITS_WAY = (S.SENDING, S.UPLOADED, S.SENT, S.UNKNOWN)


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



def _day(stamp: str) -> str:
    """dd/MM/yyyy of a stored ISO time."""
    return f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}"


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
        try:
            data = (self.folder / item.file).read_bytes()
        except FileNotFoundError as exc:
            raise OutboxError("missing", translate(
                "Outbox", "The stored email “{subject}” is no longer in TinBài's outbox folder "
                "(it may have been deleted), so it cannot be sent. Cancel it and queue the "
                "item again.").format(subject=item.subject)) from exc
        except OSError as exc:
            raise atomic.disk_error(exc, self.folder) from exc
        if hashlib.sha256(data).hexdigest() != item.sha256:
            raise OutboxError("changed", translate(
                "Outbox", "The stored message “{subject}” has been changed on disk, so it was "
                "not sent. Cancel it and queue the item again.").format(subject=item.subject))
        return data

    # -- queuing -------------------------------------------------------------------------
    def ensure_new(self, submission_id: str, conn: sqlite3.Connection | None = None, *,
                   practice: bool = False) -> None:
        """Refuse to queue an item twice unless the user asked for it (never twice unseen).
        A practice send delivered to the practice mailbox stands in the way of another
        practice send only: the item can then be sent for real. A practice email still on
        its way stands in the way of both (two windows queuing at once queue it once). With
        `conn`, inside that transaction (where the queuing itself happens)."""
        sql = ("SELECT sent_at, created_at, practice, state FROM outbox WHERE submission_id=? "
               "AND state != ? ORDER BY created_at, part")
        params = (submission_id, S.CANCELLED)
        rows = conn.execute(sql, params).fetchall() if conn is not None else \
            self.store.execute(sql, params)
        real = [r for r in rows if not r[2]]
        pending = [r for r in rows if r[2] and r[3] != S.SENT]
        practised = [r for r in rows if r[2] and r[3] == S.SENT]
        if real or pending:
            blocking = (real or pending)[-1]
            stamp = blocking[0] or blocking[1]
            raise OutboxError("already", translate(
                "Outbox", "This item is already in the outbox or was sent on {date}. Send it "
                "again only if the board asked for it.").format(date=_day(stamp)))
        if practice and practised:
            raise OutboxError("already", translate(
                "Outbox", "This item was already sent in practice on {date}; it is in the "
                "practice mailbox. When it is ready, send it to the board for real.").format(
                date=_day(practised[-1][0] or practised[-1][1])))

    def stage(self, messages) -> list[Staged]:
        """Write built messages to the outbox folder under new ids (no row yet: nothing is
        queued until `commit`). Any thread; the GUI does it on its worker pool."""
        paths.private_dir(self.folder)
        staged: list[Staged] = []
        try:
            for m in messages:
                item_id = model.new_id()
                atomic.write_bytes(self.folder / f"{item_id}.eml", m.data, private=True)
                staged.append(Staged(item_id, f"{item_id}.eml", m.part, m.parts, m.message_id,
                                     m.subject, m.size, m.sha256))
        except OSError as exc:
            self.discard(staged)
            raise atomic.disk_error(exc, self.folder) from exc
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
        doc = json.dumps(sub.to_dict(), ensure_ascii=False)
        try:
            with self.store.transaction() as conn:
                if not allow_again:
                    self.ensure_new(sub.id, conn, practice=practice)
                # A new round of this submission: the schema refuses the same part twice in
                # one round, so two processes queuing it at once cannot both succeed.
                (round_,) = conn.execute("SELECT COALESCE(MAX(round), 0) + 1 FROM outbox "
                                         "WHERE submission_id=?", (sub.id,)).fetchone()
                rows = [(s.id, sub.id, s.part, s.parts, s.message_id, s.subject, sender,
                         recipient, s.file, s.size, s.sha256, S.QUEUED, int(practice), 0, None,
                         None, now, None, now, round_) for s in staged]
                try:
                    conn.executemany(f"INSERT INTO outbox VALUES ({','.join('?' * 20)})", rows)
                except sqlite3.IntegrityError as exc:
                    raise OutboxError("already", translate(
                        "Outbox", "This item was put in the outbox at the same moment by "
                        "another TinBài window; it is there once.")) from exc
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
                if rows:  # what every email of it says now, earlier practice ones too
                    self._follow(conn, rows[0][0])
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
            "SELECT state, sent_at, practice FROM outbox WHERE submission_id=?",
            (sid,)).fetchall())
        if status.in_history:
            # One row per item: sent for real after practice, it counts once, as real.
            conn.execute("UPDATE history SET sent_at=?, practice=? WHERE submission_id=?",
                         (status.sent_at, int(status.practice), sid))
        else:
            conn.execute("DELETE FROM history WHERE submission_id=?", (sid,))
        conn.execute("UPDATE drafts SET state=? WHERE id=?", (status.draft, sid))

    def settle(self, submission_id: str) -> None:
        """Bring the draft's state and history row in line with its emails again (a draft
        practised by an older version, which left it "sent")."""
        with self.store.transaction() as conn:
            row = conn.execute("SELECT id FROM outbox WHERE submission_id=? LIMIT 1",
                               (submission_id,)).fetchone()
            if row:
                self._follow(conn, row[0])

    def practised(self) -> dict[str, str]:
        """{submission id: when its last practice email was delivered} for every item
        that was sent only in practice so far (still to be sent for real)."""
        parts: dict[str, list] = {}
        for sid, state, sent_at, practice in self.store.execute(
                "SELECT submission_id, state, sent_at, practice FROM outbox"):
            parts.setdefault(sid, []).append((state, sent_at, bool(practice)))
        out = {}
        for sid, rows in parts.items():
            status = states.combine(rows)
            if status.practice and status.shown == S.SENT and status.sent_at:
                out[sid] = status.sent_at
        return out

    def recover(self) -> int:
        """After a crash: `sending` → `queued` (upload unfinished), `uploaded` → `unknown`;
        files left by an interrupted rebuild are removed.

        Call only while holding the send lock (no other process is sending)."""
        n = 0
        for item in self.items(states=(S.SENDING, S.UPLOADED)):
            n += self._set(item.id, S.QUEUED if item.state == S.SENDING else S.UNKNOWN,
                           only_from=(item.state,))
        self.sweep()
        return n

    def sweep(self, min_age: float = ORPHAN_AGE) -> int:
        """Remove outbox files that no row names and that are older than `min_age` seconds
        (younger ones may be an item being queued right now, whose rows are to come)."""
        if not self.folder.is_dir():
            return 0
        named = {row[0] for row in self.store.execute("SELECT file FROM outbox")}
        now = time.time()
        removed = 0
        for path in self.folder.glob("*.eml"):
            try:
                if path.name not in named and now - path.stat().st_mtime >= min_age:
                    path.unlink()
                    removed += 1
            except OSError:
                continue
        return removed

    def replace_parts(self, submission_id: str, old_ids: Sequence[str],
                      staged: list[Staged]) -> list[OutboxItem]:
        """Replace the emails `old_ids` of a submission by the `staged` ones, atomically.

        Refused (OutboxError "partly-sent", the staged files removed) when any email of the
        item is on its way or was accepted, or one was cancelled by the user: then a rebuild
        could send part of it twice, or what the user took out."""
        now = model.now_iso()
        try:
            with self.store.transaction() as conn:
                rows = conn.execute(
                    "SELECT id, state, created_at, sender, recipient, practice, attempts, file, "
                    "round FROM outbox WHERE submission_id=?", (submission_id,)).fetchall()
                current = [r for r in rows if r[0] in set(old_ids)]
                if current:  # earlier practice emails of the item are another matter
                    rows = [r for r in rows if r[5] == current[0][5]]
                live = [r for r in rows if r[1] != S.CANCELLED]
                if (not current or {r[0] for r in live} != set(old_ids)
                        or any(r[1] in _ON_ITS_WAY for r in live)
                        or any(r[1] == S.CANCELLED and r[2] == current[0][2] for r in rows)):
                    raise OutboxError("partly-sent", translate(
                        "Outbox", "Part of this item is already on its way or was accepted, "
                        "so it cannot be divided again."))
                created, sender, recipient, practice = current[0][2:6]
                attempts = max(r[6] for r in current)
                round_ = current[0][8]
                conn.executemany("DELETE FROM outbox WHERE id=?", [(r[0],) for r in current])
                conn.executemany(
                    f"INSERT INTO outbox VALUES ({','.join('?' * 20)})",
                    [(st.id, submission_id, st.part, st.parts, st.message_id, st.subject,
                      sender, recipient, st.file, st.size, st.sha256, S.QUEUED, practice,
                      attempts, None, None, created, None, now, round_) for st in staged])
                conn.execute("UPDATE history SET parts=? WHERE submission_id=?",
                             (len(staged), submission_id))
                self._follow(conn, staged[0].id)
        except BaseException:
            self.discard(staged)
            raise
        for r in current:  # after the commit; a crash here leaves files the sweep removes
            self._remove_file(r[7])
        return [self.get(st.id) for st in staged]

    def _remove_file(self, name: str) -> None:
        try:
            os.unlink(self.folder / name)
        except OSError:
            pass

    def recover_if_idle(self) -> int:
        """`recover`, when no other process is sending (else that process owns the states).
        Every process that opens the outbox calls it: an email left `sending` or `uploaded`
        by a dead process does not stay so."""
        lock = SendLock(self.folder)
        try:
            if not lock.acquire():
                return 0
        except OSError:  # a read-only disk: nothing can be changed anyway
            return 0
        try:
            return self.recover()
        finally:
            lock.release()

    def retry_now(self, item_id: str) -> bool:
        return self._set(item_id, S.QUEUED, only_from=(S.RETRYING, S.ATTENTION),
                         next_attempt_at=None, error=None)  # the old failure is no longer true

    def cancel(self, item_id: str) -> bool:
        return self._set(item_id, S.CANCELLED, only_from=(S.QUEUED, S.RETRYING, S.ATTENTION))

    def mark_arrived(self, item_id: str) -> bool:
        """The user found it in the Sent folder: it counts as sent."""
        return self._set(item_id, S.SENT, only_from=(S.UNKNOWN,), sent_at=model.now_iso())

    def send_again(self, item_id: str) -> bool:
        """The user checked: it did not arrive. The same bytes (same Message-ID) go again."""
        return self._set(item_id, S.QUEUED, only_from=(S.UNKNOWN,), next_attempt_at=None,
                         error=None)

    # -- sending -------------------------------------------------------------------------
    def send_due(self, send_fn: SendFn, *, practice_fn: PracticeFn,
                 stop: Callable[[], bool] | None = None,
                 replan_fn: ReplanFn | None = None) -> list[SendReport]:
        """Send every due message, one at a time, under the cross-process send lock.

        `send_fn(item, data, on_uploaded)` sends for real and raises SendError on failure;
        practice items go to `practice_fn(item, data)` (the local mailbox) instead. With
        `replan_fn`, an email that does not fit the size budget (known before sending, or
        learnt from the server's refusal) has its item rebuilt and the new emails sent in
        the same run; only what cannot be rebuilt waits for the user.
        """
        reports: list[SendReport] = []
        tried: set[str] = set()
        replans: dict[str, int] = {}
        with SendLock(self.folder):
            self.recover()
            while True:
                if stop is not None and stop():
                    break
                item = next((i for i in self.due() if i.id not in tried), None)
                if item is None:
                    break
                tried.add(item.id)
                if replan_fn is not None and not item.practice:
                    rebuilt, why = self._replan(item, replan_fn, replans)
                    if rebuilt is not None:  # rebuilt (its new emails are due), or refused
                        if not rebuilt:
                            reports.append(SendReport(self.get(item.id), False, why))
                        continue
                report = self.send_item(item, send_fn, practice_fn,
                                        may_rebuild=replan_fn is not None)
                error = report.error
                if (replan_fn is not None and isinstance(error, SendError)
                        and error.kind == TOO_LARGE and report.item is not None
                        and report.item.state == S.QUEUED):
                    rebuilt, why = self._replan(report.item, replan_fn, replans, error)
                    if rebuilt:
                        continue
                    if rebuilt is None:  # it fits the budget after all: the user decides
                        self._attention(item.id, error)
                    report = SendReport(self.get(item.id), False, why or error)
                reports.append(report)
                if not report.ok and _stops_the_run(report.error):
                    break
        return reports

    def _replan(self, item: OutboxItem, replan_fn: ReplanFn, replans: dict[str, int],
                failure: SendError | None = None) -> tuple[bool | None, BaseException | None]:
        """Rebuild the item of `item` if it does not fit: (True, None) rebuilt; (False, why)
        refused, the item waits for the user with the reason; (None, None) nothing to do."""
        sid = item.submission_id
        if replans.get(sid, 0) >= MAX_REPLANS:
            return None, None
        try:
            if not replan_fn(item):
                return None, None
        except UserError as err:
            if failure is not None and isinstance(err, OutboxError) and err.code == "partly-sent":
                self._attention(item.id, failure)  # the server's own words, and what to do
                return False, failure
            self._set(item.id, S.ATTENTION, only_from=(S.QUEUED, S.RETRYING, S.ATTENTION),
                      error=json.dumps({"kind": "local", "code": err.code,
                                        "message": err.text}, ensure_ascii=False))
            return False, err
        replans[sid] = replans.get(sid, 0) + 1
        return True, None

    def _attention(self, item_id: str, err: SendError) -> None:
        self._set(item_id, S.ATTENTION, only_from=(S.QUEUED, S.RETRYING, S.ATTENTION),
                  error=json.dumps(err.to_dict(), ensure_ascii=False))

    def send_item(self, item: OutboxItem, send_fn: SendFn, practice_fn: PracticeFn, *,
                  may_rebuild: bool = False) -> SendReport:
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
            elif err.kind == TOO_LARGE and may_rebuild:
                # The caller rebuilds it under the limit just learnt; a process killed before
                # that finds it due again, and rebuilds it then.
                state = S.QUEUED
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
        except UserError as err:  # the outbox's own refusals, a file that cannot be read
            self._set(item.id, S.ATTENTION, only_from=(S.SENDING,), error=json.dumps(
                {"kind": "local", "message": err.message}, ensure_ascii=False))
            return SendReport(self.get(item.id), False, err)
        except BaseException as err:
            # Anything else (the disk, a bug): an honest state, never `sending` for ever.
            if isinstance(err, OSError):
                err = atomic.disk_error(err, self.folder)
            current = self.get(item.id)
            state = S.UNKNOWN if current and current.state == S.UPLOADED else S.ATTENTION
            words = err.message if isinstance(err, UserError) else str(err)
            self._set(item.id, state, only_from=(S.SENDING, S.UPLOADED), error=json.dumps(
                {"kind": "local", "message": words}, ensure_ascii=False))
            if not isinstance(err, Exception):
                raise
            return SendReport(self.get(item.id), False, err)
        self._set(item.id, S.SENT, only_from=(S.SENDING, S.UPLOADED), sent_at=model.now_iso(),
                  error=None, next_attempt_at=None)
        return SendReport(self.get(item.id), True)


def _stops_the_run(error: BaseException | None) -> bool:
    """Offline or a wrong password: the next emails would fail the same way."""
    return isinstance(error, SendError) and error.kind in (OFFLINE, AUTH, TLS, CONFIG)
