"""The author form (fields 4, 6, 7, 8 and the bank), shared by setup, the flow and settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from app import model
from app.model import banks, validation
from app.text.normalise import as_typed, bank_form, clean_line
from ui.widgets import Field


def set_line(edit: QLineEdit, text: str) -> None:
    """Put a stored value in a one-line field, its start on show (a narrow field would show
    the end of a long unit name)."""
    edit.setText(text)
    edit.setCursorPosition(0)


def bank_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("AuthorForm", "— choose the bank —"), "")
    for b in banks.banks():
        combo.addItem(b.label, b.bin)
    combo.setMaxVisibleItems(15)
    return combo


def select_bank(combo: QComboBox, bin_: str) -> None:
    index = combo.findData(bin_ or "")
    combo.setCurrentIndex(max(index, 0))


class AuthorForm(QWidget):
    """Name, phone, bank, account, holder; optionally the unit. Emits `changed` on edits."""

    changed = Signal()

    def __init__(self, with_unit: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        self.name = QLineEdit()
        self.unit = QLineEdit() if with_unit else None
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("0983 123 456")
        self.bank = bank_combo()
        self.account = QLineEdit()
        self.account.setPlaceholderText("3951 0000 1234")
        self.holder = QLineEdit()
        self.f_name = Field(self.tr("4. &Author"), self.name,
                            self.tr("Full name, for example Nông Văn K."))
        self.f_unit = Field(self.tr("5. &Unit"), self.unit,
                            self.tr("The unit the author works for, for example "
                                    "Công đoàn cơ sở Phòng A.")) if with_unit else None
        self.f_phone = Field(self.tr("6. &Phone number"), self.phone,
                             self.tr("A mobile (10 digits) or a landline with its area code."))
        self.f_bank = Field(self.tr("&Bank of the account"), self.bank,
                            self.tr("The board pays the royalty to this account."))
        self.f_account = Field(self.tr("7. Author's &account number"), self.account)
        self.f_holder = Field(self.tr("8. Account &holder"), self.holder)
        self.holder_form = QLabel()
        self.holder_form.setObjectName("hint")
        self.f_holder.layout().insertWidget(2, self.holder_form)
        row = 0
        grid.addWidget(self.f_name, row, 0)
        if self.f_unit is not None:
            grid.addWidget(self.f_unit, row, 1)
        else:
            grid.addWidget(self.f_phone, row, 1)
        row += 1
        if self.f_unit is not None:
            grid.addWidget(self.f_phone, row, 0)
            row += 1
        grid.addWidget(self.f_bank, row, 0)
        grid.addWidget(self.f_account, row, 1)
        row += 1
        grid.addWidget(self.f_holder, row, 0)
        for w in (self.name, self.phone, self.account, self.holder, self.unit):
            if w is not None:
                w.textEdited.connect(self._edited)
        self.bank.currentIndexChanged.connect(self._edited)
        self.holder.textChanged.connect(self._update_holder_form)
        self._touched: set[str] = set()

    # -- data ----------------------------------------------------------------------------
    def set_values(self, name="", phone="", bank_bin="", account="", holder="", unit="") -> None:
        for w in (self.name, self.phone, self.account, self.holder, self.unit, self.bank):
            if w is not None:
                w.blockSignals(True)
        set_line(self.name, name)
        set_line(self.phone, phone)
        select_bank(self.bank, bank_bin)
        set_line(self.account, account)
        set_line(self.holder, holder)
        if self.unit is not None:
            set_line(self.unit, unit)
        for w in (self.name, self.phone, self.account, self.holder, self.unit, self.bank):
            if w is not None:
                w.blockSignals(False)
        self._update_holder_form()

    def load_profile(self, profile: model.AuthorProfile) -> None:
        self.set_values(profile.name, profile.phone, profile.bank_bin, profile.account,
                        profile.holder)

    def apply_to(self, target) -> None:
        """Write the form into a Submission or an AuthorProfile."""
        if isinstance(target, model.Submission):
            target.author = as_typed(self.name.text())
            if self.unit is not None:
                target.unit = as_typed(self.unit.text())
        else:
            target.name = as_typed(self.name.text())
        target.phone = as_typed(self.phone.text())
        target.bank_bin = self.bank.currentData() or ""
        target.account = as_typed(self.account.text())
        target.holder = as_typed(self.holder.text())

    # -- validation ----------------------------------------------------------------------
    def _edited(self, *_args) -> None:
        sender = self.sender()
        for key, w in (("name", self.name), ("phone", self.phone), ("bank", self.bank),
                       ("account", self.account), ("holder", self.holder),
                       ("unit", self.unit)):
            if sender is w:
                self._touched.add(key)
        self.changed.emit()

    def _update_holder_form(self, *_args) -> None:
        text = clean_line(self.holder.text())
        form = bank_form(text) if text else ""
        self.holder_form.setText(self.tr("As the bank writes it: {form}").format(form=form)
                                 if form else "")
        self.holder_form.setVisible(bool(form))

    def problems(self) -> list[validation.Problem]:
        """The core's own checks of these fields (one set of rules and words)."""
        sub = model.Submission()
        self.apply_to(sub)
        fields = {model.AUTHOR, model.PHONE, model.BANK, model.ACCOUNT, model.HOLDER}
        if self.unit is not None:
            fields.add(model.UNIT)
        return [p for p in validation.validate(sub, require_approval=False)
                if p.field in fields and p.code not in ("holder-bank-form", "mojibake")]

    def show_problems(self, problems, everything: bool = False) -> None:
        by_field = {model.AUTHOR: (self.f_name, "name"), model.UNIT: (self.f_unit, "unit"),
                    model.PHONE: (self.f_phone, "phone"), model.BANK: (self.f_bank, "bank"),
                    model.ACCOUNT: (self.f_account, "account"),
                    model.HOLDER: (self.f_holder, "holder")}
        for field_id, (widget, key) in by_field.items():
            if widget is None:
                continue
            mine = [p for p in problems if p.field == field_id and p.code != "holder-bank-form"]
            if not everything and key not in self._touched:
                mine = []  # no reproach before the user has typed there or pressed Next
            widget.message.show_problems(mine)

    def touch_all(self) -> None:
        self._touched |= {"name", "phone", "bank", "account", "holder", "unit"}

    def first_error_widget(self, problems) -> QWidget | None:
        order = [(model.AUTHOR, self.name), (model.UNIT, self.unit), (model.PHONE, self.phone),
                 (model.BANK, self.bank), (model.ACCOUNT, self.account),
                 (model.HOLDER, self.holder)]
        for field_id, w in order:
            if w is not None and any(p.field == field_id and p.severity == "error"
                                     for p in problems):
                return w
        return None
