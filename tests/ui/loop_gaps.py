"""How long the GUI thread's event loop went without turning, less the time the operating
system kept that thread waiting for a processor.

The machines the suite runs on are shared: another process's load makes the window wait for
a CPU, which says nothing about TinBài. What TinBài can cause (work on the GUI thread, the
GIL held by its own threads, a blocking call) is still counted. Linux gives each thread's
run-queue wait in /proc; elsewhere the plain gaps are measured."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QTimer


def _run_queue_wait() -> float:
    """Seconds this thread has spent runnable but not running, or 0 where not known."""
    path = Path(f"/proc/self/task/{threading.get_native_id()}/schedstat")
    try:
        return int(path.read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


class LoopGaps:
    """Start, do the work, stop: `worst` is the longest gap between two turns of the loop
    (less the run-queue wait inside it), `worst_raw` the same gap as the wall clock saw it."""

    def __init__(self, interval_ms: int = 10) -> None:
        self.gaps: list[tuple[float, float]] = []  # (wall seconds, of which waiting for a CPU)
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = (time.perf_counter(), _run_queue_wait())
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = (time.perf_counter(), _run_queue_wait())
        self.gaps.append((now[0] - self._last[0], now[1] - self._last[1]))
        self._last = now

    @property
    def worst(self) -> float:
        return max(wall - waited for wall, waited in self.gaps)

    @property
    def worst_raw(self) -> float:
        return max(wall for wall, _ in self.gaps)
