"""An unexpected error is written to a log and shown with a "copy debug info" button."""

from __future__ import annotations

import datetime
import os
import sys
import traceback
from pathlib import Path

from app import __version__
from app.base.paths import make_private

_log_path: Path | None = None


def install(data_dir: Path) -> None:
    global _log_path
    _log_path = Path(data_dir) / "loi.log"
    sys.excepthook = _hook


def system() -> str:
    """The operating system and its version, e.g. "Windows 10.0.22631" (Windows 11 calls
    itself 10.0 too; the build tells them apart). Read from `sys` and `os` rather than the
    `platform` module, which costs every start-up ~5 ms for a line only a crash shows."""
    if sys.platform == "win32":
        v = sys.getwindowsversion()  # (platform_version: the real one under compatibility mode)
        major, minor, build = v.platform_version or (v.major, v.minor, v.build)
        return f"Windows {major}.{minor}.{build}"
    u = os.uname()
    return f"{u.sysname} {u.release} {u.machine}"


def debug_info(exc_type, exc, tb) -> str:
    lines = [
        f"TinBài {__version__}",
        f"Python {sys.version.split()[0]} on {system()}",
        f"Time {datetime.datetime.now().isoformat(timespec='seconds')}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(lines)


def _hook(exc_type, exc, tb) -> None:
    info = debug_info(exc_type, exc, tb)
    if _log_path is not None:
        try:
            _log_path.parent.mkdir(parents=True, exist_ok=True)
            with _log_path.open("a", encoding="utf-8") as fh:
                fh.write(info + "\n" + "-" * 60 + "\n")
            make_private(_log_path)
        except OSError:
            pass
    sys.__stderr__.write(info)
    try:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None:
            from ui.dialogs import show_crash

            show_crash(info, _log_path)
    except Exception:  # never let the error report itself crash the app
        pass
