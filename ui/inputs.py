"""App-wide manners of the inputs: one event filter, installed once on the application.

- Nothing changes behind the user's back: the mouse wheel over a drop-down, a number or a
  date box that does not have the keyboard focus scrolls the page under it instead of
  changing the value (a bank changed from Agribank to Vietcombank while the user only
  scrolled, and was autosaved). The wheel never reaches such a box, so it never takes the
  focus by the wheel either: a click or Tab gives it; once focused, the wheel changes it as
  usual.
- A one-line field the user leaves for another field shows the start of its text again (a
  narrow field would otherwise show the end of a long unit name); switching to another
  window or opening a menu leaves its cursor and selection where they were.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

_VALUE_BOXES = (QComboBox, QAbstractSpinBox)  # QSpinBox, QDateEdit, ...
# (The Qt namespace is touched only once an event needs it: realising it costs ~20 ms of
# start-up, before the window shows.)
_guard: InputGuard | None = None


def install(app: QApplication) -> InputGuard:
    """Install the filter on `app` (once, however often it is called)."""
    global _guard
    if _guard is None:
        _guard = InputGuard(app)
        app.installEventFilter(_guard)
    return _guard


def _left_for_another_field(reason) -> bool:
    """The user went to another field: not to another window, a menu or a right-click menu
    (there the cursor and the selection wait where they were, for the paste or copy that
    follows)."""
    r = QtCore.Qt.FocusReason
    return reason in (r.MouseFocusReason, r.TabFocusReason, r.BacktabFocusReason,
                      r.ShortcutFocusReason, r.OtherFocusReason)


def value_box(obj: QObject) -> QWidget | None:
    """The drop-down, number or date box that `obj` is or belongs to (its line edit)."""
    if isinstance(obj, _VALUE_BOXES):
        return obj
    parent = obj.parent() if isinstance(obj, QLineEdit) else None
    return parent if isinstance(parent, _VALUE_BOXES) else None


def scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scrolling area whose page holds `widget`."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


def _has_focus(box: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is box or box.isAncestorOf(focus))


class InputGuard(QObject):
    """See the module docstring."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt)
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            box = value_box(obj)
            if box is None or _has_focus(box):
                return False
            area = scroll_area_of(box)
            while area is not None:  # the page scrolls, as the user meant
                viewport = area.viewport()
                position = viewport.mapFromGlobal(event.globalPosition())
                forwarded = QWheelEvent(
                    position, event.globalPosition(), event.pixelDelta(), event.angleDelta(),
                    event.buttons(), event.modifiers(), event.phase(), event.inverted())
                forwarded.ignore()
                QApplication.sendEvent(viewport, forwarded)
                if forwarded.isAccepted():
                    break
                area = scroll_area_of(area)  # this page is at its end: the one around it
            return True  # the value stays as it is
        if kind == QEvent.Type.FocusOut and isinstance(obj, QLineEdit) and \
                value_box(obj) is None and obj.text() and not obj.hasSelectedText() and \
                _left_for_another_field(event.reason()):
            obj.setCursorPosition(0)  # the start of the text shows again
        return False
