"""Bring an article's text in from a .docx or .txt file (the officer often wrote it in Word)."""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from app.base.errors import UserError
from app.base.i18n import file_size, translate
from app.text.normalise import clean_body, clean_line

MAX_BYTES = 20 * 1024 * 1024
# UTF-16 is recognised by its BOM; without one, UTF-8, then Vietnamese Windows (cp1258).
_TEXT_ENCODINGS = ("utf-8-sig", "cp1258", "cp1252")


class TextImportError(UserError):
    """The article's text could not be imported from the file."""


@dataclass
class ImportedText:
    title: str  # the first short paragraph when it looks like a title, else ""
    body: str


def _split_title(paragraphs: list[str]) -> ImportedText:
    paragraphs = [clean_line(p) for p in paragraphs]
    paragraphs = [p for p in paragraphs if p]
    if len(paragraphs) > 1 and len(paragraphs[0]) <= 200 and not paragraphs[0].endswith("."):
        return ImportedText(paragraphs[0], "\n".join(paragraphs[1:]))
    return ImportedText("", "\n".join(paragraphs))


def read_docx(path: Path) -> list[str]:
    import docx  # seam: python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        d = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, PackageNotFoundError) as exc:
        raise TextImportError("bad-docx", translate(
            "Import", "{name} is not a Word document TinBài can read (it may be an old .doc: "
            "open it in Word and save it as .docx).").format(name=path.name)) from exc
    return [p.text for p in d.paragraphs]


def read_txt(path: Path) -> list[str]:
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        for enc in _TEXT_ENCODINGS:
            try:
                text = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        else:  # cp1252 with errors never fails, kept for completeness
            text = data.decode("utf-8", errors="replace")
    return clean_body(text).split("\n")


def import_text(path: str | os.PathLike) -> ImportedText:
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise TextImportError("missing", translate(
            "Import", "The file {name} is no longer there.").format(name=path.name)) from exc
    except OSError as exc:
        raise TextImportError("unreadable", translate(
            "Import", "The file {name} cannot be read ({error}).").format(
            name=path.name, error=exc.strerror or exc)) from exc
    if size > MAX_BYTES:
        raise TextImportError("too-large", translate(
            "Import", "{name} is too large for an article ({size}).").format(
            name=path.name, size=file_size(size)))
    suffix = path.suffix.lower()
    try:
        if suffix == ".docx":
            paragraphs = read_docx(path)
        elif suffix in (".txt", ".text", ""):
            paragraphs = read_txt(path)
        elif suffix == ".doc":
            raise TextImportError("old-doc", translate(
                "Import", "{name} is an old Word .doc file. Open it in Word, choose Save As, "
                "pick “Word Document (.docx)”, then import the new file.").format(name=path.name))
        else:
            raise TextImportError("unsupported", translate(
                "Import", "TinBài can import .docx and .txt files; {name} is neither.").format(
                name=path.name))
    except OSError as exc:
        raise TextImportError("unreadable", translate(
            "Import", "The file {name} cannot be read ({error}).").format(
            name=path.name, error=exc.strerror or exc)) from exc
    result = _split_title(paragraphs)
    if not result.body and not result.title:
        raise TextImportError("empty", translate(
            "Import", "{name} has no text.").format(name=path.name))
    return result
