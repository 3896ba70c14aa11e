"""Step 3: the author, unit, phone and bank account (prefilled from a saved profile).

What is typed here is the item's. A saved author changes only when the user says so: a
draft whose details differ from its saved author shows the difference and one button,
"Update the saved author"; a new person is kept as a new saved author only if the box
saying so is ticked (an existing one is never rewritten by moving on).
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel

from app import model
from app.model import validation
from app.text import mojibake
from ui.flow.step import Step
from ui.forms import AuthorForm
from ui.widgets import Banner, Field

NEW_PERSON = "__new__"
PROFILE_FIELDS = ("name", "phone", "bank_bin", "account", "holder")


def profile_of(sub: model.Submission, profile_id: str | None = None) -> model.AuthorProfile:
    """The draft's author details as a saved author would keep them (normalised)."""
    profile = model.AuthorProfile(sub.author, sub.phone, sub.bank_bin, sub.account, sub.holder)
    if profile_id:
        profile.id = profile_id
    return validation.normalise_profile(profile)


def differs(saved: model.AuthorProfile, sub: model.Submission) -> bool:
    mine = profile_of(sub)
    return any(getattr(saved, f) != getattr(mine, f) for f in PROFILE_FIELDS)


class AuthorStep(Step):
    key = "author"

    def title(self) -> str:
        return self.tr("Author and bank account")

    def __init__(self, flow):
        super().__init__(flow)
        intro = QLabel(self.tr("The board pays a royalty for published items to the author's "
                               "bank account. Choose a saved author or type a new one."))
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        self.profile = QComboBox()
        self.profile.activated.connect(self._profile_chosen)
        self.layout_.addWidget(Field(self.tr("Saved &authors"), self.profile))
        self.mojibake_banner = Banner("warning")
        (convert,) = self.mojibake_banner.set_actions(self.tr("&Convert to Unicode"))
        convert.clicked.connect(self._convert)
        self.layout_.addWidget(self.mojibake_banner)
        # The draft's details differ from its saved author: said, and saved only on request.
        self.changes = Banner("info")
        (self.update_button,) = self.changes.set_actions(self.tr("&Update the saved author"))
        self.update_button.clicked.connect(self.update_saved_author)
        self.layout_.addWidget(self.changes)
        self.form = AuthorForm(with_unit=True)
        self.form.changed.connect(self._edited)
        self.layout_.addWidget(self.form)
        self.remember = QCheckBox(self.tr("&Keep this person as a new saved author for next time"))
        self.remember.setChecked(True)
        self.layout_.addWidget(self.remember)
        self.layout_.addStretch(1)
        self._authors: list[model.AuthorProfile] = []

    def load(self) -> None:
        s = self.sub
        self.form.set_values(s.author, s.phone, s.bank_bin, s.account, s.holder, s.unit)
        self.changes.hide()
        self._show_remember()
        # (through the writer: after an author remembered a moment ago, never before it)
        self.services.write(self.services.store.list_authors, done=self._authors_loaded,
                            owner=self)

    def _authors_loaded(self, authors: list[model.AuthorProfile]) -> None:
        self._authors = authors
        self.profile.blockSignals(True)
        self.profile.clear()
        for a in authors:
            self.profile.addItem(a.name, a.id)
        self.profile.addItem(self.tr("Someone else (type below)"), NEW_PERSON)
        index = self.profile.findData(self.sub.profile_id) if self.sub else -1
        self.profile.setCurrentIndex(index if index >= 0 else self.profile.count() - 1)
        self.profile.blockSignals(False)
        self._show_changes()

    def saved_author(self) -> model.AuthorProfile | None:
        """The saved author this draft's details came from, if any."""
        if self.sub is None or not self.sub.profile_id:
            return None
        return next((a for a in self._authors if a.id == self.sub.profile_id), None)

    def _profile_chosen(self, index: int) -> None:
        profile_id = self.profile.itemData(index)
        chosen = next((a for a in self._authors if a.id == profile_id), None)
        if chosen is None:
            self.sub.profile_id = None
            self.form.set_values(unit=self.sub.unit)
            self.form.apply_to(self.sub)
        else:
            unit = self.sub.unit
            chosen.apply_to(self.sub)
            self.sub.unit = unit
            self.form.load_profile(chosen)
            self.form.unit.setText(unit)
            self.form.unit.setCursorPosition(0)
        self._show_remember()
        self._show_changes()
        self.changed()

    def _edited(self) -> None:
        self.form.apply_to(self.sub)
        self._show_changes()
        self.changed()

    def _show_remember(self) -> None:
        self.remember.setVisible(self.sub is None or not self.sub.profile_id)

    def _show_changes(self) -> None:
        saved = self.saved_author()
        if saved is None or not differs(saved, self.sub):
            self.changes.hide()
            return
        self.changes.show_text(self.tr(
            "These details differ from the saved author {name}. They are used for this item "
            "only; the saved author stays as it was unless you update it.").format(
            name=saved.name))

    def update_saved_author(self) -> None:
        """The user asked for it: the saved author takes this draft's details."""
        saved = self.saved_author()
        if saved is None:
            return
        profile = profile_of(self.sub, saved.id)
        self._authors = [profile if a.id == saved.id else a for a in self._authors]
        self.profile.setItemText(self.profile.findData(saved.id), profile.name)
        self.changes.hide()
        self.services.write(self.services.store.save_author, profile)
        self.flow.window_.show_toast(self.tr("The saved author {name} is updated.").format(
            name=profile.name))

    def show_problems(self) -> None:
        problems = self.problems()
        self.form.show_problems([p for p in problems if p.code != "mojibake"],
                                everything=self.attempted)
        if any(p.code == "mojibake" for p in problems):
            self.mojibake_banner.show_text(self.tr(
                "A name here looks typed in an old font (TCVN3 or VNI) and will be unreadable "
                "for the board. Convert it to Unicode?"))
        else:
            self.mojibake_banner.hide()

    def _convert(self) -> None:
        for edit in (self.form.name, self.form.unit, self.form.holder):
            finding = mojibake.detect(edit.text())
            if finding is not None:
                edit.selectAll()
                edit.insert(finding.converted)  # Ctrl+Z in the field undoes it
                edit.setCursorPosition(0)
        self._edited()  # (a saved author in the old font: "Update the saved author" shows)

    def focus_first_error(self) -> None:
        self.form.touch_all()
        w = self.form.first_error_widget(validation.errors(self.problems()))
        if w is not None:
            self.reveal(w)

    def left(self) -> None:
        self.remember_new_author()

    def remember_new_author(self) -> None:
        """A new person typed here, with the box ticked: kept as a new saved author when the
        user moves on. An existing saved author is never changed here (see
        `update_saved_author`)."""
        if self.sub is None or self.sub.profile_id or not self.remember.isChecked():
            return
        profile = profile_of(self.sub)
        if not profile.name:
            return
        self.sub.profile_id = profile.id
        self._authors.insert(0, profile)
        self.profile.insertItem(0, profile.name, profile.id)
        self.profile.setCurrentIndex(0)
        self._show_remember()
        self.services.write(self.services.store.save_author, profile)
        self.flow.save_quietly()  # the draft now names its saved author
