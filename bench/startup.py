"""Start-up time: process start to main window shown, against a bare PySide6 QMainWindow.

    python bench/startup.py [--runs 21] [--instructions]

Both are started the same way (a new Python process, offscreen platform) and report the
moment their window is shown; the median of several interleaved runs is compared. Goal: at
most 1.3x. Our own modules are compiled to bytecode first, as an installed or frozen copy
has them (where PYTHONDONTWRITEBYTECODE is set, a checkout would otherwise compile them from
source at every start, which no user's copy does; PySide6's are compiled at install).

`--instructions` also counts, with valgrind's callgrind, the instructions each executes up
to the moment its window is shown (the process then ends at once): one run each, the same
count whatever else the machine is doing, so a change of a few milliseconds shows.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import os, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1100, 760)
w.show()
def probe():
    print(f"shown {time.monotonic():.6f}", flush=True)
    if os.environ.get("TINBAI_STARTUP_PROBE") == "exit":
        os._exit(0)
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


def instructions(cmd: list[str], env: dict) -> int:
    """Instructions executed up to "shown" (callgrind's total; the probe then exits)."""
    env = dict(env, TINBAI_STARTUP_PROBE="exit")
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          *cmd], capture_output=True, text=True, env=env, cwd=ROOT,
                         timeout=600)
    found = re.search(r"Collected\s*:\s*([\d,]+)", out.stderr)
    if not found or "shown " not in out.stdout:
        raise RuntimeError(f"callgrind gave no count for {cmd}: {out.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--instructions", action="store_true",
                        help="also count instructions with valgrind (about a minute)")
    args = parser.parse_args()
    for folder in ("app", "ui", "resources"):
        compileall.compile_dir(ROOT / folder, quiet=1)
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
        counts = None
        if args.instructions:
            if shutil.which("valgrind") is None:
                print("valgrind is not installed: no instruction counts", file=sys.stderr)
            else:
                counts = instructions(bare_cmd, env), instructions(app_cmd, env)
    b, o = statistics.median(bare), statistics.median(ours)
    pairwise = statistics.median(x / y for x, y in zip(ours, bare))
    print(f"bare QMainWindow: median {b * 1000:.0f} ms  (runs: "
          f"{', '.join(f'{x * 1000:.0f}' for x in bare)})")
    print(f"TinBài main window: median {o * 1000:.0f} ms  (runs: "
          f"{', '.join(f'{x * 1000:.0f}' for x in ours)})")
    print(f"ratio {o / b:.2f}x of the medians, {pairwise:.2f}x the median of the paired runs "
          "(goal <= 1.3x)")
    if counts:
        print(f"instructions to 'shown': bare {counts[0] / 1e6:.0f} M, TinBài "
              f"{counts[1] / 1e6:.0f} M: {counts[1] / counts[0]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
