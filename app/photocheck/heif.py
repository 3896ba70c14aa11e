"""The parts of a HEIF/HEIC file the check needs, read from its `meta` box without decoding:
the primary picture's size (`ispe`) and rotation (`irot`), and the Exif and XMP items.

`find_exif_tiff` is the fallback for a container whose boxes cannot be walked: it looks for
the Exif payload by its header."""

from __future__ import annotations

import struct
from dataclasses import dataclass

MAX_BOXES = 5000
MAX_ITEMS = 10000
MAX_EXIF_BYTES = 1024 * 1024  # of the file, from a TIFF header found by searching
MAX_SEARCH_HITS = 64  # "Exif\0\0" occurrences looked at

_TIFF_MAGICS = (b"II*\x00", b"MM\x00*")
# A bare TIFF header with its first IFD right after it (an Exif item whose header offset is
# 0 starts like this).
_BARE_TIFF_HEADERS = (b"II*\x00\x08\x00\x00\x00", b"MM\x00*\x00\x00\x00\x08")


class HeifError(ValueError):
    """The container cannot be read."""


class HeifCutShort(HeifError):
    """The file ends before the data its boxes promise: the picture is incomplete (a copy
    or download that stopped part-way)."""


@dataclass
class HeifInfo:
    width: int | None = None  # stored size of the primary image, before rotation
    height: int | None = None
    rotation: int = 0  # degrees anticlockwise from `irot`
    exif_tiff: bytes | None = None  # the TIFF structure of the Exif item
    xmp: bytes | None = None


@dataclass
class _Item:
    type: bytes = b""
    content_type: str = ""
    extents: list[tuple[int, int]] | None = None
    method: int = 0  # 0: file offsets, 1: offsets into `idat`


def parse_heif(data: bytes) -> HeifInfo:
    """Read the primary image size, rotation, Exif and XMP. Raises HeifCutShort when the
    file is incomplete, HeifError when it cannot be read."""
    try:
        return _parse(data)
    except HeifCutShort:
        raise
    except (struct.error, IndexError, ValueError, OverflowError) as exc:
        raise HeifError(str(exc)) from exc


def _boxes(data: bytes, start: int, end: int):
    """(type, payload start, payload end) for the boxes between start and end."""
    pos = start
    count = 0
    while pos + 8 <= end:
        count += 1
        if count > MAX_BOXES:
            raise HeifError("too many boxes")
        size, btype = struct.unpack_from(">I4s", data, pos)
        header = 8
        if size == 1:
            size = struct.unpack_from(">Q", data, pos + 8)[0]
            header = 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            raise HeifError(f"box {btype!r} runs past its parent")
        yield btype, pos + header, pos + size
        pos += size


def _top_level(data: bytes) -> list[tuple[bytes, int, int]]:
    """The file's own boxes, all of them: one that runs past the end means the file was cut."""
    try:
        return list(_boxes(data, 0, len(data)))
    except HeifError as exc:
        raise HeifCutShort(f"the file ends inside a box ({exc})") from exc


def _check_whole(data: bytes, items: dict[int, _Item]) -> None:
    """Every item stored in the file itself (the picture's tiles, Exif, XMP) lies inside it."""
    for item_id, item in items.items():
        if item.method != 0:
            continue
        for off, length in item.extents or ():
            if off > len(data) or off + length > len(data):
                raise HeifCutShort(f"item {item_id} ({item.type.decode('latin-1')!r}) ends "
                                   f"{off + length - len(data)} bytes past the end of the file")


def _parse(data: bytes) -> HeifInfo:
    meta = None
    for btype, start, end in _top_level(data):
        if btype == b"meta" and meta is None:
            meta = (start + 4, end)  # full box: skip version and flags
    if meta is None:
        raise HeifError("no meta box")
    primary = None
    items: dict[int, _Item] = {}
    properties: list[tuple[bytes, int, int]] = []
    associations: dict[int, list[int]] = {}
    idat = (0, 0)
    for btype, start, end in _boxes(data, *meta):
        if btype == b"pitm":
            version = data[start]
            primary = struct.unpack_from(">H" if version == 0 else ">I", data, start + 4)[0]
        elif btype == b"iinf":
            _read_iinf(data, start, end, items)
        elif btype == b"iloc":
            _read_iloc(data, start, end, items)
        elif btype == b"iprp":
            _read_iprp(data, start, end, properties, associations)
        elif btype == b"idat":
            idat = (start, end)
    _check_whole(data, items)
    info = HeifInfo()
    for index in associations.get(primary, []) if primary is not None else []:
        if not 1 <= index <= len(properties):
            continue
        ptype, pstart, _pend = properties[index - 1]
        if ptype == b"ispe":
            info.width, info.height = struct.unpack_from(">II", data, pstart + 4)
        elif ptype == b"irot":
            info.rotation = (data[pstart] & 3) * 90
    for item in items.values():
        if item.type == b"Exif" and info.exif_tiff is None:
            payload = _item_bytes(data, item, idat)
            if payload and len(payload) >= 4:
                skip = struct.unpack_from(">I", payload, 0)[0]
                tiff = payload[4 + skip:] if 4 + skip <= len(payload) else b""
                if tiff[:6] == b"Exif\x00\x00":
                    tiff = tiff[6:]
                info.exif_tiff = tiff or None
        elif item.type == b"mime" and "xml" in item.content_type and info.xmp is None:
            info.xmp = _item_bytes(data, item, idat)
    return info


def _cstring(data: bytes, pos: int, end: int) -> tuple[str, int]:
    stop = data.find(b"\x00", pos, end)
    if stop < 0:
        stop = end
    return data[pos:stop].decode("utf-8", "replace"), stop + 1


def _read_iinf(data: bytes, start: int, end: int, items: dict[int, _Item]) -> None:
    version = data[start]
    pos = start + 4 + (2 if version == 0 else 4)
    for btype, bstart, bend in _boxes(data, pos, end):
        if btype != b"infe" or len(items) > MAX_ITEMS:
            continue
        version = data[bstart]
        if version < 2:
            continue
        p = bstart + 4
        if version == 2:
            item_id = struct.unpack_from(">H", data, p)[0]
            p += 2
        else:
            item_id = struct.unpack_from(">I", data, p)[0]
            p += 4
        p += 2  # protection index
        itype = data[p:p + 4]
        p += 4
        _name, p = _cstring(data, p, bend)
        item = items.setdefault(item_id, _Item())
        item.type = itype
        if itype == b"mime" and p < bend:
            item.content_type, _ = _cstring(data, p, bend)


def _uint(data: bytes, pos: int, size: int) -> int:
    return int.from_bytes(data[pos:pos + size], "big") if size else 0


def _read_iloc(data: bytes, start: int, end: int, items: dict[int, _Item]) -> None:
    version = data[start]
    pos = start + 4
    offset_size, length_size = data[pos] >> 4, data[pos] & 15
    base_size = data[pos + 1] >> 4
    index_size = data[pos + 1] & 15 if version in (1, 2) else 0
    pos += 2
    if version < 2:
        count = struct.unpack_from(">H", data, pos)[0]
        pos += 2
    else:
        count = struct.unpack_from(">I", data, pos)[0]
        pos += 4
    for _ in range(min(count, MAX_ITEMS)):
        if pos >= end:
            raise HeifError("iloc runs past its box")
        if version < 2:
            item_id = struct.unpack_from(">H", data, pos)[0]
            pos += 2
        else:
            item_id = struct.unpack_from(">I", data, pos)[0]
            pos += 4
        method = 0
        if version in (1, 2):
            method = struct.unpack_from(">H", data, pos)[0] & 15
            pos += 2
        pos += 2  # data reference index
        base = _uint(data, pos, base_size)
        pos += base_size
        extent_count = struct.unpack_from(">H", data, pos)[0]
        pos += 2
        extents = []
        for _ in range(extent_count):
            pos += index_size
            off = _uint(data, pos, offset_size)
            pos += offset_size
            length = _uint(data, pos, length_size)
            pos += length_size
            extents.append((base + off, length))
        item = items.setdefault(item_id, _Item())
        item.extents = extents
        item.method = method


def _read_iprp(data: bytes, start: int, end: int, properties: list, associations: dict) -> None:
    for btype, bstart, bend in _boxes(data, start, end):
        if btype == b"ipco":
            for ptype, pstart, pend in _boxes(data, bstart, bend):
                properties.append((ptype, pstart, pend))
        elif btype == b"ipma":
            version, flags = data[bstart], int.from_bytes(data[bstart + 1:bstart + 4], "big")
            pos = bstart + 4
            count = struct.unpack_from(">I", data, pos)[0]
            pos += 4
            for _ in range(min(count, MAX_ITEMS)):
                if version < 1:
                    item_id = struct.unpack_from(">H", data, pos)[0]
                    pos += 2
                else:
                    item_id = struct.unpack_from(">I", data, pos)[0]
                    pos += 4
                n = data[pos]
                pos += 1
                indexes = []
                for _ in range(n):
                    if flags & 1:
                        indexes.append(struct.unpack_from(">H", data, pos)[0] & 0x7FFF)
                        pos += 2
                    else:
                        indexes.append(data[pos] & 0x7F)
                        pos += 1
                associations[item_id] = indexes


def _item_bytes(data: bytes, item: _Item, idat: tuple[int, int]) -> bytes | None:
    if not item.extents:
        return None
    parts = []
    for off, length in item.extents:
        if item.method == 1:
            base, limit = idat
            off += base
        elif item.method == 0:
            limit = len(data)
        else:
            return None
        if length == 0:
            length = limit - off
        if off < 0 or off + length > limit:
            raise HeifError("item runs past the end")
        parts.append(data[off:off + length])
    return b"".join(parts)


def find_exif_tiff(data: bytes) -> bytes | None:
    """The TIFF structure of the Exif payload found by searching the bytes: after
    "Exif\\0\\0" (how phones write the Exif item), else a bare TIFF header. At most
    MAX_EXIF_BYTES are returned. None: nothing that looks like EXIF."""
    pos = data.find(b"Exif\x00\x00")
    for _ in range(MAX_SEARCH_HITS):
        if pos < 0:
            break
        start = pos + 6
        if data[start:start + 4] in _TIFF_MAGICS:
            return data[start:start + MAX_EXIF_BYTES]
        pos = data.find(b"Exif\x00\x00", start)
    found = [p for p in (data.find(h) for h in _BARE_TIFF_HEADERS) if p >= 0]
    if found:
        start = min(found)
        return data[start:start + MAX_EXIF_BYTES]
    return None
