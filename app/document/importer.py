"""Bring an article's text in from a .docx or .txt file (the officer often wrote it in Word).

Whatever the file, the answer comes within seconds and in little memory, as text or as a
`TextImportError` in plain words: only ordinary files are opened (not a pipe, a device or a
link to one), every read is bounded, a .docx is read with our own small reader (the zip entry
inflated only up to a limit, a document declaring entities refused before it is parsed), and
the text goes through the same normalisation as typed text (app/text/normalise.py).
"""

from __future__ import annotations

import io
import os
import stat
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path

from app import model
from app.base.errors import UserError
from app.base.i18n import file_size, number, translate
from app.model.validation import MAX_LENGTH
from app.text.normalise import clean_body, clean_line

MAX_FILE_BYTES = 20 * 1024 * 1024  # a .docx with a few pictures in it; a .txt is far smaller
MAX_XML_BYTES = 16 * 1024 * 1024  # word/document.xml inflated: a long article is 1-2 MB
MAX_TEXT_CHARS = MAX_LENGTH[model.BODY]
BINARY_SHARE = 0.01  # control characters in more than 1 % of a "text" file: it is not text
CHUNK = 1024 * 1024

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TEXT_ENCODINGS = ("utf-8", "cp1258")  # after a BOM: UTF-8, then Vietnamese Windows


class TextImportError(UserError):
    """The article's text could not be imported from the file."""


@dataclass
class ImportedText:
    title: str  # the first short paragraph when it looks like a title, else ""
    body: str


def import_text(path: str | os.PathLike) -> ImportedText:
    """The title (when the first paragraph looks like one) and the text of a .docx or .txt."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise TextImportError("old-doc", translate(
            "Import", "{name} is an old Word .doc file. Open it in Word, choose Save As, "
            "pick “Word Document (.docx)”, then import the new file.").format(name=name))
    if suffix not in (".docx", ".txt", ".text", ""):
        raise TextImportError("unsupported", translate(
            "Import", "TinBài can import .docx and .txt files; {name} is neither.").format(
            name=name))
    data = _read_file(path)
    paragraphs = _docx_paragraphs(data, name) if suffix == ".docx" else _txt_lines(data, name)
    result = _split_title(paragraphs)
    if not result.body and not result.title:
        raise TextImportError("empty", translate(
            "Import", "{name} has no text.").format(name=name))
    if len(result.body) > MAX_TEXT_CHARS:
        raise TextImportError("too-long", translate(
            "Import", "{name} holds {count} characters of text, more than an item can take "
            "({limit}). Import only the article itself.").format(
            name=name, count=number(len(result.body)), limit=number(MAX_TEXT_CHARS)))
    return result


# -- the file ------------------------------------------------------------------------------
def _read_file(path: Path) -> bytes:
    """The bytes of an ordinary file of a sane size; never blocks on a pipe or a device."""
    name = path.name
    try:
        st = os.stat(path)  # follows links: a link to /dev/zero is a device
        if not stat.S_ISREG(st.st_mode):
            raise TextImportError("not-a-file", translate(
                "Import", "{name} is not an ordinary file (it may be a device or a pipe): "
                "choose the document itself.").format(name=name))
        if st.st_size > MAX_FILE_BYTES:
            raise _too_large(name, st.st_size)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):  # swapped after the stat
                raise TextImportError("not-a-file", translate(
                    "Import", "{name} is not an ordinary file (it may be a device or a pipe): "
                    "choose the document itself.").format(name=name))
            data = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise TextImportError("missing", translate(
            "Import", "The file {name} is no longer there.").format(name=name)) from exc
    except OSError as exc:
        raise TextImportError("unreadable", translate(
            "Import", "The file {name} cannot be read ({error}).").format(
            name=name, error=exc.strerror or exc)) from exc
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(name, len(data))
    return data


def _too_large(name: str, size: int) -> TextImportError:
    return TextImportError("too-large", translate(
        "Import", "{name} is too large for an article ({size}).").format(
        name=name, size=file_size(size)))


def _not_docx(name: str) -> TextImportError:
    return TextImportError("bad-docx", translate(
        "Import", "{name} is not a Word document TinBài can read (it may be an old .doc: "
        "open it in Word and save it as .docx).").format(name=name))


# -- .docx ---------------------------------------------------------------------------------
def _docx_paragraphs(data: bytes, name: str) -> list[str]:
    xml = _document_xml(data, name)
    # Entities are what "billion laughs" and external-entity files are made of; Word never
    # writes a document type declaration.
    if b"<!DOCTYPE" in xml[:4096].upper() or b"<!ENTITY" in xml:
        raise _not_docx(name)
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise _not_docx(name) from exc
    body = root.find(f"{_W}body")
    if body is None:
        raise _not_docx(name)
    return list(_paragraphs(body))


def _document_xml(data: bytes, name: str) -> bytes:
    """word/document.xml, inflated no further than MAX_XML_BYTES (a zip bomb stops there)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            info = z.getinfo("word/document.xml")
            if info.file_size > MAX_XML_BYTES:
                raise _bomb(name)
            with z.open(info) as member:
                out = bytearray()
                while chunk := member.read(CHUNK):
                    out += chunk
                    if len(out) > MAX_XML_BYTES:  # the declared size lied
                        raise _bomb(name)
    except (zipfile.BadZipFile, KeyError, ValueError, NotImplementedError, EOFError,
            OSError, RuntimeError) as exc:  # damaged, encrypted or not a zip at all
        raise _not_docx(name) from exc
    return bytes(out)


def _bomb(name: str) -> TextImportError:
    return TextImportError("too-large", translate(
        "Import", "{name} unpacks to far more text than an article has; it is not an ordinary "
        "Word document.").format(name=name))


def _paragraphs(element: ET.Element):
    """The text of every paragraph, in document order (tables included; the fallback copies
    Word keeps of text boxes skipped, so nothing comes twice)."""
    for child in element:
        if child.tag == _MC_FALLBACK:
            continue
        if child.tag == f"{_W}p":
            yield "".join(_runs(child))
        else:
            yield from _paragraphs(child)


def _runs(paragraph: ET.Element):
    for node in paragraph.iter():
        if node.tag == f"{_W}t" and node.text:
            yield node.text
        elif node.tag == f"{_W}tab":
            yield "\t"
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            yield "\n"


# -- .txt ----------------------------------------------------------------------------------
def _txt_lines(data: bytes, name: str) -> list[str]:
    text = _decode(data, name)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\x0b\x0c")
    if controls > max(8, len(text) * BINARY_SHARE):  # a few stray ones are Word's, not binary
        raise _not_text(name)
    return clean_body(text).split("\n")


def _decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", name)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, name)
    for encoding in _TEXT_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _not_text(name)


def _utf16_without_bom(data: bytes) -> str | None:
    """Notepad's "Unicode" without its mark: every other byte zero for Vietnamese letters
    and ASCII alike (their high or low byte), far more often than in any 8-bit text."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _not_text(name) from exc


def _not_text(name: str) -> TextImportError:
    return TextImportError("not-text", translate(
        "Import", "{name} is not a text file TinBài can read. Open it in the program that "
        "made it and save it as a Word document (.docx) or as plain text (.txt).").format(
        name=name))


# -- title and body ------------------------------------------------------------------------
def _split_title(paragraphs: list[str]) -> ImportedText:
    paragraphs = [clean_line(p) for p in paragraphs]
    paragraphs = [p for p in paragraphs if p]
    if len(paragraphs) > 1 and len(paragraphs[0]) <= 200 and not paragraphs[0].endswith("."):
        return ImportedText(paragraphs[0], "\n".join(paragraphs[1:]))
    return ImportedText("", "\n".join(paragraphs))
