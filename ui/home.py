"""Home: start a new item, or pick up a draft where it was left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import obligations, settings
from app.outbox.box import Outbox
from app.quota.periods import period_name
from ui.i18n import format_date, photo_count
from ui.widgets import Banner


class HomePage(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window_ = window
        self.services = window.services
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)

        heading = QLabel(self.tr("Write news for the editorial board"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        sub = QLabel(self.tr("Each item follows the board's eight-field template, with original "
                             "photos in a separate folder."))
        sub.setObjectName("muted")
        sub.setWordWrap(True)
        layout.addWidget(sub)

        # Setup was left before it was saved: an item cannot start yet.
        self.setup_banner = Banner("warning")
        (self.finish_setup,) = self.setup_banner.set_actions(self.tr("&Finish the setup"))
        self.finish_setup.clicked.connect(window.show_setup)
        layout.addWidget(self.setup_banner)

        self.new_button = QPushButton(self.tr("&Write a new item"))
        self.new_button.setObjectName("primary")
        self.new_button.setMinimumHeight(44)
        self.new_button.clicked.connect(window.new_submission)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.quota = QLabel()
        self.quota.setObjectName("quota")
        self.quota.setWordWrap(True)
        self.quota.hide()
        layout.addWidget(self.quota)
        self.periods = QLabel()
        self.periods.setObjectName("muted")
        self.periods.setWordWrap(True)
        self.periods.hide()
        layout.addWidget(self.periods)
        self.reminder = Banner("warning")
        (self.dismiss,) = self.reminder.set_actions(self.tr("&Got it"))
        self.dismiss.clicked.connect(self._dismiss_reminder)
        layout.addWidget(self.reminder)

        layout.addSpacing(12)
        drafts_label = QLabel(self.tr("&Drafts"))
        drafts_label.setObjectName("stepTitle")
        layout.addWidget(drafts_label)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Drafts"))
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        drafts_label.setBuddy(self.list)
        self.list.itemActivated.connect(self._open_item)
        self.list.currentItemChanged.connect(self._selection_changed)
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self.tr("No drafts yet. Press “Write a new item” to begin."))
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty, 1)

        actions = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self._open_current)
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.clicked.connect(self._delete_current)
        actions.addWidget(self.open_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, activated=self._delete_current)
        self._selection_changed()

    def refresh(self) -> None:
        store = self.services.store
        if store is not None:
            # Through the ordered writer: the draft just left is written before it is listed.
            self.services.write(lambda: (store.list_drafts(), Outbox(store).practised()),
                                done=self._populate)
            today = self.window_.today()

            def quota():
                ready = settings.get(store, settings.UNIT) is not None and \
                    bool(store.list_authors())
                try:
                    status = obligations.status(store, today)
                except obligations.ObligationError as err:
                    return ready, err.message, None, None
                reminder = obligations.reminder(store, today)
                if reminder:
                    obligations.reminder_shown(store, today)  # once a day at most
                return ready, status.summary(), reminder, status

            self.services.write(quota, done=self._show_quota)

    def _show_quota(self, values) -> None:
        ready, summary, reminder, status = values
        if ready:
            self.setup_banner.hide()
        else:
            self.setup_banner.show_text(self.tr(
                "TinBài does not know your unit and its author yet, and every item needs "
                "them. Finish the setup first: what you typed there is kept."))
        self._show_periods(status)
        self.quota.setText(summary)
        self.quota.setAccessibleName(summary)
        self.quota.setVisible(bool(summary))
        if reminder:  # shown until dismissed; not again today
            self.reminder.show_text(reminder)

    def _show_periods(self, status) -> None:
        """The year so far, one period after another: "6 tháng đầu năm 2026: 1/1 ✓"."""
        done = [t for t in (status.history if status else ()) if not t.current]
        if not done or status.required is None:
            self.periods.hide()
            return
        parts = []
        for t in done:
            mark = "✓" if t.met else "✗"
            parts.append(f"{period_name(t.period)}: {t.sent}/{t.required} {mark}")
        self.periods.setText(self.tr("Earlier this year: {periods}").format(
            periods=" · ".join(parts)))
        self.periods.show()

    def _dismiss_reminder(self) -> None:
        self.reminder.hide()

    def _populate(self, drafts) -> None:
        current = self._current_id()
        self.list.clear()
        drafts, practised = drafts
        for d in drafts:
            title = d.title or self.tr("(no title yet)")
            detail = self.tr("Last changed {date} · {filled}/{total} fields").format(
                date=format_date(d.updated_at, with_time=True), filled=d.filled,
                total=d.total) + " · " + photo_count(d.photos)
            if d.id in practised:
                detail += " · " + self.tr("sent in practice {date}").format(
                    date=format_date(practised[d.id], with_time=True))
            item = QListWidgetItem(f"{title}\n{detail}")
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}. {detail}")
            self.list.addItem(item)
            if d.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(not drafts)
        self.list.setVisible(bool(drafts))
        self._selection_changed()

    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _selection_changed(self, *_args) -> None:
        has = self._current_id() is not None
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.window_.open_draft(item.data(Qt.ItemDataRole.UserRole))

    def _open_current(self) -> None:
        draft_id = self._current_id()
        if draft_id:
            self.window_.open_draft(draft_id)

    def _delete_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        draft_id = item.data(Qt.ItemDataRole.UserRole)
        title = item.text().split("\n", 1)[0]
        store = self.services.store

        def deleted(_):
            self.refresh()
            self.window_.show_toast(self.tr("Deleted “{title}”.").format(title=title),
                                    self.tr("&Undo"), lambda: self._undo(draft_id), seconds=12)

        self.services.write(store.delete_draft, draft_id, done=deleted)

    def _undo(self, draft_id: str) -> None:
        self.services.write(self.services.store.restore_draft, draft_id,
                            done=lambda _: self.refresh())
