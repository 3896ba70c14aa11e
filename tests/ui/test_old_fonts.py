"""Text pasted from old TCVN3/VNI documents is noticed and converted on request (with undo)."""

from PySide6.QtCore import Qt

from tests.helpers import make_jpeg
from tests.ui.conftest import type_text
from tests.ui.test_flow import do_setup, start_new


def test_title_and_body_in_old_fonts_are_offered_a_conversion(qtbot, window):
    do_setup(qtbot, window)
    flow = start_new(qtbot, window)
    content = flow.steps[0]
    type_text(content.title_edit, "C«ng ®oµn c¬ së phßng A tÆng quµ ®oµn viªn")
    type_text(content.body_edit, "Coâng ñoaøn cô sôû phoøng A ñaõ toå chöùc trao quaø.")
    qtbot.waitUntil(lambda: content.mojibake_banner.isVisibleTo(content), timeout=3000)
    qtbot.mouseClick(content.convert_button, Qt.MouseButton.LeftButton)
    assert content.title_edit.text() == "Công đoàn cơ sở phòng A tặng quà đoàn viên"
    assert flow.sub.body == "Công đoàn cơ sở phòng A đã tổ chức trao quà."
    qtbot.waitUntil(lambda: not content.mojibake_banner.isVisibleTo(content), timeout=3000)
    content.title_edit.undo()  # the user changes their mind
    assert content.title_edit.text().startswith("C«ng")


def test_captions_in_old_fonts(qtbot, window, tmp_path):
    do_setup(qtbot, window)
    flow = start_new(qtbot, window)
    photos = flow.steps[1]
    photos.add_paths([str(make_jpeg(tmp_path / "a.jpg"))])
    qtbot.waitUntil(lambda: len(flow.sub.photos) == 1)
    row = photos.rows[flow.sub.photos[0].id]
    type_text(row.caption, "§ång chÝ N«ng V¨n B trao quµ cho ®oµn viªn")
    qtbot.waitUntil(lambda: photos.mojibake_banner.isVisibleTo(photos), timeout=3000)
    photos.mojibake_banner.buttons[0].click()
    assert flow.sub.photos[0].caption == "Đồng chí Nông Văn B trao quà cho đoàn viên"
