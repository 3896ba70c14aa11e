"""Start-up: what the first window does before it is painted, and what follows the paint.

bench/startup.py measures the time; these tests hold the reasons it is short, so a change
that brings the cost back fails here rather than only in a benchmark nobody runs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Run as the real `tinbai` start: the window comes up through ui/launch.py, and at the moment
# the window first counts as painted (before the data side is opened) the script reports
# which Qt types PySide has built and which modules are loaded, then ends.
PROBE = """
import json, os, sys
import PySide6.QtCore as C, PySide6.QtGui as G, PySide6.QtWidgets as W
from app.cli.argv import scan
from ui import launch, mainwindow

TYPES = {types!r}
MODULES = {modules!r}

def painted(self):
    built = [n for n in TYPES if any(n in m.__dict__ for m in (C, G, W))]
    loaded = [m for m in MODULES if m in sys.modules]
    handle = self.windowHandle()  # (asked after `built`: the question builds QWindow)
    exposed = handle is not None and handle.isExposed()
    print(json.dumps({{"built": built, "loaded": loaded, "exposed": exposed}}), flush=True)
    os._exit(0)

mainwindow.MainWindow._painted = painted
launch.run(scan(["--data-dir", sys.argv[1]]))
"""

# An event type is built as soon as any Python code handles an event (~13 M instructions,
# over 2 % of a bare window's start); the others are used only after the first paint.
NOT_BEFORE_THE_PAINT = ["QEvent", "QShowEvent", "QResizeEvent", "QPaintEvent", "QKeySequence",
                        "QShortcut", "QIcon", "QStandardPaths", "QComboBox", "QLineEdit"]
NOT_LOADED = ["ui.inputs", "ui.session", "ui.services", "ui.home", "ui.flow", "app.storage",
              "app.outbox", "app.photocheck", "app.mail", "sqlite3", "platform", "PIL", "docx"]


def probe(data_dir: Path) -> dict:
    script = PROBE.format(types=NOT_BEFORE_THE_PAINT, modules=NOT_LOADED)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("TINBAI_STARTUP_PROBE", None)
    out = subprocess.run([sys.executable, "-c", script, str(data_dir)], capture_output=True,
                         text=True, env=env, cwd=ROOT, timeout=120)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    assert lines, f"the window never counted as painted: {out.stdout}{out.stderr}"
    return json.loads(lines[-1])


def test_before_the_first_paint_no_python_handles_an_event_and_the_data_side_waits(tmp_path):
    seen = probe(tmp_path)
    assert seen["exposed"]  # found painted, not started by the fallback
    assert seen["built"] == []
    assert seen["loaded"] == []


def test_after_the_first_paint_the_data_opens_and_the_shortcuts_work(qtbot, window):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(window.home_button.isEnabled)
    window.show_settings()
    window.activateWindow()  # shortcuts need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keySequence(window.settings_page, QKeySequence("Ctrl+1"))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home)
    qtbot.keySequence(window.home, QKeySequence("Ctrl+3"))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.history_page)


def test_a_window_that_is_never_shown_still_opens_its_data(qtbot, data_dir):
    from ui.launch import build_window

    w = build_window(data_dir)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.services is not None and w.services.store is not None,
                    timeout=10000)
    assert not w.isVisible()
    assert _close_asking_nothing(w)
    assert _close_asking_nothing(w)  # (pytest-qt closes it once more, as Windows may)


def test_closing_a_closed_window_again_asks_nothing(qtbot, window):
    assert _close_asking_nothing(window)
    assert _close_asking_nothing(window)


def _close_asking_nothing(w) -> bool:
    """Close `w`; a question it asks is answered "close anyway" and fails the test."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    asked = []

    def look():
        box = QApplication.activeModalWidget()
        if box is not None:
            asked.append(box.text())
            box.done(0)

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(20)
    try:
        w.close()
    finally:
        timer.stop()
    assert asked == [], asked
    return True


def test_the_toast_stays_centred_at_the_bottom_as_the_window_is_resized(qtbot, window):
    window.resize(1100, 700)
    window.show_toast("Đã lưu.")
    toast, parent = window.toast, window.centralWidget()
    qtbot.waitUntil(toast.isVisible)
    assert toast.width() == 640
    window.resize(600, 500)
    qtbot.waitUntil(lambda: toast.width() == parent.width() - 40)
    assert toast.x() == (parent.width() - toast.width()) // 2
    assert toast.geometry().bottom() < parent.height()
    assert toast.y() == parent.height() - toast.height() - 64


def test_a_long_toast_is_as_tall_as_its_text(qtbot, window):
    window.resize(700, 600)
    text = " ".join(["Không gửi được vì máy chủ thư không trả lời; TinBài sẽ thử lại."] * 6)
    window.show_toast(text)
    label = window.toast.text
    qtbot.waitUntil(window.toast.isVisible)
    assert label.height() >= label.heightForWidth(label.width())  # every line shows


def test_the_crash_report_names_the_system_without_the_platform_module(tmp_path):
    import platform
    import sys

    from ui import crash

    try:
        raise ValueError("boom")
    except ValueError:
        info = crash.debug_info(*sys.exc_info())
    first, second = info.splitlines()[:2]
    assert first.startswith("TinBài ")
    assert second == f"Python {platform.python_version()} on {crash.system()}"
    assert crash.system().split()[0] == platform.system()
    assert platform.release() in crash.system() or sys.platform == "win32"
    assert "ValueError: boom" in info


def test_a_window_closed_before_its_first_paint_never_opens_its_data(qtbot, data_dir,
                                                                     monkeypatch):
    from PySide6.QtCore import QTimer

    from ui import mainwindow
    from ui.launch import build_window

    monkeypatch.setattr(mainwindow, "START_AT_THE_LATEST_MS", 0)  # due at the first look
    w = build_window(data_dir)
    qtbot.addWidget(w)
    w.close()
    later = []
    QTimer.singleShot(20 * mainwindow._FirstPaint.POLL_MS, lambda: later.append(True))
    qtbot.waitUntil(lambda: bool(later))  # the look was due many times over by now
    assert w.session is None
