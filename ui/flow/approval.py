"""Step 4: the unit's leadership approved the content (name, position, confirmation)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit

from app import model, settings
from app.text.normalise import as_typed
from ui.flow.step import Step
from ui.forms import set_line
from ui.widgets import Banner, Field, FieldMessage


class ApprovalStep(Step):
    key = "approval"

    def title(self) -> str:
        return self.tr("Approval")

    def __init__(self, flow):
        super().__init__(flow)
        intro = QLabel(self.tr(
            "The unit's leadership (the union's executive committee) approves the content "
            "before it is sent and is responsible for it. Record who approved it."))
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        self.reset_note = Banner("warning")
        self.layout_.addWidget(self.reset_note)
        self.name = QLineEdit()
        self.position = QLineEdit()
        self.position.setPlaceholderText(self.tr("For example: Chủ tịch Công đoàn cơ sở"))
        self.f_name = Field(self.tr("&Name of the person who approved"), self.name)
        self.f_position = Field(self.tr("&Position"), self.position)
        self.layout_.addWidget(self.f_name)
        self.layout_.addWidget(self.f_position)
        self.confirm = QCheckBox(self.tr(
            "&I confirm that the unit's leadership approved the content of this item."))
        self.confirm.setAccessibleName(self.confirm.text().replace("&", ""))
        self.layout_.addWidget(self.confirm)
        self.confirm_message = FieldMessage()
        self.layout_.addWidget(self.confirm_message)
        self.layout_.addStretch(1)
        self.name.textEdited.connect(self._edited)
        self.position.textEdited.connect(self._edited)
        self.confirm.toggled.connect(self._confirmed)

    def load(self) -> None:
        a = self.sub.approval
        set_line(self.name, a.name)
        set_line(self.position, a.position)
        self.confirm.blockSignals(True)
        self.confirm.setChecked(a.confirmed)
        self.confirm.blockSignals(False)
        self.reset_note.hide()

    def _edited(self, *_args) -> None:
        self.sub.approval.name = as_typed(self.name.text())
        self.sub.approval.position = as_typed(self.position.text())
        self.changed()

    def _confirmed(self, checked: bool) -> None:
        self.sub.approval.confirmed_at = model.now_iso() if checked else None
        if checked:
            self.reset_note.hide()
            last = {"name": self.sub.approval.name, "position": self.sub.approval.position}
            self.services.write(settings.put, self.services.store, settings.LAST_APPROVAL,
                                last)
        self.changed()

    def approval_reset(self) -> None:
        """The content changed after approval: the confirmation must be given again."""
        self.confirm.blockSignals(True)
        self.confirm.setChecked(False)
        self.confirm.blockSignals(False)
        self.reset_note.show_text(self.tr(
            "The content changed after it was approved. Check it with the leadership and "
            "confirm again."))

    def show_problems(self) -> None:
        problems = self.problems()
        show = self.attempted
        self.f_name.message.show_problems(
            [p for p in problems if p.code == "approval-name"] if show else [])
        self.f_position.message.show_problems(
            [p for p in problems if p.code == "approval-position"] if show else [])
        self.confirm_message.show_problems(
            [p for p in problems if p.code == "approval-unconfirmed"] if show else [])

    def focus_first_error(self) -> None:
        codes = {p.code for p in self.problems()}
        if "approval-name" in codes:
            self.reveal(self.f_name, self.name)
        elif "approval-position" in codes:
            self.reveal(self.f_position, self.position)
        else:
            self.reveal(self.confirm_message, self.confirm)
