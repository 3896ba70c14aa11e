"""What kind of file this is, from its first bytes, and the picture size where the header says.

One sniffer for the whole program: the originality check names the format, the photo store
derives the extension of its copy (`extension`). Only headers are read (at most HEAD_SIZE
bytes); nothing is decoded.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

HEAD_SIZE = 4096  # the sniffer looks no further into a file

JPEG = "JPEG"
HEIF = "HEIF"
PNG = "PNG"
GIF = "GIF"
WEBP = "WebP"
BMP = "BMP"
TIFF = "TIFF/RAW"  # TIFF, and the camera raw formats built on it (CR2, NEF, DNG...)

# Major or compatible brands of the HEIF family (HEIC from phones, and generic HEIF/AVIF).
HEIF_BRANDS = frozenset(
    {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1",
     b"msf1", b"avif", b"avis"})
_AVIF_BRANDS = frozenset({"avif", "avis"})
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
            return Sniffed(PNG, w, h)
        return Sniffed(PNG)
    if data[:6] in (b"GIF87a", b"GIF89a"):
        w, h = struct.unpack("<HH", data[6:10])
        return Sniffed(GIF, w, h)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _webp(data)
    if data[:2] == b"BM" and len(data) >= 26:
        w, h = struct.unpack("<ii", data[18:26])
        return Sniffed(BMP, abs(w), abs(h))
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return Sniffed(TIFF)
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
        return Sniffed(WEBP, w & 0x3FFF, h & 0x3FFF)
    if chunk == b"VP8L" and data[20:21] == b"\x2f":
        bits = int.from_bytes(data[21:25], "little")
        return Sniffed(WEBP, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    if chunk == b"VP8X":
        w = int.from_bytes(data[24:27], "little") + 1
        h = int.from_bytes(data[27:30], "little") + 1
        return Sniffed(WEBP, w, h)
    return Sniffed(WEBP)


def _iso_bmff(data: bytes) -> Sniffed:
    size = struct.unpack(">I", data[:4])[0]
    major = data[8:12]
    end = min(max(size, 16), len(data), HEAD_SIZE)
    compatible = {data[i:i + 4] for i in range(16, end - 3, 4)}
    brand = major.decode("latin-1")
    if major in (b"crx ",):
        return Sniffed("RAW", brand=brand)
    if major in HEIF_BRANDS or (compatible & HEIF_BRANDS and major not in _VIDEO_BRANDS):
        return Sniffed(HEIF, brand=brand)
    if major in _VIDEO_BRANDS or compatible & _VIDEO_BRANDS:
        return Sniffed("video", brand=brand)
    return Sniffed(None, brand=brand)


# The image formats a photo may be added in (the check judges them later), and the
# extension of the stored copy.
_EXTENSIONS = {JPEG: ".jpg", PNG: ".png", GIF: ".gif", TIFF: ".tif", BMP: ".bmp",
               WEBP: ".webp", HEIF: ".heic"}


def extension(kind: Sniffed, name: str = "") -> str | None:
    """The extension for a file of this kind, keeping the spelling of `name` where it is
    one of the kind's own (".jpeg", ".heif"); None when the kind is not an image format a
    photo may come in."""
    ext = _EXTENSIONS.get(kind.format or "")
    if ext is None:
        return None
    lower = name.lower()
    if kind.format == JPEG and lower.endswith(".jpeg"):
        return ".jpeg"
    if kind.format == HEIF:
        if kind.brand in _AVIF_BRANDS:
            return ".avif"
        if lower.endswith(".heif"):
            return ".heif"
    return ext
