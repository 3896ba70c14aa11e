"""Sending from the GUI: practice mode, a real server with a password prompt, the outbox's
unknown-state decision, history, and the quota on the home screen with a fixed clock."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app import model, settings
from app.outbox import history
from app.outbox.box import Outbox
from app.sending.queue import queue_submission
from app.sending.send import send_due
from app.storage.photos import import_photo
from tests.helpers import complete_submission
from tests.mail import smtpserver as S
from tests.photos import original_jpeg
from tests.ui.conftest import type_text


def ready_draft(window, tmp_path, title="Công đoàn cơ sở phòng A tặng quà đoàn viên"):
    store = window.services.store
    settings.put(store, settings.UNIT, model.Unit("Công đoàn cơ sở Phòng A", "co-so"))
    settings.put(store, settings.BUNDLE_BASE, str(tmp_path / "out"))
    # a camera original: the photo step checks it when the draft opens
    seed = sum(map(ord, title))  # a different picture for each item
    photo = import_photo(store, original_jpeg(tmp_path / f"IMG_{seed}.jpg", seed=seed),
                         "Đồng chí Nông Văn B trao quà cho đoàn viên")
    sub = complete_submission([photo])
    sub.title = title
    store.save_draft(sub)
    return sub


def open_review(qtbot, window, sub):
    window.open_draft(sub.id)
    qtbot.waitUntil(lambda: window.flow is not None and
                    window.stack.currentWidget() is window.flow)
    flow = window.flow
    flow.go_to(4)
    assert flow.current_step() is flow.steps[4]
    return flow.steps[4]


def test_practice_send_lands_in_the_practice_mailbox(qtbot, window, tmp_path):
    sub = ready_draft(window, tmp_path)
    review = open_review(qtbot, window, sub)
    qtbot.waitUntil(lambda: review.mode.isVisibleTo(review))  # "practice mode" said up front
    qtbot.mouseClick(review.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "hộp thư tập" in review.practised.text.text(), timeout=15000)
    assert "chưa nhận được" in review.practised.text.text()  # not "sent" to the board
    window.show_outbox()
    page = window.outbox_page
    qtbot.waitUntil(lambda: page.practice_list.count() == 1)
    assert page.list.count() == 0  # nothing waiting
    page.practice_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: sub.title in page.practice_view.toPlainText())
    assert "manifest.json" in page.practice_view.toPlainText()
    window.show_history()
    history = window.history_page
    qtbot.waitUntil(lambda: bool(history.entries))
    assert history.list.count() == 1  # shown by default: it can still go for real
    history.show_practice.setChecked(False)
    assert history.list.count() == 0
    assert "ẩn" in history.empty.text()  # hidden, not "nothing sent yet"


def answer_password_dialog(qtbot, password: str):
    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not hasattr(dialog, "password"):
            QTimer.singleShot(20, answer)
            return
        dialog.password.setText(password)
        dialog.remember.setChecked(True)
        dialog.accept()

    QTimer.singleShot(0, answer)


def test_real_send_asks_the_password_once_and_delivers(qtbot, window, tmp_path, make_server,
                                                      memory_keyring):
    server = make_server("starttls")
    sub = ready_draft(window, tmp_path)
    settings.put(window.services.store, settings.ACCOUNT, server.account())
    review = open_review(qtbot, window, sub)
    qtbot.waitUntil(lambda: review.practice is False)
    answer_password_dialog(qtbot, server.password)
    qtbot.mouseClick(review.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Đã gửi" in review.result.text.text(), timeout=20000)
    assert len(server.messages) == 1
    assert memory_keyring.get_password("TinBai", server.account().keychain_key) == \
        server.password  # remembered in the keychain, not in our files


def test_unknown_state_is_decided_by_the_user_in_the_outbox(qtbot, window, tmp_path,
                                                            make_server, memory_keyring):
    from app.mail import secrets

    server = make_server("starttls", faults=[(S.DROP_AFTER_UPLOAD, 1)])
    sub = ready_draft(window, tmp_path)
    store = window.services.store
    settings.put(store, settings.ACCOUNT, server.account())
    secrets.store_password(server.account(), server.password)
    review = open_review(qtbot, window, sub)
    qtbot.waitUntil(lambda: review.practice is False)
    qtbot.mouseClick(review.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Chưa chắc" in review.result.text.text(), timeout=20000)
    window.show_outbox()
    page = window.outbox_page
    qtbot.waitUntil(lambda: page.list.count() == 1)
    page.list.setCurrentRow(0)
    assert page.arrived_button.isVisibleTo(page) and page.resend_button.isVisibleTo(page)
    assert "Đã gửi" in page.detail.text.text()  # tells where to look
    assert "Hộp thư đi (1)" in window.outbox_button.text()
    qtbot.mouseClick(page.arrived_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.list.count() == 0)
    assert [i.state for i in Outbox(store).items()] == ["sent"]
    assert len(server.dropped_after_upload) == 1  # it had arrived: nothing was sent twice
    assert len(server.messages) == 1
    qtbot.waitUntil(lambda: window.outbox_button.text() == "Hộp thư đi")


def test_retry_after_a_wrong_password(qtbot, window, tmp_path, make_server, memory_keyring):
    from app.mail import secrets

    server = make_server("starttls")
    sub = ready_draft(window, tmp_path)
    store = window.services.store
    settings.put(store, settings.ACCOUNT, server.account())
    secrets.store_password(server.account(), "mật khẩu sai")
    review = open_review(qtbot, window, sub)
    qtbot.waitUntil(lambda: review.practice is False)
    qtbot.mouseClick(review.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Cần bạn xử lý" in review.result.text.text(), timeout=20000)
    secrets.store_password(server.account(), server.password)  # fixed in Settings
    window.show_outbox()
    page = window.outbox_page
    qtbot.waitUntil(lambda: page.list.count() == 1)
    page.list.setCurrentRow(0)
    assert page.retry_button.isVisibleTo(page)
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(server.messages) == 1, timeout=20000)
    qtbot.waitUntil(lambda: page.list.count() == 0)


@pytest.fixture
def level_set(window):
    settings.put(window.services.store, settings.UNIT,
                 model.Unit("Công đoàn cơ sở Phòng A", "co-so"))
    return window


def test_home_shows_the_quota_and_a_reminder_once_a_day(qtbot, make_window):
    day = date(2026, 12, 20)
    w = make_window(today=date(2026, 9, 1))
    settings.put(w.services.store, settings.UNIT, model.Unit("Công đoàn cơ sở Phòng A", "co-so"))
    w.close()
    w = make_window(today=day)
    w.show_home()
    home = w.home
    expected = "Đã gửi 0/1 tin, bài trong 6 tháng cuối năm 2026 — còn 11 ngày"
    # (the first screen may still show today's real date for a moment)
    qtbot.waitUntil(lambda: home.quota.isVisibleTo(home) and home.quota.text() == expected)
    qtbot.waitUntil(lambda: home.reminder.isVisibleTo(home))
    assert "31/12/2026" in home.reminder.text.text()
    assert "6 tháng đầu năm 2026: 0/1 ✗" in home.periods.text()  # the year so far
    qtbot.mouseClick(home.dismiss, Qt.MouseButton.LeftButton)
    assert not home.reminder.isVisibleTo(home)
    w.close()
    w = make_window(today=day)  # later the same day: no nagging
    w.show_home()
    qtbot.waitUntil(lambda: "còn 11 ngày" in w.home.quota.text())
    assert not w.home.reminder.isVisibleTo(w.home)
    w.today = lambda: date(2026, 12, 21)  # the next day it comes back
    w.home.refresh()
    qtbot.waitUntil(lambda: w.home.reminder.isVisibleTo(w.home))
    w.today = lambda: date(2026, 9, 1)  # far from the period's end: no reminder at all
    w.home.reminder.hide()
    w.home.refresh()
    qtbot.waitUntil(lambda: "6 tháng cuối năm 2026" in w.home.quota.text())
    assert not w.home.reminder.isVisibleTo(w.home)


def test_history_search_and_mark_published(qtbot, window, tmp_path, make_server,
                                           memory_keyring):
    from app.mail import secrets

    server = make_server("starttls")
    store = window.services.store
    settings.put(store, settings.ACCOUNT, server.account())
    secrets.store_password(server.account(), server.password)
    for title in ("Hội nghị người lao động năm 2026", "Tặng quà đoàn viên khó khăn"):
        queue_submission(store, ready_draft(window, tmp_path, title))
    assert all(r.ok for r in send_due(store, server.password))
    window.show_history()
    page = window.history_page
    qtbot.waitUntil(lambda: page.list.count() == 2)
    type_text(page.search, "hoi nghi")  # without diacritics still finds "Hội nghị"
    assert page.list.count() == 1 and "Hội nghị" in page.list.item(0).text()
    page.list.setCurrentRow(0)

    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not hasattr(dialog, "link"):
            QTimer.singleShot(20, answer)
            return
        dialog.link.setText("https://congdoan.example/tin/hoi-nghi")
        dialog.accept()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(page.published_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.list.count() == 1 and "đã đăng" in page.list.item(0).text())
    entry = next(e for e in history.entries(store) if e["title"].startswith("Hội"))
    assert entry["published"] and entry["link"].endswith("hoi-nghi")
