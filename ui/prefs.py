"""GUI preferences kept beside the database (language, larger text, window size, the folders
file dialogs last used).

A small INI file read once at start-up, before the database is open, so the first window
already speaks the user's language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QSettings

from app.base.i18n import DEFAULT_LANGUAGE, LANGUAGES
from app.base.paths import make_private

# The kinds of file dialog, each remembering its own last folder.
PHOTOS = "photos"  # adding photos: Pictures first
TEXTS = "texts"  # importing an item's text: Documents first
EXPORTS = "exports"  # exporting the list of items
RULES = "rules"  # a federation's rules or mail providers file
PICTURE_KINDS = (PHOTOS,)


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

    # -- where file dialogs open ---------------------------------------------------------
    def folder(self, kind: str) -> str:
        """Where a file dialog of this kind opens: the folder last used for it, else the
        user's Pictures (photos) or Documents (texts, exports, rules and providers files),
        never the program's own folder."""
        last = str(self._s.value(f"folders/{kind}", "") or "")
        if last:
            return last
        standard = QtCore.QStandardPaths  # looked up here, not at start-up (ui/launch.py)
        where = standard.StandardLocation.PicturesLocation if kind in PICTURE_KINDS \
            else standard.StandardLocation.DocumentsLocation
        return standard.writableLocation(where) or str(Path.home())

    def set_folder(self, kind: str, folder: str | Path) -> None:
        """Remember the folder a dialog of this kind was last used in."""
        self._s.setValue(f"folders/{kind}", str(folder))
        self._sync()

    def remember_file(self, kind: str, path: str) -> None:
        """A file was chosen in a dialog of this kind: its folder is where the next opens."""
        self.set_folder(kind, Path(path).parent)
