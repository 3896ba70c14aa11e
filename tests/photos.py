"""Synthetic photos for tests: camera-like JPEGs and HEIF containers, built in memory.

Any test that only needs "an original" uses these (the real corpus in ../shared/photos is
for the corpus tests and is absent on the Windows workflow).

A "camera" JPEG here is laid out the way camera firmware writes it: EXIF first, all
quantisation tables in one DQT segment and all Huffman tables in one DHT segment, no JFIF
header. The EXIF (TIFF) block is written by hand so that every tag is under the test's
control (Pillow cannot write an IFD1 preview).
"""

from __future__ import annotations

import io
import random
import struct
from dataclasses import dataclass, field

from PIL import Image, ImageDraw

ASCII, SHORT, LONG, UNDEFINED = 2, 3, 4, 7

# ---------------------------------------------------------------------------------------
# Pictures


def picture(size: tuple[int, int] = (1600, 1200), seed: int = 0) -> Image.Image:
    """A deterministic RGB picture with structure at every scale (so that a preview, a crop
    or a turn of it can be told apart): coarse random blocks, smoothed, plus shapes."""
    rng = random.Random(seed)
    w, h = size
    blocks = Image.new("RGB", (8, 6))
    blocks.putdata([tuple(rng.randrange(256) for _ in range(3)) for _ in range(48)])
    im = blocks.resize((w, h), Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(im)
    step = max(8, min(w, h) // 8)
    for _ in range(6):
        x, y = rng.randrange(max(1, w - step)), rng.randrange(max(1, h - step))
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.ellipse((x, y, x + step, y + step), fill=colour)
    return im


def encode(im: Image.Image, **kw) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "JPEG", **{"quality": 90, **kw})
    return buf.getvalue()


# ---------------------------------------------------------------------------------------
# JPEG surgery


def split_segments(data: bytes) -> tuple[list[tuple[int, bytes]], bytes]:
    """([(marker, payload)] before the first scan, the rest from SOS on)."""
    assert data[:2] == b"\xff\xd8"
    pos, out = 2, []
    while True:
        marker = data[pos + 1]
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        if marker == 0xDA:
            return out, data[pos:]
        out.append((marker, data[pos + 4:pos + 2 + length]))
        pos += 2 + length


def segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def camera_layout(data: bytes, *, app_segments: list[bytes] = (), jfif: bool = False,
                  merge_dht: bool = True, merge_dqt: bool = True) -> bytes:
    """Rebuild a Pillow JPEG the way camera firmware lays it out: `app_segments` (whole
    segments) first, DQT tables grouped, frame header, DHT tables grouped, then the scan."""
    segs, scan = split_segments(data)
    jfif_seg = [segment(m, p) for m, p in segs if m == 0xE0]
    dqt = [p for m, p in segs if m == 0xDB]
    dht = [p for m, p in segs if m == 0xC4]
    sof = [segment(m, p) for m, p in segs if m in (0xC0, 0xC1, 0xC2)]
    others = [segment(m, p) for m, p in segs
              if m not in (0xE0, 0xDB, 0xC4, 0xC0, 0xC1, 0xC2)]
    out = b"\xff\xd8"
    if jfif:
        out += b"".join(jfif_seg)
    out += b"".join(app_segments) + b"".join(others)
    out += segment(0xDB, b"".join(dqt)) if merge_dqt else b"".join(
        segment(0xDB, p) for p in dqt)
    out += b"".join(sof)
    out += segment(0xC4, b"".join(dht)) if merge_dht else b"".join(
        segment(0xC4, p) for p in dht)
    return out + scan


def libjpeg_file(data: bytes, *, app_segments: list[bytes] = (), jfif_first: bool = True
                 ) -> bytes:
    """A Pillow JPEG with extra segments inserted after its JFIF header (as libjpeg writes
    saved markers) or before it (as Android's ExifInterface does)."""
    segs, scan = split_segments(data)
    jfif = b"".join(segment(m, p) for m, p in segs if m == 0xE0)
    rest = b"".join(segment(m, p) for m, p in segs if m != 0xE0)
    extra = b"".join(app_segments)
    head = jfif + extra if jfif_first else extra + jfif
    return b"\xff\xd8" + head + rest + scan


# ---------------------------------------------------------------------------------------
# EXIF


@dataclass
class Exif:
    make: str | None = "Canon"
    model: str | None = "Canon EOS 5D Mark IV"
    software: str | None = "Firmware Version 1.0.4"
    processing_software: str | None = None
    date: str = "2024:05:06 07:08:09"
    orientation: int | None = 1
    pixel_size: tuple[int, int] | None = (1600, 1200)
    makernote: bytes | None = b"CANON-NOTE" + bytes(30)
    thumbnail: bytes | None = None
    big_endian: bool = False
    extra_ifd0: list[tuple[int, int, bytes | int]] = field(default_factory=list)

    def tiff(self) -> bytes:
        """The TIFF structure (what follows "Exif\\0\\0" in APP1)."""
        order = ">" if self.big_endian else "<"
        ifd0: list[tuple[int, int, bytes | int]] = []
        if self.processing_software:
            ifd0.append((0x000B, ASCII, _ascii(self.processing_software)))
        if self.make is not None:
            ifd0.append((0x010F, ASCII, _ascii(self.make)))
        if self.model is not None:
            ifd0.append((0x0110, ASCII, _ascii(self.model)))
        if self.orientation is not None:
            ifd0.append((0x0112, SHORT, self.orientation))
        if self.software is not None:
            ifd0.append((0x0131, ASCII, _ascii(self.software)))
        ifd0.append((0x0132, ASCII, _ascii(self.date)))
        ifd0 += self.extra_ifd0
        exif: list[tuple[int, int, bytes | int]] = [(0x9003, ASCII, _ascii(self.date))]
        if self.makernote is not None:
            exif.append((0x927C, UNDEFINED, self.makernote))
        if self.pixel_size is not None:
            exif.append((0xA002, LONG, self.pixel_size[0]))
            exif.append((0xA003, LONG, self.pixel_size[1]))
        ifd1: list[tuple[int, int, bytes | int]] = []
        if self.thumbnail is not None:
            ifd1 = [(0x0103, SHORT, 6), (0x0201, LONG, 0), (0x0202, LONG, len(self.thumbnail))]
        return _build_tiff(order, ifd0, exif, ifd1, self.thumbnail)

    def app1(self) -> bytes:
        return segment(0xE1, b"Exif\x00\x00" + self.tiff())


def _ascii(text: str) -> bytes:
    return text.encode("utf-8") + b"\x00"


def _ifd_size(entries) -> int:
    size = 2 + 12 * len(entries) + 4
    for _tag, _typ, value in entries:
        if isinstance(value, bytes) and len(value) > 4:
            size += len(value) + (len(value) & 1)
    return size


def _pack_ifd(order: str, entries, offset: int, next_ifd: int) -> bytes:
    entries = sorted(entries, key=lambda e: e[0])
    head = struct.pack(order + "H", len(entries))
    data_pos = offset + 2 + 12 * len(entries) + 4
    data = b""
    for tag, typ, value in entries:
        if isinstance(value, bytes):
            count = len(value)
            if count <= 4:
                field_ = value.ljust(4, b"\x00")
            else:
                field_ = struct.pack(order + "I", data_pos + len(data))
                data += value + (b"\x00" if count & 1 else b"")
        elif typ == SHORT:
            count, field_ = 1, struct.pack(order + "HH", value, 0)
        else:
            count, field_ = 1, struct.pack(order + "I", value)
        head += struct.pack(order + "HHI", tag, typ, count) + field_
    return head + struct.pack(order + "I", next_ifd) + data


def _build_tiff(order, ifd0, exif, ifd1, thumbnail) -> bytes:
    header = (b"MM\x00*" if order == ">" else b"II*\x00") + struct.pack(order + "I", 8)
    ifd0 = [*ifd0, (0x8769, LONG, 0)]
    off0 = 8
    off_exif = off0 + _ifd_size(ifd0)
    off1 = off_exif + _ifd_size(exif)
    ifd0 = [(t, ty, off_exif if t == 0x8769 else v) for t, ty, v in ifd0]
    thumb_pos = off1 + _ifd_size(ifd1) if ifd1 else 0
    if ifd1:
        ifd1 = [(t, ty, thumb_pos if t == 0x0201 else v) for t, ty, v in ifd1]
    out = header
    out += _pack_ifd(order, ifd0, off0, off1 if ifd1 else 0)
    out += _pack_ifd(order, exif, off_exif, 0)
    if ifd1:
        out += _pack_ifd(order, ifd1, off1, 0)
        out += thumbnail
    return out


# ---------------------------------------------------------------------------------------
# Whole files


def camera_thumbnail(im: Image.Image, size=(160, 120)) -> bytes:
    small = im.copy()
    small.thumbnail(size)
    return camera_layout(encode(small, quality=85))


def camera_jpeg(size: tuple[int, int] = (1600, 1200), *, exif: Exif | None = None,
                thumbnail: bool | bytes = True, seed: int = 0, extra: list[bytes] = (),
                **layout) -> bytes:
    """A JPEG as a camera writes it, with EXIF (pixel size and preview filled in)."""
    im = picture(size, seed)
    exif = exif if exif is not None else Exif()
    if exif.pixel_size == (1600, 1200) and size != (1600, 1200):
        exif.pixel_size = size
    if thumbnail is True:
        exif.thumbnail = camera_thumbnail(im)
    elif isinstance(thumbnail, bytes):
        exif.thumbnail = thumbnail
    return camera_layout(encode(im), app_segments=[exif.app1(), *extra], **layout)


def rewritten_jpeg(size: tuple[int, int] = (1600, 1200), **kw) -> bytes:
    """A camera JPEG whose tables were written back the libjpeg way, one per segment, with
    the camera's markers kept: what jpegtran's lossless crop and rotate leave (the layout in
    which the checker compares the EXIF preview with the picture)."""
    return camera_jpeg(size, merge_dht=False, merge_dqt=False, **kw)


def _mpf_app2(primary_size: int, trailer_offset: int, trailer_size: int) -> bytes:
    """An APP2 "MPF" index (little-endian) of the main picture and one appended picture at
    `trailer_offset` bytes from the index's TIFF header."""
    ifd = struct.pack("<H", 3)
    ifd += struct.pack("<HHI", 0xB000, UNDEFINED, 4) + b"0100"
    ifd += struct.pack("<HHII", 0xB001, LONG, 1, 2)
    ifd += struct.pack("<HHII", 0xB002, UNDEFINED, 32, 8 + 2 + 3 * 12 + 4)
    ifd += struct.pack("<I", 0)
    entries = struct.pack("<IIIHH", 0x030000, primary_size, 0, 0, 0)
    entries += struct.pack("<IIIHH", 0x010001, trailer_size, trailer_offset, 0, 0)
    return segment(0xE2, b"MPF\x00" + b"II*\x00" + struct.pack("<I", 8) + ifd + entries)


def with_mpf_picture(data: bytes, picture_bytes: bytes, *, keep_picture: bool = True) -> bytes:
    """`data` (a JPEG) with an MPF index right after its first segment and `picture_bytes`
    appended after its end, as cameras store a large preview or a depth map. Without
    `keep_picture`, the index stays but the appended picture is gone (what jpegtran's
    `-copy all` leaves)."""
    first_end = 4 + struct.unpack(">H", data[4:6])[0]
    placeholder = _mpf_app2(0, 0, 0)
    tiff_start = first_end + 4 + 4  # APP2 marker and length, then "MPF\0"
    primary_size = len(data) + len(placeholder)
    app2 = _mpf_app2(primary_size, primary_size - tiff_start, len(picture_bytes))
    out = data[:first_end] + app2 + data[first_end:]
    return out + picture_bytes if keep_picture else out


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------------------------------
# HEIF


def _box(btype: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + btype + payload


def _full(btype: bytes, payload: bytes, version: int = 0, flags: int = 0) -> bytes:
    return _box(btype, bytes([version]) + flags.to_bytes(3, "big") + payload)


def heic(*, size: tuple[int, int] = (4032, 3024), exif: Exif | None = None,
         with_exif: bool = True, xmp: bytes | None = None, rotation: int = 0) -> bytes:
    """A minimal HEIF container: an 'hvc1' primary item with ispe (and irot), an Exif item
    and optionally an XMP item. The coded picture is a placeholder (never decoded)."""
    exif = exif or Exif(make="Apple", model="iPhone 12", software="16.1",
                        makernote=b"Apple iOS\x00" + bytes(40), pixel_size=size)
    items = [(1, b"hvc1", b"", b"\x00" * 64)]
    if with_exif:
        items.append((2, b"Exif", b"", struct.pack(">I", 6) + b"Exif\x00\x00" + exif.tiff()))
    if xmp is not None:
        items.append((3, b"mime", b"application/rdf+xml\x00", xmp))
    ftyp = _box(b"ftyp", b"heic" + struct.pack(">I", 0) + b"mif1heic")
    hdlr = _full(b"hdlr", bytes(4) + b"pict" + bytes(12) + b"\x00")
    pitm = _full(b"pitm", struct.pack(">H", 1))
    infes = b"".join(_full(b"infe", struct.pack(">HH", iid, 0) + itype + b"\x00" + extra, 2)
                     for iid, itype, extra, _data in items)
    iinf = _full(b"iinf", struct.pack(">H", len(items)) + infes)
    props = _full(b"ispe", struct.pack(">II", *size))
    assoc = bytes([1, 0x81])
    if rotation:
        props += _box(b"irot", bytes([rotation // 90]))
        assoc = bytes([2, 0x81, 0x02])
    iprp = _box(b"iprp", _box(b"ipco", props) + _full(
        b"ipma", struct.pack(">I", 1) + struct.pack(">H", 1) + assoc))

    def iloc(base: int) -> bytes:
        body = bytes([0x44, 0x00]) + struct.pack(">H", len(items))
        pos = base
        for iid, _t, _e, data in items:
            body += struct.pack(">HHH", iid, 0, 1) + struct.pack(">II", pos, len(data))
            pos += len(data)
        return _full(b"iloc", body)

    def build(base: int) -> bytes:
        meta = _full(b"meta", hdlr + pitm + iloc(base) + iinf + iprp)
        return ftyp + meta

    head = build(0)
    mdat_data = b"".join(d for *_x, d in items)
    head = build(len(head) + 8)
    return head + _box(b"mdat", mdat_data)


# ---------------------------------------------------------------------------------------
# Files for tests that need "a photo"


def original_jpeg(path, *, seed: int = 0, size: tuple[int, int] = (1600, 1200)):
    """A camera original the checker calls `ok` (a new picture for each seed)."""
    path.write_bytes(camera_jpeg(size, seed=seed))
    return path


def edited_jpeg(path, *, seed: int = 0, editor: str = "GIMP 2.10.36"):
    """The same kind of photo saved by an editor: the checker calls it `reject`."""
    path.write_bytes(camera_jpeg(exif=Exif(software=editor), seed=seed))
    return path


def original_heic(path, *, size: tuple[int, int] = (4032, 3024)):
    """An iPhone-like HEIF container (its picture is a placeholder, never decoded)."""
    path.write_bytes(heic(size=size))
    return path


def phone_folder(folder, names=("DSC_0042.JPG", "IMG_1034.heic", "IMG_20261120_083015.jpg")):
    """A folder of camera originals as a phone or card gives them (JPEG and HEIC)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, name in enumerate(names):
        path = folder / name
        if name.lower().endswith((".heic", ".heif")):
            original_heic(path)
        else:
            original_jpeg(path, seed=i)
        out.append(path)
    return out
