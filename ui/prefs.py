"""GUI preferences kept beside the database (language, larger text, window size).

A small INI file read once at start-up, before the database is open, so the first window
already speaks the user's language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.base.i18n import DEFAULT_LANGUAGE, LANGUAGES
from app.base.paths import make_private


class Prefs:
    def __init__(self, data_dir: Path):
        self._path = Path(data_dir) / "giao-dien.ini"
        self._s = QSettings(str(self._path), QSettings.Format.IniFormat)

    def _sync(self) -> None:
        self._s.sync()
        make_private(self._path)  # like the rest of the data folder, the user's alone

    @property
    def language(self) -> str:
        value = str(self._s.value("language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("language", value)
        self._sync()

    @property
    def large_text(self) -> bool:
        return str(self._s.value("large_text", "false")).lower() in ("true", "1")

    @large_text.setter
    def large_text(self, value: bool) -> None:
        self._s.setValue("large_text", bool(value))
        self._sync()

    def geometry(self):
        return self._s.value("geometry")

    def set_geometry(self, value) -> None:
        self._s.setValue("geometry", value)
        self._sync()
