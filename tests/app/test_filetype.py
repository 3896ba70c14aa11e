"""The one file-type sniffer, and the two places that use it: the photo store and the check."""

from __future__ import annotations

import io

import pytest

from app.base.filetype import HEIF_BRANDS, Sniffed, extension, sniff
from app.photocheck import check_photo
from app.storage.database import Store
from app.storage.photos import PhotoImportError, import_photo
from tests.photos import heic, picture, write

HEIF_EXTENSIONS = (".heic", ".heif", ".avif")


@pytest.mark.parametrize("kind, name, expected", [
    (Sniffed("JPEG"), "DSC_0001.JPG", ".jpg"),
    (Sniffed("JPEG"), "anh.jpeg", ".jpeg"),
    (Sniffed("JPEG"), "anh.JPEG", ".jpeg"),
    (Sniffed("JPEG"), "no-extension", ".jpg"),
    (Sniffed("HEIF", brand="heic"), "IMG_0001.HEIC", ".heic"),
    (Sniffed("HEIF", brand="mif1"), "photo.heif", ".heif"),
    (Sniffed("HEIF", brand="heic"), "photo.jpg", ".heic"),
    (Sniffed("HEIF", brand="avif"), "photo.heic", ".avif"),
    (Sniffed("HEIF", brand="avis"), "x", ".avif"),
    (Sniffed("PNG"), "a.png", ".png"),
    (Sniffed("GIF"), "a", ".gif"),
    (Sniffed("WebP"), "a", ".webp"),
    (Sniffed("BMP"), "a", ".bmp"),
    (Sniffed("TIFF/RAW"), "a.dng", ".tif"),
    (Sniffed("RAW"), "a.cr3", None),
    (Sniffed("video", brand="mp42"), "a.mp4", None),
    (Sniffed("PDF"), "a.pdf", None),
    (Sniffed(None), "a.jpg", None),
])
def test_extension(kind, name, expected):
    assert extension(kind, name) == expected


def _with_brands(data: bytes, major: bytes, compatible: bytes) -> bytes:
    """The factory's HEIF with other ftyp brands (its ftyp holds two compatible brands)."""
    assert data[4:8] == b"ftyp" and data[:4] == b"\x00\x00\x00\x18"
    return data[:8] + major + data[12:16] + compatible + data[24:]


@pytest.mark.parametrize("placement", ["major", "compatible"])
@pytest.mark.parametrize("brand", sorted(HEIF_BRANDS))
def test_store_and_check_agree_on_every_heif_brand(tmp_path, brand, placement):
    if placement == "major":
        data = _with_brands(heic(), brand, b"mif1" + brand)
    else:  # behind a major brand neither knows
        data = _with_brands(heic(), b"niko", b"niko" + brand)
    path = write(tmp_path, "IMG_0001.HEIC", data)
    report = check_photo(path)
    assert report.facts["format"] == "HEIF"
    assert report.verdict == "ok", report.codes()
    photo = import_photo(Store(tmp_path / "data"), path)
    assert photo.ext in HEIF_EXTENSIONS
    assert (photo.ext == ".avif") == (placement == "major" and brand in (b"avif", b"avis"))


@pytest.mark.parametrize("major", [b"mp42", b"isom", b"qt  ", b"crx "])
def test_store_and_check_agree_on_other_iso_files(tmp_path, major):
    path = write(tmp_path, "clip.heic", _with_brands(heic(), major, major + b"iso2"))
    assert check_photo(path).facts["format"] != "HEIF"
    with pytest.raises(PhotoImportError) as err:
        import_photo(Store(tmp_path / "data"), path)
    assert err.value.code == "not-an-image"


@pytest.mark.parametrize("fmt, ext", [("PNG", ".png"), ("GIF", ".gif"), ("WEBP", ".webp"),
                                      ("BMP", ".bmp"), ("JPEG", ".jpg"), ("TIFF", ".tif")])
def test_store_extension_comes_from_the_sniffer(tmp_path, fmt, ext):
    buf = io.BytesIO()
    picture((64, 48)).save(buf, fmt)
    path = write(tmp_path, "picture.bin", buf.getvalue())
    assert extension(sniff(buf.getvalue())) == ext
    assert import_photo(Store(tmp_path / "data"), path).ext == ext
