"""Work that finishes after the user moved on lands where it belongs; crashes leave truth."""


from app import model, settings
from app.outbox.box import Outbox
from app.sending.queue import queue_submission
from app.storage.photos import import_photo
from tests.helpers import complete_submission
from tests.photos import original_jpeg
from tests.ui.test_flow import do_setup, start_new


def test_photos_still_copying_when_another_draft_opens_go_to_their_own_draft(
        qtbot, window, tmp_path):
    originals = [original_jpeg(tmp_path / f"DSC_{i:04d}.JPG", seed=i) for i in range(6)]
    do_setup(qtbot, window)
    flow = start_new(qtbot, window)
    first = flow.sub
    flow.steps[1].add_paths([str(p) for p in originals])
    window.new_submission()  # the user starts another item at once
    qtbot.waitUntil(lambda: flow.sub is not first)
    second = flow.sub
    qtbot.waitUntil(lambda: flow.steps[1].add_button.isEnabled(), timeout=20000)
    store = window.services.store
    qtbot.waitUntil(lambda: len(store.load_draft(first.id).photos) == 6, timeout=10000)
    assert second.photos == []


def test_a_crash_mid_send_is_made_true_when_the_window_opens(qtbot, make_window, data_dir,
                                                              tmp_path):
    from app.storage.database import Store

    store = Store(data_dir)
    settings.put(store, settings.UNIT, model.Unit("Công đoàn cơ sở Phòng A", "co-so"))
    photo = import_photo(store, original_jpeg(tmp_path / "DSC_0001.JPG"), "Ảnh hội nghị")
    sub = complete_submission([photo])
    store.save_draft(sub)
    (item,) = queue_submission(store, sub).items
    store.execute("UPDATE outbox SET state='uploaded' WHERE id=?", (item.id,))  # killed here
    store.close()
    w = make_window()
    box = Outbox(w.services.store)
    qtbot.waitUntil(lambda: box.get(item.id).state == "unknown", timeout=10000)
    assert not (data_dir / "hop-thu-tap").exists() or not list((data_dir / "hop-thu-tap").iterdir())


def test_cancelled_item_stays_a_draft_after_closing(qtbot, make_window, data_dir, tmp_path):
    w = make_window()
    do_setup(qtbot, w)
    store = w.services.store
    settings.put(store, settings.BUNDLE_BASE, str(tmp_path / "out"))
    photo = import_photo(store, original_jpeg(tmp_path / "DSC_0001.JPG"), "Ảnh hội nghị")
    sub = complete_submission([photo])
    store.save_draft(sub)
    w.open_draft(sub.id)
    qtbot.waitUntil(lambda: w.flow is not None and w.flow.sub is not None
                    and w.flow.sub.id == sub.id)
    w.flow.go_to(4)
    review = w.flow.steps[4]
    review.send(now=False)
    qtbot.waitUntil(lambda: review.result.isVisible(), timeout=15000)
    (item,) = Outbox(store).items()
    w.show_outbox()
    page = w.outbox_page
    qtbot.waitUntil(lambda: page.list.count() == 1)
    page.list.setCurrentRow(0)
    page.cancel_button.click()
    qtbot.waitUntil(lambda: page.list.count() == 0)
    w.close()  # the editor of that item had been open: its autosave must not undo the cancel
    again = reopen_store(data_dir)
    assert [d.id for d in again.list_drafts()] == [sub.id]
    assert again.draft_state(sub.id) == "draft"


def reopen_store(data_dir):
    from app.storage.database import Store

    return Store(data_dir)


def test_closing_while_sending_does_not_freeze(qtbot, make_window, data_dir, tmp_path,
                                               make_server, memory_keyring):
    import os
    import time

    from app.mail import secrets
    from tests.helpers import make_jpeg
    from tests.mail import smtpserver as S

    server = make_server("starttls", faults=[(S.STALL_UPLOAD, 1)], stall_seconds=30)
    w = make_window()
    store = w.services.store
    settings.put(store, settings.UNIT, model.Unit("Công đoàn cơ sở Phòng A", "co-so"))
    settings.put(store, settings.BUNDLE_BASE, str(tmp_path / "out"))
    settings.put(store, settings.ACCOUNT, server.account(size_limit=64_000_000))
    settings.remember_size_limit(store, server.account(), None)  # heard: it advertises none
    secrets.store_password(server.account(), server.password)
    big = make_jpeg(tmp_path / "big.jpg")
    big.write_bytes(big.read_bytes() + os.urandom(24_000_000))
    photo = import_photo(store, big, "Ảnh hội nghị người lao động")
    photo.explanation = "Ảnh dựng cho kiểm thử."
    sub = complete_submission([photo])
    store.save_draft(sub)
    (item,) = queue_submission(store, sub).items
    w.sender.send_now()
    qtbot.waitUntil(lambda: "DATA" in server.verbs(), timeout=15000)
    started = time.monotonic()
    w.close()
    assert time.monotonic() - started < 6  # the officer is not left with a frozen window
    server.release()
    state = Outbox(reopen_store(data_dir)).get(item.id).state
    assert state in ("sending", "queued")  # never "sent" by mistake; recovered at next start
