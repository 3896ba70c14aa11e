"""The structure of a JPEG file: its marker segments, tables and picture size.

Walks the markers from SOI to EOI without decoding pixels: the entropy-coded data between
markers is skipped with one regular-expression search per scan. Also measures the encoder's
fingerprint (how tables are split into segments, standard or optimised Huffman tables) and
estimates the IJG quality, which is information only: originals range from q73 to q99.
"""

from __future__ import annotations

import functools
import re
import struct
from dataclasses import dataclass, field

MAX_SEGMENTS = 4000  # a real file has a few dozen; more means a hostile or broken file

SOI, EOI, SOS, DQT, DHT, DRI = 0xD8, 0xD9, 0xDA, 0xDB, 0xC4, 0xDD
SOF_MARKERS = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD,
                         0xCE, 0xCF})
PROGRESSIVE_SOF = frozenset({0xC2, 0xC6, 0xCA, 0xCE})
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})

# A marker inside entropy-coded data: 0xFF followed by neither a stuffed 0x00, a fill 0xFF,
# nor a restart marker.
_NEXT_MARKER = re.compile(rb"\xff[^\x00\xff\xd0-\xd7]")

# The IJG (Annex K) quantisation tables in zigzag order, as stored in DQT segments.
_ZIGZAG = (0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41,
           34, 27, 20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30,
           37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63)
_LUMA_NATURAL = (
    16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55,
    14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
    18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
    49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99)
_CHROMA_NATURAL = (
    17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99,
    24, 26, 56, 99, 99, 99, 99, 99, 47, 66, 99, 99, 99, 99, 99, 99,
    *([99] * 32))
IJG_LUMA = tuple(_LUMA_NATURAL[i] for i in _ZIGZAG)
IJG_CHROMA = tuple(_CHROMA_NATURAL[i] for i in _ZIGZAG)

# The Annex K Huffman tables (counts then symbols), as cameras and unoptimised encoders write
# them.
STANDARD_HUFFMAN = frozenset(bytes.fromhex(h) for h in (
    "00010501010101010100000000000000000102030405060708090a0b",
    "00030101010101010101010000000000000102030405060708090a0b",
    "0002010303020403050504040000017d01020300041105122131410613516107227114328191a108234"
    "2b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a5354"
    "55565758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3"
    "a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7"
    "e8e9eaf1f2f3f4f5f6f7f8f9fa",
    "00020102040403040705040400010277000102031104052131061241510761711322328108144291a1b"
    "1c109233352f0156272d10a162434e125f11718191a262728292a35363738393a434445464748494a53"
    "5455565758595a636465666768696a737475767778797a82838485868788898a92939495969798999a"
    "a2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae2e3e4e5e6"
    "e7e8e9eaf2f3f4f5f6f7f8f9fa",
))


class JpegError(ValueError):
    """The data is not a readable JPEG structure."""


@dataclass(frozen=True)
class Segment:
    marker: int
    offset: int  # position of the 0xFF of the marker
    length: int  # length field (includes its own two bytes); 0 for standalone markers

    @property
    def start(self) -> int:
        """Where the payload starts."""
        return self.offset + 4

    @property
    def end(self) -> int:
        return self.offset + 2 + self.length

    @property
    def name(self) -> str:
        return marker_name(self.marker)


@dataclass
class JpegLayout:
    segments: list[Segment] = field(default_factory=list)
    width: int = 0
    height: int = 0
    sof_marker: int = 0
    components: list[tuple[int, int, int, int]] = field(default_factory=list)  # id, h, v, tq
    quant_tables: dict[int, tuple[int, ...]] = field(default_factory=dict)
    tables_per_dqt: list[int] = field(default_factory=list)
    tables_per_dht: list[int] = field(default_factory=list)
    huffman_tables: list[bytes] = field(default_factory=list)  # counts + symbols
    restart_interval: int = 0
    scans: int = 0
    eoi: bool = False
    trailing_bytes: int = 0  # bytes after EOI (multi-picture images, maker trailers)

    @property
    def progressive(self) -> bool:
        return self.sof_marker in PROGRESSIVE_SOF

    @property
    def truncated(self) -> bool:
        return not self.eoi

    def app_segments(self, data: bytes) -> list[tuple[int, Segment, str]]:
        """(n, segment, identifier) for each APPn segment, in file order."""
        out = []
        for seg in self.segments:
            if 0xE0 <= seg.marker <= 0xEF:
                out.append((seg.marker - 0xE0, seg, app_identifier(data, seg)))
        return out

    def header_markers(self) -> list[int]:
        """Markers before the first SOS, SOS included."""
        out = []
        for seg in self.segments:
            out.append(seg.marker)
            if seg.marker == SOS:
                break
        return out


def marker_name(marker: int) -> str:
    if 0xE0 <= marker <= 0xEF:
        return f"APP{marker - 0xE0}"
    if marker in SOF_MARKERS:
        return f"SOF{marker - 0xC0}"
    return {SOS: "SOS", DQT: "DQT", DHT: "DHT", DRI: "DRI", 0xFE: "COM", EOI: "EOI",
            0xCC: "DAC", 0xDC: "DNL"}.get(marker, f"0x{marker:02X}")


def app_identifier(data: bytes, seg: Segment) -> str:
    """The null-terminated name an APPn segment starts with ("JFIF", "Exif", an XMP URI...)."""
    head = data[seg.start:min(seg.end, seg.start + 40)]
    name = head.split(b"\x00", 1)[0]
    return name.decode("latin-1", "replace")[:32]


def parse_jpeg(data: bytes) -> JpegLayout:
    """Walk the markers of `data`. Raises JpegError when the headers are unreadable; a file cut
    short in its image data gives a layout with `eoi` False."""
    if data[:2] != b"\xff\xd8":
        raise JpegError("no SOI")
    layout = JpegLayout()
    n = len(data)
    pos = 2
    while True:
        if len(layout.segments) > MAX_SEGMENTS:
            raise JpegError("too many segments")
        # Tolerate stray bytes between segments, as libjpeg does.
        if pos >= n:
            raise JpegError("cut short in the headers")
        if data[pos] != 0xFF:
            nxt = data.find(b"\xff", pos)
            if nxt < 0:
                raise JpegError("cut short in the headers")
            pos = nxt
        while pos < n and data[pos] == 0xFF:
            pos += 1
        if pos >= n:
            raise JpegError("cut short in the headers")
        marker = data[pos]
        start = pos - 1
        pos += 1
        if marker == EOI:
            raise JpegError("no image data")
        if marker in _STANDALONE or marker == SOI:
            continue
        if pos + 2 > n:
            raise JpegError("cut short in the headers")
        length = struct.unpack_from(">H", data, pos)[0]
        if length < 2 or pos + length > n:
            raise JpegError("segment runs past the end")
        seg = Segment(marker, start, length)
        layout.segments.append(seg)
        _read_segment(data, seg, layout)
        pos += length
        if marker == SOS:
            if not layout.width:
                raise JpegError("scan before frame header")
            layout.scans += 1
            pos = _skip_entropy(data, pos, layout)
            if pos < 0 or layout.eoi:
                return layout


def _skip_entropy(data: bytes, pos: int, layout: JpegLayout) -> int:
    """Find the marker after a scan's data; records EOI and trailing bytes. -1 if cut short."""
    match = _NEXT_MARKER.search(data, pos)
    if match is None:
        return -1
    if data[match.start() + 1] == EOI:
        layout.eoi = True
        layout.trailing_bytes = len(data) - match.end()
        return match.end()
    return match.start()


def _read_segment(data: bytes, seg: Segment, layout: JpegLayout) -> None:
    body = data[seg.start:seg.end]
    m = seg.marker
    try:
        if m in SOF_MARKERS:
            if layout.sof_marker:
                raise JpegError("two frame headers")
            _precision, height, width, count = struct.unpack_from(">BHHB", body, 0)
            if not width or not height or not count:
                raise JpegError("frame header without a size")
            comps = []
            for i in range(count):
                cid, hv, tq = struct.unpack_from(">BBB", body, 6 + 3 * i)
                comps.append((cid, hv >> 4, hv & 15, tq))
            layout.sof_marker, layout.width, layout.height = m, width, height
            layout.components = comps
        elif m == DQT:
            layout.tables_per_dqt.append(_read_dqt(body, layout.quant_tables))
        elif m == DHT:
            layout.tables_per_dht.append(_read_dht(body, layout.huffman_tables))
        elif m == DRI:
            layout.restart_interval = struct.unpack_from(">H", body, 0)[0]
    except struct.error as exc:
        raise JpegError(f"short {marker_name(m)} segment") from exc


def _read_dqt(body: bytes, tables: dict[int, tuple[int, ...]]) -> int:
    pos = count = 0
    while pos < len(body):
        pq, tq = body[pos] >> 4, body[pos] & 15
        pos += 1
        size = 128 if pq else 64
        if pos + size > len(body):
            raise JpegError("short DQT segment")
        if pq:
            values = struct.unpack_from(">64H", body, pos)
        else:
            values = tuple(body[pos:pos + 64])
        tables[tq] = values
        pos += size
        count += 1
    return count


def _read_dht(body: bytes, tables: list[bytes]) -> int:
    pos = count = 0
    while pos < len(body):
        if pos + 17 > len(body):
            raise JpegError("short DHT segment")
        counts = body[pos + 1:pos + 17]
        total = sum(counts)
        end = pos + 17 + total
        if end > len(body):
            raise JpegError("short DHT segment")
        tables.append(body[pos + 1:end])
        pos = end
        count += 1
    return count


# Fingerprint -----------------------------------------------------------------------------


def huffman_kind(layout: JpegLayout) -> str:
    """"standard" (Annex K tables, as cameras write), "optimised", or "none"."""
    if not layout.huffman_tables:
        return "none"
    if all(t in STANDARD_HUFFMAN for t in layout.huffman_tables):
        return "standard"
    return "optimised"


def libjpeg_layout(layout: JpegLayout) -> bool:
    """True when the tables are laid out exactly as the IJG libjpeg writer (and so Pillow,
    ImageMagick, GIMP, cjpeg, jpegtran...) writes them: one table per DQT segment, then the
    frame header, then one table per DHT segment, an optional DRI, and the first scan.
    Camera firmware usually puts all tables in one DQT and one DHT segment."""
    seq = [m for m in layout.header_markers()
           if not (0xE0 <= m <= 0xEF or m == 0xFE)]
    i = 0
    while i < len(seq) and seq[i] == DQT:
        i += 1
    n_dqt = i
    if n_dqt < 2 or i >= len(seq) or seq[i] not in SOF_MARKERS:
        return False
    i += 1
    first_dht = i
    while i < len(seq) and seq[i] == DHT:
        i += 1
    n_dht = i - first_dht
    if n_dht == 0:
        return False
    if i < len(seq) and seq[i] == DRI:
        i += 1
    if i != len(seq) - 1 or seq[i] != SOS:
        return False
    return (all(c == 1 for c in layout.tables_per_dqt[:n_dqt])
            and all(c == 1 for c in layout.tables_per_dht[:n_dht]))


def layout_summary(layout: JpegLayout, limit: int = 24) -> str:
    """The header markers in order, runs collapsed: "APP1 DQT DRI SOF0 DHT SOS"."""
    names: list[str] = []
    for m in layout.header_markers():
        name = marker_name(m)
        if names and names[-1].split("×")[0] == name:
            base, _, count = names[-1].partition("×")
            names[-1] = f"{base}×{int(count or 1) + 1}"
        else:
            names.append(name)
        if len(names) >= limit:
            names.append("…")
            break
    return " ".join(names)


def subsampling(layout: JpegLayout) -> str | None:
    """"4:2:0", "4:2:2", "4:4:4"... for three-component images."""
    if len(layout.components) != 3:
        return None
    (_, h, v, _), *rest = layout.components
    if any((ch, cv) != (1, 1) for _, ch, cv, _ in rest):
        return f"{h}x{v}"
    return {(1, 1): "4:4:4", (2, 1): "4:2:2", (1, 2): "4:4:0", (2, 2): "4:2:0",
            (4, 1): "4:1:1"}.get((h, v), f"{h}x{v}")


def estimate_quality(layout: JpegLayout) -> tuple[int | None, bool]:
    """(IJG quality that best explains the luminance/chrominance tables, exact match?)."""
    luma = layout.quant_tables.get(0)
    if luma is None:
        return None, False
    chroma = layout.quant_tables.get(1)
    # First guess from the tables' overall scale, then the best fit around it.
    scale = 100 * sum(luma) / sum(IJG_LUMA)
    guess = round((200 - scale) / 2) if scale <= 100 else round(5000 / max(scale, 1))
    best_q, best_err = None, None
    for q in range(max(1, guess - 6), min(100, guess + 6) + 1):
        luma_ref, chroma_ref = _scaled(q)
        err = sum(map(abs, map(int.__sub__, luma, luma_ref)))
        if chroma is not None:
            err += sum(map(abs, map(int.__sub__, chroma, chroma_ref)))
        if best_err is None or err < best_err:
            best_q, best_err = q, err
    return best_q, best_err == 0


@functools.lru_cache(maxsize=128)
def _scaled(quality: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The IJG tables at `quality`, as libjpeg's jpeg_set_quality computes them."""
    scale = 5000 // quality if quality < 50 else 200 - 2 * quality
    return tuple(tuple(min(max((b * scale + 50) // 100, 1), 255) for b in base)
                 for base in (IJG_LUMA, IJG_CHROMA))


def decodable_stream(data: bytes, layout: JpegLayout) -> bytes:
    """The JPEG without its metadata segments (APP0-APP13, COM): what a decoder needs and
    nothing a metadata parser could trip on. APP14 (Adobe colour transform) is kept."""
    parts = [b"\xff\xd8"]
    for seg in layout.segments:
        if seg.marker == SOS:
            parts.append(data[seg.offset:])
            break
        if 0xE0 <= seg.marker <= 0xED or seg.marker == 0xFE:
            continue
        parts.append(data[seg.offset:seg.end])
    return b"".join(parts)
