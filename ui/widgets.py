"""Small reusable widgets: a labelled field with its inline message, banners, a toast.

(Qt's `Qt` namespace is reached through `QtCore.Qt` inside functions: building it costs tens
of milliseconds, which the first window of the day should not wait for.)
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

SEVERITY_COLOURS = {"error": "#b3261e", "warning": "#8a5a00", "info": "#4a4a4a"}


def scrolling_body(page: QWidget, margins=(24, 12, 24, 12)) -> tuple[QVBoxLayout, QVBoxLayout]:
    """Give `page` a vertically scrolling body: (the page's own layout, the body's layout)."""
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    body = QWidget()
    scroll.setWidget(body)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(*margins)
    return outer, layout


class FieldMessage(QLabel):
    """The line under an input that says what is wrong, in plain words."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()
        self.severity = ""

    def show_problems(self, problems) -> None:
        """Show the most severe problems (errors first); hide when there are none."""
        order = {"error": 0, "warning": 1, "info": 2}
        problems = sorted(problems, key=lambda p: order.get(p.severity, 3))
        if not problems:
            self.severity = ""
            self.clear()
            self.hide()
            return
        self.severity = problems[0].severity
        colour = SEVERITY_COLOURS.get(self.severity, "#4a4a4a")
        self.setStyleSheet(f"color: {colour};")
        self.setText("\n".join(p.message for p in problems))
        self.setAccessibleName(self.text())
        self.show()


class Field(QWidget):
    """A label (with a keyboard mnemonic), an input, an optional hint and a message line."""

    def __init__(self, label: str, editor: QWidget, hint: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(3)
        self.label = QLabel(label)
        self.label.setObjectName("fieldLabel")
        self.label.setBuddy(editor)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        layout.addWidget(editor)
        self.hint = QLabel(hint)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        layout.addWidget(self.hint)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        editor.setAccessibleName(label.replace("&", ""))
        if hint:
            editor.setAccessibleDescription(hint)


class Banner(QFrame):
    """A coloured strip with a sentence and up to two actions."""

    def __init__(self, kind: str = "info", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"banner_{kind}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.text, 1)
        self.buttons: list[QPushButton] = []
        self._layout = layout
        self.hide()

    def set_kind(self, kind: str) -> None:
        """info, ok, warning or error: the colour follows (the style sheet keys on the name)."""
        self.setObjectName(f"banner_{kind}")
        self.style().unpolish(self)
        self.style().polish(self)

    def set_actions(self, *labels: str) -> list[QPushButton]:
        for b in self.buttons:
            b.deleteLater()
        self.buttons = []
        for label in labels:
            b = QPushButton(label)
            self._layout.addWidget(b)
            self.buttons.append(b)
        return self.buttons

    def show_text(self, text: str) -> None:
        self.text.setText(text)
        self.setAccessibleName(text)
        self.show()


class Toast(QFrame):
    """A message at the bottom of the window with an optional action (Undo), for a while.
    It keeps itself at the bottom centre of its parent as the parent is resized."""

    action_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("toast")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.action = QPushButton()
        self.action.clicked.connect(self._act)
        layout.addWidget(self.action)
        self.close_button = QPushButton("×")
        self.close_button.setObjectName("toastClose")
        self.close_button.setFixedWidth(32)
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self._callback = None
        self.hide()
        if parent is not None:
            parent.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt)
        if watched is self.parentWidget() and event.type() == QtCore.QEvent.Type.Resize and \
                self.isVisible():
            self.place()
        return False

    def place(self) -> None:
        """At most 640 pixels wide, centred near the bottom of the parent, and as tall as
        its text needs at that width (a long message wraps onto more lines)."""
        parent = self.parentWidget()
        if parent is None:
            return
        width = min(640, parent.width() - 40)
        self.setFixedWidth(width)
        self.setFixedHeight(self.heightForWidth(width) if self.hasHeightForWidth()
                            else self.sizeHint().height())
        self.move((parent.width() - width) // 2, parent.height() - self.height() - 64)

    def show_message(self, text: str, action: str = "", callback=None,
                     seconds: float = 8) -> None:
        self.text.setText(text)
        self.setAccessibleName(text)
        self.action.setText(action)
        self.action.setVisible(bool(action))
        self._callback = callback
        self.close_button.setAccessibleName(self.tr("Close the message"))
        self.place()
        self.show()
        self.raise_()
        self._timer.start(int(seconds * 1000))

    def _act(self) -> None:
        callback, self._callback = self._callback, None
        self.hide()
        if callback:
            callback()
