"""Settings a user notices: language, larger text, rules files; keyboard and screen readers."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)

from tests.helpers import BODY
from tests.ui.conftest import type_text
from tests.ui.test_flow import do_setup, start_new


def test_english_can_be_chosen_and_vietnamese_comes_back(qtbot, window):
    do_setup(qtbot, window)
    window.show_settings()
    page = window.settings_page
    assert page.findChild(type(page.language)) is not None
    assert window.home_button.text() == "Trang chính"
    page.language.setCurrentIndex(page.language.findData("en"))
    page.language.activated.emit(page.language.currentIndex())
    qtbot.waitUntil(lambda: window.home_button.text() == "Home")
    assert window.windowTitle() == "News for the editorial board - TinBài"
    assert window.prefs.language == "en"
    page = window.settings_page  # rebuilt in English
    page.language.setCurrentIndex(page.language.findData("vi"))
    page.language.activated.emit(page.language.currentIndex())
    qtbot.waitUntil(lambda: window.home_button.text() == "Trang chính")


def test_larger_text_grows_the_font_and_is_remembered(qtbot, make_window):
    w = make_window()
    do_setup(qtbot, w)
    before = QApplication.font().pointSizeF()
    w.show_settings()
    w.settings_page.large_text.setChecked(True)
    assert QApplication.font().pointSizeF() > before * 1.2
    w.close()
    make_window()
    assert QApplication.font().pointSizeF() > before * 1.2
    from ui import style

    style.apply(QApplication.instance(), False)


def test_a_bad_rules_file_is_refused_and_a_good_one_replaces_the_levels(qtbot, window,
                                                                        tmp_path):
    do_setup(qtbot, window)
    window.show_settings()
    page = window.settings_page
    old_levels = [page.level.itemData(i) for i in range(page.level.count())]
    bad = tmp_path / "quy-dinh-loi.json"
    bad.write_text('{"version": 1, "levles": []}', encoding="utf-8")
    page.import_rules(str(bad))
    qtbot.waitUntil(lambda: page.rules_problems.isVisibleTo(page))
    assert "levles" in page.rules_problems.text.text()
    assert [page.level.itemData(i) for i in range(page.level.count())] == old_levels
    good = tmp_path / "quy-dinh-2026.json"
    good.write_text(json.dumps({
        "version": 1, "name": "Quy định thử 2026", "source": "Công văn thử",
        "levels": [{"id": "co-so", "name": "Công đoàn cơ sở", "period": "quarter",
                    "required": 1},
                   {"id": "tinh", "name": "Liên đoàn Lao động tỉnh", "period": "month",
                    "required": 2}]}, ensure_ascii=False), encoding="utf-8")
    page.import_rules(str(good))
    qtbot.waitUntil(lambda: page.level.count() == 2)
    assert page.level.itemText(1) == "Liên đoàn Lao động tỉnh"
    assert not page.rules_problems.isVisibleTo(page)
    assert "Quy định thử 2026" in page.rules_label.text()


def test_a_faulty_trust_list_is_refused_and_a_good_one_is_used(qtbot, window, tmp_path):
    from tests.c2pa_fixtures import make_pki

    do_setup(qtbot, window)
    window.show_settings()
    page = window.settings_page
    assert "danh sách C2PA" in page.trust_label.text()
    pki = make_pki()
    bad = tmp_path / "tin-cay-loi.pem"
    bad.write_text(pki.chain_pem, encoding="utf-8")  # end entities are no authorities
    page.import_trust(str(bad))
    qtbot.waitUntil(lambda: page.trust_problems.isVisibleTo(page))
    assert "Chứng thư số 1" in page.trust_problems.text.text()
    assert window.services.trust_pem is None  # the list in use stays
    good = tmp_path / "tin-cay.pem"
    good.write_text(pki.root_pem, encoding="utf-8")
    page.import_trust(str(good))
    qtbot.waitUntil(lambda: window.services.trust_pem is not None)
    assert not page.trust_problems.isVisibleTo(page)
    assert "1" in page.trust_label.text()
    page.reset_trust_button.click()
    qtbot.waitUntil(lambda: window.services.trust_pem is None)
    assert "danh sách C2PA" in page.trust_label.text()


def test_every_input_has_an_accessible_name(qtbot, window):
    do_setup(qtbot, window)
    flow = start_new(qtbot, window)
    window.show_settings()
    pages = [*flow.steps, window.settings_page, window.home]
    missing = []
    for page in pages:
        for kind in (QLineEdit, QPlainTextEdit, QComboBox, QCheckBox, QAbstractSpinBox):
            for w in page.findChildren(kind):
                if isinstance(w, QLineEdit) and isinstance(w.parent(), (QComboBox,
                                                                        QAbstractSpinBox)):
                    continue  # the text field inside a combo or spin box
                name = w.accessibleName() or (w.text() if isinstance(w, QCheckBox) else "")
                if not name.strip():
                    missing.append(f"{type(page).__name__}: {type(w).__name__} "
                                   f"{w.objectName()}")
    assert missing == []


def test_a_new_item_can_be_written_with_the_keyboard_alone(qtbot, window):
    do_setup(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keySequence(window.home.list, QKeySequence("Ctrl+N"))
    qtbot.waitUntil(lambda: window.flow is not None and
                    window.stack.currentWidget() is window.flow)
    content = window.flow.steps[0]
    # (the offscreen platform may drop the window's activation; the window's own focus
    # widget is what a user would type into)
    qtbot.waitUntil(lambda: window.focusWidget() is content.title_edit)
    type_text(window.focusWidget(), "Tin viết bằng bàn phím")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is content.body_edit
    type_text(window.focusWidget(), BODY)
    window.activateWindow()  # shortcuts need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(content.body_edit, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.flow.current_step() is window.flow.steps[1]
    assert window.flow.sub.title == "Tin viết bằng bàn phím"
