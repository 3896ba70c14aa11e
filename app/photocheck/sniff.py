"""What kind of file this is, from its first bytes, and the picture size where the header says.

Only headers are read; nothing is decoded.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

JPEG = "JPEG"
HEIF = "HEIF"

# Major or compatible brands of the HEIF family (HEIC from phones, and generic HEIF/AVIF).
HEIF_BRANDS = frozenset(
    {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1",
     b"msf1", b"avif", b"avis"})
_VIDEO_BRANDS = frozenset({b"isom", b"iso2", b"mp41", b"mp42", b"qt  ", b"3gp4", b"3gp5",
                           b"M4V ", b"dash", b"avc1"})


@dataclass(frozen=True)
class Sniffed:
    format: str | None  # "JPEG", "HEIF", "PNG", ... or None when unknown
    width: int | None = None
    height: int | None = None
    brand: str | None = None  # ISO-BMFF major brand


def sniff(data: bytes) -> Sniffed:
    """Recognise the format; never raises."""
    try:
        return _sniff(data)
    except (struct.error, IndexError, ValueError):
        return Sniffed(None)


def _sniff(data: bytes) -> Sniffed:
    if data[:3] == b"\xff\xd8\xff":
        return Sniffed(JPEG)
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        if data[12:16] == b"IHDR":
            w, h = struct.unpack(">II", data[16:24])
            return Sniffed("PNG", w, h)
        return Sniffed("PNG")
    if data[:6] in (b"GIF87a", b"GIF89a"):
        w, h = struct.unpack("<HH", data[6:10])
        return Sniffed("GIF", w, h)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _webp(data)
    if data[:2] == b"BM" and len(data) >= 26:
        w, h = struct.unpack("<ii", data[18:26])
        return Sniffed("BMP", abs(w), abs(h))
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return Sniffed("TIFF/RAW")
    if data[:4] in (b"IIRO", b"IIU\x00") or data[:16] == b"FUJIFILMCCD-RAW ":
        return Sniffed("RAW")
    if data[4:8] == b"ftyp":
        return _iso_bmff(data)
    if data[:4] == b"%PDF":
        return Sniffed("PDF")
    if data[:4] == b"8BPS":
        return Sniffed("PSD")
    return Sniffed(None)


def _webp(data: bytes) -> Sniffed:
    chunk = data[12:16]
    if chunk == b"VP8 " and data[23:26] == b"\x9d\x01\x2a":
        w, h = struct.unpack("<HH", data[26:30])
        return Sniffed("WebP", w & 0x3FFF, h & 0x3FFF)
    if chunk == b"VP8L" and data[20:21] == b"\x2f":
        bits = int.from_bytes(data[21:25], "little")
        return Sniffed("WebP", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    if chunk == b"VP8X":
        w = int.from_bytes(data[24:27], "little") + 1
        h = int.from_bytes(data[27:30], "little") + 1
        return Sniffed("WebP", w, h)
    return Sniffed("WebP")


def _iso_bmff(data: bytes) -> Sniffed:
    size = struct.unpack(">I", data[:4])[0]
    major = data[8:12]
    end = min(max(size, 16), len(data), 4096)
    compatible = {data[i:i + 4] for i in range(16, end - 3, 4)}
    brand = major.decode("latin-1")
    if major in (b"crx ",):
        return Sniffed("RAW", brand=brand)
    if major in HEIF_BRANDS or (compatible & HEIF_BRANDS and major not in _VIDEO_BRANDS):
        return Sniffed(HEIF, brand=brand)
    if major in _VIDEO_BRANDS or compatible & _VIDEO_BRANDS:
        return Sniffed("video", brand=brand)
    return Sniffed(None, brand=brand)
