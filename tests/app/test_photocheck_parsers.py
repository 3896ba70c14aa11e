"""The readers: JPEG markers, EXIF, HEIF boxes, APP13, XMP, format sniffing."""

from __future__ import annotations

import io
import struct

import pytest
from PIL import Image

from app.base.filetype import sniff
from app.photocheck import jpeg_markers as jm
from app.photocheck.app13 import read_app13
from app.photocheck.exif import MAX_TEXT, ExifDamaged, read_exif
from app.photocheck.heif import HeifError, find_exif_tiff, parse_heif
from app.photocheck.xmp import read_xmp
from tests.photos import LONG, UNDEFINED, Exif, camera_jpeg, encode, heic, picture


def test_pillow_file_layout():
    data = encode(picture((320, 240)), quality=75)
    layout = jm.parse_jpeg(data)
    assert (layout.width, layout.height) == (320, 240)
    assert layout.eoi and layout.trailing_bytes == 0 and layout.scans == 1
    assert layout.tables_per_dqt == [1, 1] and layout.tables_per_dht == [1, 1, 1, 1]
    assert jm.libjpeg_layout(layout)
    assert jm.huffman_kind(layout) == "standard"
    assert jm.estimate_quality(layout) == (75, True)
    assert jm.subsampling(layout) == "4:2:0"
    assert jm.layout_summary(layout) == "APP0 DQT×2 SOF0 DHT×4 SOS"
    assert [ident for _n, _s, ident in layout.app_segments(data)] == ["JFIF"]


def test_optimised_progressive_and_444():
    data = encode(picture((320, 240)), optimize=True, progressive=True, subsampling=0)
    layout = jm.parse_jpeg(data)
    assert layout.progressive and layout.scans > 1
    assert jm.huffman_kind(layout) == "optimised"
    assert jm.subsampling(layout) == "4:4:4"


def test_camera_layout_is_not_libjpeg():
    layout = jm.parse_jpeg(camera_jpeg((320, 240), exif=Exif(pixel_size=(320, 240))))
    assert not jm.libjpeg_layout(layout)
    assert layout.tables_per_dqt == [2]


@pytest.mark.parametrize("quality", [50, 73, 85, 92, 99, 100])
def test_quality_estimate(quality):
    layout = jm.parse_jpeg(encode(picture((64, 64)), quality=quality))
    assert jm.estimate_quality(layout) == (quality, True)


def test_trailing_data_and_restart_markers():
    buf = io.BytesIO()
    picture((256, 256)).save(buf, "JPEG", restart_marker_blocks=4)
    data = buf.getvalue() + b"TRAILER" * 3
    layout = jm.parse_jpeg(data)
    assert layout.restart_interval == 4
    assert layout.eoi and layout.trailing_bytes == 21


def test_truncated_scan_has_no_eoi():
    data = encode(picture((320, 240)))
    layout = jm.parse_jpeg(data[: len(data) // 2])
    assert layout.truncated


@pytest.mark.parametrize("data", [
    b"", b"\xff\xd8", b"\xff\xd8\xff\xd9", b"\xff\xd8\xff\xe1\x00",
    b"\xff\xd8\xff\xe1\xff\xff" + b"x" * 10, b"\xff\xd8\xff\xda\x00\x02",
    b"\xff\xd8\xff\xc0\x00\x0b\x08\x00\x00\x00\x10\x01\x01\x11\x00",  # zero height
    b"\xff\xd8" + b"\xff\xfe\x00\x02" * (jm.MAX_SEGMENTS + 5),
])
def test_broken_headers_raise_jpeg_error(data):
    with pytest.raises(jm.JpegError):
        jm.parse_jpeg(data)


def test_decodable_stream_drops_metadata():
    data = camera_jpeg((320, 240), exif=Exif(pixel_size=(320, 240)))
    layout = jm.parse_jpeg(data)
    stream = jm.decodable_stream(data, layout)
    assert b"Exif" not in stream[:200]
    assert Image.open(io.BytesIO(stream)).size == (320, 240)
    assert jm.parse_jpeg(stream).scans == 1


def test_exif_reader_facts():
    ex = Exif(make="NIKON", model="NIKON D90", software="Ver.1.00", orientation=6,
              processing_software="Ver.1.00", pixel_size=(4288, 2848), thumbnail=b"\xff\xd8x",
              big_endian=True)
    facts = read_exif(ex.tiff())
    assert (facts.make, facts.model, facts.software) == ("NIKON", "NIKON D90", "Ver.1.00")
    assert facts.processing_software == "Ver.1.00"
    assert facts.orientation == 6
    assert (facts.pixel_width, facts.pixel_height) == (4288, 2848)
    assert facts.has_makernote and facts.makernote_size == 40
    assert facts.thumbnail == b"\xff\xd8x"
    assert facts.date_taken == "2024:05:06 07:08:09"


@pytest.mark.parametrize("tiff", [
    b"", b"XX*\x00\x08\x00\x00\x00", b"II*\x00\xff\xff\x00\x00",
    b"II*\x00\x08\x00\x00\x00\xff\xff",
])
def test_exif_reader_refuses_broken_blocks(tiff):
    with pytest.raises(ExifDamaged):
        read_exif(tiff)


def test_exif_reader_counts_tags():
    # IFD0: Make, Model, Orientation, Software, DateTime, ExifOffset; EXIF IFD:
    # DateTimeOriginal, PixelX/YDimension (the MakerNote is not counted); IFD1: Compression,
    # JPEGInterchangeFormat(Length); and the preview itself.
    assert read_exif(Exif(thumbnail=b"\xff\xd8x").tiff()).tag_count == 13


def test_exif_reader_text_of_other_types_and_caps():
    ex = Exif(make=None, software="x" * 10000,
              extra_ifd0=[(0x010F, UNDEFINED, b"Canon\x00"), (0x0110, 99, b"junk!")])
    facts = read_exif(ex.tiff())
    assert facts.make == "Canon"  # UNDEFINED bytes read as text
    assert facts.model == "Canon EOS 5D Mark IV"  # an entry of unknown type hides nothing
    assert facts.software == "x" * MAX_TEXT


def _with_count(tiff: bytes, tag: int, count: int) -> bytes:
    entry = struct.pack("<HHI", tag, LONG, 1)
    assert tiff.count(entry) == 1
    return tiff.replace(entry, struct.pack("<HHI", tag, LONG, count))


def test_exif_reader_ignores_an_unreadable_preview():
    tiff = _with_count(Exif(thumbnail=b"\xff\xd8x").tiff(), 0x0201, 5000)
    facts = read_exif(tiff)
    assert facts.thumbnail is None and facts.make == "Canon"


def test_exif_reader_refuses_an_unreadable_exif_pointer():
    with pytest.raises(ExifDamaged):
        read_exif(_with_count(Exif().tiff(), 0x8769, 5000))


def test_exif_reader_stops_at_ifd_loops():
    tiff = bytearray(Exif(thumbnail=b"\xff\xd8x").tiff())
    first = struct.unpack_from("<I", tiff, 4)[0]
    count = struct.unpack_from("<H", tiff, first)[0]
    struct.pack_into("<I", tiff, first + 2 + 12 * count, first)  # IFD0 -> IFD0
    facts = read_exif(bytes(tiff))
    assert facts.make == "Canon" and facts.thumbnail is None


def test_heif_reader():
    info = parse_heif(heic(size=(4032, 3024), rotation=270, xmp=b"<x:xmpmeta/>"))
    assert (info.width, info.height, info.rotation) == (4032, 3024, 270)
    assert info.exif_tiff[:4] == b"II*\x00"
    assert info.xmp == b"<x:xmpmeta/>"


def test_exif_found_by_its_header():
    tiff = Exif(make="Apple").tiff()
    assert find_exif_tiff(heic(exif=Exif(make="Apple"))) == tiff
    assert find_exif_tiff(b"\x00" * 50 + tiff + b"\x00" * 9) == tiff + b"\x00" * 9  # bare
    assert find_exif_tiff(b"Exif\x00\x00 no TIFF here" * 100) is None


@pytest.mark.parametrize("data", [b"\x00\x00\x00\x10ftypheic\x00\x00\x00\x00",
                                  b"\x00\x00\x00\x10ftypheic" + b"\xff" * 30])
def test_heif_reader_refuses_broken_containers(data):
    with pytest.raises(HeifError):
        parse_heif(data)


def test_app13():
    def res(rid, data):
        return b"8BIM" + struct.pack(">H", rid) + b"\x00\x00" + struct.pack(">I", len(data)) + \
            data + b"\x00" * (len(data) % 2)

    head = b"Photoshop 3.0\x00"
    only_iptc = read_app13([head + res(0x0404, b"\x1c\x02\x78\x00\x03abc")])
    assert only_iptc.iptc and not only_iptc.photoshop and not only_iptc.social
    photoshop = read_app13([head + res(0x03ED, bytes(16)) + res(0x0404, b"")])
    assert photoshop.photoshop and photoshop.resources == [0x03ED, 0x0404]
    assert read_app13([head + res(0x0404, b"\x1c\x02\x28\x00\x04FBMD")]).social
    assert read_app13([b"Adobe_CM\x00\x01"]).photoshop


def test_xmp_reader():
    packet = (b'<rdf:Description xmp:CreatorTool="GIMP 2.10" tiff:Software=\'Picasa\'>'
              b"<xmpMM:History><rdf:Seq>"
              b'<rdf:li stEvt:softwareAgent="Adobe Photoshop 22.0 (Windows)"/>'
              b"<rdf:li><stEvt:softwareAgent>Adobe Photoshop Lightroom &amp; co"
              b"</stEvt:softwareAgent></rdf:li></rdf:Seq></xmpMM:History>")
    facts = read_xmp(packet)
    assert facts.creator_tool == "GIMP 2.10" and facts.software == "Picasa"
    assert facts.history_agents == ["Adobe Photoshop 22.0 (Windows)",
                                    "Adobe Photoshop Lightroom & co"]
    assert not facts.camera_raw and not facts.microsoft_photo
    assert read_xmp(b"<xmp:CreatorTool>13.4.1</xmp:CreatorTool>").creator_tool == "13.4.1"


@pytest.mark.parametrize("fmt,expected", [("PNG", "PNG"), ("GIF", "GIF"), ("WEBP", "WebP"),
                                          ("BMP", "BMP"), ("JPEG", "JPEG"),
                                          ("TIFF", "TIFF/RAW")])
def test_sniff(fmt, expected):
    buf = io.BytesIO()
    picture((123, 45)).save(buf, fmt)
    result = sniff(buf.getvalue())
    assert result.format == expected
    if expected not in ("JPEG", "TIFF/RAW"):
        assert (result.width, result.height) == (123, 45)


def test_sniff_heif_and_others():
    assert sniff(heic()).format == "HEIF"
    assert sniff(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom").format == "video"
    assert sniff(b"%PDF-1.7").format == "PDF"
    assert sniff(b"hello").format is None
    assert sniff(b"").format is None
