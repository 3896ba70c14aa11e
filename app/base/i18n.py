"""Translation for the core, from the same Qt Linguist catalogue the GUI uses.

Source strings are English and marked with `translate("Context", "text")`, which Qt's
`lupdate` extracts into resources/translations/tinbai_vi.ts. The GUI loads the compiled .qm
through QTranslator; the core (CLI, messages, manifests) reads the .ts directly, so both faces
say the same words. Vietnamese is the default language.
"""

from __future__ import annotations

import threading
from pathlib import Path

from app.base import paths

DEFAULT_LANGUAGE = "vi"
LANGUAGES = ("vi", "en")

_lock = threading.Lock()
_language = DEFAULT_LANGUAGE
_local = threading.local()  # a per-thread override: documents for the board are Vietnamese
_catalogues: dict[str, dict[tuple[str, str], str]] = {}


def catalogue_path(language: str) -> Path:
    return paths.resource("translations", f"tinbai_{language}.ts")


def set_language(language: str) -> None:
    global _language
    _language = language if language in LANGUAGES else DEFAULT_LANGUAGE


def language() -> str:
    return getattr(_local, "language", None) or _language


class using:  # noqa: N801 (reads as a phrase: `with using("vi"):`)
    """Speak `language` in this thread for a while, whatever the user's choice."""

    def __init__(self, language_: str):
        self.language = language_ if language_ in LANGUAGES else DEFAULT_LANGUAGE

    def __enter__(self) -> None:
        self._previous = getattr(_local, "language", None)
        _local.language = self.language

    def __exit__(self, *exc) -> None:
        _local.language = self._previous


def load_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation, read from a Qt Linguist .ts file."""
    import xml.etree.ElementTree as ET

    table: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            source = msg.findtext("source", "")
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr.text:
                table[(name, source)] = tr.text
    return table


def _catalogue(language: str) -> dict[tuple[str, str], str]:
    cat = _catalogues.get(language)
    if cat is None:
        with _lock:
            cat = _catalogues.get(language)
            if cat is None:
                path = catalogue_path(language)
                cat = load_ts(path) if path.exists() else {}
                _catalogues[language] = cat
    return cat


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Like QCoreApplication.translate, without Qt. `lupdate` recognises the call."""
    current = language()
    if current == "en":
        return text
    return _catalogue(current).get((context, text), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's own name)
    """Marks a string for extraction; translate it later with `translate(context, text)`."""
    return text



def number(value: float, decimals: int = 0) -> str:
    """A number as the current language writes it: 1.234,5 in Vietnamese, 1,234.5 in English."""
    text = f"{value:,.{decimals}f}"
    if language() == "vi":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def file_size(n_bytes: int) -> str:
    """A size as Windows Explorer shows it: "34,2 MB", "820 KB" (1 MB = 1024 × 1024 bytes)."""
    if n_bytes >= 1024 * 1024:
        return f"{number(n_bytes / (1024 * 1024), 1)} MB"
    return f"{number(max(1, n_bytes // 1024))} KB"
