"""Each rule of the originality check, on synthetic files built in tmp."""

from __future__ import annotations

import io
import struct

import pytest
from PIL import Image

from app.photocheck import check_photo
from tests.photos import (
    Exif,
    camera_jpeg,
    camera_layout,
    camera_thumbnail,
    encode,
    heic,
    libjpeg_file,
    picture,
    rewritten_jpeg,
    segment,
    split_segments,
    with_mpf_picture,
    write,
)


def check(tmp_path, data: bytes, name: str = "IMG_0001.JPG", **kw):
    return check_photo(write(tmp_path, name, data), **kw)


def test_camera_original_is_ok(tmp_path):
    report = check(tmp_path, camera_jpeg())
    assert report.verdict == "ok", report.codes()
    assert report.reasons == []
    facts = report.facts
    assert facts["format"] == "JPEG"
    assert (facts["width"], facts["height"]) == (1600, 1200)
    assert facts["make"] == "Canon" and facts["has_makernote"] is True
    # the camera's own tables: no lossless rewrite left them so, the preview is not compared
    assert "thumbnail_score" not in facts
    assert facts["thumbnail_note"].startswith("not compared")
    assert report.to_dict()["verdict"] == "ok"


def test_rewritten_tables_compare_the_preview(tmp_path):
    report = check(tmp_path, rewritten_jpeg())
    assert report.codes() == ["encoder-layout"]
    assert report.facts["thumbnail_score"] >= 0.95


@pytest.mark.parametrize("fmt,kw", [("PNG", {}), ("GIF", {}), ("WEBP", {}), ("BMP", {}),
                                    ("TIFF", {})])
def test_other_formats_are_rejected(tmp_path, fmt, kw):
    buf = io.BytesIO()
    picture((300, 200)).save(buf, fmt, **kw)
    report = check(tmp_path, buf.getvalue(), name=f"Screenshot_2024.{fmt.lower()}")
    assert report.verdict == "reject"
    assert report.codes()[0] == "not-camera-format"
    assert "screenshot-name" in report.codes()
    if fmt != "TIFF":
        assert (report.facts["width"], report.facts["height"]) == (300, 200)


def test_jpeg_without_exif_is_rejected(tmp_path):
    report = check(tmp_path, encode(picture()))
    assert report.verdict == "reject"
    assert "no-exif" in report.codes()
    assert report.facts["has_exif"] is False


def test_no_make_and_no_model_is_rejected(tmp_path):
    report = check(tmp_path, camera_jpeg(exif=Exif(make=None, model=None, software=None)))
    assert report.verdict == "reject"
    assert "no-camera" in report.codes()


def test_make_without_model_needs_review(tmp_path):
    report = check(tmp_path, camera_jpeg(exif=Exif(make="OPPO", model=None, software=None,
                                                   makernote=None)))
    assert report.verdict == "review"
    assert report.codes() == ["camera-incomplete"]


@pytest.mark.parametrize("software", [
    "Adobe Photoshop 25.0 (Windows)", "GIMP 2.10.32", "ACD Systems Digital Imaging",
    "Fotor Photo Editor 3.2", "Polarr", "Snapseed", "Meitu", "PicsArt",
    "Windows Photo Editor 10.0.10011.16384",
])
def test_editor_in_software_is_rejected(tmp_path, software):
    report = check(tmp_path, camera_jpeg(exif=Exif(software=software)))
    assert report.verdict == "reject"
    assert report.codes() == ["editor-software"]
    assert software in report.reasons[0].message


@pytest.mark.parametrize("make,model,software", [
    ("SAMSUNG", "GT-I9505", "I9505XXUGNG8"),
    ("NIKON CORPORATION", "NIKON D90", "Ver.1.00"),
    ("SONY", "DSC-H9", "Digital Camera DSC-H9 Ver1.0"),
    ("Canon", "Canon EOS R6", "Firmware Version 1.0.1"),
    ("Xiaomi", "Redmi Note 8", "ginkgo-user 10 QKQ1.200114.002 V12.0.3.0.QCOMIXM release-keys"),
    ("OPPO", "CPH2127", "MediaTek Camera Application"),
])
def test_firmware_in_software_is_ok(tmp_path, make, model, software):
    exif = Exif(make=make, model=model, software=software)
    report = check(tmp_path, camera_jpeg(exif=exif))
    assert report.verdict == "ok", report.codes()


def test_editor_in_processing_software_is_rejected(tmp_path):
    exif = Exif(processing_software="Adobe Lightroom 6.0")
    report = check(tmp_path, camera_jpeg(exif=exif))
    assert report.codes() == ["editor-software"]


def xmp_segment(body: str) -> bytes:
    packet = (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f"{body}</rdf:RDF></x:xmpmeta>").encode()
    return segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + packet)


@pytest.mark.parametrize("body,code", [
    ('<rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
     'xmp:CreatorTool="Picasa"/>', "editor-software"),
    ('<rdf:Description><xmp:CreatorTool>Adobe Photoshop CC 2019 (Windows)</xmp:CreatorTool>'
     "</rdf:Description>", "editor-software"),
    ('<rdf:Description><xmpMM:History><rdf:Seq><rdf:li stEvt:action="saved" '
     'stEvt:softwareAgent="Adobe Photoshop Lightroom Classic 12.1"/></rdf:Seq>'
     "</xmpMM:History></rdf:Description>", "editor-software"),
    ('<rdf:Description xmlns:crs="http://ns.adobe.com/camera-raw-settings/1.0/" '
     'crs:Version="15.0"/>', "editor-software"),
    ('<rdf:Description xmlns:MicrosoftPhoto="http://ns.microsoft.com/photo/1.0/">'
     "<MicrosoftPhoto:Rating>50</MicrosoftPhoto:Rating></rdf:Description>",
     "metadata-edited"),
])
def test_xmp_written_by_programs(tmp_path, body, code):
    report = check(tmp_path, camera_jpeg(extra=[xmp_segment(body)]))
    assert code in report.codes()
    assert report.verdict == ("reject" if code == "editor-software" else "review")


def test_xmp_with_firmware_creator_tool_is_ok(tmp_path):
    body = ('<rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
            'xmp:CreatorTool="13.4.1" photoshop:DateCreated="2020-05-04"/>')
    report = check(tmp_path, camera_jpeg(exif=Exif(make="Apple", model="iPhone 11 Pro",
                                                   software="13.4.1"),
                                         extra=[xmp_segment(body)]))
    assert report.verdict == "ok", report.codes()
    assert report.facts["xmp_creator_tool"] == "13.4.1"


def irb(resources: list[tuple[int, bytes]]) -> bytes:
    body = b"Photoshop 3.0\x00"
    for rid, data in resources:
        body += b"8BIM" + struct.pack(">H", rid) + b"\x00\x00" + struct.pack(">I", len(data))
        body += data + (b"\x00" if len(data) % 2 else b"")
    return segment(0xED, body)


def iptc(dataset: int, value: bytes) -> bytes:
    return b"\x1c\x02" + bytes([dataset]) + struct.pack(">H", len(value)) + value


@pytest.mark.parametrize("resources,code,verdict", [
    ([(0x03ED, bytes(16)), (0x0404, iptc(120, b"caption"))], "photoshop-block", "reject"),
    ([(0x0404, iptc(40, b"FBMD01000a8a0100008e1d0000"))], "social-network", "reject"),
    ([(0x0404, iptc(116, b"(c) Union news"))], "iptc-block", "review"),
])
def test_photoshop_and_iptc_blocks(tmp_path, resources, code, verdict):
    report = check(tmp_path, camera_jpeg(extra=[irb(resources)]))
    assert code in report.codes()
    assert report.verdict == verdict


def test_exif_size_different_from_picture_is_rejected(tmp_path):
    report = check(tmp_path, camera_jpeg(exif=Exif(pixel_size=(4000, 3000))))
    assert report.verdict == "reject"
    assert report.codes() == ["size-mismatch"]
    assert (report.facts["exif_width"], report.facts["exif_height"]) == (4000, 3000)


@pytest.mark.parametrize("recorded", [(1200, 1600), (1600, 1208), (1592, 1200)])
def test_exif_size_turned_or_trimmed_needs_review(tmp_path, recorded):
    report = check(tmp_path, camera_jpeg(exif=Exif(pixel_size=recorded)))
    assert report.verdict == "review"
    assert "size-rotated" in report.codes()


@pytest.mark.parametrize("make,model,software,expected", [
    ("Canon", "Canon EOS 80D", None, ["no-makernote"]),
    ("NIKON CORPORATION", "NIKON D750", "Ver.1.10", ["no-makernote"]),
    ("Apple", "iPhone 12", "16.1", ["no-makernote"]),
    ("Apple", "iPhone 4", "6.1.3", []),
    ("OPPO", "CPH1909", None, []),
    ("samsung", "SM-A515F", "A515FXXU4BTD1", []),
])
def test_missing_makernote(tmp_path, make, model, software, expected):
    exif = Exif(make=make, model=model, software=software, makernote=None)
    report = check(tmp_path, camera_jpeg(exif=exif))
    assert report.codes() == expected
    assert report.facts["has_makernote"] is False


def test_preview_of_another_picture_needs_review(tmp_path):
    other = camera_thumbnail(picture(seed=5).transpose(Image.Transpose.ROTATE_180))
    report = check(tmp_path, rewritten_jpeg(thumbnail=other))
    assert report.verdict == "review"
    assert report.codes() == ["thumbnail-mismatch", "encoder-layout"]
    assert report.facts["thumbnail_score"] < 0.85


def test_camera_preview_that_is_no_copy_raises_no_doubt(tmp_path):
    """The camera's own tables: a preview that is not a scaled copy of the picture (some
    cameras make theirs otherwise) is no sign of a lossless crop, which rewrites the tables."""
    other = camera_thumbnail(picture(seed=5).transpose(Image.Transpose.ROTATE_180))
    report = check(tmp_path, camera_jpeg(thumbnail=other))
    assert report.verdict == "ok", report.codes()


def test_preview_of_uncropped_picture_catches_a_lossless_crop(tmp_path):
    full = picture((3200, 2400))
    crop = full.crop((800, 600, 2400, 1800))  # 1600 x 1200, same aspect
    exif = Exif(thumbnail=camera_thumbnail(full))
    data = camera_layout(encode(crop), app_segments=[exif.app1()], merge_dht=False,
                         merge_dqt=False)
    report = check(tmp_path, data)
    assert report.codes() == ["thumbnail-mismatch", "encoder-layout"]


def _rewritten(im: Image.Image, thumbnail: bytes, **exif) -> bytes:
    exif = Exif(pixel_size=im.size, thumbnail=thumbnail, **exif)
    return camera_layout(encode(im), app_segments=[exif.app1()], merge_dht=False,
                         merge_dqt=False)


def test_letterboxed_preview_matches(tmp_path):
    """Cameras put a 3:2 picture in a 4:3 preview with black bands."""
    im = picture((1800, 1200))
    band = Image.new("RGB", (160, 120))
    small = im.resize((160, 107))
    band.paste(small, (0, 6))
    report = check(tmp_path, _rewritten(im, camera_layout(encode(band))))
    assert report.codes() == ["encoder-layout"], report.facts.get("thumbnail_score")


def test_preview_cropped_from_the_middle_matches(tmp_path):
    """Android's camera interface crops a preview of another shape from the picture's
    middle (a smaller field of view) instead of adding bands."""
    im = picture((2000, 1125), seed=3)  # 16:9
    middle = im.crop((250, 0, 1750, 1125))  # 4:3 from the middle
    report = check(tmp_path, _rewritten(im, camera_layout(encode(middle.resize((160, 120))))))
    assert report.codes() == ["encoder-layout"], report.facts.get("thumbnail_score")
    assert report.facts["thumbnail_score"] >= 0.85


def test_preview_squeezed_to_its_shape_matches(tmp_path):
    im = picture((2000, 1125), seed=4)
    report = check(tmp_path, _rewritten(im, camera_layout(encode(im.resize((160, 120))))))
    assert report.codes() == ["encoder-layout"], report.facts.get("thumbnail_score")


def test_preview_stored_upright_matches(tmp_path):
    """A phone that stores the picture sideways (Orientation 6) and its preview upright."""
    im = picture((1600, 1200), seed=6)
    upright = im.transpose(Image.Transpose.ROTATE_270)
    report = check(tmp_path, _rewritten(im, camera_thumbnail(upright, (120, 160)),
                                        orientation=6))
    assert report.codes() == ["encoder-layout"], report.facts.get("thumbnail_score")


def test_preview_turned_against_the_orientation_needs_review(tmp_path):
    """Turned the other way than EXIF says: what a lossless turn of the picture leaves."""
    im = picture((1600, 1200), seed=6)
    wrong = im.transpose(Image.Transpose.ROTATE_90)
    report = check(tmp_path, _rewritten(im, camera_thumbnail(wrong, (120, 160)),
                                        orientation=6))
    assert "thumbnail-mismatch" in report.codes(), report.facts.get("thumbnail_score")


def test_blank_preview_is_not_compared(tmp_path):
    im = picture((1600, 1200))
    blank = camera_layout(encode(Image.new("RGB", (160, 120), (0, 0, 0))))
    report = check(tmp_path, _rewritten(im, blank))
    assert report.codes() == ["encoder-layout"]
    assert report.facts["thumbnail_note"] == "preview blank"


def test_preview_comparison_can_be_skipped(tmp_path):
    other = camera_thumbnail(picture(seed=5).transpose(Image.Transpose.ROTATE_180))
    report = check(tmp_path, camera_jpeg(thumbnail=other), compare_thumbnail=False)
    assert report.verdict == "ok"
    assert "thumbnail_score" not in report.facts


# Encoder layout -----------------------------------------------------------------------


def test_resave_with_camera_exif_copied_is_rejected(tmp_path):
    """Pillow/ImageMagick: JFIF first, the copied EXIF, one table per segment."""
    exif = Exif(thumbnail=camera_thumbnail(picture()))
    report = check(tmp_path, libjpeg_file(encode(picture()), app_segments=[exif.app1()]))
    assert report.verdict == "reject"
    assert report.codes() == ["re-encoded"]
    assert report.facts["jpeg_libjpeg_layout"] is True
    assert report.facts["has_jfif"] is True


def test_libjpeg_phone_whose_preview_is_libjpeg_too_needs_review(tmp_path):
    small = picture().resize((160, 120))
    exif = Exif(make="alps", model="X100", software=None, makernote=None,
                thumbnail=encode(small))
    report = check(tmp_path, libjpeg_file(encode(picture()), app_segments=[exif.app1()]))
    assert report.verdict == "review"
    assert report.codes() == ["encoder-layout"]


def test_android_app_layout_needs_review(tmp_path):
    """Android's ExifInterface puts EXIF before the JFIF header libjpeg wrote."""
    exif = Exif(make="samsung", model="SM-A505F", software=None, makernote=None,
                thumbnail=camera_thumbnail(picture()))
    data = libjpeg_file(encode(picture()), app_segments=[exif.app1()], jfif_first=False)
    report = check(tmp_path, data)
    assert report.verdict == "review"
    assert report.codes() == ["encoder-layout"]


def _libjpeg_phone(**exif) -> bytes:
    """An Android phone whose camera stack is built on libjpeg: one table per segment."""
    im = picture()
    exif = Exif(make="OPPO", model="CPH2333", software=None, makernote=None,
                thumbnail=camera_thumbnail(im), **exif)
    return camera_layout(encode(im), app_segments=[exif.app1()], merge_dht=False,
                         merge_dqt=False)


def test_libjpeg_phone_with_its_mpf_pictures_is_ok(tmp_path):
    """The pictures the camera appended after the main one (indexed in MPF) are all there:
    no re-save or lossless turn keeps them, so the libjpeg tables are the camera's."""
    data = with_mpf_picture(_libjpeg_phone(), encode(picture().resize((800, 600))))
    report = check(tmp_path, data)
    assert report.verdict == "ok", report.codes()
    assert report.facts["mpf_pictures"] == 1
    assert report.facts["jpeg_libjpeg_layout"] is True


def test_libjpeg_phone_without_mpf_still_needs_review(tmp_path):
    assert check(tmp_path, _libjpeg_phone()).codes() == ["encoder-layout"]


def test_mpf_index_pointing_at_nothing_needs_review(tmp_path):
    """jpegtran -copy all keeps the APP2 index but not the pictures after the end."""
    data = with_mpf_picture(_libjpeg_phone(), encode(picture().resize((800, 600))),
                            keep_picture=False)
    report = check(tmp_path, data)
    assert report.codes() == ["encoder-layout"]
    assert report.facts["mpf_pictures"] is None


def test_resave_keeping_the_mpf_segment_is_still_rejected(tmp_path):
    """Pillow with the EXIF and the APP2 copied over: the appended picture is gone."""
    original = with_mpf_picture(_libjpeg_phone(), encode(picture().resize((800, 600))))
    segs, _scan = split_segments(original)
    kept = [segment(m, p) for m, p in segs if m in (0xE1, 0xE2)]
    report = check(tmp_path, libjpeg_file(encode(picture()), app_segments=kept))
    assert report.verdict == "reject", report.codes()


def test_jfif_phone_with_grouped_tables_is_ok(tmp_path):
    """Like the corpus' Samsung SM-J327T1: JFIF + EXIF, one DQT, optimised Huffman tables."""
    im = picture()
    exif = Exif(make="samsung", model="SM-J327T1", software="J327T1UVS4ASH2", makernote=None,
                thumbnail=camera_thumbnail(im))
    data = camera_layout(encode(im, optimize=True), app_segments=[exif.app1()], jfif=True,
                         merge_dht=False)
    report = check(tmp_path, data)
    assert report.verdict == "ok", report.codes()
    assert report.facts["jpeg_huffman"] == "optimised"


def test_progressive_with_camera_exif_needs_review(tmp_path):
    im = picture()
    exif = Exif(thumbnail=camera_thumbnail(im))
    data = camera_layout(encode(im, progressive=True), app_segments=[exif.app1()])
    report = check(tmp_path, data)
    assert report.facts["jpeg_progressive"] is True
    assert report.codes() == ["encoder-layout"]


# Names and size -------------------------------------------------------------------------


@pytest.mark.parametrize("name,code", [
    ("received_1234567890123456.jpeg", "messenger-name"),
    ("FB_IMG_1589012345678.jpg", "messenger-name"),
    ("IMG-20240506-WA0012.jpg", "messenger-name"),
    ("photo_2024-05-06_07-08-09.jpg", "messenger-name"),
    ("z5058321254178_a9b62d0e1a0d5c5e16a7cda5bf3f0e5f.jpg", "messenger-name"),
    ("Screenshot_20240506-070809.jpg", "screenshot-name"),
])
def test_messenger_and_screenshot_names_need_review(tmp_path, name, code):
    report = check(tmp_path, camera_jpeg(), name=name)
    assert report.verdict == "review"
    assert report.codes() == [code]


def test_original_name_is_used_instead_of_the_stored_name(tmp_path):
    path = write(tmp_path, "3f9a0c1d.jpg", camera_jpeg())
    assert check_photo(path).verdict == "ok"
    report = check_photo(path, original_name="received_123456789012345.jpeg")
    assert report.codes() == ["messenger-name"]
    assert report.facts["file_name"] == "received_123456789012345.jpeg"
    renamed = write(tmp_path, "IMG-20240506-WA0012.jpg", camera_jpeg())
    assert check_photo(renamed, original_name="DSC_0001.JPG").verdict == "ok"


def test_small_picture_needs_review(tmp_path):
    report = check(tmp_path, camera_jpeg((1000, 750)))
    assert report.verdict == "review"
    assert report.codes() == ["small-image"]


def test_quality_is_information_only(tmp_path):
    im = picture()
    exif = Exif(thumbnail=camera_thumbnail(im))
    for quality in (70, 99):
        data = camera_layout(encode(im, quality=quality), app_segments=[exif.app1()])
        report = check(tmp_path, data, name=f"q{quality}.jpg")
        assert report.facts["jpeg_quality"] == quality
        assert report.facts["jpeg_ijg_tables"] is True
        assert report.verdict == "ok"


# HEIC -----------------------------------------------------------------------------------


def test_heic_from_a_phone_is_ok(tmp_path):
    report = check(tmp_path, heic(), name="IMG_0001.HEIC")
    assert report.verdict == "ok", report.codes()
    assert report.facts["format"] == "HEIF"
    assert (report.facts["width"], report.facts["height"]) == (4032, 3024)
    assert report.facts["make"] == "Apple" and report.facts["has_makernote"] is True


def test_heic_stored_turned_is_ok(tmp_path):
    exif = Exif(make="Apple", model="iPhone 11 Pro", software="13.4.1",
                makernote=b"Apple iOS\x00" + bytes(20), pixel_size=(4032, 3024))
    report = check(tmp_path, heic(size=(3024, 4032), exif=exif), name="IMG_2929.HEIC")
    assert report.verdict == "ok", report.codes()


def test_heic_without_exif_is_rejected(tmp_path):
    report = check(tmp_path, heic(with_exif=False), name="IMG_0002.HEIC")
    assert report.verdict == "reject"
    assert report.codes() == ["no-exif"]


def test_heic_with_other_size_needs_review(tmp_path):
    exif = Exif(make="Apple", model="iPhone 12", software="16.1",
                makernote=b"Apple iOS\x00" + bytes(20), pixel_size=(4032, 3024))
    report = check(tmp_path, heic(size=(2000, 1500), exif=exif))
    assert "size-rotated" in report.codes()


def test_heic_editor_in_xmp_is_rejected(tmp_path):
    xmp = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description '
           b'xmp:CreatorTool="Adobe Lightroom for iOS"/></x:xmpmeta>')
    report = check(tmp_path, heic(xmp=xmp))
    assert report.codes() == ["editor-software"]


def test_heic_our_reader_cannot_walk_finds_the_exif_by_its_header(tmp_path, monkeypatch):
    from app.photocheck import checker
    from app.photocheck.heif import HeifError

    def refuse(data):
        raise HeifError("unusual boxes")

    monkeypatch.setattr(checker, "parse_heif", refuse)
    report = check(tmp_path, heic(), name="IMG_0003.HEIC")
    assert report.verdict == "ok", report.codes()
    assert report.facts["make"] == "Apple"
    assert report.facts["has_makernote"] is True and report.facts["width"] is None
    assert report.facts["heif_note"] == "unusual boxes"
    report = check(tmp_path, heic(with_exif=False), name="IMG_0004.HEIC")
    assert report.verdict == "error" and report.codes() == ["damaged"]


def test_every_report_has_the_base_facts(tmp_path):
    from app.photocheck.checker import BASE_FACTS

    for report in (check(tmp_path, camera_jpeg()), check_photo(tmp_path / "missing.jpg"),
                   check(tmp_path, b"", name="empty.jpg")):
        assert set(BASE_FACTS) <= set(report.facts)
