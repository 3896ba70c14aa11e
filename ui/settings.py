"""Settings: language, text size, the unit, the authors, where bundles go."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import model, settings
from app.base import paths
from app.base.errors import UserError
from app.model import validation
from app.text.normalise import clean_line
from ui import style
from ui.forms import AuthorForm, set_line
from ui.prefs import RULES
from ui.setup import convert_old_fonts, level_combo, old_font_label
from ui.widgets import Banner, Field, scrolling_body


class SettingsPage(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window_ = window
        self.services = window.services
        outer, layout = scrolling_body(self)
        title = QLabel(self.tr("Settings"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)

        # Display
        display = QGroupBox(self.tr("Display"))
        dl = QVBoxLayout(display)
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        dl.addWidget(Field(self.tr("&Language"), self.language))
        self.large_text = QCheckBox(self.tr("&Larger text"))
        dl.addWidget(self.large_text)
        layout.addWidget(display)
        self.language.activated.connect(self._language_chosen)
        self.large_text.toggled.connect(self._large_text_toggled)

        # Unit
        unit_box = QGroupBox(self.tr("Your unit"))
        ul = QVBoxLayout(unit_box)
        self.unit_mojibake = Banner("warning")  # old-font text: converted and saved at once
        (self.unit_convert,) = self.unit_mojibake.set_actions(self.tr("&Convert and save"))
        self.unit_convert.clicked.connect(self._convert_unit)
        ul.addWidget(self.unit_mojibake)
        self.unit_name = QLineEdit()
        self.unit_name.textChanged.connect(self._show_unit_old_font)
        self.f_unit = Field(self.tr("&Unit name"), self.unit_name)
        ul.addWidget(self.f_unit)
        self.level = level_combo(self.services.rules)
        ul.addWidget(Field(self.tr("Unit le&vel"), self.level))
        self.rules_label = QLabel()
        self.rules_label.setObjectName("hint")
        self.rules_label.setWordWrap(True)
        ul.addWidget(self.rules_label)
        unit_buttons = QHBoxLayout()
        self.save_unit_button = QPushButton(self.tr("Save the &unit"))
        self.save_unit_button.clicked.connect(self._save_unit)
        self.import_rules_button = QPushButton(self.tr("Import a &rules file…"))
        self.import_rules_button.setToolTip(self.tr(
            "When the federation changes the levels or quotas, it can send a rules file "
            "(JSON). A file with mistakes is refused and the rules in use stay."))
        self.import_rules_button.clicked.connect(self._import_rules)
        self.reset_rules_button = QPushButton(self.tr("Use the rules shipped with TinBài"))
        self.reset_rules_button.clicked.connect(self._reset_rules)
        for b in (self.save_unit_button, self.import_rules_button, self.reset_rules_button):
            unit_buttons.addWidget(b)
        unit_buttons.addStretch(1)
        ul.addLayout(unit_buttons)
        self.rules_problems = Banner("error")
        ul.addWidget(self.rules_problems)
        layout.addWidget(unit_box)

        # Content credentials: whose signatures count as trusted (offline)
        trust_box = QGroupBox(self.tr("Content credentials (C2PA)"))
        tl = QVBoxLayout(trust_box)
        self.trust_label = QLabel()
        self.trust_label.setObjectName("hint")
        self.trust_label.setWordWrap(True)
        tl.addWidget(self.trust_label)
        trust_buttons = QHBoxLayout()
        self.import_trust_button = QPushButton(self.tr("Import a &trust list…"))
        self.import_trust_button.setToolTip(self.tr(
            "Photos from some phones and cameras carry signed content credentials. A newer "
            "list of trusted signers (PEM certificates) can be imported; a file with any "
            "mistake is refused and the list in use stays."))
        self.import_trust_button.clicked.connect(self._import_trust)
        self.reset_trust_button = QPushButton(self.tr("Use the list shipped with TinBài"))
        self.reset_trust_button.clicked.connect(self._reset_trust)
        for b in (self.import_trust_button, self.reset_trust_button):
            trust_buttons.addWidget(b)
        trust_buttons.addStretch(1)
        tl.addLayout(trust_buttons)
        self.trust_problems = Banner("error")
        tl.addWidget(self.trust_problems)
        layout.addWidget(trust_box)
        self._show_trust(self.services.trust_pem)

        # Authors
        authors_box = QGroupBox(self.tr("Authors"))
        al = QVBoxLayout(authors_box)
        self.authors = QListWidget()
        self.authors.setAccessibleName(self.tr("Saved authors"))
        self.authors.setMaximumHeight(140)
        self.authors.currentItemChanged.connect(self._author_selected)
        al.addWidget(self.authors)
        self.author_mojibake = Banner("warning")
        (self.author_convert,) = self.author_mojibake.set_actions(self.tr("Convert and sa&ve"))
        self.author_convert.clicked.connect(self._convert_author)
        al.addWidget(self.author_mojibake)
        self.author_form = AuthorForm()
        self.author_form.changed.connect(self._author_edited)
        al.addWidget(self.author_form)
        row = QHBoxLayout()
        self.new_author_button = QPushButton(self.tr("&New author"))
        self.new_author_button.clicked.connect(self._new_author)
        self.save_author_button = QPushButton(self.tr("Save the aut&hor"))
        self.save_author_button.clicked.connect(self._save_author)
        self.delete_author_button = QPushButton(self.tr("Delete the author"))
        self.delete_author_button.clicked.connect(self._delete_author)
        for b in (self.new_author_button, self.save_author_button, self.delete_author_button):
            row.addWidget(b)
        row.addStretch(1)
        al.addLayout(row)
        layout.addWidget(authors_box)

        # The email account
        from ui.account import AccountSection

        self.account = AccountSection(window)
        layout.addWidget(self.account)
        self._scroll = outer.itemAt(0).widget()  # (to bring a section into view)

        # Sending and files
        files_box = QGroupBox(self.tr("Bundles and the board"))
        fl = QVBoxLayout(files_box)
        self.bundle_base = QLineEdit()
        self.bundle_base.setReadOnly(True)
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose_folder)
        line = QHBoxLayout()
        line.addWidget(self.bundle_base, 1)
        line.addWidget(choose)
        holder = QWidget()
        holder.setLayout(line)
        line.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(Field(self.tr("Folder for bundles"), holder))
        self.bundle_base.setAccessibleName(self.tr("Folder for bundles"))
        self.editorial = QLineEdit()
        self.f_editorial = Field(self.tr("&Editorial board's email address"), self.editorial)
        fl.addWidget(self.f_editorial)
        self.editorial.editingFinished.connect(self._save_editorial)
        self.data_label = QLabel()
        self.data_label.setObjectName("muted")
        self.data_label.setWordWrap(True)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fl.addWidget(self.data_label)
        layout.addWidget(files_box)
        layout.addStretch(1)
        self._author_list: list[model.AuthorProfile] = []
        self._editing_author: model.AuthorProfile | None = None

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        self._scroll.verticalScrollBar().setValue(0)  # from the top bar: the page's start
        prefs = self.window_.prefs
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.large_text.blockSignals(True)
        self.large_text.setChecked(prefs.large_text)
        self.large_text.blockSignals(False)
        self.data_label.setText(self.tr("Your data (drafts, photos, outbox) is kept in {folder}.")
                                .format(folder=self.services.data_dir))
        store = self.services.store

        def read():
            return (settings.get(store, settings.UNIT), store.list_authors(),
                    settings.get(store, settings.BUNDLE_BASE), settings.editorial_address(store))

        # (through the writer, like every read of what this page saves: a read asked before a
        # save lands before it, never after with the old authors)
        self.services.write(read, done=self._loaded, owner=self)
        self.account.load()

    def _loaded(self, values) -> None:
        unit, authors, base, editorial = values
        self._show_rules(self.services.rules)
        if unit:
            set_line(self.unit_name, unit.name)
            self.level.setCurrentIndex(max(0, self.level.findData(unit.level)))
        set_line(self.bundle_base, str(base))
        set_line(self.editorial, editorial)
        self._show_authors(authors)

    def _show_authors(self, authors) -> None:
        self._author_list = authors
        self.authors.clear()
        for a in authors:
            item = QListWidgetItem(a.name)
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.authors.addItem(item)
        if authors:
            self.authors.setCurrentRow(0)
        else:
            self._new_author()

    # -- display ---------------------------------------------------------------------------
    def _language_chosen(self, index: int) -> None:
        language = self.language.itemData(index)
        if language != self.window_.prefs.language:
            self.window_.prefs.language = language
            self.window_.language_changed()

    def _large_text_toggled(self, on: bool) -> None:
        self.window_.prefs.large_text = on
        style.apply(QApplication.instance(), on)

    # -- unit ------------------------------------------------------------------------------
    def show_account(self, text: str) -> None:
        """Bring the email account into view, say why, and start at its address."""
        self.account.explain(text)
        self._scroll_to_account()
        QTimer.singleShot(0, self.account, self._scroll_to_account)  # once laid out

    def _scroll_to_account(self) -> None:
        """The account section's top at the top of the page."""
        top = self.account.mapTo(self._scroll.widget(), self.account.rect().topLeft()).y()
        self._scroll.verticalScrollBar().setValue(max(0, top - 8))

    # -- old fonts (TCVN3, VNI) ---------------------------------------------------------------
    def _show_unit_old_font(self, *_args) -> None:
        label = old_font_label([self.unit_name])
        if label:
            self.unit_mojibake.show_text(self.tr(
                "The unit's name looks typed in an old font ({encoding}) and will be unreadable "
                "for the board. Convert it to Unicode and save it?").format(encoding=label))
        else:
            self.unit_mojibake.hide()

    def _convert_unit(self) -> None:
        """Convert the saved unit's name and save it: every new item gets the fixed name."""
        if convert_old_fonts([self.unit_name]):
            self._save_unit()

    def _author_edited(self) -> None:
        self.author_form.show_problems(self.author_form.problems())
        self._show_author_old_font()

    def _show_author_old_font(self) -> None:
        label = old_font_label([self.author_form.name, self.author_form.holder])
        if label:
            self.author_mojibake.show_text(self.tr(
                "This author's name looks typed in an old font ({encoding}) and will be "
                "unreadable for the board. Convert it to Unicode and save the author?").format(
                encoding=label))
        else:
            self.author_mojibake.hide()

    def _convert_author(self) -> None:
        """Convert the author's name and holder and save the author (not just one draft)."""
        if convert_old_fonts([self.author_form.name, self.author_form.holder]):
            self._save_author()

    def _save_unit(self) -> None:
        name = clean_line(self.unit_name.text())
        if not name:
            self.f_unit.message.show_problems([validation.Problem(
                model.UNIT, "required", self.tr("Type the name of your unit."))])
            return
        self.f_unit.message.show_problems([])
        unit = model.Unit(name, self.level.currentData() or "")
        self.services.write(settings.put, self.services.store, settings.UNIT, unit,
                            done=lambda _: self.window_.show_toast(self.tr("Unit saved.")))

    def _show_rules(self, rules) -> None:
        self.rules_label.setText(self.tr("Rules in use: {name}.").format(name=rules.title))
        current = self.level.currentData()
        self.level.clear()
        for level in rules.levels:
            self.level.addItem(level.name, level.id)
        self.level.setCurrentIndex(max(0, self.level.findData(current)))

    def _import_rules(self) -> None:
        prefs = self.window_.prefs
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a rules file"),
                                              prefs.folder(RULES),
                                              self.tr("Rules files (*.json);;All files (*)"))
        if path:
            prefs.remember_file(RULES, path)
            self.import_rules(path)

    def import_rules(self, path: str) -> None:
        self.services.write(settings.import_rules_file, self.services.store, path,
                            done=self._rules_imported, failed=self._rules_refused)

    def _rules_imported(self, rules) -> None:
        self.services.rules = rules
        self.rules_problems.hide()
        self._show_rules(rules)
        self.window_.show_toast(self.tr("The new rules are in use. Check the unit's level."))

    def _rules_refused(self, exc) -> None:
        self.rules_problems.show_text(exc.message)

    def _reset_rules(self) -> None:
        self.services.write(settings.reset_rules, self.services.store, done=self._rules_imported)

    # -- content credentials -----------------------------------------------------------------
    def _show_trust(self, pem: str | None) -> None:
        if pem is None:
            text = self.tr("Trust list in use: the C2PA list shipped with TinBài.")
        else:
            text = self.tr("Trust list in use: the imported list ({count} authorities).").format(
                count=pem.count("BEGIN CERTIFICATE"))
        self.trust_label.setText(text)

    def _import_trust(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a trust list"), "",
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.import_trust(path)

    def import_trust(self, path: str) -> None:
        self.services.write(settings.import_trust_list, self.services.store, path,
                            done=lambda trust: self._trust_changed(trust.pem),
                            failed=lambda exc: self.trust_problems.show_text(exc.message))

    def _reset_trust(self) -> None:
        self.services.write(settings.reset_trust_list, self.services.store,
                            done=lambda _: self._trust_changed(None))

    def _trust_changed(self, pem: str | None) -> None:
        self.services.trust_pem = pem  # the checks from now on use it
        self.trust_problems.hide()
        self._show_trust(pem)
        self.window_.show_toast(self.tr("The trust list is in use for the photos checked from "
                                        "now on."))

    # -- authors ---------------------------------------------------------------------------
    def _author_selected(self, item, _previous=None) -> None:
        if item is None:
            return
        author_id = item.data(Qt.ItemDataRole.UserRole)
        self._editing_author = next((a for a in self._author_list if a.id == author_id), None)
        if self._editing_author is not None:
            self.author_form.load_profile(self._editing_author)
            self.author_form.show_problems([])
            self._show_author_old_font()

    def _new_author(self) -> None:
        self._editing_author = None
        self.authors.clearSelection()
        self.author_form.set_values()
        self.author_form.show_problems([])
        self._show_author_old_font()
        self.author_form.name.setFocus()

    def _save_author(self) -> None:
        problems = self.author_form.problems()
        self.author_form.touch_all()
        self.author_form.show_problems(problems, everything=True)
        if validation.errors(problems):
            return
        profile = self._editing_author or model.AuthorProfile()
        self.author_form.apply_to(profile)
        validation.normalise_profile(profile)
        store = self.services.store

        def write():
            store.save_author(profile)
            return store.list_authors()

        self.services.write(write, done=self._author_saved)

    def _author_saved(self, authors) -> None:
        self._show_authors(authors)
        self.window_.show_toast(self.tr("Author saved."))

    def _delete_author(self) -> None:
        profile = self._editing_author
        if profile is None:
            return
        store = self.services.store

        def write():
            store.delete_author(profile.id)
            return store.list_authors()

        def done(authors):
            self._show_authors(authors)
            self.window_.show_toast(
                self.tr("Deleted the author {name}.").format(name=profile.name), self.tr("&Undo"),
                lambda: self.services.write(lambda: (store.restore_author(profile.id),
                                                     store.list_authors())[1],
                                            done=self._show_authors))

        self.services.write(write, done=done)

    # -- files -----------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for bundles"),
                                                  self.bundle_base.text())
        if folder:
            self.bundle_base.setText(folder)
            self.services.write(settings.put, self.services.store, settings.BUNDLE_BASE,
                                Path(folder))

    def _save_editorial(self) -> None:
        def refused(exc: UserError) -> None:
            self.f_editorial.message.show_problems([validation.Problem(
                "editorial", exc.code, exc.message)])

        self.f_editorial.message.show_problems([])
        self.services.write(settings.put, self.services.store, settings.EDITORIAL_ADDRESS,
                            self.editorial.text(), failed=refused, owner=self)

    @staticmethod
    def default_bundle_base() -> str:
        return str(paths.default_bundle_base())
