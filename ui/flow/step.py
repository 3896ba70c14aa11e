"""What every step of the flow has: a title, loading a draft, its problems, an edit signal."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app import model
from app.model import validation


class Step(QWidget):
    edited = Signal(str)  # the step key: the draft changed

    key = ""

    def __init__(self, flow):
        super().__init__()
        self.flow = flow
        self.services = flow.services
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 12, 24, 12)
        self.heading = QLabel(self.title())
        self.heading.setObjectName("stepTitle")
        self.layout_.addWidget(self.heading)
        self.attempted = False  # the user tried to move on: show every problem
        # Re-check a moment after the last keystroke, not on every one (long texts, old PCs).
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(250)
        self._recheck.timeout.connect(self.show_problems)

    @property
    def sub(self) -> model.Submission:
        return self.flow.sub

    def title(self) -> str:
        raise NotImplementedError

    def load(self) -> None:
        """Fill the widgets from `self.sub`."""

    def problems(self) -> list[validation.Problem]:
        return validation.for_step(validation.validate(self.sub), self.key)

    def show_problems(self) -> None:
        """Show this step's problems next to its fields."""

    def focus_first_error(self) -> None:
        """Put the keyboard focus on the first field that blocks."""

    def reveal(self, widget: QWidget, focus: QWidget | None = None) -> None:
        """Scroll the step so that `widget` shows, and give `focus` (default: `widget`) the
        keyboard focus; again once the layout has settled (a message just shown)."""
        target = focus if focus is not None else widget
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_to(widget)
        QTimer.singleShot(0, widget, lambda: self.scroll_to(widget))

    def scroll_to(self, widget: QWidget) -> None:
        """Scroll every area that holds `widget` (the step's, the window's) to show it."""
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea) and parent.widget() is not None and \
                    parent.widget().isAncestorOf(widget):
                parent.ensureWidgetVisible(widget, 16, 32)
            parent = parent.parentWidget()

    def entered(self) -> None:
        """The step became visible."""

    def left(self) -> None:
        """The user moved to another step."""

    def changed(self) -> None:
        self.edited.emit(self.key)
        if self.attempted:
            self.show_problems()  # the user is fixing what blocked: answer at once
        else:
            self._recheck.start()

    def recheck_soon(self) -> None:
        """Show problems a moment later (many changes arriving at once: photo results)."""
        self._recheck.start()
