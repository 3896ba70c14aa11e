"""Camera facts from an EXIF (TIFF) block, read by a small IFD walk of our own.

The walk reads IFD0, the EXIF IFD and IFD1 (the preview); the GPS and Interoperability IFDs
and any further IFD in the chain are only counted. Nothing is decoded beyond what the check
needs: no MakerNote contents (its presence and size suffice), no rational or float values.
Structures absurd enough to cost time are refused or skipped quickly: an IFD with more than
MAX_ENTRIES entries or outside the block, a chain longer than MAX_IFDS; text values are
capped at MAX_TEXT bytes.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

MAX_ENTRIES = 1000  # entries per IFD; cameras write well under 100
MAX_IFDS = 8  # IFDs followed in the chain (cameras write IFD0 and the preview's IFD1)
MAX_TEXT = 4096  # bytes read of a text value
MAX_VALUES = 1000  # a number tag with this many values or more is not read as a number

TAG_PROCESSING_SOFTWARE = 0x000B
TAG_IMAGE_WIDTH = 0x0100
TAG_IMAGE_LENGTH = 0x0101
TAG_COMPRESSION = 0x0103
TAG_MAKE = 0x010F
TAG_MODEL = 0x0110
TAG_STRIP_OFFSETS = 0x0111
TAG_ORIENTATION = 0x0112
TAG_STRIP_BYTE_COUNTS = 0x0117
TAG_SOFTWARE = 0x0131
TAG_DATE_TIME = 0x0132
TAG_THUMB_OFFSET = 0x0201
TAG_THUMB_LENGTH = 0x0202
TAG_EXIF_IFD = 0x8769
TAG_GPS_IFD = 0x8825
TAG_DATE_TIME_ORIGINAL = 0x9003
TAG_MAKERNOTE = 0x927C
TAG_PIXEL_X = 0xA002
TAG_PIXEL_Y = 0xA003
TAG_INTEROP_IFD = 0xA005

# Bytes per value of each TIFF field type (1 BYTE ... 13 IFD).
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8,
               13: 4}
# Integer field types, as struct codes (BYTE, SHORT, LONG, SBYTE, UNDEFINED, SSHORT,
# SLONG, IFD).
_INT_CODES = {1: "B", 3: "H", 4: "I", 6: "b", 7: "B", 8: "h", 9: "i", 13: "I"}
_TEXT_TYPES = (1, 2, 7)  # BYTE, ASCII, UNDEFINED
# Large free-form tags not counted in `tag_count` (MakerNote, UserComment, XMP).
_UNCOUNTED = frozenset({0x02BC, TAG_MAKERNOTE, 0x9286})


class ExifDamaged(ValueError):
    """The EXIF block cannot be read."""


@dataclass
class ExifFacts:
    make: str | None = None
    model: str | None = None
    software: str | None = None
    processing_software: str | None = None
    date_taken: str | None = None  # DateTimeOriginal
    date_modified: str | None = None  # DateTime
    orientation: int | None = None
    pixel_width: int | None = None  # PixelXDimension (ExifImageWidth)
    pixel_height: int | None = None  # PixelYDimension (ExifImageLength)
    ifd0_width: int | None = None
    ifd0_height: int | None = None
    has_makernote: bool = False
    makernote_size: int = 0
    thumbnail: bytes | None = None  # IFD1's JPEG preview
    tag_count: int = 0  # distinct tags of a known type, free-form ones not counted


@dataclass
class _Entry:
    tag: int
    type: int
    count: int
    value_pos: int  # where the value is (inline or at the offset)


_Ifd = dict[int, _Entry]


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

    def ifd(self, offset: int) -> tuple[_Ifd, int]:
        """Entries of the IFD at `offset` (the last of a repeated tag), and the next IFD's
        offset. Raises ExifDamaged."""
        if offset < 8 or offset + 2 > len(self.data):
            raise ExifDamaged("IFD outside the block")
        count = self.u16(offset)
        if count > MAX_ENTRIES or offset + 2 + 12 * count > len(self.data):
            raise ExifDamaged("IFD too large")
        entries: _Ifd = {}
        for i in range(count):
            pos = offset + 2 + 12 * i
            tag, typ, n = struct.unpack_from(self.order + "HHI", self.data, pos)
            if typ not in _TYPE_SIZES and tag in entries:
                continue  # an entry of an unknown type does not hide a readable one
            size = _TYPE_SIZES.get(typ, 1) * n
            value_pos = pos + 8 if size <= 4 else self.u32(pos + 8)
            entries[tag] = _Entry(tag, typ, n, value_pos)
        nxt_pos = offset + 2 + 12 * count
        nxt = self.u32(nxt_pos) if nxt_pos + 4 <= len(self.data) else 0
        return entries, nxt

    def optional_ifd(self, offset: int | None) -> _Ifd:
        """The IFD at `offset`, or nothing when there is none or it cannot be read."""
        if not offset:
            return {}
        try:
            return self.ifd(offset)[0]
        except ExifDamaged:
            return {}

    def chain(self, first: int, nxt: int) -> list[_Ifd]:
        """The IFDs after the first one, following the next-IFD links; a loop, an
        unreadable IFD or MAX_IFDS ends the chain."""
        out: list[_Ifd] = []
        seen = {first}
        while nxt and nxt not in seen and len(out) + 1 < MAX_IFDS:
            seen.add(nxt)
            try:
                entries, following = self.ifd(nxt)
            except ExifDamaged:
                break
            out.append(entries)
            nxt = following
        return out

    def number(self, entry: _Entry | None) -> int | None:
        """The first value of an integer tag; None when absent or unreadable."""
        if entry is None or not 1 <= entry.count < MAX_VALUES:
            return None
        code = _INT_CODES.get(entry.type)
        if code is None:
            return None
        try:
            return struct.unpack_from(self.order + code, self.data, entry.value_pos)[0]
        except struct.error:
            return None

    def text(self, entry: _Entry | None) -> str | None:
        if entry is None or entry.type not in _TEXT_TYPES or entry.count == 0:
            return None
        start = entry.value_pos
        return clean_text(self.data[start:start + min(entry.count, MAX_TEXT)])

    def jpeg_thumbnail(self, ifd1: _Ifd) -> bytes | None:
        offset = self.number(ifd1.get(TAG_THUMB_OFFSET))
        length = self.number(ifd1.get(TAG_THUMB_LENGTH))
        if offset is None or length is None or offset < 0 or length <= 0:
            return None
        thumb = self.data[offset:offset + length]
        return thumb if thumb[:2] == b"\xff\xd8" else None


def clean_text(value: bytes) -> str | None:
    """A text value as a tidy string: what follows a NUL and padding removed; None when
    empty. UTF-8 where it decodes, Latin-1 otherwise."""
    raw = value.split(b"\x00", 1)[0]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    text = " ".join(text.split())
    return text or None


def read_exif(tiff: bytes) -> ExifFacts:
    """Facts from the TIFF structure of an EXIF block. Raises ExifDamaged when IFD0 or the
    EXIF IFD cannot be read; the other IFDs are optional."""
    t = _Tiff(tiff)
    try:
        first = t.u32(4)
        ifd0, nxt = t.ifd(first)
        exif_ifd: _Ifd = {}
        pointer = ifd0.get(TAG_EXIF_IFD)
        exif_offset = t.number(pointer)
        if pointer is not None and pointer.type in _INT_CODES and exif_offset is None:
            raise ExifDamaged("EXIF IFD pointer unreadable")
        if exif_offset:
            exif_ifd, _ = t.ifd(exif_offset)
    except struct.error as exc:
        raise ExifDamaged(str(exc)) from exc
    more = t.chain(first, nxt)
    ifd1 = more[0] if more else {}
    facts = ExifFacts(
        make=t.text(ifd0.get(TAG_MAKE)),
        model=t.text(ifd0.get(TAG_MODEL)),
        software=t.text(ifd0.get(TAG_SOFTWARE)),
        processing_software=t.text(ifd0.get(TAG_PROCESSING_SOFTWARE)),
        date_taken=t.text(exif_ifd.get(TAG_DATE_TIME_ORIGINAL)),
        date_modified=t.text(ifd0.get(TAG_DATE_TIME)),
        orientation=t.number(ifd0.get(TAG_ORIENTATION)),
        pixel_width=t.number(exif_ifd.get(TAG_PIXEL_X)),
        pixel_height=t.number(exif_ifd.get(TAG_PIXEL_Y)),
        ifd0_width=t.number(ifd0.get(TAG_IMAGE_WIDTH)),
        ifd0_height=t.number(ifd0.get(TAG_IMAGE_LENGTH)),
        thumbnail=t.jpeg_thumbnail(ifd1),
    )
    maker = exif_ifd.get(TAG_MAKERNOTE)
    if maker is not None and maker.count > 0:
        facts.has_makernote = True
        facts.makernote_size = maker.count
    facts.tag_count = _count_tags(t, [ifd0, *more], exif_ifd)
    return facts


def _count_tags(t: _Tiff, chain: list[_Ifd], exif_ifd: _Ifd) -> int:
    """Distinct tags of a known type in the chain's IFDs, the EXIF IFD and the GPS and
    Interoperability IFDs they point to, plus one for each preview IFD1 describes."""
    seen: set[tuple[str, int]] = set()

    def add(name: str, ifd: _Ifd) -> None:
        seen.update((name, tag) for tag, e in ifd.items()
                    if e.type in _TYPE_SIZES and tag not in _UNCOUNTED)

    for i, ifd in enumerate(chain):
        add(str(i), ifd)
    add("exif", exif_ifd)
    for ifd in (*chain, exif_ifd):
        add("gps", t.optional_ifd(t.number(ifd.get(TAG_GPS_IFD))))
        add("interop", t.optional_ifd(t.number(ifd.get(TAG_INTEROP_IFD))))
    count = len(seen)
    ifd1 = chain[1] if len(chain) > 1 else {}
    if t.number(ifd1.get(TAG_THUMB_OFFSET)) is not None and t.number(
            ifd1.get(TAG_THUMB_LENGTH)) is not None:
        count += 1  # a JPEG preview
    if (t.number(ifd1.get(TAG_COMPRESSION)) == 1 and TAG_STRIP_OFFSETS in ifd1
            and TAG_STRIP_BYTE_COUNTS in ifd1):
        count += 1  # an uncompressed TIFF preview
    return count
