"""First start: the unit and the first author, so a new item needs only title, body, photos."""

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
from app.text.normalise import clean_line
from ui.forms import AuthorForm
from ui.widgets import Field, scrolling_body


def level_combo(rules, parent: QWidget | None = None) -> QComboBox:
    """The unit levels of the quota rules in force (data, already Vietnamese)."""
    combo = QComboBox(parent)
    for level in rules.levels:
        combo.addItem(level.name, level.id)
    return combo


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

    def _problems(self):
        found = self.author.problems()
        if not clean_line(self.unit_name.text()):
            found.append(validation.Problem(model.UNIT, "required", self.tr(
                "Type the name of your unit.")))
        return found

    def _revalidate(self) -> None:
        self.author.show_problems(self._problems())

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
            store.save_author(profile)

        self.services.write(write, done=lambda _: self.window_.show_home())
