"""One thread that performs every store write, in order, plus draft autosave.

The GUI (and anything else) hands writes to `Writer.submit`; typing hands the latest draft to
`Writer.save_draft_soon`, which saves it at most `autosave_delay` seconds later however fast
the user types (a deadline from the first unsaved change, not a debounce that typing could
postpone for ever). A process killed at any moment therefore loses at most that delay.
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


class Writer:
    def __init__(self, store: Store, *, autosave_delay: float = AUTOSAVE_DELAY,
                 on_saved: Callable[[str, str], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None):
        self.store = store
        self.autosave_delay = autosave_delay
        self.on_saved = on_saved  # (draft id, updated_at), called on the writer thread
        self.on_error = on_error
        self._cond = threading.Condition()
        self._jobs: deque[tuple[Future, Callable, tuple]] = deque()
        self._pending: dict[str, tuple[dict, float]] = {}  # draft id -> (snapshot, deadline)
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
            old = self._pending.get(snapshot["id"])
            deadline = old[1] if old else time.monotonic() + self.autosave_delay
            self._pending[snapshot["id"]] = (snapshot, deadline)
            self._cond.notify()

    def flush(self, timeout: float | None = 10.0) -> bool:
        """Write every pending draft now and wait for all submitted work. False when a
        draft could not be written (it is still pending) or the wait ran out."""
        with self._cond:
            self._pending = {k: (s, 0.0) for k, (s, _d) in self._pending.items()}
            self._cond.notify()
        fut = self.submit(lambda: None)
        try:
            fut.result(timeout)
        except Exception:
            return False
        with self._cond:
            return not self._pending

    def has_pending(self) -> bool:
        with self._cond:
            return bool(self._pending or self._jobs)

    def close(self, timeout: float = 10.0) -> None:
        self.flush(timeout)
        with self._cond:
            self._closing = True
            self._cond.notify()
        self._thread.join(timeout)

    # -- the thread ----------------------------------------------------------------------
    def _run(self) -> None:
        while True:
            with self._cond:
                while True:
                    now = time.monotonic()
                    if self._jobs:
                        # Pending drafts go first: a job may depend on them (delete, bundle).
                        due = list(self._pending.values())
                        self._pending.clear()
                        job = self._jobs.popleft()
                        break
                    due_ids = [k for k, (_s, d) in self._pending.items() if d <= now]
                    if due_ids:
                        due = [self._pending.pop(k) for k in due_ids]
                        job = None
                        break
                    if self._closing:
                        return
                    wait = min((d for _s, d in self._pending.values()), default=None)
                    self._cond.wait(None if wait is None else max(0.0, wait - now))
            for snapshot, _deadline in due:
                self._save(snapshot)
            if job is not None:
                fut, fn, args = job
                if fut.set_running_or_notify_cancel():
                    try:
                        fut.set_result(fn(*args))
                    except BaseException as exc:  # reported to the caller through the future
                        fut.set_exception(exc)

    def _save(self, snapshot: dict) -> None:
        try:
            sub = model.Submission.from_dict(snapshot)
            self.store.save_draft(sub)
        except BaseException as exc:
            # Keep the text: try again a little later unless a newer state has arrived.
            with self._cond:
                if not self._closing:
                    self._pending.setdefault(
                        snapshot["id"], (snapshot, time.monotonic() + RETRY_DELAY))
            if self.on_error:
                self.on_error(exc)
            return
        if self.on_saved:
            self.on_saved(sub.id, sub.updated_at)
