"""Step 5: the item as the board will read it; send it now, queue it, or only bundle it."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTextBrowser,
)

from app import model, settings
from app.base.errors import UserError
from app.document import bundle, render
from app.model import validation
from app.model.states import DraftState
from app.outbox.box import Outbox
from app.outbox.items import error_text, state_text
from app.sending.prepare import prepare
from app.sending.queue import commit
from ui.flow.step import Step
from ui.i18n import email_count, format_date
from ui.services import Latest
from ui.widgets import Banner


class ReviewStep(Step):
    key = "review"

    def title(self) -> str:
        return self.tr("Review and send")

    def __init__(self, flow):
        super().__init__(flow)
        self._real_reads = Latest()
        intro = QLabel(self.tr("This is the item as the editorial board will read it. Check "
                               "it once more, then send it."))
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        self.mode = Banner("info")
        self.layout_.addWidget(self.mode)
        self.problems_banner = Banner("error")
        self.layout_.addWidget(self.problems_banner)
        self.attention = Banner("warning")
        self.layout_.addWidget(self.attention)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("The item as the board will read it"))
        self.preview.setMinimumHeight(180)  # (it grows where the screen has room)
        self.layout_.addWidget(self.preview, 1)

        actions = QHBoxLayout()
        self.send_button = QPushButton(self.tr("&Send now"))
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(lambda: self.send(now=True))
        self.queue_button = QPushButton(self.tr("Put in the &outbox"))
        self.queue_button.setToolTip(self.tr("It will be sent by itself as soon as there is a "
                                             "connection."))
        self.queue_button.clicked.connect(lambda: self.send(now=False))
        self.build_button = QPushButton(self.tr("Only &build the bundle"))
        self.build_button.clicked.connect(self.build)
        actions.addWidget(self.send_button)
        actions.addWidget(self.queue_button)
        actions.addStretch(1)
        actions.addWidget(self.build_button)
        self.layout_.addLayout(actions)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Sending progress"))
        self.progress.hide()
        self.layout_.addWidget(self.progress)

        self.result = Banner("ok")
        self.open_button, self.copy_button = self.result.set_actions(
            self.tr("&Open the folder"), self.tr("Copy the &email text"))
        self.open_button.clicked.connect(self._open_folder)
        self.copy_button.clicked.connect(self._copy_text)
        self.layout_.addWidget(self.result)
        # Sent in practice: nothing is used up, the item can go to the board for real.
        self.practised = Banner("info")
        (self.real_button,) = self.practised.set_actions(self.tr("Send it for &real…"))
        self.real_button.clicked.connect(self.send_for_real)
        self.layout_.addWidget(self.practised)
        self.bundle_path: str | None = None  # the bundle built or queued from this screen
        self.practice: bool | None = None  # known once the screen was entered
        self.practised_at: str | None = None  # when it was last sent in practice
        self.real_question: QMessageBox | None = None  # "send for real?", while it is asked
        self._queued_ids: set[str] = set()
        self._sent_bytes: dict[str, int] = {}
        sender = flow.window_.sender
        sender.progress.connect(self._progress)
        sender.finished.connect(self._send_finished)
        sender.failed.connect(self._send_failed)

    # -- showing -------------------------------------------------------------------------
    def load(self) -> None:
        self.bundle_path = None
        self.practice = None
        self.practised_at = None
        self._queued_ids = set()
        self.result.hide()
        self.progress.hide()
        self.practised.hide()

    def entered(self) -> None:
        self.refresh()
        self.send_button.setFocus()
        store, sub_id = self.services.store, self.sub.id

        def read():
            return (settings.practice_mode(store),
                    settings.get(store, settings.ACCOUNT) is not None,
                    Outbox(store).practised().get(sub_id))

        self.services.write(read, done=self._mode_known, owner=self)

    def _mode_known(self, values) -> None:
        self.practice, has_account, practised_at = values
        self._show_practised(practised_at)
        if self.practice:
            self.mode.show_text(self.tr(
                "Practice mode: “Send” saves the email in the practice mailbox on this computer; "
                "nothing leaves it. Set up your email account in Settings to send for real.")
                if not has_account else self.tr(
                "Practice mode is on: “Send” saves the email in the practice mailbox on this "
                "computer. Turn it off in Settings to send for real."))
        else:
            self.mode.hide()

    def refresh(self) -> None:
        self.preview.setHtml(render.to_html(render.document(self.sub)))
        errors = validation.errors(validation.validate(self.sub))
        if errors:
            self.problems_banner.show_text("\n".join(p.message for p in errors))
        else:
            self.problems_banner.hide()
        flagged = [(i, p) for i, p in enumerate(self.sub.photos, 1)
                   if p.verdict in ("review", "reject", "error")]
        if flagged:
            lines = [self.tr("Photo {number}: {verdict}").format(
                number=i, verdict=self._verdict_word(p.verdict)) for i, p in flagged]
            self.attention.show_text(self.tr("Photos that need attention:") + "\n" +
                                     "\n".join(lines))
        else:
            self.attention.hide()
        drafting = self.flow.state == DraftState.DRAFT
        self._enable_actions(not errors and not self._queued_ids and drafting)
        if not drafting and not self._queued_ids:
            self.result.set_kind("info")
            self.result.show_text(self.tr("This item is already in the outbox or was sent."))

    def _enable_actions(self, on: bool) -> None:
        for b in (self.send_button, self.queue_button, self.build_button):
            b.setEnabled(on)

    def _verdict_word(self, verdict: str) -> str:
        return {"review": self.tr("needs a look"), "reject": self.tr("not an original"),
                "error": self.tr("could not be checked")}.get(verdict, verdict)

    # -- sending -------------------------------------------------------------------------
    def send(self, now: bool, again: bool = False) -> None:
        """Prepare the item on the worker pool (photos, bundle, emails) from a copy, then
        commit it to the outbox on the database thread; the draft is locked meanwhile."""
        if validation.errors(validation.validate(self.sub)):
            self.refresh()
            return
        store, sub = self.services.store, self.sub
        # The worker gets its own copy: edits meanwhile cannot mix into the email.
        copy = model.Submission.from_dict(sub.to_dict())
        self._enable_actions(False)
        self.flow.set_locked(True)
        self.result.hide()

        def committed(queued):
            self._queued(queued, now, sub)

        def prepared(ready):
            # (a commit that fails removes the emails it was given)
            self.services.write(commit, store, ready, done=committed, owner=self,
                                failed=lambda exc: self._queue_failed(exc, now, sub))

        self.services.background(lambda: prepare(store, copy, allow_again=again),
                                 done=prepared, owner=self,
                                 failed=lambda exc: self._queue_failed(exc, now, sub))

    def _queue_failed(self, exc: UserError, now: bool, sub) -> None:
        if not self.flow.is_open(sub):
            return
        self.flow.set_locked(False)
        if exc.code == "already":
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Send again?"))
            box.setText(exc.message)
            again = box.addButton(self.tr("Send &again"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("&Do not send"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is again:
                self.send(now, again=True)
                return
        else:
            self.problems_banner.show_text(exc.message)
        self.refresh()

    def _show_practised(self, when: str | None, just_sent: bool = False) -> None:
        """The item was sent in practice (and not yet for real): say so, and offer the real
        send."""
        self.practised_at = when
        if not when or self.flow.state != DraftState.DRAFT:
            self.practised.hide()
            return
        if just_sent:
            self.practised.set_kind("ok")
            self.practised.show_text(self.tr(
                "Delivered to the practice mailbox on this computer: the board has not "
                "received it. See it in the Outbox, on the Practice mailbox tab. When the item "
                "is ready, send it to the board for real."))
            return
        self.practised.set_kind("info")
        self.practised.show_text(self.tr(
            "This item was sent in practice on {date}: the board has not received it. When "
            "it is ready, send it to the board for real.").format(
            date=format_date(when, with_time=True)))

    # -- sending for real after practice -------------------------------------------------
    def send_for_real(self) -> None:
        """After a practice send: the account, practice mode off (asking), then send. A draft
        changed since, with something to fix, is shown where to fix it instead: no question
        that could not be kept."""
        flow = self.flow
        if flow.current_step() is not self and not flow.go_to(len(flow.steps) - 1):
            return  # the flow shows the step that needs attention, and says so
        if validation.errors(validation.validate(self.sub)):
            self.refresh()
            return
        store = self.services.store

        def read():
            return (settings.get(store, settings.ACCOUNT),
                    settings.get(store, settings.PRACTICE_CHOSEN),
                    settings.editorial_address(store))

        # (pressed twice before the question came: one question)
        self.services.background(read, done=self._real_reads.newest(self._ask_real), owner=self)

    def _ask_real(self, values) -> None:
        account, practice_chosen, board = values
        window = self.flow.window_
        if account is None:
            window.show_account(self.tr(
                "To send items to the board for real, set up the email account you send "
                "from. The item stays a draft: once the account is saved, open it and send "
                "it."))
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Send to the board"))
        text = self.tr("Send “{title}” to the editorial board ({board}) from {address}?").format(
            title=self.sub.title, board=board, address=account.from_addr)
        if practice_chosen:
            text += "\n\n" + self.tr("Practice mode is turned off: from now on “Send” "
                                      "delivers items to the board.")
        box.setText(text)
        go = box.addButton(self.tr("&Send to the board"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go)
        self.real_question = box  # (tests answer it)
        box.exec()
        self.real_question = None
        if box.clickedButton() is not go:
            return
        self.practised.hide()
        if practice_chosen:
            self.practice = False
            self.mode.hide()
            self.services.write(settings.put, self.services.store, settings.PRACTICE_CHOSEN,
                                False, done=lambda _: self.send(now=True), owner=self)
        else:
            self.send(now=True)

    def _queued(self, queued, now: bool, sub) -> None:
        # The item now belongs to the outbox: its draft is read-only from here.
        sender = self.flow.window_.sender
        sender.changed.emit()
        if not self.flow.is_open(sub):
            if now:
                sender.send_now()
            return
        sub.bundle_path = str(queued.bundle.path)
        self.flow.set_state(queued.state)
        self.bundle_path = sub.bundle_path
        self._queued_ids = {i.id for i in queued.items}
        n = len(queued.items)
        if now:
            self.progress.setRange(0, max(1, sum(i.size for i in queued.items)))
            self.progress.setValue(0)
            self.progress.show()
            self._sent_bytes = {i.id: 0 for i in queued.items}
            self.result.set_kind("info")
            self.result.show_text(self.tr("Sending {emails}…").format(emails=email_count(n)))
            sender.send_now()
        else:
            self.result.set_kind("ok")
            self.result.show_text(self.tr(
                "The item is in the outbox ({emails}). It is sent by itself as soon as there "
                "is a connection; you can follow it in the Outbox.").format(
                emails=email_count(n)))

    def _progress(self, item_id: str, done: int, total: int) -> None:
        if item_id not in self._queued_ids or not self.progress.isVisible():
            return
        self._sent_bytes[item_id] = done
        self.progress.setValue(sum(self._sent_bytes.values()))

    def _send_finished(self, reports) -> None:
        mine = [r for r in reports if r.item.id in self._queued_ids]
        if not mine:
            return
        self.progress.hide()
        failed = [r for r in mine if not r.ok]
        if not failed:
            item = mine[0].item
            self.result.set_kind("ok")
            if item.practice:
                self.result.hide()  # one message says it all, with the way on
                self._after_practice()
            else:
                # What is known: the sender's mail server took it. Whether it reaches the
                # board's mailbox is that server's work, and the board's.
                self.result.show_text(self.tr(
                    "Sent: the mail server of {address} accepted the item for the board "
                    "({board}). It is now in the history.").format(
                    address=item.sender, board=item.recipient))
        else:
            item = failed[0].item
            self.result.set_kind("warning")
            self.result.show_text(f"{state_text(item)}. {error_text(item)}")

    def _after_practice(self) -> None:
        """A practice send leaves the item a draft: editable again, to be sent for real."""
        store, sub = self.services.store, self.sub

        def read():
            return store.draft_state(sub.id), Outbox(store).practised().get(sub.id)

        def known(values):
            state, when = values
            if not self.flow.is_open(sub) or state is None:
                return
            self._queued_ids = set()
            self.flow.set_state(state)
            self.refresh()
            self._show_practised(when, just_sent=True)
            if self.practised.isVisible():
                self.reveal(self.practised, self.real_button)

        self.services.write(read, done=known, owner=self)

    def _send_failed(self, message: str) -> None:
        if self._queued_ids:
            self.progress.hide()
            self.result.set_kind("warning")
            self.result.show_text(message)

    # -- bundle only ---------------------------------------------------------------------
    def build(self) -> None:
        """Build the bundle folder on the worker pool (from a copy, the draft locked
        meanwhile), then record where it went through the database thread."""
        if validation.errors(validation.validate(self.sub)):
            self.refresh()
            return
        validation.normalise(self.sub)
        store, sub = self.services.store, self.sub
        copy = model.Submission.from_dict(sub.to_dict())
        self._enable_actions(False)
        self.flow.set_locked(True)

        def work():
            return bundle.build(store, copy, settings.get(store, settings.BUNDLE_BASE))

        def built(result):
            sub.bundle_path = str(result.path)
            self.flow.set_locked(False)
            if self.flow.is_open(sub):
                self.flow.save_quietly()
                self._built(result)
            else:
                self.flow.update_stored(sub.id, lambda stored: setattr(
                    stored, "bundle_path", str(result.path)))

        self.services.background(work, done=built, failed=self._build_failed)

    def _built(self, result) -> None:
        self._enable_actions(True)
        self.bundle_path = str(result.path)
        self.result.set_kind("ok")
        self.result.show_text(self.tr(
            "The bundle is ready in {folder}: the document, the same text as .txt, the photos "
            "folder Anh and manifest.json.").format(folder=result.path))
        self.open_button.setFocus()

    def _build_failed(self, exc: UserError) -> None:
        self.flow.set_locked(False)
        self._enable_actions(True)
        self.problems_banner.show_text(exc.message)

    def _open_folder(self) -> None:
        path = self.bundle_path or self.sub.bundle_path
        if path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _copy_text(self) -> None:
        QGuiApplication.clipboard().setText(render.to_text(render.document(self.sub)))
        self.flow.window_.show_toast(self.tr(
            "The email text is copied. Paste it into your email, attach the files of the "
            "bundle folder, and send it to the board."))
