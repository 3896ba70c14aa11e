"""Camera facts from an EXIF (TIFF) block, with ExifRead, plus a small IFD walk of our own.

ExifRead runs with `details=False` (no MakerNote decoding, which costs up to 100 ms on some
Sony and Nikon files), and then silently drops the MakerNote tag; the walk here finds the
MakerNote, ProcessingSoftware and the IFD layout cheaply, and refuses structures absurd
enough to make ExifRead spend seconds on them.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass

MAX_ENTRIES = 1000  # entries per IFD; cameras write well under 100

TAG_PROCESSING_SOFTWARE = 0x000B
TAG_IMAGE_WIDTH = 0x0100
TAG_IMAGE_LENGTH = 0x0101
TAG_MAKE = 0x010F
TAG_MODEL = 0x0110
TAG_SOFTWARE = 0x0131
TAG_EXIF_IFD = 0x8769
TAG_MAKERNOTE = 0x927C
TAG_THUMB_OFFSET = 0x0201
TAG_THUMB_LENGTH = 0x0202

_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8,
               13: 4}


class ExifDamaged(ValueError):
    """The EXIF block cannot be read."""


@dataclass
class ExifFacts:
    make: str | None = None
    model: str | None = None
    software: str | None = None
    processing_software: str | None = None
    date_taken: str | None = None
    date_modified: str | None = None
    orientation: int | None = None
    pixel_width: int | None = None  # PixelXDimension (ExifImageWidth)
    pixel_height: int | None = None  # PixelYDimension (ExifImageLength)
    ifd0_width: int | None = None
    ifd0_height: int | None = None
    has_makernote: bool | None = False  # None: unknown (read through the fallback)
    makernote_size: int = 0
    thumbnail: bytes | None = None
    tag_count: int = 0


@dataclass
class _Entry:
    tag: int
    type: int
    count: int
    value_pos: int  # where the value is (inline or at the offset)


class _Tiff:
    def __init__(self, data: bytes):
        if data[:4] == b"II*\x00":
            self.order = "<"
        elif data[:4] == b"MM\x00*":
            self.order = ">"
        else:
            raise ExifDamaged("no TIFF header")
        self.data = data

    def u16(self, pos: int) -> int:
        return struct.unpack_from(self.order + "H", self.data, pos)[0]

    def u32(self, pos: int) -> int:
        return struct.unpack_from(self.order + "I", self.data, pos)[0]

    def ifd(self, offset: int) -> tuple[dict[int, _Entry], int]:
        """Entries of the IFD at `offset`, and the next IFD's offset."""
        if offset < 8 or offset + 2 > len(self.data):
            raise ExifDamaged("IFD outside the block")
        count = self.u16(offset)
        if count > MAX_ENTRIES or offset + 2 + 12 * count > len(self.data):
            raise ExifDamaged("IFD too large")
        entries: dict[int, _Entry] = {}
        for i in range(count):
            pos = offset + 2 + 12 * i
            tag, typ, n = struct.unpack_from(self.order + "HHI", self.data, pos)
            size = _TYPE_SIZES.get(typ, 1) * n
            value_pos = pos + 8 if size <= 4 else self.u32(pos + 8)
            entries[tag] = _Entry(tag, typ, n, value_pos)
        nxt_pos = offset + 2 + 12 * count
        nxt = self.u32(nxt_pos) if nxt_pos + 4 <= len(self.data) else 0
        return entries, nxt

    def number(self, entry: _Entry | None) -> int | None:
        if entry is None or entry.count < 1:
            return None
        try:
            if entry.type == 3:
                return self.u16(entry.value_pos)
            if entry.type == 4:
                return self.u32(entry.value_pos)
        except struct.error:
            return None
        return None

    def text(self, entry: _Entry | None) -> str | None:
        if entry is None or entry.type not in (1, 2, 7) or entry.count == 0:
            return None
        end = entry.value_pos + min(entry.count, 4096)
        if end > len(self.data):
            return None
        return clean_text(self.data[entry.value_pos:end])


def clean_text(value: object) -> str | None:
    """A tag value as a tidy string: NULs and padding removed; None when empty."""
    if value is None:
        return None
    if isinstance(value, (bytes, bytearray)):
        raw = bytes(value).split(b"\x00", 1)[0]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
    else:
        text = str(value).split("\x00", 1)[0]
    text = " ".join(text.split())
    return text or None


def _exifread():
    import logging

    import exifread  # heavy: loaded on first use

    logging.getLogger("exifread").setLevel(logging.ERROR)  # its warnings are our findings
    return exifread


def read_exif(tiff: bytes) -> ExifFacts:
    """Facts from the TIFF structure of an EXIF block. Raises ExifDamaged."""
    try:
        t = _Tiff(tiff)
        ifd0, next_ifd = t.ifd(t.u32(4))
        exif_ifd: dict[int, _Entry] = {}
        exif_offset = t.number(ifd0.get(TAG_EXIF_IFD))
        if exif_offset:
            exif_ifd, _ = t.ifd(exif_offset)
        ifd1: dict[int, _Entry] = {}
        if next_ifd and next_ifd != t.u32(4):
            try:
                ifd1, _ = t.ifd(next_ifd)
            except ExifDamaged:
                ifd1 = {}
    except struct.error as exc:
        raise ExifDamaged(str(exc)) from exc
    facts = ExifFacts()
    maker = exif_ifd.get(TAG_MAKERNOTE)
    if maker is not None and maker.count > 0:
        facts.has_makernote = True
        facts.makernote_size = maker.count
    facts.processing_software = t.text(ifd0.get(TAG_PROCESSING_SOFTWARE))
    facts.ifd0_width = t.number(ifd0.get(TAG_IMAGE_WIDTH))
    facts.ifd0_height = t.number(ifd0.get(TAG_IMAGE_LENGTH))

    try:
        tags = _exifread().process_file(
            io.BytesIO(tiff), details=False, extract_thumbnail=bool(ifd1))
    except Exception as exc:  # ExifRead raises many kinds of errors on broken blocks
        raise ExifDamaged(f"ExifRead: {exc!r}") from exc
    _fill(facts, tags)
    facts.make = facts.make or t.text(ifd0.get(TAG_MAKE))
    facts.model = facts.model or t.text(ifd0.get(TAG_MODEL))
    facts.software = facts.software or t.text(ifd0.get(TAG_SOFTWARE))
    return facts


def read_exif_from_container(data: bytes) -> ExifFacts | None:
    """Fallback for containers our own reader could not walk (an unusual HEIF): ExifRead
    finds the EXIF itself. The MakerNote's presence is then unknown. None: no EXIF found."""
    try:
        tags = _exifread().process_file(io.BytesIO(data), details=False,
                                        extract_thumbnail=False)
    except Exception as exc:  # ExifRead raises many kinds of errors on broken files
        raise ExifDamaged(f"ExifRead: {exc!r}") from exc
    if not tags:
        return None
    facts = ExifFacts(has_makernote=None)
    _fill(facts, tags)
    return facts


def _fill(facts: ExifFacts, tags: dict) -> None:
    facts.tag_count = len(tags)
    facts.make = _text(tags, "Image Make")
    facts.model = _text(tags, "Image Model")
    facts.software = _text(tags, "Image Software")
    facts.date_taken = _text(tags, "EXIF DateTimeOriginal")
    facts.date_modified = _text(tags, "Image DateTime")
    facts.orientation = _int(tags, "Image Orientation")
    facts.pixel_width = _int(tags, "EXIF ExifImageWidth")
    facts.pixel_height = _int(tags, "EXIF ExifImageLength")
    thumb = tags.get("JPEGThumbnail")
    if isinstance(thumb, (bytes, bytearray)) and thumb[:2] == b"\xff\xd8":
        facts.thumbnail = bytes(thumb)


def _text(tags: dict, key: str) -> str | None:
    tag = tags.get(key)
    if tag is None:
        return None
    return clean_text(getattr(tag, "values", tag))


def _int(tags: dict, key: str) -> int | None:
    tag = tags.get(key)
    values = getattr(tag, "values", None)
    if isinstance(values, list) and values and isinstance(values[0], int):
        return values[0]
    return None
