"""GUI test helpers: a main window on a fresh data folder, typing Vietnamese for real."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_text(widget, text: str) -> None:
    """Type like a keyboard would (qtbot.keyClicks crashes on non-ASCII text)."""
    widget.setFocus()
    for event_type in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(event_type, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, text)
        QApplication.sendEvent(widget, event)


def replace_text(widget, text: str) -> None:
    """Select everything in a line edit and type over it."""
    widget.setFocus()
    widget.selectAll()
    type_text(widget, text)


@pytest.fixture
def make_window(qtbot, data_dir):
    """Build the real main window on `data_dir`; waits until the data is open."""
    from ui.launch import build_window

    windows = []

    def make(today=None):
        w = build_window(data_dir)
        if today is not None:  # a fixed clock, before the first screen asks it
            w.today = lambda: today
        qtbot.addWidget(w)
        w.resize(1100, 760)
        w.show()
        qtbot.waitUntil(lambda: w.services is not None and w.services.store is not None,
                        timeout=10000)
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.close()


@pytest.fixture
def window(make_window):
    return make_window()


from tests.mail.oauthserver import browser, fresh_tokens, oauth_server  # noqa: E402,F401
from tests.mail.smtpserver import (  # noqa: E402,F401 (real SMTP servers for GUI tests)
    make_server,
    memory_keyring,
    smtp_pki,
)
