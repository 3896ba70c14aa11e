"""The GUI's link to the core: the store, the ordered database thread and the worker pools.

The GUI thread never touches files, the database or the network. It calls:
- `write(fn, ...)`: on the one ordered database thread (app/storage/writer.py), after every
  earlier write; also reads that must see what was just written;
- `background(fn, ...)`: on the worker pool (reads, copies, thumbnails, building an item);
- `check(path, name, ...)`: one photo's originality check, on the check pool;
and its `done` callback runs later on the GUI thread with the result. A `failed` callback gets
only errors meant for the user (`UserError`); anything else goes to the crash report first
and then reaches `failed` as an "unexpected" error, so that no screen stays stuck.
Background reads may finish out of order: a screen that reads the same thing again wraps
its `done` in a `Latest`, so only the newest answer is shown.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app import settings
from app.base import i18n
from app.base.atomic import is_disk_full
from app.base.errors import UserError
from app.base.processes import lower_priority
from app.document import render
from app.model import banks
from app.storage.database import Store
from app.storage.writer import Writer

BACKGROUND_WORKERS = 2
CHECK_WORKERS = 2


class Latest:
    """Of a series of reads of the same thing, only the newest answer is delivered: the
    worker pool has several threads, so an older read can finish after a newer one (Settings
    reads the account when it opens, and again after a save)."""

    def __init__(self) -> None:
        self._asked = 0

    def newest(self, done: Callable) -> Callable:
        """`done`, for the read asked now: it runs only if no other read was asked since."""
        self._asked += 1
        asked = self._asked

        def deliver(value) -> None:
            if asked == self._asked:
                done(value)

        return deliver

    def drop(self) -> None:
        """No answer asked for until now is wanted any more (the selection was cleared)."""
        self._asked += 1


class _Relay(QObject):
    """Carries a callback and its argument from a worker thread to the GUI thread.

    Results that arrive in a burst (forty photos checked) are run one per turn of the event
    loop, so painting, typing and timers get their turn in between: the window never
    freezes on a pile of callbacks. A result for a widget that was deleted meanwhile (the
    page was rebuilt in another language) is dropped (`_qt_objects`).
    """

    deliver = Signal(object, object, object)

    def __init__(self) -> None:
        super().__init__()
        self._queue: deque = deque()
        self.closed = False  # after the window closed, late results are dropped
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)
        # Emitted from worker threads to this GUI-thread object: Qt queues the call.
        self.deliver.connect(self._enqueue)

    @Slot(object, object, object)
    def _enqueue(self, callback: Callable, value: object, owner: object) -> None:
        self._queue.append((callback, value, owner))
        if not self._timer.isActive():
            self._timer.start()

    def _next(self) -> None:
        if not self._queue or self.closed:
            self._queue.clear()
            return
        callback, value, owner = self._queue.popleft()
        if self._queue:
            self._timer.start()
        if any(not shiboken6.isValid(o) for o in _qt_objects(callback, owner)):
            return  # a widget it refers to is gone
        callback(value)


def _qt_objects(callback: Callable, owner: object) -> list[QObject]:
    """The Qt objects a callback belongs to: its `owner`, the object of a bound method, and
    the Qt objects a lambda closes over (the page that asked)."""
    found = [owner, getattr(callback, "__self__", None)]
    for cell in getattr(callback, "__closure__", None) or ():
        try:
            found.append(cell.cell_contents)
        except ValueError:  # an empty cell
            continue
    return [o for o in found if isinstance(o, QObject)]


class Services(QObject):
    store_ready = Signal()
    store_failed = Signal(str)
    draft_saved = Signal(str, str)  # draft id, updated_at
    save_failed = Signal(str)  # a message for the user; the draft is kept and retried

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.store: Store | None = None
        self.writer: Writer | None = None
        self.rules = None  # the quota rules in force (unit levels), read with the store
        self.providers = None  # the mail providers in force, read with the store
        self.trust_pem: str | None = None  # an imported C2PA trust list (None: the shipped one)
        self._relay = _Relay()
        self._pool: ThreadPoolExecutor | None = None  # made on first use (start-up)
        self._checks: ProcessPoolExecutor | None = None
        self._closed = False

    # -- start and stop ------------------------------------------------------------------
    def start(self) -> None:
        """Open the data on the ordered database thread (it also creates the schema)."""
        data_dir = self.data_dir
        self.writer = Writer(lambda: Store(data_dir), on_saved=self._saved_from_thread,
                             on_error=self._save_error_from_thread)
        self.write(self._after_open, done=self._opened, failed=self._open_failed)

    def _after_open(self):
        store = self.writer.store
        # Drafts deleted more than a month ago leave the bin (undo is for the moment).
        month_ago = (datetime.now().astimezone() - timedelta(days=30)).isoformat()
        store.purge_deleted(month_ago)
        rules = settings.rules_in_force(store)
        mail_providers = settings.providers_in_force(store)
        trust = settings.trust_list_in_force(store)
        # The small shipped data files are read here, not on the GUI thread at first use.
        banks.banks()
        render.template()
        i18n.translate("Validation", "Type the title.")  # the core's catalogue
        return store, rules, mail_providers, trust

    def _opened(self, opened) -> None:
        self.store, self.rules, self.providers, self.trust_pem = opened
        self.store_ready.emit()

    def _open_failed(self, exc: UserError) -> None:
        self.store_failed.emit(exc.message)

    def shutdown(self) -> None:
        """Write everything pending, then stop the threads (called when the window closes)."""
        if self._closed:
            return
        self._closed = True
        self._relay.closed = True
        if self.writer is not None:
            self.writer.close()
        for pool in (self._pool, self._checks):
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
        if self.store is not None:
            self.store.close()

    # -- running work --------------------------------------------------------------------
    def _deliver(self, fut: Future, done: Callable | None, failed: Callable | None,
                 owner: object) -> None:
        if fut.cancelled():  # closing: the pool dropped work that had not started
            return
        exc = fut.exception()
        if exc is None:
            if done is not None:
                self._relay.deliver.emit(done, fut.result(), owner)
        else:
            self._relay.deliver.emit(lambda e: self.deliver_failure(e, failed), exc, owner)

    def deliver_failure(self, exc: BaseException, failed: Callable | None) -> None:
        """On the GUI thread: a user's error to `failed`; anything else to the crash report
        (and then to `failed` as an unexpected error, so the screen can recover)."""
        if not isinstance(exc, UserError):
            sys.excepthook(type(exc), exc, exc.__traceback__)
            exc = UserError("unexpected", self.tr(
                "Something unexpected went wrong; the details were saved for whoever helps "
                "you with TinBài. Your drafts are safe."))
        if failed is not None:
            failed(exc)

    def _cancelled(self) -> Future:
        fut: Future = Future()
        fut.cancel()
        return fut

    def background(self, fn: Callable, *args, done: Callable | None = None,
                   failed: Callable | None = None, owner: QObject | None = None) -> Future:
        """Run on the worker pool (reads, copies, thumbnails, building an item)."""
        if self._closed:
            return self._cancelled()
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=BACKGROUND_WORKERS,
                                            thread_name_prefix="tinbai-work")
        fut = self._pool.submit(fn, *args)
        fut.add_done_callback(lambda f: self._deliver(f, done, failed, owner))
        return fut

    def check(self, path: str | Path, original_name: str, *, done: Callable,
              owner: QObject | None = None) -> Future:
        """Check one photo's originality on the check pool (never raises: a bad file is a
        verdict)."""
        if self._closed:
            return self._cancelled()
        if self._checks is None:
            # Processes, not threads: the checker's parsers are Python and would hold the
            # GIL the window needs to paint and answer (spawned, never forked under Qt).
            self._checks = ProcessPoolExecutor(max_workers=CHECK_WORKERS,
                                               mp_context=multiprocessing.get_context("spawn"),
                                               initializer=lower_priority)
        from app.photocheck import check_photo  # seam: the checker loads with the first photo

        fut = self._checks.submit(check_photo, str(path), original_name,
                                  trust_pem=self.trust_pem)
        fut.add_done_callback(lambda f: self._deliver(f, done, None, owner))
        return fut

    def write(self, fn: Callable, *args, done: Callable | None = None,
              failed: Callable | None = None, owner: QObject | None = None) -> Future:
        """Run on the ordered database thread, after every earlier write."""
        assert self.writer is not None, "store not open yet"
        if self._closed:  # the window is closing: nothing new starts
            return self._cancelled()
        fut = self.writer.submit(fn, *args)
        fut.add_done_callback(lambda f: self._deliver(f, done, failed, owner))
        return fut

    def to_gui(self, callback: Callable, value: object = None) -> None:
        """From a worker thread: call `callback(value)` on the GUI thread (progress, results)."""
        self._relay.deliver.emit(callback, value, None)

    def autosave(self, snapshot: dict) -> None:
        """The latest state of an open draft: saved within the writer's autosave delay."""
        if self.writer is not None:
            self.writer.save_draft_soon(snapshot)

    def flush(self) -> bool:
        """Write what is pending now; False if a draft could not be saved. Once shut down
        nothing is pending (closing wrote it): a window closed twice asks nothing."""
        if self._closed or self.writer is None:
            return True
        return self.writer.flush()

    # -- writer callbacks (writer thread) ------------------------------------------------
    def _saved_from_thread(self, draft_id: str, updated_at: str) -> None:
        self.to_gui(lambda _v: self.draft_saved.emit(draft_id, updated_at))

    def _save_error_from_thread(self, exc: BaseException) -> None:
        if is_disk_full(exc) or (isinstance(exc, UserError) and exc.code == "disk-full"):
            text = self.tr("The disk is full: the draft could not be saved. It is kept open "
                           "and will be saved as soon as there is space.")
        else:
            text = self.tr("The draft could not be saved ({error}). It is kept open and TinBài "
                           "will try again in a few seconds.").format(error=exc)
        self.to_gui(lambda _v: self.save_failed.emit(text))
