"""The one ordered database thread: every store write of the GUI, in order, plus autosave.

The GUI hands writes to `Writer.submit`; typing hands the latest state of a draft to
`Writer.save_draft_soon`, which saves it at most `autosave_delay` seconds after its first
unsaved change however fast the user types (`AutosavePlan`: a deadline from the first unsaved
change, not a debounce that typing could postpone for ever). A process killed at any moment
therefore loses at most that delay. The thread also opens the store, so the schema is created
on it too.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future

from app import model
from app.storage.database import Store

AUTOSAVE_DELAY = 0.5  # seconds; the promise to the user is "within one second"
RETRY_DELAY = 5.0  # after a failed save (disk full, locked file) the draft is tried again


class AutosavePlan:
    """Which drafts are due to be saved when. Pure: the clock is given to each call."""

    def __init__(self, delay: float):
        self.delay = delay
        self._pending: dict[str, tuple[dict, float]] = {}  # draft id -> (snapshot, deadline)

    def note(self, snapshot: dict, now: float) -> None:
        """A newer state of a draft; its deadline stays that of its first unsaved change."""
        old = self._pending.get(snapshot["id"])
        deadline = old[1] if old else now + self.delay
        self._pending[snapshot["id"]] = (snapshot, deadline)

    def retry_later(self, snapshot: dict, now: float, delay: float) -> None:
        """A save failed: try this state again later, unless a newer one came meanwhile."""
        self._pending.setdefault(snapshot["id"], (snapshot, now + delay))

    def due(self, now: float) -> list[dict]:
        """Take the snapshots whose deadline has come."""
        ids = [k for k, (_s, d) in self._pending.items() if d <= now]
        return [self._pending.pop(k)[0] for k in ids]

    def take_all(self) -> list[dict]:
        out = [s for s, _d in self._pending.values()]
        self._pending.clear()
        return out

    def hurry(self) -> None:
        """Make everything due now (flush)."""
        self._pending = {k: (s, float("-inf")) for k, (s, _d) in self._pending.items()}

    def next_deadline(self) -> float | None:
        return min((d for _s, d in self._pending.values()), default=None)

    def __bool__(self) -> bool:
        return bool(self._pending)


class Writer:
    def __init__(self, store: Store | Callable[[], Store], *,
                 autosave_delay: float = AUTOSAVE_DELAY,
                 clock: Callable[[], float] = time.monotonic,
                 on_saved: Callable[[str, str], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None):
        """`store` is the store, or a function that opens it (called on the writer's own
        thread; `opened` then resolves to the store or the error)."""
        self._open = store if callable(store) and not isinstance(store, Store) else \
            (lambda: store)
        self.store: Store | None = None
        self.opened: Future[Store] = Future()
        self.clock = clock
        self.on_saved = on_saved  # (draft id, updated_at), called on the writer thread
        self.on_error = on_error
        self._cond = threading.Condition()
        self._jobs: deque[tuple[Future, Callable, tuple]] = deque()
        self._plan = AutosavePlan(autosave_delay)
        self._closing = False
        self._thread = threading.Thread(target=self._run, name="tinbai-writer", daemon=True)
        self._thread.start()

    # -- API -----------------------------------------------------------------------------
    def submit(self, fn: Callable, *args) -> Future:
        """Run `fn(*args)` on the writer thread after everything submitted before it."""
        fut: Future = Future()
        with self._cond:
            if self._closing:
                raise RuntimeError("writer is closed")
            self._jobs.append((fut, fn, args))
            self._cond.notify()
        return fut

    def save_draft_soon(self, sub: model.Submission | dict) -> None:
        """Remember this state of the draft; it is written within `autosave_delay`."""
        snapshot = sub if isinstance(sub, dict) else sub.to_dict()
        with self._cond:
            self._plan.note(snapshot, self.clock())
            self._cond.notify()

    def flush(self, timeout: float | None = 10.0) -> bool:
        """Write every pending draft now and wait for all submitted work. False when a
        draft could not be written (it is still pending) or the wait ran out."""
        with self._cond:
            self._plan.hurry()
            self._cond.notify()
        try:
            self.submit(lambda: None).result(timeout)
        except Exception:
            return False
        with self._cond:
            return not self._plan

    def has_pending(self) -> bool:
        with self._cond:
            return bool(self._plan or self._jobs)

    def close(self, timeout: float = 10.0) -> None:
        self.flush(timeout)
        with self._cond:
            self._closing = True
            self._cond.notify()
        self._thread.join(timeout)

    # -- the thread ----------------------------------------------------------------------
    def _run(self) -> None:
        try:
            self.store = self._open()
        except BaseException as exc:  # reported through `opened`; jobs then fail with it
            self.opened.set_exception(exc)
        else:
            self.opened.set_result(self.store)
        while True:
            with self._cond:
                while True:
                    now = self.clock()
                    if self._jobs:
                        # Pending drafts go first: a job may depend on them (delete, bundle).
                        due = self._plan.take_all()
                        job = self._jobs.popleft()
                        break
                    due = self._plan.due(now)
                    if due:
                        job = None
                        break
                    if self._closing:
                        return
                    deadline = self._plan.next_deadline()
                    self._cond.wait(None if deadline is None else max(0.0, deadline - now))
            for snapshot in due:
                self._save(snapshot)
            if job is not None:
                fut, fn, args = job
                if fut.set_running_or_notify_cancel():
                    try:
                        if self.store is None:
                            raise self.opened.exception()
                        fut.set_result(fn(*args))
                    except BaseException as exc:  # reported to the caller through the future
                        fut.set_exception(exc)

    def _save(self, snapshot: dict) -> None:
        try:
            if self.store is None:
                raise self.opened.exception()
            sub = model.Submission.from_dict(snapshot)
            self.store.save_draft(sub)
        except BaseException as exc:
            # Keep the text: try again a little later unless a newer state has arrived.
            with self._cond:
                if not self._closing:
                    self._plan.retry_later(snapshot, self.clock(), RETRY_DELAY)
            if self.on_error:
                self.on_error(exc)
            return
        if self.on_saved:
            self.on_saved(sub.id, sub.updated_at)
