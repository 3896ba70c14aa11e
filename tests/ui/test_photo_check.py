"""The photo step shows each photo's verdict, asks why a rejected one must go, stays responsive."""

import gc
import hashlib
import shutil

from tests.photos import edited_jpeg, original_jpeg
from tests.ui.conftest import type_text
from tests.ui.loop_gaps import LoopGaps
from tests.ui.test_flow import do_setup, start_new


def open_photos_step(qtbot, window):
    from tests.helpers import BODY

    do_setup(qtbot, window)
    flow = start_new(qtbot, window)
    type_text(flow.steps[0].title_edit, "Hội nghị người lao động năm 2026")
    type_text(flow.steps[0].body_edit, BODY)
    flow.next()
    assert flow.current_step() is flow.steps[1]
    return flow, flow.steps[1]


def test_badges_reasons_and_explanation_for_a_rejected_photo(qtbot, window, tmp_path):
    flow, step = open_photos_step(qtbot, window)
    original = original_jpeg(tmp_path / "DSC_0001.JPG")
    edited = edited_jpeg(tmp_path / "hoi-nghi (2).jpg", seed=5)
    before = hashlib.sha256(edited.read_bytes()).hexdigest()
    step.add_paths([str(original), str(edited)])
    qtbot.waitUntil(lambda: len(flow.sub.photos) == 2 and all(p.check for p in flow.sub.photos),
                    timeout=20000)
    ok_row, bad_row = (step.rows[p.id] for p in flow.sub.photos)
    assert [p.verdict for p in flow.sub.photos] == ["ok", "reject"]
    assert ok_row.badge.text() == "Ảnh gốc"
    assert bad_row.badge.text() == "Không phải ảnh gốc"
    assert "GIMP" in bad_row.badge.toolTip()  # the reason, in plain words, on hover
    assert ok_row.explanation is None or not ok_row.explanation.isVisibleTo(ok_row)
    assert bad_row.explanation.isVisibleTo(bad_row)
    bad_row.details_button.click()
    assert "GIMP" in bad_row.details.text() and bad_row.details.isVisibleTo(bad_row)
    # the checker never touched the file
    assert hashlib.sha256(edited.read_bytes()).hexdigest() == before

    for row, caption in ((ok_row, "Đồng chí Nông Văn B trao quà cho đoàn viên"),
                         (bad_row, "Toàn cảnh hội nghị người lao động năm 2026")):
        type_text(row.caption, caption)
    flow.next()
    assert flow.current_step() is step  # a reject needs a written explanation
    assert "không phải ảnh gốc" in bad_row.message.text()
    type_text(bad_row.explanation, "Ảnh duy nhất của sự kiện, do đoàn viên gửi qua Zalo.")
    flow.next()
    assert flow.current_step() is flow.steps[2]
    saved = flow.sub.photos[1]
    assert saved.explanation.startswith("Ảnh duy nhất") and saved.check.verdict == "reject"


def test_forty_photos_keep_the_window_responsive(qtbot, window, tmp_path):
    # 8 camera-sized photos, originals and edited ones, each saved 5 times with a few bytes
    # after the image: 40 distinct files
    sources = [original_jpeg(tmp_path / f"src-{i}.jpg", seed=i, size=(4000, 3000))
               for i in range(6)]
    sources += [edited_jpeg(tmp_path / f"src-{i}.jpg", seed=i) for i in (6, 7)]
    files = []
    for i in range(40):
        src = sources[i % len(sources)]
        dst = tmp_path / f"{i:02d}-{src.name}"
        shutil.copyfile(src, dst)
        with dst.open("ab") as fh:
            fh.write(b"\x00" * (i // len(sources) + 1))
        files.append(str(dst))
    flow, step = open_photos_step(qtbot, window)

    gaps = LoopGaps()
    # The window is measured, not the test runner's heap: after a thousand tests one full
    # garbage collection of what they left takes about 100 ms by itself.
    gc.collect()
    gc.freeze()
    try:
        gaps.start()  # (the collection above is not the window's)
        step.add_paths(files)
        qtbot.waitUntil(lambda: len(flow.sub.photos) == 40
                        and all(p.check for p in flow.sub.photos)
                        and step.add_button.isEnabled(), timeout=120000)
        gaps.stop()
    finally:
        gc.unfreeze()
    assert len(gaps.gaps) > 20
    assert gaps.worst < 0.100, (f"the event loop stalled {gaps.worst * 1000:.0f} ms "
                                f"({gaps.worst_raw * 1000:.0f} ms by the wall clock)")
    assert step.check_progress.isHidden()
