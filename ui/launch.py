"""Start the GUI: the application object, translations, look, main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.base import paths
from ui import crash, i18n, style
from ui.instance import hold_running_marker
from ui.mainwindow import MainWindow
from ui.prefs import Prefs


def _no_screen() -> bool:
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("TinBai")
    app.setApplicationDisplayName("TinBài")
    app.setOrganizationName("TinBai")
    QTimer.singleShot(200, _set_icon)  # a moment after the first window: start-up does not wait
    return app


def _set_icon() -> None:
    # (QtGui.QIcon is looked up here: realising the type costs start-up a few ms)
    QApplication.instance().setWindowIcon(QtGui.QIcon(str(paths.resource("icons",
                                                                       "tinbai.ico"))))


def build_window(data_dir: Path) -> MainWindow:
    """The main window on `data_dir`, with translations and look applied (tests use this)."""
    prefs = Prefs(data_dir)
    i18n.install(prefs.language)
    style.apply(create_app(), prefs.large_text)
    return MainWindow(data_dir, prefs)


def run(args) -> int:
    """Start the window; `args` are the global options read by app/cli/argv.py."""
    if _no_screen():
        print("TinBài: no screen found (DISPLAY is not set). Run it on a desktop, or for a "
              "check without a screen set QT_QPA_PLATFORM=offscreen.", file=sys.stderr)
        return 1
    data_dir = paths.data_dir(args.data_dir)
    app = create_app(sys.argv)
    crash.install(data_dir)
    hold_running_marker()  # the installer asks to close TinBài before replacing files
    window = build_window(data_dir)
    window.show()
    # Fitted again with the real frame on the next turn: on Windows before the first paint,
    # so a window that would not fit is never seen moving (X11 frames it later: the window
    # fits again once painted).
    QTimer.singleShot(0, window.refit)
    probe_mode = os.environ.get("TINBAI_STARTUP_PROBE")
    if probe_mode:  # bench/startup.py: report "shown", then quit ("exit": at once, uncounted)
        def probe():
            print(f"shown {time.monotonic():.6f}", flush=True)
            if probe_mode == "exit":
                os._exit(0)
            window.close()
            app.quit()

        QTimer.singleShot(0, probe)
    return app.exec()
