"""The GUI's link to the core: the store, the ordered writer and the worker pools.

The GUI thread never touches files, the database or the network. It calls `read`, `write`
or `background`, and its callbacks run later on the GUI thread with the result.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from concurrent.futures import Future

    from app.storage.database import Store
    from app.storage.writer import Writer


class _Relay(QObject):
    """Carries a callback and its argument from a worker thread to the GUI thread.

    Results that arrive in a burst (forty photos checked) are run one per turn of the event
    loop, so painting, typing and timers get their turn in between: the window never
    freezes on a pile of callbacks.
    """

    deliver = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        from collections import deque

        from PySide6.QtCore import QTimer

        self._queue: deque = deque()
        self.closed = False  # after the window closed, late results are dropped
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)
        # Emitted from worker threads to this GUI-thread object: Qt queues the call.
        self.deliver.connect(self._enqueue)

    @Slot(object, object)
    def _enqueue(self, callback: Callable, value: object) -> None:
        self._queue.append((callback, value))
        if not self._timer.isActive():
            self._timer.start()

    def _next(self) -> None:
        if not self._queue or self.closed:
            self._queue.clear()
            return
        callback, value = self._queue.popleft()
        if self._queue:
            self._timer.start()
        try:
            callback(value)
        except RuntimeError as exc:  # the widget that asked was closed meanwhile
            if "already deleted" not in str(exc):
                raise


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
        self._relay = _Relay()
        self._pool = None  # made on first use: start-up does not wait for the thread machinery
        self._closed = False

    # -- start and stop ------------------------------------------------------------------
    def start(self) -> None:
        self.background(self._open, done=self._opened, failed=self._open_failed)

    def _open(self):
        from app import org
        from app.storage.database import Store

        store = Store(self.data_dir)
        rules = org.rules_in_force(store)
        from datetime import datetime, timedelta

        # Drafts deleted more than a month ago leave the bin (undo is for the moment).
        month_ago = (datetime.now().astimezone() - timedelta(days=30)).isoformat()
        store.purge_deleted(month_ago)
        self._warm_caches()
        return store, rules

    @staticmethod
    def _warm_caches() -> None:
        """Read the small shipped data files here, not on the GUI thread at first use."""
        from app.base import i18n
        from app.document import render
        from app.model import banks

        banks.banks()
        render.template()
        i18n.translate("Validation", "Type the title.")

    def _opened(self, opened) -> None:
        from app.storage.writer import Writer

        store, self.rules = opened
        self.store = store
        self.writer = Writer(store, on_saved=self._saved_from_thread,
                             on_error=self._save_error_from_thread)
        self.store_ready.emit()

    def _open_failed(self, exc: BaseException) -> None:
        self.store_failed.emit(str(exc))

    def shutdown(self) -> None:
        """Write everything pending, then stop the threads (called when the window closes)."""
        if self._closed:
            return
        self._closed = True
        self._relay.closed = True
        if self.writer is not None:
            self.writer.close()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        if self.store is not None:
            self.store.close()

    # -- running work --------------------------------------------------------------------
    def _deliver(self, fut: Future, done: Callable | None, failed: Callable | None) -> None:
        if fut.cancelled():  # closing: the pool dropped work that had not started
            return
        exc = fut.exception()
        if exc is None:
            if done is not None:
                self._relay.deliver.emit(done, fut.result())
        elif failed is not None:
            self._relay.deliver.emit(failed, exc)
        else:
            self._relay.deliver.emit(self._unhandled, exc)

    def _unhandled(self, exc: BaseException) -> None:
        raise exc

    def background(self, fn: Callable, *args, done: Callable | None = None,
                   failed: Callable | None = None) -> Future:
        """Run on the worker pool (reads, copies, thumbnails, checks)."""
        if self._closed:
            from concurrent.futures import Future

            fut = Future()
            fut.cancel()
            return fut
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="tinbai-work")
        fut = self._pool.submit(fn, *args)
        fut.add_done_callback(lambda f: self._deliver(f, done, failed))
        return fut

    def write(self, fn: Callable, *args, done: Callable | None = None,
              failed: Callable | None = None) -> Future:
        """Run on the ordered writer thread, after every earlier write."""
        assert self.writer is not None, "store not open yet"
        if self._closed:  # the window is closing: nothing new starts
            from concurrent.futures import Future

            fut = Future()
            fut.cancel()
            return fut
        fut = self.writer.submit(fn, *args)
        fut.add_done_callback(lambda f: self._deliver(f, done, failed))
        return fut

    def to_gui(self, callback: Callable, value: object = None) -> None:
        """From a worker thread: call `callback(value)` on the GUI thread (progress, results)."""
        self._relay.deliver.emit(callback, value)

    def autosave(self, snapshot: dict) -> None:
        if self.writer is not None:
            self.writer.save_draft_soon(snapshot)

    def flush(self) -> bool:
        """Write what is pending now; False if a draft could not be saved."""
        return self.writer.flush() if self.writer is not None else True

    # -- writer callbacks (writer thread) ------------------------------------------------
    def _saved_from_thread(self, draft_id: str, updated_at: str) -> None:
        self._relay.deliver.emit(lambda _v: self.draft_saved.emit(draft_id, updated_at), None)

    def _save_error_from_thread(self, exc: BaseException) -> None:
        from app.base.atomic import is_disk_full

        if is_disk_full(exc) or "full" in str(exc):
            text = self.tr("The disk is full: the draft could not be saved. It is kept open "
                           "and will be saved as soon as there is space.")
        else:
            text = self.tr("The draft could not be saved ({error}). It is kept open and TinBài "
                           "will try again in a few seconds.").format(error=exc)
        self._relay.deliver.emit(lambda _v: self.save_failed.emit(text), None)
