"""The outbox: every message not yet sent, in plain words, with what the user can do;
and the practice mailbox, where practice sends land and can be opened."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import settings
from app.base.i18n import file_size
from app.document.messages import parse_summary
from app.mail.errors import R_SIGN_IN_AGAIN, R_TOKEN_REFUSED
from app.model.states import OutboxState as S
from app.outbox import practice
from app.outbox.box import Outbox
from app.outbox.items import OutboxItem, error_text, state_text
from ui.i18n import email_count, format_date, format_mail_date
from ui.services import Latest
from ui.widgets import Banner

ROLE = QtCore.Qt.ItemDataRole.UserRole


def _needs_sign_in(item: OutboxItem | None) -> bool:
    return bool(item is not None and item.state == S.ATTENTION and item.error
                and item.error.get("reason") in (R_SIGN_IN_AGAIN, R_TOKEN_REFUSED))


def _mb(n: int) -> str:
    return file_size(n)


class OutboxPage(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window_ = window
        self.services = window.services
        self.sender = window.sender
        self._practice_reads = Latest()  # clicked through quickly: the newest one shows
        self._sign_in_reads = Latest()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        title = QLabel(self.tr("Outbox"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        # -- outbox tab
        box = QWidget()
        bl = QVBoxLayout(box)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        self.send_all = QPushButton(self.tr("&Send everything now"))
        self.send_all.setObjectName("primary")
        self.send_all.clicked.connect(lambda: self.sender.send_now(interactive=True))
        top.addWidget(self.send_all)
        bl.addLayout(top)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Sending progress"))
        self.progress.hide()
        bl.addWidget(self.progress)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Messages in the outbox"))
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._selected)
        bl.addWidget(self.list, 1)
        self.detail = Banner("info")
        bl.addWidget(self.detail)
        actions = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("&Try again now"))
        self.cancel_button = QPushButton(self.tr("&Cancel this email"))
        self.arrived_button = QPushButton(self.tr("It &is in my Sent folder"))
        self.resend_button = QPushButton(self.tr("It is &not there: send again"))
        self.sign_in_again_button = QPushButton(self.tr("Sign &in again…"))
        self.sign_in_again_button.setObjectName("primary")
        self.sign_in_again_button.clicked.connect(self.sign_in_again)
        actions.addWidget(self.sign_in_again_button)
        for b, action in ((self.retry_button, "retry"), (self.cancel_button, "cancel"),
                          (self.arrived_button, "arrived"), (self.resend_button, "resend")):
            b.clicked.connect(lambda _=False, a=action: self._act(a))
            actions.addWidget(b)
        actions.addStretch(1)
        bl.addLayout(actions)
        self.tabs.addTab(box, self.tr("Waiting and problems"))

        # -- practice mailbox tab
        practice = QWidget()
        pl = QVBoxLayout(practice)
        note = QLabel(self.tr("Emails “sent” in practice mode stay here, on this computer: "
                              "exactly what the board would receive."))
        note.setWordWrap(True)
        pl.addWidget(note)
        split = QSplitter()
        self.practice_list = QListWidget()
        self.practice_list.setAccessibleName(self.tr("Practice mailbox"))
        self.practice_list.setWordWrap(True)
        self.practice_list.currentItemChanged.connect(self._practice_selected)
        split.addWidget(self.practice_list)
        self.practice_view = QTextBrowser()
        self.practice_view.setAccessibleName(self.tr("The selected practice email"))
        split.addWidget(self.practice_view)
        split.setSizes([320, 600])
        pl.addWidget(split, 1)
        practice_actions = QHBoxLayout()
        self.real_button = QPushButton(self.tr("Send this item for &real…"))
        self.real_button.setToolTip(self.tr("Practice sends use nothing up: the item is still a "
                                            "draft and can go to the board."))
        self.real_button.clicked.connect(self._send_for_real)
        self.real_button.setEnabled(False)
        practice_actions.addWidget(self.real_button)
        practice_actions.addStretch(1)
        pl.addLayout(practice_actions)
        self.tabs.addTab(practice, self.tr("Practice mailbox"))

        self.sender.progress.connect(self._progress)
        self.sender.started.connect(self._started)
        self.sender.finished.connect(lambda _r: self._stopped())
        self.sender.failed.connect(self._failed)
        self.sender.changed.connect(self.refresh)
        self._items: dict[str, OutboxItem] = {}
        self._bytes: dict[str, int] = {}
        self._practised: dict[str, str] = {}  # items sent only in practice, and when
        self._practice_summary: dict | None = None
        self._selected()

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.services.store
        if store is None:
            return

        def read():
            box = Outbox(store)
            return (box.pending(), practice.index(store.data_dir), settings.practice_mode(store),
                    box.practised())

        self.services.write(read, done=self._show)

    def _show(self, values) -> None:
        items, practice, practising, self._practised = values
        current = self.list.currentItem().data(ROLE) if self.list.currentItem() else None
        self._items = {i.id: i for i in items}
        self.list.clear()
        for i in items:
            part = self.tr(" (part {part}/{parts})").format(part=i.part, parts=i.parts) \
                if i.parts > 1 else ""
            line2 = f"{state_text(i)} · {_mb(i.size)}"
            if i.practice:
                line2 += " · " + self.tr("practice")
            row = QListWidgetItem(f"{i.subject}{part}\n{line2}")
            row.setData(ROLE, i.id)
            self.list.addItem(row)
            if i.id == current:
                self.list.setCurrentItem(row)
        waiting = len(items)
        if waiting:
            self.summary.setText(self.tr("Waiting or needing attention: {emails}.").format(
                emails=email_count(waiting)))
        elif practising:
            # (nothing went to the board: practice emails stay on this computer)
            self.summary.setText(self.tr(
                "Nothing is waiting. Practice mode is on: emails “sent” are in the Practice "
                "mailbox tab, on this computer; none went to the board."))
        else:
            self.summary.setText(self.tr("Nothing is waiting: every item in the outbox was "
                                         "accepted by the mail server."))
        self.send_all.setEnabled(any(i.state in (S.QUEUED, S.RETRYING, S.ATTENTION)
                                     for i in items) and not self.sender.busy)
        self._selected()
        current = self.practice_list.currentItem().data(ROLE) \
            if self.practice_list.currentItem() else None
        self.practice_list.clear()
        for entry in practice:
            row = QListWidgetItem(f"{entry['subject']}\n{format_date(entry['date'], True)}")
            row.setData(ROLE, str(entry["file"]))
            self.practice_list.addItem(row)
            if str(entry["file"]) == current:
                self.practice_list.setCurrentItem(row)

    def _selected(self, *_args) -> None:
        item = self._items.get(self.list.currentItem().data(ROLE)) \
            if self.list.currentItem() else None
        state = item.state if item else None
        self.retry_button.setVisible(state in (S.RETRYING, S.ATTENTION))
        self.cancel_button.setVisible(state in (S.QUEUED, S.RETRYING, S.ATTENTION))
        self.arrived_button.setVisible(state == S.UNKNOWN)
        self.resend_button.setVisible(state == S.UNKNOWN)
        self.sign_in_again_button.setVisible(_needs_sign_in(item))
        if item is None:
            self.detail.hide()
            return
        if state == S.UNKNOWN:
            self.detail.set_kind("warning")
            self.detail.show_text(self.tr(
                "The connection broke after the whole email had gone out, so the board may "
                "already have it. TinBài does not send it again by itself. Look in the Sent "
                "folder of {address} (for Gmail: mail.google.com → Sent): if the email is "
                "there, press “It is in my Sent folder”; if not, “send again”.").format(
                address=item.sender))
        elif item.error:
            self.detail.set_kind("error" if state == S.ATTENTION else "warning")
            self.detail.show_text(error_text(item))
        else:
            self.detail.set_kind("info")
            self.detail.show_text(state_text(item))

    def _act(self, action: str) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        store = self.services.store
        method = {"retry": "retry_now", "cancel": "cancel", "arrived": "mark_arrived",
                  "resend": "send_again"}[action]
        item_id = item.data(ROLE)

        def done(changed):
            self.sender.changed.emit()
            if changed and action in ("retry", "resend"):
                self.sender.send_now(interactive=True)
            elif not changed:  # the sender took it first, or it changed meanwhile
                self.window_.show_toast(self.tr(
                    "Too late: this email's state changed meanwhile (it may be on its way). "
                    "Look at its state again."), seconds=12)

        self.services.write(lambda: getattr(Outbox(store), method)(item_id), done=done)

    # -- signing in again ------------------------------------------------------------------
    def sign_in_again(self) -> None:
        """"Sign in again…": the browser sign-in, then every email that waited for it goes."""
        from ui.signin import SignInRunner

        store = self.services.store
        if getattr(self, "_signin", None) is None:
            self._signin = SignInRunner(self.services, self)

        def read():
            account = settings.get(store, settings.ACCOUNT)
            catalogue = settings.providers_in_force(store)
            return account, catalogue.provider_of(account.preset, account.host) \
                if account else None

        def start(values):
            account, provider = values
            if account is None:
                return
            self.sign_in_again_button.setEnabled(False)
            self.detail.set_kind("info")
            self.detail.show_text(self.tr("Sign in in the browser window that opened, then "
                                          "come back here."))
            self._signin.start(account, provider, done=lambda _kept: self._signed_in_again(),
                               failed=self._sign_in_failed)

        # (pressed twice before the button could grey out: one browser sign-in)
        self.services.background(read, done=self._sign_in_reads.newest(start), owner=self)

    def _signed_in_again(self) -> None:
        self.sign_in_again_button.setEnabled(True)
        store = self.services.store

        def retry():
            box = Outbox(store)
            waiting = [i for i in box.items(states=(S.ATTENTION,)) if _needs_sign_in(i)]
            return sum(box.retry_now(i.id) for i in waiting)

        def done(_count):
            self.window_.show_toast(self.tr("Signed in again: the waiting emails are being "
                                            "sent."))
            self.sender.changed.emit()
            self.sender.send_now(interactive=True)

        self.services.write(retry, done=done)

    def _sign_in_failed(self, exc) -> None:
        self.sign_in_again_button.setEnabled(True)
        self.detail.set_kind("error")
        self.detail.show_text(exc.text)

    # -- sending progress ------------------------------------------------------------------
    def _started(self) -> None:
        total = sum(i.size for i in self._items.values()
                    if i.state in (S.QUEUED, S.RETRYING))
        self._bytes = {}
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.progress.show()
        self.send_all.setEnabled(False)

    def _progress(self, item_id: str, done: int, total: int) -> None:
        self._bytes[item_id] = done
        self.progress.setValue(sum(self._bytes.values()))

    def _stopped(self) -> None:
        self.progress.hide()

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.detail.set_kind("warning")
        self.detail.show_text(message)

    # -- practice mailbox ----------------------------------------------------------------
    def _practice_selected(self, item, _previous=None) -> None:
        self._practice_summary = None
        self.real_button.setEnabled(False)
        if item is None:
            self._practice_reads.drop()  # a preview on its way belongs to no selection
            self.practice_view.clear()
            return
        path = Path(item.data(ROLE))

        def read():
            return parse_summary(path.read_bytes())

        self.services.background(read, done=self._practice_reads.newest(self._show_practice),
                                 owner=self)

    def _send_for_real(self) -> None:
        summary = self._practice_summary
        if summary and summary["submission"] in self._practised:
            self.window_.send_for_real(summary["submission"])

    def _show_practice(self, summary: dict) -> None:
        self._practice_summary = summary
        # (an item sent for real since, or deleted, has nothing more to send)
        self.real_button.setEnabled(summary["submission"] in self._practised)
        summary = {**summary, "date": format_mail_date(summary["date"])}
        e = html.escape
        labels = (self.tr("Subject"), self.tr("From"), self.tr("To"), self.tr("Date"),
                  self.tr("Attachments"))
        head = "<p>" + "<br>".join(
            f"<b>{e(label)}:</b> {e(summary[key])}"
            for label, key in zip(labels, ("subject", "from", "to", "date"))) + "</p>"
        files = "".join(f"<li>{e(a['name'] or '')} ({_mb(a['size'])})</li>"
                        for a in summary["attachments"])
        body = summary["html"] or f"<pre>{e(summary['text'])}</pre>"
        self.practice_view.setHtml(
            f"{head}<p><b>{e(labels[4])}:</b></p><ul>{files}</ul><hr>{body}")
