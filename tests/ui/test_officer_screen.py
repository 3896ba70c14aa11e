"""Issue 11, the officer's own screen: nothing changes behind their back (the wheel, the saved
author, old fonts), everything fits (the window, scrolling, narrow fields), nothing is wasted
(practice then real, setup kept, the connection test, the step a draft was left at) and the
words are true (photos, sends, dates, counts, Windows)."""

from __future__ import annotations

import re
import sys
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from app import model, obligations, settings
from app.outbox import history
from app.sending.queue import queue_submission
from app.sending.send import send_due
from app.storage.photos import import_photo
from tests.helpers import complete_submission
from tests.mail import smtpserver as S
from tests.photos import edited_jpeg, original_jpeg
from tests.ui.conftest import replace_text, type_text
from tests.ui.test_flow import do_setup, start_new
from tests.ui.test_sending import open_review, ready_draft
from ui.mainwindow import FRAME_GUESS, fit_rect

TCVN3_UNIT = "C«ng ®oµn c¬ së Tr\xadêng THCS"  # "Công đoàn cơ sở Trường THCS" in an old font


def activate(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def wheel(widget, steps: int = -1) -> None:
    """One notch of the mouse wheel over the middle of `widget` (down for negative)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def answer(qtbot, get_box, role=QMessageBox.ButtonRole.AcceptRole, asked=None):
    """Press the button of `role` in the question box `get_box()` returns once it is up."""
    def press():
        box = get_box()
        if box is None or not box.isVisible():
            QTimer.singleShot(20, press)
            return
        if asked is not None:
            asked.append(box.text())
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()

    QTimer.singleShot(0, press)


# -- nothing changes behind the user's back ------------------------------------------------
def test_the_wheel_scrolls_the_page_and_never_changes_an_unfocused_box(qtbot, window):
    do_setup(qtbot, window)
    window.show_settings()
    page = window.settings_page
    qtbot.waitUntil(lambda: page.author_form.bank.currentData() == "970436")
    activate(qtbot, window)  # (building Settings leaves the offscreen window inactive)
    bank = page.author_form.bank
    scroll = page._scroll.verticalScrollBar()
    assert scroll.maximum() > 0  # a page that scrolls
    page.language.setFocus()
    before = scroll.value()
    wheel(bank)
    assert bank.currentData() == "970436"  # Vietcombank stays Vietcombank
    assert scroll.value() > before  # the page scrolled instead
    assert not bank.hasFocus()
    level = page.level
    level_before = level.currentIndex()
    wheel(level, steps=1)
    assert level.currentIndex() == level_before
    # Focused (a click or Tab), the box answers the wheel as usual.
    bank.setFocus()
    qtbot.waitUntil(bank.hasFocus)
    wheel(bank)
    assert bank.currentData() != "970436"


def test_a_spin_box_in_a_scrolling_page_ignores_the_wheel_without_focus(qtbot, window):
    do_setup(qtbot, window)
    activate(qtbot, window)
    window.show_settings()
    section = window.settings_page.account
    section.preset.setCurrentIndex(section.preset.findData("custom"))
    port = section.port
    assert port.value() == 587
    wheel(port, steps=1)
    assert port.value() == 587


def test_editing_the_author_in_a_draft_never_rewrites_the_saved_author(qtbot, window):
    do_setup(qtbot, window)
    store = window.services.store
    flow = start_new(qtbot, window)
    author = flow.steps[2]
    qtbot.waitUntil(lambda: author.saved_author() is not None)
    replace_text(author.form.account, "9999 8888 7777")
    assert author.changes.isVisibleTo(author)  # says the draft now differs
    assert not author.remember.isVisibleTo(author)  # no "remember" box for a saved author
    author.left()  # moving on saves nothing
    window.services.flush()
    (saved,) = store.list_authors()
    assert saved.account == "0123456789"
    assert flow.sub.account == "9999 8888 7777"  # the draft has its own
    qtbot.mouseClick(author.update_button, Qt.MouseButton.LeftButton)  # the user says so
    qtbot.waitUntil(lambda: store.list_authors()[0].account == "999988887777")
    assert not author.changes.isVisibleTo(author)
    assert len(store.list_authors()) == 1


def test_old_fonts_are_caught_at_setup_and_fixed_for_good_in_settings(qtbot, window):
    qtbot.waitUntil(lambda: window.setup is not None)
    setup = window.setup
    type_text(setup.unit_name, TCVN3_UNIT)
    assert setup.mojibake_banner.isVisibleTo(setup)
    assert "TCVN3" in setup.mojibake_banner.text.text()
    qtbot.mouseClick(setup.convert_button, Qt.MouseButton.LeftButton)
    assert setup.unit_name.text() == "Công đoàn cơ sở Trường THCS"
    assert not setup.mojibake_banner.isVisibleTo(setup)

    store = window.services.store
    settings.put(store, settings.UNIT, model.Unit(TCVN3_UNIT, "co-so"))
    store.save_author(model.AuthorProfile("N«ng V¨n K", "0983123456"))
    window.show_settings()
    page = window.settings_page
    qtbot.waitUntil(lambda: page.unit_mojibake.isVisibleTo(page))
    qtbot.mouseClick(page.unit_convert, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings.get(store, settings.UNIT).name ==
                    "Công đoàn cơ sở Trường THCS")  # the saved unit, not one draft
    qtbot.waitUntil(lambda: page.author_mojibake.isVisibleTo(page))
    qtbot.mouseClick(page.author_convert, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [a.name for a in store.list_authors()] == ["Nông Văn K"])


# -- everything fits ---------------------------------------------------------------------
@pytest.mark.parametrize("wanted, available, expected", [
    # first start on 1024 × 768 less a 40 px taskbar: the frame too must fit, centred
    (QRect(0, 0, 1100, 760), QRect(0, 0, 1024, 728), QRect(8, 31, 1008, 689)),
    # first start on a big screen: the default size, centred
    (QRect(0, 0, 1100, 760), QRect(0, 0, 1920, 1040), QRect(410, 151, 1100, 760)),
])
def test_the_first_window_fits_the_available_area(wanted, available, expected):
    assert fit_rect(wanted, available, FRAME_GUESS, centre=True) == expected


def test_a_size_saved_on_a_bigger_screen_is_brought_back_inside():
    saved = QRect(1950, 40, 1800, 1000)  # on a second monitor, now gone
    available = QRect(0, 0, 1366, 728)
    got = fit_rect(saved, available, FRAME_GUESS)
    outer = got.adjusted(-FRAME_GUESS.left(), -FRAME_GUESS.top(), FRAME_GUESS.right(),
                         FRAME_GUESS.bottom())
    assert available.contains(outer)
    assert got.size().width() == 1366 - 16 and got.height() == 728 - 39
    small = QRect(100, 100, 800, 600)  # one that fits stays where it was
    assert fit_rect(small, available, FRAME_GUESS) == small


@pytest.mark.parametrize("large", [False, True])
def test_the_window_fits_a_small_screen_even_with_larger_text(qtbot, window, large):
    from ui import style

    style.apply(QApplication.instance(), large)
    try:
        do_setup(qtbot, window)
        available = QRect(0, 0, 1024, 728)
        for show in (window.show_home, window.show_settings, window.show_history,
                     window.show_outbox, lambda: start_new(qtbot, window)):
            show()
            window.fit_to_screen(available=available)
            m = window._frame_margins()  # the platform's frame (offscreen: 2 px), else a guess
            frame = window.geometry().adjusted(-m.left(), -m.top(), m.right(), m.bottom())
            assert available.contains(frame), (show, window.geometry())
            # scrolling, never clipping: nothing asks for more room than the screen has
            hint = window.minimumSizeHint()
            assert hint.width() <= 1008 and hint.height() <= 689, hint
    finally:
        style.apply(QApplication.instance(), False)


def test_a_saved_geometry_from_a_bigger_screen_comes_back_on_screen(qtbot, make_window):
    from PySide6.QtWidgets import QMainWindow

    from ui.prefs import Prefs

    big = QMainWindow()
    qtbot.addWidget(big)
    big.setGeometry(2000, 100, 2400, 1300)
    w = make_window()
    Prefs(w.data_dir).set_geometry(big.saveGeometry())
    w.close()
    w2 = make_window()
    w2.fit_to_screen()
    available = w2.screen().availableGeometry()
    assert available.contains(w2.geometry())


def test_a_narrow_field_shows_the_start_of_its_text(qtbot, window):
    do_setup(qtbot, window)
    long_unit = "Công đoàn cơ sở Trường Trung học phổ thông Chuyên Bắc Kạn, tỉnh Thái Nguyên"
    settings.put(window.services.store, settings.UNIT, model.Unit(long_unit, "co-so"))
    flow = start_new(qtbot, window)
    unit = flow.steps[2].form.unit
    assert unit.text() == long_unit and unit.cursorPosition() == 0
    activate(qtbot, window)
    flow._set_current(2)  # (the steps before it are still empty: shown directly)
    unit.setFocus()
    qtbot.waitUntil(unit.hasFocus)
    unit.setCursorPosition(len(long_unit))
    flow.steps[2].form.phone.setFocus()
    qtbot.waitUntil(lambda: not unit.hasFocus())
    assert unit.cursorPosition() == 0  # leaving it shows its start again


# -- nothing the user did is wasted ------------------------------------------------------
def test_practice_then_real_send_counts_once(qtbot, window, tmp_path, make_server,
                                             memory_keyring):
    from app.mail import secrets

    store = window.services.store
    settings.put(store, settings.PRACTICE_CHOSEN, True)  # a training day
    sub = ready_draft(window, tmp_path)
    review = open_review(qtbot, window, sub)
    qtbot.waitUntil(lambda: review.practice is True)
    qtbot.mouseClick(review.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.practised.isVisibleTo(review), timeout=15000)
    assert review.real_button.isVisibleTo(review)
    assert store.draft_state(sub.id) == "draft"  # nothing used up
    assert review.send_button.isEnabled()

    server = make_server("starttls")
    settings.put(store, settings.ACCOUNT, server.account())
    secrets.store_password(server.account(), server.password)
    asked = []
    answer(qtbot, lambda: review.real_question, asked=asked)
    qtbot.mouseClick(review.real_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Đã gửi" in review.result.text.text(), timeout=20000)
    assert "thực hành" in asked[0]  # it said practice mode goes off
    assert settings.get(store, settings.PRACTICE_CHOSEN) is False
    assert "máy chủ thư" in review.result.text.text()  # the server accepted it; no more
    assert len(server.messages) == 1
    (entry,) = history.entries(store)
    assert not entry["practice"] and entry["state"] == "sent"
    assert obligations.status(store, date.today()).sent == 1  # once, not twice


def test_an_item_sent_in_practice_goes_for_real_from_the_history(qtbot, window, tmp_path,
                                                                 make_server, memory_keyring):
    from app.mail import secrets

    store = window.services.store
    sub = ready_draft(window, tmp_path)
    queue_submission(store, store.load_draft(sub.id))  # no account: practice
    assert all(r.ok for r in send_due(store, None))
    server = make_server("starttls")
    settings.put(store, settings.ACCOUNT, server.account())
    secrets.store_password(server.account(), server.password)
    window.show_history()
    page = window.history_page
    page.show_practice.setChecked(True)
    qtbot.waitUntil(lambda: page.list.count() == 1)
    page.list.setCurrentRow(0)
    assert page.real_button.isVisibleTo(page)
    answer(qtbot, lambda: window.flow.steps[-1].real_question if window.flow else None)
    qtbot.mouseClick(page.real_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(server.messages) == 1, timeout=20000)
    qtbot.waitUntil(lambda: history.entries(store)[0]["state"] == "sent")
    assert obligations.status(store, date.today()).sent == 1


def test_send_for_real_of_a_draft_changed_since_shows_what_to_fix_and_asks_nothing(
        qtbot, window, tmp_path, make_server, memory_keyring):
    store = window.services.store
    sub = ready_draft(window, tmp_path)
    queue_submission(store, store.load_draft(sub.id))  # no account: practice
    assert all(r.ok for r in send_due(store, None))
    changed = store.load_draft(sub.id)
    changed.title = ""  # emptied since the practice send
    store.save_draft(changed)
    server = make_server("starttls")
    settings.put(store, settings.ACCOUNT, server.account())
    chosen = store.get_setting("practice_mode")
    window.send_for_real(sub.id)
    qtbot.waitUntil(lambda: window.flow is not None and window.flow.sub is not None and
                    window.flow.current_step() is window.flow.steps[0])
    review = window.flow.steps[-1]
    qtbot.waitUntil(lambda: window.toast.isVisible() and "bước 1" in window.toast.text.text())
    assert review.real_question is None  # no question it could not keep
    window.services.flush()
    assert store.get_setting("practice_mode") == chosen  # nothing changed behind its back
    assert server.messages == [] and store.draft_state(sub.id) == "draft"


def test_the_practice_mailbox_dates_are_vietnamese_and_it_can_send_for_real(qtbot, window,
                                                                             tmp_path):
    store = window.services.store
    sub = ready_draft(window, tmp_path)
    queue_submission(store, store.load_draft(sub.id))
    send_due(store, None)
    window.show_outbox()
    page = window.outbox_page
    qtbot.waitUntil(lambda: page.practice_list.count() == 1)
    assert "Ban Biên tập" in page.summary.text() and "thực hành" in page.summary.text()
    page.practice_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: sub.title in page.practice_view.toPlainText())
    text = page.practice_view.toPlainText()
    assert re.search(r"Ngày: \d\d/\d\d/\d{4} \d\d:\d\d", text), text
    assert page.real_button.isEnabled()


def first_call_held(fn):
    """`fn`, whose first call waits (on its worker thread) until `release` is set; `held` is
    set once it waits. Release it in a `finally`: no worker may be left waiting."""
    import threading

    held, release = threading.Event(), threading.Event()

    def wrapper(*args):
        if not held.is_set():
            held.set()
            release.wait(10)
        return fn(*args)

    return wrapper, held, release


def counted_latest(record):
    """The real `Latest` rule, with every answer passed to `record` as it arrives (also the
    ones it then drops: a test can wait for a late answer)."""
    from ui.services import Latest

    class Counted(Latest):
        def newest(self, done):
            deliver = super().newest(done)
            return lambda value: (record(value), deliver(value))

    return Counted()


def test_clicking_through_the_practice_mailbox_shows_the_item_clicked_last(qtbot, window,
                                                                            tmp_path,
                                                                            monkeypatch):
    from ui import outbox_page

    store = window.services.store
    titles = ["Hội nghị người lao động năm 2026", "Giải bóng đá công nhân lần thứ ba"]
    for title in titles:
        queue_submission(store, store.load_draft(ready_draft(window, tmp_path, title).id))
    send_due(store, None)
    window.show_outbox()
    page = window.outbox_page
    qtbot.waitUntil(lambda: page.practice_list.count() == 2)
    # (the first preview read waits until the user has clicked on)
    parse, held, release = first_call_held(outbox_page.parse_summary)
    arrived = []
    monkeypatch.setattr(outbox_page, "parse_summary", parse)
    monkeypatch.setattr(page, "_practice_reads", counted_latest(arrived.append))
    try:
        page.practice_list.setCurrentRow(0)
        qtbot.waitUntil(held.is_set)
        page.practice_list.setCurrentRow(1)  # clicked on before the first preview came
        qtbot.waitUntil(lambda: len(arrived) == 1 and page.real_button.isEnabled())
        text = page.practice_view.toPlainText()
        (shown,) = [t for t in titles if t in text]
    finally:
        release.set()  # (never a worker left waiting, whatever failed)
    qtbot.waitUntil(lambda: len(arrived) == 2)  # the first preview, late
    (other,) = [t for t in titles if t != shown]
    assert other not in page.practice_view.toPlainText()
    assert shown in page.practice_view.toPlainText() and page.real_button.isEnabled()


def test_leaving_setup_keeps_what_was_typed_and_no_item_starts_without_it(qtbot, make_window):
    w = make_window()
    qtbot.waitUntil(lambda: w.setup is not None and w.stack.currentWidget() is w.setup)
    type_text(w.setup.unit_name, "Công đoàn cơ sở Trường THCS Nguyễn Trãi")
    type_text(w.setup.author.name, "Nông Văn K")
    w.setup.level.setCurrentIndex(w.setup.level.findData("ban-tinh"))
    w.setup.level.activated.emit(w.setup.level.currentIndex())  # (as a user's choice does)
    qtbot.mouseClick(w.home_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.home is not None and w.home.setup_banner.isVisibleTo(w.home))
    qtbot.mouseClick(w.home.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.setup)  # no item without them
    assert w.setup.notice.isVisibleTo(w.setup)
    assert w.setup.unit_name.text() == "Công đoàn cơ sở Trường THCS Nguyễn Trãi"
    w.show_home()
    w.close()
    w2 = make_window()
    qtbot.waitUntil(lambda: w2.setup is not None and
                    w2.setup.author.name.text() == "Nông Văn K")
    assert w2.setup.unit_name.text() == "Công đoàn cơ sở Trường THCS Nguyễn Trãi"
    assert w2.setup.level.currentData() == "ban-tinh"  # a level alone is kept too


def test_no_screen_shows_a_command_line_hint():
    import xml.etree.ElementTree as ET

    from app.base import paths

    root = ET.parse(paths.resource("translations", "tinbai_vi.ts")).getroot()
    hints = [(ctx.findtext("name"), m.findtext("source")) for ctx in root.iter("context")
             if ctx.findtext("name") != "Cli" for m in ctx.iter("message")
             if "tinbai " in m.findtext("source")]
    assert hints == []


def account_page(qtbot, window, server, practice=False):
    do_setup(qtbot, window)
    window.show_settings()
    section = window.settings_page.account
    qtbot.waitUntil(lambda: section.preset.count() >= 5)
    # (a server trusted through its CA, as the command line sets it: the GUI has no CA box)
    settings.put(window.services.store, settings.ACCOUNT, server.account())
    settings.put(window.services.store, settings.PRACTICE_CHOSEN, practice)
    section.load()
    qtbot.waitUntil(lambda: section.host.text() == server.host)
    return section


def test_an_older_load_of_the_account_never_overwrites_a_newer_one(qtbot, window,
                                                                   make_server,
                                                                   memory_keyring,
                                                                   monkeypatch):
    old, new = make_server("starttls"), make_server("starttls")
    section = account_page(qtbot, window, old)
    # (the first read waits in the keychain)
    slow_get, held, release = first_call_held(memory_keyring.get_password)
    answers = []
    monkeypatch.setattr(memory_keyring, "get_password", slow_get)
    monkeypatch.setattr(section, "_loads", counted_latest(lambda v: answers.append(v[0].port)))
    try:
        section.load()  # reads the old account, and waits
        qtbot.waitUntil(held.is_set)
        settings.put(window.services.store, settings.ACCOUNT,
                     new.account(display_name="Trần Văn Bình"))
        section.load()  # the newer read passes it
        qtbot.waitUntil(lambda: section.name.text() == "Trần Văn Bình")
    finally:
        release.set()  # (never a worker left waiting, whatever failed)
    qtbot.waitUntil(lambda: answers == [new.port, old.port])  # the older answer, late
    assert section.name.text() == "Trần Văn Bình"
    assert section.port.value() == new.port


def test_the_connection_test_can_be_stopped_and_has_its_own_time_limit(qtbot, window,
                                                                       make_server,
                                                                       memory_keyring):
    server = make_server("starttls", faults=[S.STALL_GREETING])
    section = account_page(qtbot, window, server)
    section.password.setText(server.password)
    qtbot.mouseClick(section.test_button, Qt.MouseButton.LeftButton)
    assert section.testing.isVisibleTo(section) and not section.test_button.isEnabled()
    qtbot.waitUntil(lambda: server.sessions >= 1 or server.host in section.test_status.text())
    qtbot.mouseClick(section.cancel_test_button, Qt.MouseButton.LeftButton)
    assert not section.testing.isVisibleTo(section) and section.test_button.isEnabled()
    stopped = section.result.text.text()
    assert "Đã dừng" in stopped
    assert section.password.text() == server.password  # kept until the account is saved
    # Its own limit: a server that never answers ends the test, in the test's own words.
    section.test_limit_ms = 300
    section.test_button.click()  # (a second mouse click this soon may read as a double one)
    assert not section.test_button.isEnabled()
    qtbot.waitUntil(lambda: section.test_button.isEnabled(), timeout=5000)
    text = section.result.text.text()
    assert "giây" in text and section.result.objectName() == "banner_error"
    assert "hộp thư đi" not in text.lower() and "thư sẽ" not in text.lower()


def test_a_wrong_password_keeps_it_and_focuses_it_then_saving_asks_once(qtbot, window,
                                                                        make_server,
                                                                        memory_keyring):
    server = make_server("starttls")
    section = account_page(qtbot, window, server, practice=True)  # a training day before
    activate(qtbot, window)  # (building Settings leaves the offscreen window inactive)
    section.password.setText("mật khẩu sai")
    qtbot.mouseClick(section.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.test_button.isEnabled() and
                    section.result.objectName() == "banner_error", timeout=20000)
    text = section.result.text.text()
    assert "hộp thư đi" not in text.lower()  # nothing waits in the outbox after a test
    assert section.password.text() == "mật khẩu sai"
    assert window.focusWidget() is section.password  # (focus, once the window is active)
    section.password.setText(server.password)
    qtbot.mouseClick(section.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.result.objectName() == "banner_ok", timeout=20000)
    assert section.password.text() == server.password
    assert section.practice.isChecked()
    asked = []
    answer(qtbot, lambda: section.practice_question, asked=asked)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked) and not section.practice.isChecked())
    store = window.services.store
    qtbot.waitUntil(lambda: settings.get(store, settings.PRACTICE_OFF_ASKED))
    assert settings.practice_mode(store) is False
    assert section.password.text() == ""  # kept in the keychain now
    section.practice.setChecked(True)  # practice again, by choice
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.result.objectName() == "banner_ok")
    window.services.flush()
    assert len(asked) == 1 and settings.practice_mode(store) is True  # asked once only


def test_a_reopened_draft_opens_at_the_step_it_was_left_at(qtbot, window, tmp_path):
    sub = ready_draft(window, tmp_path)
    window.open_draft(sub.id)
    qtbot.waitUntil(lambda: window.flow is not None and window.flow.sub is not None)
    flow = window.flow
    assert flow.go_to(3)
    window.show_home()
    qtbot.waitUntil(lambda: window.services.store.load_draft(sub.id).last_step == "approval")
    window.open_draft(sub.id)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is flow and flow.sub.id == sub.id)
    assert flow.current_step() is flow.steps[3]
    marked = [flow.step_list.item(i).font().bold() for i in range(5)]
    assert marked == [False, False, False, True, False]


def test_a_toast_stays_with_its_page_and_the_list_marks_only_the_step_on_show(qtbot, window):
    do_setup(qtbot, window)
    flow = start_new(qtbot, window)
    row = flow.step_list.visualItemRect(flow.step_list.item(4))
    qtbot.mouseClick(flow.step_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=row.center())
    assert flow.current_step() is flow.steps[0]  # the title is missing
    assert window.toast.isVisible()
    assert flow.step_list.selectedItems() == []
    assert [flow.step_list.item(i).font().bold() for i in range(5)] == [True] + [False] * 4
    window.show_history()
    assert not window.toast.isVisible()  # it was about step 1


def test_errors_on_the_photo_step_scroll_into_view_and_take_focus(qtbot, window, tmp_path):
    activate(qtbot, window)
    store = window.services.store
    settings.put(store, settings.UNIT, model.Unit("Công đoàn cơ sở Phòng A", "co-so"))
    photos = [import_photo(store, original_jpeg(tmp_path / f"IMG_{i}.jpg", seed=i),
                           f"Đồng chí Nông Văn B trao quà lần {i}") for i in range(7)]
    photos[-1].caption = ""
    sub = complete_submission(photos)
    store.save_draft(sub)
    window.open_draft(sub.id, "photos")
    qtbot.waitUntil(lambda: window.flow is not None and window.flow.sub is not None)
    flow = window.flow
    step = flow.steps[1]
    assert flow.current_step() is step
    last = step.rows[photos[-1].id]
    qtbot.waitUntil(lambda: last.isVisible())
    activate(qtbot, window)  # (the offscreen platform deactivates it as the page changes)
    assert last.visibleRegion().isEmpty()  # below the fold
    flow.next()
    qtbot.waitUntil(lambda: last.caption.hasFocus())
    qtbot.waitUntil(lambda: not last.caption.visibleRegion().isEmpty())


def test_true_photo_words_on_the_review_page(qtbot, window, tmp_path):
    store = window.services.store
    settings.put(store, settings.UNIT, model.Unit("Công đoàn cơ sở Phòng A", "co-so"))
    good = import_photo(store, original_jpeg(tmp_path / "DSC_0001.JPG", seed=4),
                        "Đồng chí Nông Văn B trao quà cho đoàn viên")
    bad = import_photo(store, edited_jpeg(tmp_path / "sua.jpg", seed=5),
                       "Toàn cảnh buổi trao quà tại hội trường")
    bad.explanation = "Ảnh duy nhất của buổi lễ, đoàn viên gửi qua Zalo."
    sub = complete_submission([good, bad])
    store.save_draft(sub)
    review = open_review(qtbot, window, sub)
    flow = window.flow
    qtbot.waitUntil(lambda: all(p.check for p in flow.sub.photos), timeout=20000)
    review.refresh()
    text = review.preview.toPlainText()
    assert "2 ảnh, trong đó 1 ảnh gốc" in text
    assert "ảnh 2 không phải ảnh gốc, có ghi lý do vẫn gửi" in text
    assert "2 ảnh gốc, không nén" not in text and "Anh/" not in text


# -- words -----------------------------------------------------------------------------
def test_counts_in_english_and_vietnamese(qtbot):
    from ui import i18n

    i18n.install("en")
    try:
        assert (i18n.photo_count(1), i18n.photo_count(3)) == ("1 photo", "3 photos")
        assert i18n.email_count(1) == "1 email"
    finally:
        i18n.install("vi")
    assert (i18n.photo_count(1), i18n.photo_count(3)) == ("1 ảnh", "3 ảnh")


@pytest.mark.skipif(sys.platform == "win32", reason="there, Windows is the right word")
def test_windows_is_named_only_on_windows(qtbot):
    from app.mail.accounts import Account
    from ui.account import PasswordDialog

    dialog = PasswordDialog(Account("gmail", "smtp.gmail.com", 587, "starttls", "a@gmail.com",
                                    "a@gmail.com"), True)
    qtbot.addWidget(dialog)
    assert "Windows" not in dialog.remember.text()


def test_file_dialogs_start_in_pictures_or_documents_then_the_last_folder(data_dir, tmp_path):
    from PySide6.QtCore import QStandardPaths

    from ui import prefs

    p = prefs.Prefs(data_dir)
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    assert p.folder(prefs.PHOTOS) == pictures
    assert p.folder(prefs.TEXTS) == p.folder(prefs.EXPORTS) == documents
    p.remember_file(prefs.PHOTOS, str(tmp_path / "phone" / "DSC_0042.JPG"))
    assert prefs.Prefs(data_dir).folder(prefs.PHOTOS) == str(tmp_path / "phone")
    assert p.folder(prefs.TEXTS) == documents  # each kind its own


def test_a_combo_outside_a_scroll_area_still_ignores_an_unfocused_wheel(qtbot):
    from ui import inputs

    inputs.install(QApplication.instance())  # (as the window's start does)
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["Agribank", "Vietcombank"])
    combo.show()
    wheel(combo)
    assert combo.currentIndex() == 0


def test_an_inner_page_at_its_end_passes_the_wheel_to_the_page_around_it(qtbot):
    from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

    from ui import inputs

    inputs.install(QApplication.instance())
    outer = QScrollArea()
    qtbot.addWidget(outer)
    outer.resize(300, 200)
    body = QWidget()
    column = QVBoxLayout(body)
    inner = QScrollArea()  # a page inside the page, already scrolled to its end
    inner.setFixedHeight(150)
    inner_body = QWidget()
    inner_column = QVBoxLayout(inner_body)
    combo = QComboBox()
    combo.addItems(["Agribank", "Vietcombank"])
    inner_column.addSpacing(400)
    inner_column.addWidget(combo)
    inner.setWidget(inner_body)
    inner.setWidgetResizable(True)
    column.addWidget(inner)
    column.addSpacing(600)
    outer.setWidget(body)
    outer.setWidgetResizable(True)
    outer.show()
    qtbot.waitExposed(outer)
    bar = inner.verticalScrollBar()
    bar.setValue(bar.maximum())
    inner.ensureWidgetVisible(combo)
    wheel(combo)
    assert combo.currentIndex() == 0
    assert outer.verticalScrollBar().value() > 0  # the page around it scrolled


@pytest.mark.parametrize("reason, kept", [
    (Qt.FocusReason.ActiveWindowFocusReason, True),  # another window (to copy from it)
    (Qt.FocusReason.PopupFocusReason, True),  # the right-click menu
    (Qt.FocusReason.TabFocusReason, False),  # another field: the start shows again
])
def test_leaving_for_another_window_or_a_menu_keeps_the_cursor_and_selection(qtbot, reason,
                                                                            kept):
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QLineEdit

    from ui import inputs

    inputs.install(QApplication.instance())
    edit = QLineEdit("Công đoàn cơ sở Trường THCS")
    qtbot.addWidget(edit)
    edit.setCursorPosition(len(edit.text()))
    QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusOut, reason))
    assert (edit.cursorPosition() == len(edit.text())) is kept
    if kept:
        edit.setSelection(5, 4)  # "đoàn", to be copied from the right-click menu
        QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusOut, reason))
        assert edit.selectedText() == "đoàn"  # the selection waits for it


def test_a_photo_that_cannot_be_added_says_so_in_view_and_takes_focus(qtbot, window,
                                                                     tmp_path):
    do_setup(qtbot, window)
    flow = start_new(qtbot, window)
    flow._set_current(1)  # (step 1 is still empty: shown directly)
    photos = flow.steps[1]
    activate(qtbot, window)
    photos.add_button.setFocus()
    (tmp_path / "notes.jpg").write_text("không phải ảnh", encoding="utf-8")
    photos.add_paths([str(tmp_path / "notes.jpg")])
    qtbot.waitUntil(lambda: photos.errors.isVisibleTo(photos), timeout=10000)
    assert window.focusWidget() is photos.errors  # read at once, by eye or screen reader
    assert not photos.errors.visibleRegion().isEmpty()


def test_trusting_a_certificate_saves_nothing_until_the_account_is_saved(qtbot, window,
                                                                         make_server,
                                                                         memory_keyring):
    from ui.account import CertificateDialog

    server = make_server("starttls")  # its CA is not this computer's
    do_setup(qtbot, window)
    window.show_settings()
    section = window.settings_page.account
    qtbot.waitUntil(lambda: section.preset.count() >= 5)
    store = window.services.store
    chosen = store.get_setting("practice_mode")
    section.preset.setCurrentIndex(section.preset.findData("custom"))
    section.address.setText(server.user)
    section.host.setText(server.host)
    section.port.setValue(server.port)
    section.security.setCurrentIndex(section.security.findData("starttls"))
    section.password.setText(server.password)
    section.test_button.click()
    qtbot.waitUntil(lambda: section.test_button.isEnabled() and
                    section.result.objectName() == "banner_error", timeout=20000)

    def trust():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CertificateDialog):
            QTimer.singleShot(20, trust)
            return
        dialog.accept()

    QTimer.singleShot(0, trust)
    section.result.buttons[0].click()  # "Check the server's certificate…"
    qtbot.waitUntil(lambda: section.result.objectName() == "banner_ok", timeout=20000)
    window.services.flush()
    assert settings.get(store, settings.ACCOUNT) is None  # nothing saved behind its back
    assert store.get_setting("practice_mode") == chosen
    assert section.password.text() == server.password
    answer(qtbot, lambda: section.practice_question)  # saving asks once about practice
    section.save()
    qtbot.waitUntil(lambda: settings.get(store, settings.ACCOUNT) is not None)
    assert settings.get(store, settings.ACCOUNT).pinned_sha256  # the trust, kept with it
