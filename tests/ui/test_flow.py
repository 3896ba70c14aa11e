"""The whole guided flow, driven like a user: setup, write, photos, approval, bundle."""

import hashlib
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.helpers import BODY
from tests.photos import original_heic, original_jpeg
from tests.ui.conftest import replace_text, type_text

TITLE = "Công đoàn cơ sở phòng A tổ chức tặng quà đoàn viên có hoàn cảnh khó khăn"
CAPTIONS = [
    "Đồng chí Nông Văn B trao quà cho đoàn viên Phạm Thị X",
    "Các đoàn viên chụp ảnh lưu niệm tại hội trường",
    "Toàn cảnh buổi trao quà tại Phòng A",
]
PHOTOS = ["DSC_0042.JPG", "IMG_1034.heic", "IMG_20261120_083015.jpg"]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def do_setup(qtbot, w):
    qtbot.waitUntil(lambda: w.setup is not None and w.stack.currentWidget() is w.setup)
    s = w.setup
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is s  # nothing typed: stays, says why
    assert s.f_unit.message.isVisible() and s.author.f_name.message.isVisible()
    type_text(s.unit_name, "Công đoàn cơ sở Trường THCS Nguyễn Trãi")
    type_text(s.author.name, "Nông Văn K")
    type_text(s.author.phone, "0983.123.456")
    s.author.bank.setCurrentIndex(s.author.bank.findData("970436"))
    type_text(s.author.account, "0123 456 789")
    type_text(s.author.holder, "Nông Văn K")
    assert s.author.holder_form.text().endswith("NONG VAN K")
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.home is not None and w.stack.currentWidget() is w.home)


def start_new(qtbot, w):
    qtbot.mouseClick(w.home.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.flow is not None and w.stack.currentWidget() is w.flow)
    return w.flow


def test_whole_flow_to_a_bundle(qtbot, window, tmp_path):
    originals = tmp_path / "phone"
    originals.mkdir()
    original_jpeg(originals / PHOTOS[0], seed=1)
    original_heic(originals / PHOTOS[1])
    original_jpeg(originals / PHOTOS[2], seed=2)
    w = window
    do_setup(qtbot, w)
    w.services.write(w.services.store.set_setting, "bundle_base", str(tmp_path / "out"))
    flow = start_new(qtbot, w)
    content, photos, author, approval, review = flow.steps
    assert author.form.name.text() == "Nông Văn K"  # prefilled from the profile

    # Step 1 blocks until title and text are there, and says why.
    qtbot.mouseClick(flow.next_button, Qt.MouseButton.LeftButton)
    assert flow.current_step() is content
    assert content.f_title.message.isVisible()
    assert content.f_title.message.severity == "error"
    type_text(content.title_edit, TITLE)
    assert not content.f_title.message.isVisible()  # unblocked as soon as it is fixed
    type_text(content.body_edit, BODY)
    assert "words" in content.count.text() or "từ" in content.count.text()
    # Jumping ahead in the step list cannot skip a step with errors.
    flow.step_list.setCurrentRow(4)
    assert flow.current_step() is photos  # stopped at the first step that blocks
    assert photos.message.isVisible()

    photos.add_paths([str(originals / n) for n in PHOTOS])
    qtbot.waitUntil(lambda: len(flow.sub.photos) == 3 and photos.add_button.isEnabled(),
                    timeout=15000)
    assert [p.original_name for p in flow.sub.photos] == PHOTOS
    qtbot.mouseClick(flow.next_button, Qt.MouseButton.LeftButton)
    assert flow.current_step() is photos  # captions missing
    rows = [photos.rows[p.id] for p in flow.sub.photos]
    qtbot.waitUntil(lambda: all(r.message.isVisible() for r in rows))  # shown on the next tick
    for row, caption in zip(rows, CAPTIONS):
        type_text(row.caption, caption)
    qtbot.mouseClick(flow.next_button, Qt.MouseButton.LeftButton)
    assert flow.current_step() is author
    qtbot.mouseClick(flow.next_button, Qt.MouseButton.LeftButton)
    assert flow.current_step() is approval
    qtbot.mouseClick(flow.next_button, Qt.MouseButton.LeftButton)
    assert flow.current_step() is approval  # nobody approved yet
    assert approval.confirm_message.isVisible()
    type_text(approval.name, "Nông Văn B")
    type_text(approval.position, "Chủ tịch Công đoàn cơ sở")
    approval.confirm.click()
    qtbot.mouseClick(flow.next_button, Qt.MouseButton.LeftButton)
    assert flow.current_step() is review
    preview = review.preview.toPlainText()
    for label in ("Tít tin, bài", "Nội dung bài viết", "Chú thích ảnh", "Tác giả",
                  "Đơn vị công tác", "Số điện thoại", "Số tài khoản của tác giả",
                  "Tên chủ tài khoản"):
        assert label in preview
    assert TITLE in preview and "0983 123 456" in preview

    qtbot.mouseClick(review.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.bundle_path is not None, timeout=15000)
    folder = Path(review.bundle_path)
    assert folder.parent == tmp_path / "out"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["fields"]["title"] == TITLE
    assert [p["caption"] for p in manifest["photos"]] == CAPTIONS
    for entry, name in zip(manifest["photos"], PHOTOS):
        assert sha(folder / entry["file"]) == sha(originals / name)
    assert review.result.isVisible() and review.open_button.isVisible()


def test_draft_survives_closing_the_app(qtbot, make_window, data_dir):
    w = make_window()
    do_setup(qtbot, w)
    flow = start_new(qtbot, w)
    type_text(flow.steps[0].title_edit, "Hội nghị người lao động năm 2026")
    w.close()  # mid-way: no explicit save

    w2 = make_window()
    qtbot.waitUntil(lambda: w2.home is not None and w2.home.list.count() == 1)
    assert "Hội nghị người lao động năm 2026" in w2.home.list.item(0).text()
    w2.home.list.setCurrentRow(0)
    qtbot.mouseClick(w2.home.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w2.flow is not None and w2.stack.currentWidget() is w2.flow)
    assert w2.flow.steps[0].title_edit.text() == "Hội nghị người lao động năm 2026"


def test_typing_is_autosaved_within_a_second(qtbot, window):
    do_setup(qtbot, window)
    flow = start_new(qtbot, window)
    with qtbot.waitSignal(window.services.draft_saved, timeout=3000):
        pass  # the new draft is written at once
    type_text(flow.steps[0].title_edit, "Tin nhanh")
    with qtbot.waitSignal(window.services.draft_saved, timeout=1000):
        pass
    saved = window.services.store.load_draft(flow.sub.id)
    assert saved.title == "Tin nhanh"


def test_delete_draft_and_undo(qtbot, window):
    do_setup(qtbot, window)
    flow = start_new(qtbot, window)
    type_text(flow.steps[0].title_edit, "Bản nháp sẽ xoá")
    qtbot.mouseClick(flow.close_button, Qt.MouseButton.LeftButton)
    home = window.home
    qtbot.waitUntil(lambda: home.list.count() == 1)
    home.list.setCurrentRow(0)
    qtbot.mouseClick(home.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: home.list.count() == 0 and window.toast.isVisible())
    qtbot.mouseClick(window.toast.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: home.list.count() == 1)
    assert "Bản nháp sẽ xoá" in home.list.item(0).text()


def test_editing_after_approval_asks_for_it_again(qtbot, window):
    do_setup(qtbot, window)
    flow = start_new(qtbot, window)
    approval = flow.steps[3]
    type_text(approval.name, "Nông Văn B")
    approval.confirm.click()
    assert flow.sub.approval.confirmed_at
    replace_text(flow.steps[0].title_edit, "Tít đã sửa sau khi duyệt")
    assert flow.sub.approval.confirmed_at is None
    assert not approval.confirm.isChecked()
    assert approval.reset_note.isVisibleTo(approval)


@pytest.mark.parametrize("bad_file", ["gone.jpg", "notes.jpg"])
def test_bad_photo_is_explained_and_the_rest_kept(qtbot, window, tmp_path, bad_file):
    from tests.helpers import make_jpeg

    do_setup(qtbot, window)
    flow = start_new(qtbot, window)
    good = make_jpeg(tmp_path / "ảnh tốt.jpg")
    if bad_file == "notes.jpg":
        (tmp_path / bad_file).write_text("không phải ảnh", encoding="utf-8")
    photos = flow.steps[1]
    photos.add_paths([str(good), str(tmp_path / bad_file)])
    qtbot.waitUntil(lambda: photos.add_button.isEnabled() and photos.errors.isVisibleTo(photos),
                    timeout=10000)
    assert [p.original_name for p in flow.sub.photos] == ["ảnh tốt.jpg"]
    assert bad_file in photos.errors.text.text()
