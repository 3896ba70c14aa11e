"""Step 3: the author, unit, phone and bank account (prefilled from a saved profile)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel

from app import model
from app.model import validation
from app.text import mojibake
from app.text.normalise import clean_line
from ui.flow.step import Step
from ui.forms import AuthorForm
from ui.widgets import Banner, Field

NEW_PERSON = "__new__"


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
        self.form = AuthorForm(with_unit=True)
        self.form.changed.connect(self._edited)
        self.layout_.addWidget(self.form)
        self.remember = QCheckBox(self.tr("&Remember this author for next time"))
        self.remember.setChecked(True)
        self.layout_.addWidget(self.remember)
        self.layout_.addStretch(1)
        self._authors: list[model.AuthorProfile] = []

    def load(self) -> None:
        s = self.sub
        self.form.set_values(s.author, s.phone, s.bank_bin, s.account, s.holder, s.unit)
        self.services.background(self.services.store.list_authors, done=self._authors_loaded)

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

    def _profile_chosen(self, index: int) -> None:
        profile_id = self.profile.itemData(index)
        chosen = next((a for a in self._authors if a.id == profile_id), None)
        if chosen is None:
            self.sub.profile_id = None
            self.form.set_values(unit=self.sub.unit)
        else:
            unit = self.sub.unit
            chosen.apply_to(self.sub)
            self.sub.unit = unit
            self.form.load_profile(chosen)
            self.form.unit.setText(unit)
        self.changed()

    def _edited(self) -> None:
        self.form.apply_to(self.sub)
        self.changed()

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
        self.form.apply_to(self.sub)
        self.changed()

    def focus_first_error(self) -> None:
        self.form.touch_all()
        w = self.form.first_error_widget(validation.errors(self.problems()))
        if w is not None:
            w.setFocus()

    def left(self) -> None:
        self.remember_author()

    def remember_author(self) -> None:
        """Save or update the profile from what was typed (when the user moves on)."""
        if not self.remember.isChecked() or not clean_line(self.sub.author):
            return
        existing = next((a for a in self._authors if a.id == self.sub.profile_id), None)
        profile = existing or model.AuthorProfile()
        profile.name = self.sub.author
        profile.phone = self.sub.phone
        profile.bank_bin = self.sub.bank_bin
        profile.account = self.sub.account
        profile.holder = self.sub.holder
        validation.normalise_profile(profile)
        self.sub.profile_id = profile.id
        self.services.write(self.services.store.save_author, profile)
        if existing is None:
            self._authors.insert(0, profile)
