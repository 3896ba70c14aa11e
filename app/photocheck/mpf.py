"""The Multi-Picture Format index (CIPA DC-007) of a JPEG: are its other pictures there?

Cameras and phones append pictures after the main one's end (a large preview, a depth map,
a second lens' view) and index them in an APP2 "MPF" segment. Every program that compresses
the picture again, and every lossless crop or turn, writes only the main picture: the data
after its end is gone, and an index copied along with the other segments points at nothing.
An index whose pictures are all there is therefore the camera's own work.
"""

from __future__ import annotations

import struct

MP_ENTRY = 0xB002
MAX_ENTRIES = 64


def intact_pictures(data: bytes, tiff_start: int, primary_end: int) -> int | None:
    """How many pictures besides the main one the MPF index at `tiff_start` (the byte after
    "MPF\\0") lists, when every one of them is really in the file after the main picture's
    end (`primary_end`); None when the index is unreadable, lists none, or points at
    nothing."""
    head = data[tiff_start:tiff_start + 8]
    if head[:4] == b"II*\x00":
        order = "<"
    elif head[:4] == b"MM\x00*":
        order = ">"
    else:
        return None
    try:
        (ifd,) = struct.unpack_from(order + "I", data, tiff_start + 4)
        pos = tiff_start + ifd
        (count,) = struct.unpack_from(order + "H", data, pos)
        if count > 64:
            return None
        entries = None
        for i in range(count):
            tag, _type, n, value = struct.unpack_from(order + "HHII", data, pos + 2 + 12 * i)
            if tag == MP_ENTRY:
                entries = (n // 16, tiff_start + value if n > 4 else pos + 10 + 12 * i)
                break
        if entries is None or not 1 < entries[0] <= MAX_ENTRIES:
            return None
        found = 0
        for k in range(1, entries[0]):
            _attr, size, offset, _d1, _d2 = struct.unpack_from(order + "IIIHH", data,
                                                               entries[1] + 16 * k)
            start = tiff_start + offset
            if (not size or offset == 0 or start < primary_end or start + size > len(data)
                    or data[start:start + 2] != b"\xff\xd8"):
                return None
            found += 1
        return found
    except struct.error:
        return None
