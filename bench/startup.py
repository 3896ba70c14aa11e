"""Start-up time: process start to main window shown, against a bare PySide6 QMainWindow.

    python bench/startup.py [--runs 9]

Both are started the same way (a new Python process, offscreen platform) and report the
moment their window is shown; the median of several interleaved runs is compared. Goal: at
most 1.3x — heavy imports (python-docx, Pillow) wait until they are needed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1100, 760)
w.show()
def probe():
    print(f"shown {time.monotonic():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, probe)
app.exec()
"""


def measure(cmd: list[str], env: dict) -> float:
    start = time.monotonic()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("shown "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no 'shown' line from {cmd}: {out.stdout}{out.stderr}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TINBAI_STARTUP_PROBE="1")
    with tempfile.TemporaryDirectory() as data:
        app_cmd = [sys.executable, "-m", "ui", "--data-dir", data]
        bare_cmd = [sys.executable, "-c", BARE]
        measure(app_cmd, env)  # warm the disk cache and create the data folder
        measure(bare_cmd, env)
        bare, ours = [], []
        for i in range(args.runs):  # interleaved, alternating which goes first: load is shared
            pair = (bare_cmd, app_cmd) if i % 2 == 0 else (app_cmd, bare_cmd)
            first, second = measure(pair[0], env), measure(pair[1], env)
            b_run, o_run = (first, second) if i % 2 == 0 else (second, first)
            bare.append(b_run)
            ours.append(o_run)
    b, o = statistics.median(bare), statistics.median(ours)
    pairwise = statistics.median(x / y for x, y in zip(ours, bare))
    print(f"bare QMainWindow: median {b * 1000:.0f} ms  (runs: "
          f"{', '.join(f'{x * 1000:.0f}' for x in bare)})")
    print(f"TinBài main window: median {o * 1000:.0f} ms  (runs: "
          f"{', '.join(f'{x * 1000:.0f}' for x in ours)})")
    print(f"ratio {o / b:.2f}x of the medians, {pairwise:.2f}x the median of the paired runs "
          "(goal <= 1.3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
