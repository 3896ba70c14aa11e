"""First start: the unit and the first author, so a new item needs only title, body, photos.

Leaving it before saving keeps what was typed (app/settings.py SETUP_DRAFT, until "Save and
start"); no item can be started until a unit and an author are saved.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app import model, settings
from app.model import validation
from app.text import mojibake
from app.text.normalise import clean_line
from ui.forms import AuthorForm, set_line
from ui.services import Latest
from ui.widgets import Banner, Field, scrolling_body


def level_combo(rules, parent: QWidget | None = None) -> QComboBox:
    """The unit levels of the quota rules in force (data, already Vietnamese)."""
    combo = QComboBox(parent)
    for level in rules.levels:
        combo.addItem(level.name, level.id)
    return combo


def convert_old_fonts(edits) -> bool:
    """Convert the TCVN3/VNI text of these line edits to Unicode (Ctrl+Z in a field undoes
    it); True if anything changed."""
    changed = False
    for edit in edits:
        finding = mojibake.detect(edit.text()) if edit is not None else None
        if finding is not None:
            edit.selectAll()
            edit.insert(finding.converted)
            edit.setCursorPosition(0)
            changed = True
    return changed


def old_font_label(edits) -> str | None:
    """The old font one of these fields looks typed in ("TCVN3", "VNI"), if any."""
    for edit in edits:
        finding = mojibake.detect(edit.text()) if edit is not None else None
        if finding is not None:
            return finding.encoding_label
    return None


class SetupPage(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window_ = window
        self.services = window.services
        outer, layout = scrolling_body(self, (32, 16, 32, 16))

        title = QLabel(self.tr("Welcome to TinBài"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "Tell TinBài once about your union unit and the author you usually write for. "
            "Every new item is then filled in for you: you only write the title, the text "
            "and add the photos. You can add more authors later in Settings."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.notice = Banner("info")  # why the user was sent here (a new item asked for it)
        layout.addWidget(self.notice)
        self.mojibake_banner = Banner("warning")
        (self.convert_button,) = self.mojibake_banner.set_actions(self.tr("&Convert to Unicode"))
        self.convert_button.clicked.connect(self._convert)
        layout.addWidget(self.mojibake_banner)

        unit_title = QLabel(self.tr("Your unit"))
        unit_title.setObjectName("stepTitle")
        layout.addWidget(unit_title)
        self.unit_name = QLineEdit()
        self.f_unit = Field(self.tr("5. &Unit"), self.unit_name, self.tr(
            "As it should appear in the item, for example Công đoàn cơ sở Trường THCS Bắc Kạn."))
        layout.addWidget(self.f_unit)
        self.level = level_combo(self.services.rules)
        layout.addWidget(Field(self.tr("Unit &level"), self.level, self.tr(
            "The level decides how many items the unit owes each period.")))

        author_title = QLabel(self.tr("The author"))
        author_title.setObjectName("stepTitle")
        layout.addWidget(author_title)
        self.author = AuthorForm()
        self.author.changed.connect(self._revalidate)
        self.unit_name.textEdited.connect(self._revalidate)
        self.level.activated.connect(self._revalidate)  # (chosen by the user, not loaded)
        layout.addWidget(self.author)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save and start"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        outer.setContentsMargins(0, 0, 24, 16)
        self.unit_name.setFocus()
        self._typed = False  # the user typed here since it was last kept
        self._saved = False
        self._loads = Latest()  # only the newest load lands, and none from before typing
        self.load()

    # -- what was typed before ---------------------------------------------------------------
    def load(self) -> None:
        """Fill in what was typed before leaving setup (or what is already saved)."""
        store = self.services.store

        def read():
            return (settings.get(store, settings.SETUP_DRAFT), settings.get(store, settings.UNIT),
                    store.list_authors())

        # (through the writer: after what `leave` kept a moment ago)
        self.services.write(read, done=self._loads.newest(self._loaded), owner=self)

    def reopen(self) -> None:
        """Shown again (a new item needs a unit and an author): what is saved now."""
        self._saved = False
        self.notice.hide()
        self.load()

    def _loaded(self, values) -> None:
        draft, unit, authors = values
        if self._typed:
            return  # the user typed meanwhile: theirs wins
        unit_values = draft.get("unit") or ({"name": unit.name, "level": unit.level}
                                            if unit else {})
        set_line(self.unit_name, unit_values.get("name", ""))
        index = self.level.findData(unit_values.get("level", ""))
        if index >= 0:
            self.level.setCurrentIndex(index)
        author = draft.get("author")
        profile = model.AuthorProfile.from_dict(author) if author else \
            (authors[0] if authors else None)
        if profile is not None:
            self.author.load_profile(profile)
        self._show_old_fonts()

    def values(self) -> dict:
        """What is typed now, as SETUP_DRAFT keeps it."""
        profile = model.AuthorProfile()
        self.author.apply_to(profile)
        author = {k: v for k, v in profile.to_dict().items() if k != "id"}
        return {"unit": {"name": self.unit_name.text(), "level": self.level.currentData() or ""},
                "author": author}

    def leave(self) -> None:
        """The user goes to another screen before saving: keep what was typed."""
        if self._saved or not self._typed:
            return
        self._typed = False
        self._loads.drop()  # a load asked before this is older than what is typed
        self.services.write(settings.put, self.services.store, settings.SETUP_DRAFT,
                            self.values())

    def explain(self, text: str) -> None:
        """Say why the user is here (a new item needs the unit and an author first)."""
        self.notice.show_text(text)

    # -- checking ----------------------------------------------------------------------------
    def _problems(self):
        found = self.author.problems()
        if not clean_line(self.unit_name.text()):
            found.append(validation.Problem(model.UNIT, "required", self.tr(
                "Type the name of your unit.")))
        return found

    def _revalidate(self, *_args) -> None:
        self._typed = True
        self.author.show_problems(self._problems())
        self._show_old_fonts()

    def _old_font_fields(self):
        return (self.unit_name, self.author.name, self.author.holder)

    def _show_old_fonts(self) -> None:
        label = old_font_label(self._old_font_fields())
        if label:
            self.mojibake_banner.show_text(self.tr(
                "Some of this text looks typed in an old font ({encoding}) and will be "
                "unreadable for the board. Convert it to Unicode?").format(encoding=label))
        else:
            self.mojibake_banner.hide()

    def _convert(self) -> None:
        if convert_old_fonts(self._old_font_fields()):
            self._revalidate()
        self.unit_name.setFocus()

    def save(self) -> None:
        problems = self._problems()
        errors = validation.errors(problems)
        self.author.touch_all()
        self.author.show_problems(problems, everything=True)
        self.f_unit.message.show_problems([p for p in problems if p.field == model.UNIT])
        if errors:
            if any(p.field == model.UNIT for p in errors):
                self.unit_name.setFocus()
            else:
                w = self.author.first_error_widget(errors)
                if w is not None:
                    w.setFocus()
            return
        unit = model.Unit(self.unit_name.text(), self.level.currentData() or "")
        profile = model.AuthorProfile()
        self.author.apply_to(profile)
        validation.normalise_profile(profile)
        store = self.services.store

        def write():
            settings.put(store, settings.UNIT, unit)
            existing = store.list_authors()
            same = next((a for a in existing if a.name == profile.name), None)
            if same is not None:
                profile.id = same.id  # the author typed again after leaving: one profile
            store.save_author(profile)
            settings.put(store, settings.SETUP_DRAFT, None)

        self._saved = True
        self.services.write(write, done=lambda _: self.window_.setup_done())
