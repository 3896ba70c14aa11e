"""The window's data side: the services, the sender, and what the window asks of the data.

Made once the window is on screen (ui/mainwindow.py), so that the first paint waits for
neither the database nor the core's modules. The window presents; this delegates to the core.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from app import model, settings
from app.model.states import DraftState
from app.outbox.box import Outbox
from app.storage.database import StoredDraft
from ui.sender import SendController
from ui.services import Latest, Services


class Session(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.services = Services(window.data_dir, self)
        self.sender: SendController | None = None  # made once the data is open
        self._password_reads = Latest()  # asked twice at once: one dialog
        self.services.store_ready.connect(self._store_ready)
        self.services.store_failed.connect(window.data_failed)
        self.services.save_failed.connect(window.save_failed)
        self.services.draft_saved.connect(window.draft_saved)

    def start(self) -> None:
        self.services.start()

    # -- the data opened -----------------------------------------------------------------
    def _store_ready(self) -> None:
        self.sender = SendController(self.services, self)
        self.sender.password_needed.connect(self.ask_password)
        self.sender.changed.connect(self.outbox_changed)
        store = self.services.store
        self.services.background(settings.get, store, settings.UNIT, done=self._unit_loaded)

    def _unit_loaded(self, unit: model.Unit | None) -> None:
        self.window_.data_opened(unit, self.services.store.recovery_notice)
        self.sender.start()  # what is due goes now (after a crash: states made true first)
        self.outbox_changed()

    # -- the outbox ----------------------------------------------------------------------
    def outbox_changed(self) -> None:
        store = self.services.store
        if store is None:
            return
        self.services.write(lambda: len(Outbox(store).pending()),
                            done=self.window_.show_outbox_count)

    def ask_password(self) -> None:
        """Nothing stored: ask for the account's password, then send."""
        from ui.account import PasswordDialog  # the settings screen's module

        store = self.services.store

        def read():
            from app.mail import secrets  # seam: keyring

            return settings.get(store, settings.ACCOUNT), secrets.keychain_available()

        def ask(values):
            account, keychain = values
            if account is None:
                return
            dialog = PasswordDialog(account, keychain, self.window_)
            if dialog.exec() != PasswordDialog.DialogCode.Accepted:
                return
            password = dialog.password.text()
            remember = dialog.remember.isChecked()

            def keep():
                from app.mail import secrets  # seam: keyring

                if remember:
                    secrets.store_password(account, password)
                else:
                    secrets.remember_for_session(account, password)

            self.services.write(keep, done=lambda _: self.sender.send_now(password=password))

        self.services.background(read, done=self._password_reads.newest(ask))

    # -- drafts --------------------------------------------------------------------------
    def new_submission(self) -> None:
        if self.services.store is None:
            return
        self.services.background(self._prepare_new, done=self._new_ready)

    def _prepare_new(self) -> StoredDraft | None:
        """A new draft prefilled from the unit and the most recent author profile; None
        while no unit or no author is saved (an item cannot start without them)."""
        store = self.services.store
        sub = model.Submission()
        unit = settings.get(store, settings.UNIT)
        authors = store.list_authors()
        if unit is None or not authors:
            return None
        authors[0].apply_to(sub, unit)
        last = settings.get(store, settings.LAST_APPROVAL)
        sub.approval.name = last.get("name", "")
        sub.approval.position = last.get("position", "")
        return StoredDraft(sub, DraftState.DRAFT)

    def _new_ready(self, stored: StoredDraft | None) -> None:
        if stored is None:
            self.window_.setup_needed()
        else:
            self._open(stored)

    def open_draft(self, draft_id: str, at: str | None = None, then=None) -> None:
        if self.services.store is None:
            return
        store = self.services.store

        def read():
            if store.draft_state(draft_id) == DraftState.SENT:
                Outbox(store).settle(draft_id)  # practised by an older version: a draft
            return store.read_draft(draft_id)

        # (through the writer: the state it reads is the one the last write left)
        self.services.write(read, done=lambda stored: self._open(stored, at, then))

    def _open(self, stored: StoredDraft | None, at: str | None = None, then=None) -> None:
        if stored is None:
            self.window_.show_toast(self.tr("This draft no longer exists."))
            return
        self.window_.open_flow(stored.submission, stored.state, at)
        if then is not None:
            then()

    # -- closing -------------------------------------------------------------------------
    def flush(self) -> bool:
        return self.services.flush()

    def shutdown(self) -> None:
        if self.sender is not None:
            self.sender.shutdown()
        self.services.shutdown()
