"""Does a file carry an embedded C2PA manifest store (content credentials)? Pure Python.

Looks only at the container's structure, a few microseconds even for a 15 MB photo, so the
native C2PA library (app/photocheck/credentials.py) is loaded and called only for files that
have something to validate; most photos have none, and absence means nothing.

  JPEG  an APP11 segment: the JPEG-XT common identifier "JP", then a JUMBF superbox ("jumb")
        whose description box ("jumd") has the C2PA manifest-store UUID
        63327061-0011-0010-8000-00AA00389B71 ("c2pa" + the ISO suffix);
  PNG   a "caBX" chunk holding the same JUMBF superbox;
  HEIF  (ISO BMFF) a top-level "uuid" box with the C2PA extended type
        D8FEC3D6-1B0E-483C-9297-5828877EC481 and the purpose "manifest".
A manifest that is only referenced from XMP (a remote, "cloud" manifest) is not embedded and
is not fetched: the program works offline.
"""

from __future__ import annotations

import struct

JPEG = "jpeg"
PNG = "png"
BMFF = "bmff"

C2PA_JUMBF_UUID = bytes.fromhex("6332706100110010800000AA00389B71")
C2PA_BMFF_UUID = bytes.fromhex("D8FEC3D61B0E483C92975828877EC481")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_STEPS = 10_000  # segments, chunks or boxes walked at most

MIME = {JPEG: "image/jpeg", PNG: "image/png", BMFF: "image/heic"}


def is_c2pa_jumbf(box: bytes) -> bool:
    """`box` starts with a JUMBF superbox: LBox, 'jumb', then 'jumd' and the C2PA UUID."""
    return (len(box) >= 32 and box[4:8] == b"jumb" and box[12:16] == b"jumd"
            and box[16:32] == C2PA_JUMBF_UUID)


def is_jpeg_c2pa_segment(payload: bytes) -> bool:
    """An APP11 payload (after the length field) that holds (part of) a C2PA store: the
    identifier "JP", the box instance (2 bytes), the sequence number (4), then the box."""
    return payload[:2] == b"JP" and is_c2pa_jumbf(payload[8:])


def c2pa_container(data: bytes) -> str | None:
    """JPEG / PNG / BMFF when the file embeds a C2PA manifest store, else None."""
    if data[:2] == b"\xff\xd8":
        return JPEG if _jpeg_has_c2pa(data) else None
    if data[:8] == PNG_SIGNATURE:
        return PNG if _png_has_c2pa(data) else None
    if data[4:8] == b"ftyp":
        return BMFF if _bmff_has_c2pa(data) else None
    return None


def _jpeg_has_c2pa(data: bytes) -> bool:
    pos, n, steps = 2, len(data), 0
    while pos + 4 <= n and steps < MAX_STEPS:
        steps += 1
        if data[pos] != 0xFF:
            return False  # lost sync: damaged; the main checker says so
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:  # TEM, RSTn: no length
            pos += 2
            continue
        if marker in (0xD9, 0xDA):  # EOI, SOS: C2PA goes in the header, before the scan
            return False
        length = struct.unpack_from(">H", data, pos + 2)[0]
        if length < 2:
            return False
        if marker == 0xEB and is_jpeg_c2pa_segment(data[pos + 4:pos + 4 + 40]):
            return True
        pos += 2 + length
    return False


def _png_has_c2pa(data: bytes) -> bool:
    pos, n, steps = 8, len(data), 0
    while pos + 8 <= n and steps < MAX_STEPS:
        steps += 1
        length, ctype = struct.unpack_from(">I4s", data, pos)
        if ctype == b"caBX":
            return is_c2pa_jumbf(data[pos + 8:pos + 8 + min(length, 64)])
        if ctype == b"IEND":
            return False
        pos += 12 + length
    return False


def _bmff_has_c2pa(data: bytes) -> bool:
    pos, n, steps = 0, len(data), 0
    while pos + 8 <= n and steps < MAX_STEPS:
        steps += 1
        size, btype = struct.unpack_from(">I4s", data, pos)
        header = 8
        if size == 1:
            if pos + 16 > n:
                return False
            size = struct.unpack_from(">Q", data, pos + 8)[0]
            header = 16
        elif size == 0:
            size = n - pos
        if size < header:
            return False
        if btype == b"uuid":
            ext = data[pos + header:pos + header + 16]
            # FullBox version and flags (4 bytes), then the purpose string
            purpose = data[pos + header + 20:pos + header + 29]
            if ext == C2PA_BMFF_UUID and purpose.startswith(b"manifest"):
                return True
        pos += size
    return False
