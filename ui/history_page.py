"""History: every item sent, searchable; mark it published; open its bundle; export the list."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import obligations
from app.outbox import history
from app.quota import export, periods
from app.text.normalise import strip_diacritics
from ui.i18n import format_date, photo_count
from ui.prefs import EXPORTS
from ui.widgets import Field

ROLE = QtCore.Qt.ItemDataRole.UserRole


def _matches(entry: dict, words: list[str]) -> bool:
    hay = strip_diacritics(" ".join(str(entry.get(k) or "") for k in (
        "title", "author", "unit", "link"))).lower()
    return all(w in hay for w in words)


class HistoryPage(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window_ = window
        self.services = window.services
        self.entries: list[dict] = []
        self.list = QListWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        title = QLabel(self.tr("History"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title, author, unit…"))
        self.search.setAccessibleName(self.tr("Search the history"))
        self.search.textChanged.connect(self._filter)
        filters.addWidget(self.search, 1)
        layout.addLayout(filters)
        # (a row of its own: on a narrow screen the search keeps its width)
        filters = QHBoxLayout()
        self.use_dates = QCheckBox(self.tr("&Sent between"))
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for d in (self.date_from, self.date_to):
            d.setDisplayFormat("dd/MM/yyyy")
            d.setCalendarPopup(True)
            d.setEnabled(False)
            d.dateChanged.connect(self._filter)
        today = QtCore.QDate.currentDate()
        self.date_from.setDate(QtCore.QDate(today.year(), 1, 1))
        self.date_to.setDate(today)
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to.setAccessibleName(self.tr("To date"))
        self.use_dates.toggled.connect(self._dates_toggled)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.date_to)
        self.show_practice = QCheckBox(self.tr("Show &practice items"))
        self.show_practice.setChecked(True)  # an item sent in practice can still go for real
        self.show_practice.toggled.connect(self._filter)
        filters.addSpacing(16)
        filters.addWidget(self.show_practice)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.list.setAccessibleName(self.tr("Items sent"))
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._selected)
        self.list.itemActivated.connect(lambda _i: self._published())
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self.tr("Nothing sent yet."))
        self.empty.setObjectName("muted")
        layout.addWidget(self.empty)

        actions = QHBoxLayout()
        self.published_button = QPushButton(self.tr("&Mark as published…"))
        self.published_button.clicked.connect(self._published)
        self.folder_button = QPushButton(self.tr("Open the &bundle folder"))
        self.folder_button.clicked.connect(self._open_folder)
        self.export_button = QPushButton(self.tr("&Export the list…"))
        self.export_button.clicked.connect(self._export)
        # An item sent only in practice can still go to the board.
        self.real_button = QPushButton(self.tr("Send it for &real…"))
        self.real_button.setObjectName("primary")
        self.real_button.clicked.connect(self._send_for_real)
        actions.addWidget(self.real_button)
        actions.addWidget(self.published_button)
        actions.addWidget(self.folder_button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        layout.addLayout(actions)
        self._selected()

    def refresh(self) -> None:
        store = self.services.store
        if store is None:
            return

        def read():

            return history.entries(store)

        self.services.write(read, done=self._loaded)

    def _loaded(self, entries: list[dict]) -> None:
        self.entries = entries
        self._filter()

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._filter()

    def _filter(self, *_args) -> None:
        if not hasattr(self, "empty"):
            return  # still being built
        words = strip_diacritics(self.search.text()).lower().split()
        start = self.date_from.date().toPython() if self.use_dates.isChecked() else None
        end = self.date_to.date().toPython() if self.use_dates.isChecked() else None
        current = self.list.currentItem().data(ROLE) if self.list.currentItem() else None
        self.list.clear()
        shown = 0
        for e in self.entries:
            if e["practice"] and not self.show_practice.isChecked():
                continue
            if words and not _matches(e, words):
                continue
            stamp = e["sent_at"] or e["queued_at"]
            day = date.fromisoformat(stamp[:10])
            if start and (day < start or day > end):
                continue
            state = self._state_word(e)
            line2 = " · ".join((format_date(stamp), e["author"], photo_count(e["photos"]),
                                state))
            if e["published"]:
                line2 += " · " + self.tr("published {date}").format(
                    date=format_date(e["published_on"]) if e["published_on"] else "")
            row = QListWidgetItem(f"{e['title']}\n{line2}")
            row.setData(ROLE, e["submission_id"])
            self.list.addItem(row)
            shown += 1
            if e["submission_id"] == current:
                self.list.setCurrentItem(row)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        hidden = not self.show_practice.isChecked() and any(e["practice"] for e in self.entries)
        self.empty.setText(self.tr("No item to show: the items sent only in practice are "
                                   "hidden.") if hidden else self.tr("Nothing sent yet."))
        self.empty.setVisible(shown == 0)
        self._selected()

    def _state_word(self, e: dict) -> str:
        return {
            "sent": self.tr("sent in practice only") if e["practice"] else self.tr("sent"),
            "queued": self.tr("waiting in the outbox"), "retrying": self.tr("will be retried"),
            "sending": self.tr("sending"), "uploaded": self.tr("sending"),
            "attention": self.tr("needs attention"), "unknown": self.tr("not sure it arrived"),
            "cancelled": self.tr("cancelled"),
        }.get(e["state"], e["state"])

    def _entry(self) -> dict | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return next((e for e in self.entries if e["submission_id"] == item.data(ROLE)), None)

    def _selected(self, *_args) -> None:
        e = self._entry()
        self.published_button.setEnabled(e is not None and not e["practice"])
        self.folder_button.setEnabled(e is not None and bool(e["bundle_path"]))
        self.real_button.setVisible(e is not None and e["practice"] and e["state"] == "sent")

    def _send_for_real(self) -> None:
        e = self._entry()
        if e is not None and e["practice"]:
            self.window_.send_for_real(e["submission_id"])

    def _open_folder(self) -> None:
        e = self._entry()
        if e and e["bundle_path"]:
            QDesktopServices.openUrl(QUrl.fromLocalFile(e["bundle_path"]))

    def _published(self) -> None:
        e = self._entry()
        if e is None or e["practice"]:
            return
        dialog = PublishedDialog(e, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        published_on, link = dialog.values()
        store = self.services.store

        def write():

            history.mark_published(store, e["submission_id"], published_on, link)
            return history.entries(store)

        self.services.write(write, done=self._loaded)

    def _export(self) -> None:
        dialog = ExportDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        period_key, fmt = dialog.values()
        period = periods.parse_period(period_key)
        name = export.default_file_name(period, fmt)
        prefs = self.window_.prefs
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the list"), str(Path(prefs.folder(EXPORTS)) / name),
            f"*.{fmt}")
        if not path:
            return
        prefs.remember_file(EXPORTS, path)
        store = self.services.store

        def work():
            items = obligations.sent_items(store)
            writer = export.write_csv if fmt == "csv" else export.write_xlsx
            writer(path, items, period)
            return len(export.export_rows(items, period))

        self.services.background(
            work, done=lambda n: self.window_.show_toast(self.tr(
                "Exported {count} items to {file}.").format(count=n, file=path)),
            failed=lambda exc: self.window_.show_toast(exc.message, seconds=12), owner=self)


class PublishedDialog(QDialog):
    def __init__(self, entry: dict, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as published"))
        layout = QVBoxLayout(self)
        title = QLabel(entry["title"])
        title.setWordWrap(True)
        layout.addWidget(title)
        self.published = QCheckBox(self.tr("&Published on the website"))
        self.published.setChecked(True)
        layout.addWidget(self.published)
        self.day = QDateEdit()
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setCalendarPopup(True)
        self.day.setDate(QtCore.QDate.fromString(entry["published_on"], "yyyy-MM-dd")
                         if entry["published_on"] else QtCore.QDate.currentDate())
        layout.addWidget(Field(self.tr("Published &on"), self.day))
        self.link = QLineEdit(entry["link"] or "")
        self.link.setPlaceholderText("https://")
        layout.addWidget(Field(self.tr("&Link to the article"), self.link))
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        ok.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> tuple[str | None, str]:
        if not self.published.isChecked():
            return None, ""
        return self.day.date().toString("yyyy-MM-dd"), self.link.text().strip()


class ExportDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the list"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The list of items sent in a period, in the shape of the "
                               "board's quarterly list."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.period = QComboBox()
        today = date.today()
        for year in (today.year, today.year - 1):
            for kind in ("quarter", "half-year", "year"):
                for p in reversed(periods.periods_of_year(kind, year)):
                    if p.start <= today:
                        self.period.addItem(periods.period_name(p), p.key)
        layout.addWidget(Field(self.tr("&Period"), self.period))
        self.format = QComboBox()
        self.format.addItem(self.tr("Excel (.xlsx)"), "xlsx")
        self.format.addItem(self.tr("CSV (.csv)"), "csv")
        layout.addWidget(Field(self.tr("&Format"), self.format))
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        ok.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str]:
        return self.period.currentData(), self.format.currentData()
