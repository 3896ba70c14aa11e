"""The photo step: a photo that is not all there is shown as such, offers no way to send it
'with an explanation', and Next names it."""

from tests.photos import heic, original_jpeg, write
from tests.ui.conftest import type_text
from tests.ui.test_photo_check import open_photos_step


def test_a_cut_heic_blocks_the_photo_step(qtbot, window, tmp_path):
    flow, step = open_photos_step(qtbot, window)
    good = original_jpeg(tmp_path / "DSC_0001.JPG")
    whole = heic()
    cut = write(tmp_path, "IMG_1034.HEIC", whole[:len(whole) // 2])
    step.add_paths([str(good), str(cut)])
    qtbot.waitUntil(lambda: len(flow.sub.photos) == 2 and all(p.check for p in flow.sub.photos),
                    timeout=20000)
    assert [p.verdict for p in flow.sub.photos] == ["ok", "error"]
    good_row, cut_row = (step.rows[p.id] for p in flow.sub.photos)
    assert cut_row.badge.text() == "Không kiểm tra được"
    assert "hỏng" in cut_row.badge.toolTip()
    assert cut_row.explanation is None  # no 'send it anyway' for a photo that is not whole
    for row, caption in ((good_row, "Đồng chí Nông Văn B trao quà cho đoàn viên"),
                         (cut_row, "Toàn cảnh hội nghị người lao động năm 2026")):
        type_text(row.caption, caption)
    flow.next()
    assert flow.current_step() is step
    assert "IMG_1034.HEIC" in cut_row.message.text() and "hỏng" in cut_row.message.text()
    cut_row.remove.click()
    qtbot.waitUntil(lambda: len(flow.sub.photos) == 1)
    flow.next()
    assert flow.current_step() is flow.steps[2]
