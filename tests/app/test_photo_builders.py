"""Tests of the synthetic photo builders (tests/photos.py)."""

import io

import pytest
from PIL import Image

from app.photocheck.jpeg_markers import libjpeg_layout, parse_jpeg
from tests.photos import Exif, camera_jpeg, encode, heic, picture


def test_camera_jpeg_has_camera_layout():
    data = camera_jpeg()
    layout = parse_jpeg(data)
    assert (layout.width, layout.height) == (1600, 1200)
    assert layout.tables_per_dqt == [2] and layout.tables_per_dht == [4]
    assert not libjpeg_layout(layout)
    assert data[2:4] == b"\xff\xe1"  # EXIF first


def test_pillow_jpeg_has_libjpeg_layout():
    assert libjpeg_layout(parse_jpeg(encode(picture((64, 48)))))


def test_exif_block_reads_back_with_pillow():
    ex = Exif(make="NIKON", model="NIKON D90", software="Ver.1.00")
    im = Image.open(io.BytesIO(camera_jpeg(exif=ex)))
    tags = im.getexif()
    assert tags[0x010F] == "NIKON" and tags[0x0131] == "Ver.1.00"
    assert tags.get_ifd(0x8769)[0xA002] == 1600


@pytest.mark.parametrize("big_endian", [False, True])
def test_heic_container_reads_back(big_endian):
    from app.photocheck.heif import parse_heif

    info = parse_heif(heic(exif=Exif(make="Apple", model="iPhone 8", big_endian=big_endian,
                                     pixel_size=(4032, 3024)), rotation=90))
    assert (info.width, info.height, info.rotation) == (4032, 3024, 90)
    assert info.exif_tiff[:2] == (b"MM" if big_endian else b"II")
