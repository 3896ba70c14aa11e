"""The guided flow: steps on the left, one step at a time on the right, autosaved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import model
from app.model import validation
from app.model.states import DraftState
from ui.i18n import format_date

CURRENT_STEP_BACKGROUND = "#dce8f7"


class SubmissionFlow(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window_ = window
        self.services = window.services
        self.sub: model.Submission | None = None
        from ui.flow.approval import ApprovalStep
        from ui.flow.author import AuthorStep
        from ui.flow.content import ContentStep
        from ui.flow.photos import PhotosStep
        from ui.flow.review import ReviewStep

        self.steps = [ContentStep(self), PhotosStep(self), AuthorStep(self), ApprovalStep(self),
                      ReviewStep(self)]

        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        self.step_list = QListWidget()
        self.step_list.setObjectName("steps")
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.step_list.setFixedWidth(230)
        self.step_list.setSpacing(4)
        self.step_list.setWordWrap(True)
        # The list never highlights a step by itself (a click on a step that cannot be shown
        # yet would leave it selected): the step on show is marked by `_mark_current` only.
        self.step_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        for i, step in enumerate(self.steps, start=1):
            self.step_list.addItem(f"{i}. {step.title()}")
        self.step_list.currentRowChanged.connect(self._list_clicked)
        outer.addWidget(self.step_list)

        right = QVBoxLayout()
        self.pages = QStackedWidget()
        for step in self.steps:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(step)
            self.pages.addWidget(scroll)
            step.edited.connect(self._edited)
        right.addWidget(self.pages, 1)

        nav = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Back"))
        self.back_button.clicked.connect(self.back)
        self.save_state = QLabel()
        self.save_state.setObjectName("muted")
        self.close_button = QPushButton(self.tr("&Save and close"))
        self.close_button.setToolTip(self.tr("The draft is saved as you type; you can come back "
                                             "to it from the home screen at any time."))
        self.close_button.clicked.connect(window.show_home)
        self.next_button = QPushButton(self.tr("&Next →"))
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(self.next)
        nav.addWidget(self.back_button)
        nav.addWidget(self.save_state, 1)
        nav.addWidget(self.close_button)
        nav.addWidget(self.next_button)
        right.addLayout(nav)
        outer.addLayout(right, 1)

        QShortcut(QKeySequence("Ctrl+S"), self, activated=self._save_now)
        QShortcut(QKeySequence("Alt+Right"), self, activated=self.next)
        QShortcut(QKeySequence("Alt+Left"), self, activated=self.back)
        self.services.draft_saved.connect(self._saved)
        self._current = 0
        self.state = DraftState.DRAFT  # the draft's state as the database last said it

    # -- opening and leaving ---------------------------------------------------------------
    def open(self, sub: model.Submission, state: DraftState, at: str | None = None) -> None:
        """Show a draft at the step it was left at (or `at`, a step key): the first step
        that blocks the way there if one does; an item in the outbox at its review."""
        self.sub = sub
        self.state = state
        self.set_locked(state != DraftState.DRAFT)
        for step in self.steps:
            step.attempted = False
            step.load()
            step.show_problems()
        self.save_state.setText(self.tr("Saved {time}").format(
            time=format_date(sub.updated_at, with_time=True)))
        keys = [step.key for step in self.steps]
        wanted = at or (keys[-1] if state != DraftState.DRAFT else sub.last_step)
        index = keys.index(wanted) if wanted in keys else 0
        if state == DraftState.DRAFT and index:
            blocking = self._blocking_step(index)
            index = index if blocking is None else blocking
        self._current = index  # (the step before it was never on show: it is not "left")
        self._set_current(index)
        if state == DraftState.DRAFT:
            self.save_quietly()  # a new draft exists from the first moment

    def leave(self) -> None:
        """The user leaves the flow: what is on screen is saved now."""
        self.save_quietly()
        if self.services.writer is not None:
            self.services.writer.flush(timeout=0)

    def set_locked(self, locked: bool) -> None:
        """While an item is being queued, and once it is queued or sent: no more edits (the
        email is built from what was approved)."""
        for step in self.steps[:-1]:
            step.setEnabled(not locked)

    def is_open(self, sub: model.Submission) -> bool:
        """Is `sub` still the draft on screen? (Work started for it may finish later.)"""
        return self.sub is sub

    def update_stored(self, draft_id: str, change) -> None:
        """Apply `change(submission)` to a draft that is no longer on screen, in the store."""
        store = self.services.store

        def write():
            stored = store.load_draft(draft_id)
            if stored is not None:
                change(stored)
                store.save_draft(stored)

        self.services.write(write)

    def save_quietly(self) -> None:
        """Hand the draft's state to the writer without treating it as an edit (photo
        verdicts arriving): it is saved within the autosave delay."""
        if self.sub is not None and self.state == DraftState.DRAFT:
            self.services.autosave(self.sub.to_dict())

    def _save_now(self) -> None:
        self.save_quietly()
        self.services.write(lambda: None)

    def set_state(self, state: DraftState) -> None:
        """The database said the draft's state (after a commit): locked unless a draft."""
        self.state = state
        self.set_locked(state != DraftState.DRAFT)

    # -- editing ---------------------------------------------------------------------------
    def _edited(self, key: str) -> None:
        if self.sub is None:
            return
        if key in ("content", "photos") and self.sub.approval.confirmed_at:
            # The leadership approved other words: ask for the approval again.
            self.sub.approval.confirmed_at = None
            self.steps[3].approval_reset()
        self.save_state.setText(self.tr("Saving…"))
        self.save_quietly()

    def _saved(self, draft_id: str, updated_at: str) -> None:
        if self.sub is not None and draft_id == self.sub.id:
            self.sub.updated_at = updated_at
            self.save_state.setText(self.tr("Saved {time}").format(
                time=format_date(updated_at, with_time=True)))

    # -- moving between steps --------------------------------------------------------------
    def current_step(self):
        return self.steps[self._current]

    def current_index(self) -> int:
        return self._current

    def _set_current(self, index: int) -> None:
        if index != self._current:
            self.steps[self._current].left()
        self._current = index
        self.pages.setCurrentIndex(index)
        self._mark_current()
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(index < len(self.steps) - 1)
        step = self.steps[index]
        if self.sub is not None and self.sub.last_step != step.key:
            self.sub.last_step = step.key  # reopened here next time
            self.save_quietly()
        self.window_.page_changed()
        step.entered()

    def _mark_current(self) -> None:
        """Highlight the step on show, and only it."""
        for row in range(self.step_list.count()):
            item = self.step_list.item(row)
            current = row == self._current
            font = item.font()
            font.setBold(current)
            item.setFont(font)
            item.setData(Qt.ItemDataRole.BackgroundRole,
                         QColor(CURRENT_STEP_BACKGROUND) if current else None)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole,
                         self.tr("current step") if current else "")
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(self._current)  # (keyboard moves start here)
        self.step_list.blockSignals(False)

    def _blocking_step(self, up_to: int) -> int | None:
        """The first step before `up_to` whose fields have errors."""
        problems = validation.errors(validation.validate(self.sub))
        for i, step in enumerate(self.steps[:up_to]):
            if validation.for_step(problems, step.key):
                return i
        return None

    def go_to(self, index: int) -> bool:
        """Move to a step; every step before it must be free of errors (no skipping)."""
        if self.sub is None or index == self._current:
            return False
        if index > self._current:
            blocking = self._blocking_step(index)
            if blocking is not None:
                step = self.steps[blocking]
                step.attempted = True
                step.show_problems()
                if blocking != self._current:
                    self._set_current(blocking)
                step.focus_first_error()
                self.window_.show_toast(self.tr(
                    "Some fields in step {number} need attention before you go on.").format(
                    number=blocking + 1))
                return False
        self._set_current(index)
        self.window_.hide_toast()  # an old "needs attention" no longer applies
        return True

    def _list_clicked(self, row: int) -> None:
        if not self.go_to(row):
            self._mark_current()  # the step on show stays the one marked

    def next(self) -> None:
        if self._current < len(self.steps) - 1:
            self.go_to(self._current + 1)

    def back(self) -> None:
        if self._current > 0:
            self.go_to(self._current - 1)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt)
        if event.key() == Qt.Key.Key_Escape:
            self.window_.show_home()
            return
        super().keyPressEvent(event)
