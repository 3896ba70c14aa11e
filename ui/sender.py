"""Sending from the GUI: one send at a time on its own thread, retries, network hints.

The SMTP connection is the truth; a change in the network (QNetworkInformation) only hints
that due messages may now go. Due retries are also checked every half minute and at start.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation

from app import settings
from app.base.errors import UserError
from app.outbox.box import Outbox
from app.outbox.errors import SendCancelled
from app.sending.send import needs_password, send_due

RETRY_CHECK_MS = 30_000


class SendController(QObject):
    progress = Signal(str, int, int)  # item id, bytes sent, bytes total
    started = Signal()
    finished = Signal(list)  # the SendReports of the run
    failed = Signal(str)  # a run could not start (another window is sending, no account...)
    changed = Signal()  # the outbox changed (queued, sent, retried, cancelled)
    password_needed = Signal()  # the GUI should ask for the password, then call send_now

    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        self._thread = None
        self.busy = False
        self._again = None  # a request that came while a run was going
        self._stop = False
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_CHECK_MS)
        self._timer.timeout.connect(lambda: self.send_now(interactive=False))
        self._network = None

    def start(self) -> None:
        """After the store opened: watch the network and try what is due."""
        self._timer.start()
        self._watch_network()
        self.send_now(interactive=False)

    def shutdown(self) -> None:
        """Stop: an upload in progress is abandoned at its next piece (the email goes back to
        the queue, nothing half-sent counts); a wait for the server's last answer is not
        waited for (the email is then "not sure it arrived" at the next start)."""
        self._timer.stop()
        self._stop = True
        if self._thread is not None:
            self._thread.join(timeout=3.0)
            self._thread = None

    # -- running -------------------------------------------------------------------------
    def send_now(self, interactive: bool = True, password: str | None = None) -> None:
        """Send what is due. Without a stored password, an interactive run asks for it;
        an automatic one (timer, network, start) waits for the user instead."""
        if self.services.store is None:
            return
        if self.busy:  # a run is going: this request runs right after it
            previous = self._again
            self._again = (interactive or bool(previous and previous[0]),
                           password or (previous[1] if previous else None))
            return
        self.busy = True
        self._stop = False
        store = self.services.store

        def work():
            from app.mail import secrets  # seam: keyring

            box = Outbox(store)
            if box.recover_if_idle():  # after a crash: make the states true before anything
                self.services.to_gui(lambda _v: self.changed.emit())
            if not box.due():
                return None
            pw = password
            if needs_password(store):
                account = settings.get(store, settings.ACCOUNT)
                pw = pw or (secrets.get_password(account) if account else None)
                if not pw and account is not None:
                    return "password"
            self.services.to_gui(lambda _v: self.started.emit())
            return send_due(store, pw, progress=self._progress_from_thread,
                            stop=lambda: self._stop)

        def done(result):
            self.busy = False
            self._run_again()
            if result == "password":
                if interactive:
                    self.password_needed.emit()
                return
            if result is not None:
                self.finished.emit(result)
                self.changed.emit()

        def failed(exc: UserError):
            self.busy = False
            self._run_again()
            self.failed.emit(exc.message)
            self.changed.emit()

        self._run(work, done, failed)

    def _run_again(self) -> None:
        again, self._again = self._again, None
        if again is not None and not self._stop:
            self.send_now(*again)

    def _run(self, work, done, failed) -> None:
        """One send at a time (`busy`), on a daemon thread: closing TinBài never waits for
        a slow server."""
        def run() -> None:
            try:
                result = work()
            except BaseException as exc:  # reported to the GUI, never lost
                self.services.to_gui(lambda e: self.services.deliver_failure(e, failed), exc)
            else:
                self.services.to_gui(done, result)

        self._thread = threading.Thread(target=run, name="tinbai-send", daemon=True)
        self._thread.start()

    def _progress_from_thread(self, item, done: int, total: int) -> None:
        if self._stop:
            raise SendCancelled()  # the transport stops before the next piece
        self.services.to_gui(lambda _v: self.progress.emit(item.id, done, total))

    # -- network hints -------------------------------------------------------------------
    def _watch_network(self) -> None:
        if not QNetworkInformation.loadDefaultBackend():
            return  # no backend on this platform: the timer still retries
        self._network = QNetworkInformation.instance()
        if self._network is not None:
            self._network.reachabilityChanged.connect(self._reachability_changed)

    def _reachability_changed(self, reachability) -> None:
        if reachability == QNetworkInformation.Reachability.Online:
            self.send_now(interactive=False)
