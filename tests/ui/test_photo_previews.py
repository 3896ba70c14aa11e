"""HEIC previews and the details panel's content credentials, offscreen."""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image

from app import model
from tests.photos import camera_jpeg, write
from tests.ui.test_photo_check import open_photos_step

pillow_heif = pytest.importorskip("pillow_heif")


def small_heic(path, *, orientation: int | None = None, thumbnail: bool = False):
    """A small HEIC made by pillow-heif: left half red, right half blue (encoding a large one
    takes seconds). With `orientation` 6 the picture is stored sideways, the container says
    to turn it (irot), as phones do."""
    im = Image.new("RGB", (96, 64), (220, 20, 20))
    im.paste((20, 20, 220), (48, 0, 96, 64))
    if orientation == 6:  # stored turned; shown upright again after irot
        im = im.transpose(Image.Transpose.ROTATE_90)
    heif = pillow_heif.from_pillow(im)
    buf = io.BytesIO()
    kw = {"thumbnails": [48] if thumbnail else []}
    if orientation:
        exif = Image.Exif()
        exif[0x0112] = orientation
        kw["exif"] = exif.tobytes()
    heif.save(buf, quality=60, **kw)
    path.write_bytes(buf.getvalue())
    return path


def test_heic_preview_decodes_upright_and_is_cached(qapp, tmp_path):
    from ui import thumbnails

    path = small_heic(tmp_path / "IMG_0001.HEIC")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    thumbnails.clear_cache()
    image = thumbnails.load_thumbnail(str(path), 48)
    assert image is not None and not image.isNull()
    assert (image.width(), image.height()) == (48, 32)
    left, right = image.pixelColor(5, 16), image.pixelColor(42, 16)
    assert left.red() > 150 and left.blue() < 100  # red half on the left
    assert right.blue() > 150 and right.red() < 100
    assert thumbnails.load_thumbnail(str(path), 48) is image  # from the cache
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # only read


def test_heic_stored_turned_comes_out_upright(qapp, tmp_path):
    from ui import thumbnails

    path = small_heic(tmp_path / "turned.heic", orientation=6)
    image = thumbnails.load_thumbnail(str(path), 48)
    assert image is not None
    assert image.width() > image.height()  # landscape again, as the phone showed it


def test_heic_with_its_own_small_picture(qapp, tmp_path):
    from ui import thumbnails

    path = small_heic(tmp_path / "thumb.heic", thumbnail=True)
    image = thumbnails.load_thumbnail(str(path), 40)
    assert image is not None and max(image.width(), image.height()) == 40


def test_unreadable_heic_gives_no_preview(qapp, tmp_path):
    from ui import thumbnails

    path = tmp_path / "broken.heic"
    path.write_bytes(small_heic(tmp_path / "x.heic").read_bytes()[:200])
    assert thumbnails.load_thumbnail(str(path)) is None


def test_heic_photo_shows_as_itself_in_the_photo_step(qtbot, window, tmp_path):
    flow, step = open_photos_step(qtbot, window)
    path = small_heic(tmp_path / "IMG_2929.HEIC")
    step.add_paths([str(path)])
    qtbot.waitUntil(lambda: len(flow.sub.photos) == 1, timeout=20000)
    row = step.rows[flow.sub.photos[0].id]
    qtbot.waitUntil(lambda: row.thumb.pixmap() is not None and not row.thumb.pixmap().isNull(),
                    timeout=20000)
    assert row.thumb.text() == ""  # the grey "HEIC" box is gone
    qtbot.waitUntil(lambda: flow.sub.photos[0].check is not None, timeout=20000)


def test_details_panel_shows_content_credentials(qtbot, tmp_path):
    from app.photocheck import check_photo
    from tests.c2pa_fixtures import CAPTURE, make_pki, sign
    from ui.flow.photos import PhotoRow

    pki = make_pki()
    path = write(tmp_path, "IMG_0001.JPG", sign(camera_jpeg(), CAPTURE, pki))
    report = check_photo(path, trust_pem=pki.root_pem)
    photo = model.Photo(sha256="ab" * 32, size=path.stat().st_size,
                        original_name="IMG_0001.JPG", ext=".jpg",
                        check=report.to_check("ab" * 32))
    row = PhotoRow(photo, 1)
    qtbot.addWidget(row)
    assert row.badge.text() == "Ảnh gốc"
    row.details_button.click()
    text = row.details.text()
    assert "Không thấy dấu hiệu ảnh đã bị thay đổi." in text  # no doubt
    assert "✔ Thông tin xác thực nội dung của ảnh, do TinBai Test Camera ký" in text
    assert "Người ký có trong danh sách tin cậy" in text
    assert "Thông tin xác thực nội dung (C2PA): hợp lệ" in text
    assert "TinBai fixture 1.0" in text and "chụp bằng máy ảnh" in text
    assert "Cách xử lý" not in text  # nothing to do about a positive finding
    assert "TinBai Test Camera" in row.badge.toolTip()


def test_iphone_heics_show_as_themselves(qapp, tmp_path):
    """The corpus' iPhone files: one with its own small picture, one without (decoded whole,
    a second or so on the worker pool), stored as the phone shot them. Without the corpus,
    two real HEICs encoded here (landscape and portrait, no small picture) stand in."""
    from tests.conftest import PHOTOS
    from ui import thumbnails

    folder = PHOTOS / "original"
    if not (folder / "IMG_1034.heic").is_file():
        import pillow_heif
        from PIL import Image

        pillow_heif.register_heif_opener()
        folder = tmp_path
        for name, size in (("IMG_1034.heic", (400, 300)), ("IMG_2929.HEIC", (300, 400))):
            Image.new("RGB", size, (180, 40, 40)).save(folder / name, format="HEIF",
                                                       quality=50)
    with_thumb = thumbnails.load_thumbnail(str(folder / "IMG_1034.heic"))
    assert (with_thumb.width(), with_thumb.height()) == (112, 84)
    portrait = thumbnails.load_thumbnail(str(folder / "IMG_2929.HEIC"))
    assert (portrait.width(), portrait.height()) == (84, 112)
