"""GUI preferences kept beside the database (language, larger text, window size).

A small INI file read once at start-up, before the database is open, so the first window
already speaks the user's language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.base.i18n import DEFAULT_LANGUAGE, LANGUAGES


class Prefs:
    def __init__(self, data_dir: Path):
        self._s = QSettings(str(Path(data_dir) / "giao-dien.ini"), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = str(self._s.value("language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("language", value)
        self._s.sync()

    @property
    def large_text(self) -> bool:
        return str(self._s.value("large_text", "false")).lower() in ("true", "1")

    @large_text.setter
    def large_text(self, value: bool) -> None:
        self._s.setValue("large_text", bool(value))
        self._s.sync()

    def geometry(self):
        return self._s.value("geometry")

    def set_geometry(self, value) -> None:
        self._s.setValue("geometry", value)
        self._s.sync()
