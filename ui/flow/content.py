"""Step 1: the title and the text (typed, pasted or imported from Word)."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)

from app import model
from app.document.importer import import_text
from app.text import mojibake
from app.text.normalise import as_typed, word_count
from ui.flow.step import Step
from ui.forms import set_line
from ui.i18n import word_count_text
from ui.prefs import TEXTS
from ui.widgets import Banner, Field


class ContentStep(Step):
    key = "content"

    def title(self) -> str:
        return self.tr("Title and text")

    def __init__(self, flow):
        super().__init__(flow)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr(
            "For example: Công đoàn cơ sở phòng A tặng quà đoàn viên có hoàn cảnh khó khăn"))
        self.f_title = Field(self.tr("1. &Title of the item"), self.title_edit)
        self.layout_.addWidget(self.f_title)

        self.body_edit = QPlainTextEdit()
        self.body_edit.setMinimumHeight(260)
        self.body_edit.setTabChangesFocus(True)
        self.f_body = Field(self.tr("2. Te&xt of the item"), self.body_edit, self.tr(
            "The whole text of the news item or article. Paste it, type it, or import it from "
            "a Word (.docx) or text file."))
        self.layout_.addWidget(self.f_body)

        tools = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import from a file…"))
        self.import_button.clicked.connect(self._choose_import)
        tools.addWidget(self.import_button)
        tools.addStretch(1)
        self.count = QLabel()
        self.count.setObjectName("muted")
        tools.addWidget(self.count)
        self.f_body.layout().insertLayout(3, tools)

        self.mojibake_banner = Banner("warning")
        (self.convert_button,) = self.mojibake_banner.set_actions(self.tr("&Convert to Unicode"))
        self.convert_button.clicked.connect(self._convert)
        self.layout_.insertWidget(1, self.mojibake_banner)
        self.layout_.addStretch(1)

        self.title_edit.textEdited.connect(self._title_edited)
        self.body_edit.textChanged.connect(self._body_edited)
        self._loading = False
        self._touched: set[str] = set()

    def load(self) -> None:
        self._loading = True
        set_line(self.title_edit, self.sub.title)
        self.body_edit.setPlainText(self.sub.body)
        self._loading = False
        self._touched = {k for k, v in (("title", self.sub.title), ("body", self.sub.body)) if v}
        self._update_count()

    def entered(self) -> None:
        (self.title_edit if not self.title_edit.text() else self.body_edit).setFocus()

    def _title_edited(self, text: str) -> None:
        self.sub.title = as_typed(text)
        self._touched.add("title")
        self.changed()

    def _body_edited(self) -> None:
        if self._loading:
            return
        self.sub.body = as_typed(self.body_edit.toPlainText())
        self._touched.add("body")
        self._update_count()
        self.changed()

    def _update_count(self) -> None:
        n = word_count(self.body_edit.toPlainText())
        self.count.setText(word_count_text(n))

    # -- problems --------------------------------------------------------------------------
    def show_problems(self) -> None:
        problems = self.problems()
        for field_id, widget, key in ((model.TITLE, self.f_title, "title"),
                                      (model.BODY, self.f_body, "body")):
            mine = [p for p in problems if p.field == field_id and p.code != "mojibake"]
            if not self.attempted and key not in self._touched:
                mine = []
            widget.message.show_problems(mine)
        found = [p for p in problems if p.code == "mojibake"]
        if found:
            label = mojibake.Finding(found[0].data["encoding"], "").encoding_label
            self.mojibake_banner.show_text(self.tr(
                "Part of this text looks typed in an old font ({encoding}) and will be "
                "unreadable for the board. Convert it to Unicode?").format(encoding=label))
        else:
            self.mojibake_banner.hide()

    def focus_first_error(self) -> None:
        problems = [p for p in self.problems() if p.severity == "error"]
        if any(p.field == model.TITLE for p in problems):
            self.reveal(self.f_title, self.title_edit)
        elif problems:
            self.reveal(self.f_body, self.body_edit)

    def _convert(self) -> None:
        """Replace mojibake in the title and the text; Ctrl+Z in the field undoes it."""
        for finding_field in (model.TITLE, model.BODY):
            text = self.sub.title if finding_field == model.TITLE else self.sub.body
            finding = mojibake.detect(text)
            if finding is None:
                continue
            if finding_field == model.TITLE:
                self.title_edit.selectAll()
                self.title_edit.insert(finding.converted)
                self._title_edited(self.title_edit.text())
            else:
                cursor = self.body_edit.textCursor()
                cursor.select(QTextCursor.SelectionType.Document)
                cursor.insertText(finding.converted)
        self.flow.window_.show_toast(self.tr("Converted to Unicode. Press Ctrl+Z in a field to "
                                             "undo."))

    # -- import ----------------------------------------------------------------------------
    def _choose_import(self) -> None:
        prefs = self.flow.window_.prefs
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import the text"), prefs.folder(TEXTS),
            self.tr("Word or text files (*.docx *.txt);;All files (*)"))
        if path:
            prefs.remember_file(TEXTS, path)
            self.import_file(path)

    def import_file(self, path: str) -> None:
        self.import_button.setEnabled(False)
        sub = self.sub
        self.services.background(import_text, path,
                                 done=lambda result: self._imported(result, sub),
                                 failed=self._import_failed)

    def _import_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        self.flow.window_.show_toast(exc.message, seconds=12)

    def _imported(self, result, sub) -> None:
        self.import_button.setEnabled(True)
        if not self.flow.is_open(sub):
            return  # another draft is open now; the file is still there to import again
        if self.body_edit.toPlainText().strip():
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Import the text"))
            box.setText(self.tr("Replace the text you already have with the imported text?"))
            replace = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("&Keep mine"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not replace:
                return
        cursor = self.body_edit.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(result.body)  # undoable with Ctrl+Z
        if result.title and not self.title_edit.text().strip():
            self.title_edit.setText(result.title)
            self._title_edited(result.title)
        self.flow.window_.show_toast(self.tr("Text imported. Check it, then go on."))
