"""Settings → the email account: the address first (TinBài picks the provider and the way to
sign in: its domain, else an MX lookup off the GUI thread), then one button "Sign in with
Google/Microsoft" or the (app) password, the connection test for both ways, practice mode,
and a federation's mail providers file."""

from __future__ import annotations

import sys

from PySide6 import QtCore
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import settings
from app.base.errors import UserError
from app.mail import accounts, providers
from app.mail.errors import (
    AUTH,
    PHASE_AUTH,
    PHASE_CONNECT,
    PHASE_EHLO,
    PHASE_QUIT,
    PHASE_STARTTLS,
    R_CERT,
    SIGN_IN_NOT_REGISTERED,
    SendError,
    SignInError,
    connection_test_text,
)
from app.mail.errors import TLS as TLS_FAILURE
from ui.forms import set_line
from ui.prefs import RULES
from ui.services import Latest
from ui.signin import SignInRunner
from ui.widgets import Banner, Field

WINDOWS = sys.platform == "win32"  # words about Windows only where it is Windows
TEST_STEP_TIMEOUT = 20.0  # seconds the connection test waits for each answer of the server
TEST_LIMIT_MS = 45_000  # and for the whole test


class _TestAttempt:
    """One press of "Test the connection": its watch (to cancel it) once the worker has it."""

    def __init__(self, host: str) -> None:
        self.host = host
        self.watch = None
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True
        if self.watch is not None:
            self.watch.cancel()


def keychain_words(windows: str, elsewhere: str) -> str:
    """Words that name Windows only on Windows."""
    return windows if WINDOWS else elsewhere


class AccountSection(QGroupBox):
    def __init__(self, window):
        super().__init__(self.tr("Sending by email"))
        self.window_ = window
        self.services = window.services
        self.mx_lookup = providers.lookup_mx  # the resolver; tests give their own
        self.catalogue = self.services.providers or providers.shipped()
        self.signin = SignInRunner(self.services, self)
        layout = QVBoxLayout(self)
        self.notice = Banner("info")  # why the user was brought here
        layout.addWidget(self.notice)
        self.practice = QCheckBox(self.tr(
            "&Practice mode: “send” only saves the email in the practice mailbox on this "
            "computer"))
        layout.addWidget(self.practice)
        self.practice.toggled.connect(self._practice_toggled)

        self.address = QLineEdit()
        self.address.setPlaceholderText("ten.cua.ban@gmail.com")
        layout.addWidget(Field(self.tr("Your email &address"), self.address, self.tr(
            "Type it first: TinBài recognises the provider and how to sign in.")))
        self.preset = QComboBox()
        layout.addWidget(Field(self.tr("Email &provider"), self.preset))
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setObjectName("hint")
        self.help.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.help)
        self.name = QLineEdit()
        layout.addWidget(Field(self.tr("Your &name as the board sees it"), self.name))

        self.custom = QWidget()
        cl = QHBoxLayout(self.custom)
        cl.setContentsMargins(0, 0, 0, 0)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security = QComboBox()
        self.security.addItem(self.tr("STARTTLS (usually port 587)"), accounts.STARTTLS)
        self.security.addItem(self.tr("TLS (usually port 465)"), accounts.TLS)
        cl.addWidget(Field(self.tr("Outgoing mail &server"), self.host), 3)
        cl.addWidget(Field(self.tr("P&ort"), self.port), 1)
        cl.addWidget(Field(self.tr("Sec&urity"), self.security), 2)
        layout.addWidget(self.custom)

        sign_row = QHBoxLayout()
        self.sign_in_button = QPushButton()
        self.sign_in_button.setObjectName("primary")
        self.sign_in_button.clicked.connect(self.sign_in)
        sign_row.addWidget(self.sign_in_button)
        self.signed_label = QLabel()
        self.signed_label.setWordWrap(True)
        sign_row.addWidget(self.signed_label, 1)
        layout.addLayout(sign_row)

        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.f_password = Field(self.tr("Pass&word (app password for Gmail and Yahoo)"),
                                self.password)
        layout.addWidget(self.f_password)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Sa&ve the account"))
        self.save_button.clicked.connect(lambda: self.save())
        self.test_button = QPushButton(self.tr("&Test the connection"))
        self.test_button.setToolTip(self.tr("Connects and logs in with what is typed above; "
                                            "nothing is sent and nothing is saved."))
        self.test_button.clicked.connect(self.test)
        self.import_button = QPushButton(self.tr("Import a mail &providers file…"))
        self.import_button.setToolTip(self.tr(
            "The federation's file brings the sign-in registrations (and its own mail "
            "servers). A file with mistakes is refused and the providers in use stay."))
        self.import_button.clicked.connect(self._import_providers)
        for b in (self.save_button, self.test_button, self.import_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # The connection test on its way: where it is, and a way to stop it.
        testing = QHBoxLayout()
        self.test_progress = QProgressBar()
        self.test_progress.setRange(0, 0)
        self.test_progress.setMaximumWidth(160)
        self.test_progress.setAccessibleName(self.tr("Testing the connection"))
        self.test_status = QLabel()
        self.test_status.setObjectName("muted")
        self.test_status.setWordWrap(True)
        self.cancel_test_button = QPushButton(self.tr("Sto&p the test"))
        self.cancel_test_button.clicked.connect(self.cancel_test)
        testing.addWidget(self.test_progress)
        testing.addWidget(self.test_status, 1)
        testing.addWidget(self.cancel_test_button)
        self.testing = QWidget()
        self.testing.setLayout(testing)
        testing.setContentsMargins(0, 0, 0, 0)
        self.testing.hide()
        layout.addWidget(self.testing)
        self.test_limit_ms = TEST_LIMIT_MS  # (tests shorten it)
        self._test: _TestAttempt | None = None
        self._trusted_here: tuple[tuple[str, int], str] | None = None  # (host, port), pin
        self._test_timer = QtCore.QTimer(self)
        self._test_timer.setSingleShot(True)
        self._test_timer.timeout.connect(self._test_too_long)
        self.result = Banner("info")
        self.trust_button = None
        layout.addWidget(self.result)
        self.providers_problems = Banner("error")
        layout.addWidget(self.providers_problems)
        self._fill_presets()
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.address.textEdited.connect(self._address_edited)
        self.address.editingFinished.connect(self._address_finished)
        self._account = None
        self._signed_in = False
        self._looked_up = ""
        self._practice_chosen = False  # the stored choice (the box also shows "no account")
        self._practice_asked = False  # asked once whether a saved account ends practice
        self.practice_question: QMessageBox | None = None  # while it is asked (tests answer)
        self._loads = Latest()
        self._preset_changed()

    # -- the providers -------------------------------------------------------------------
    def _fill_presets(self) -> None:
        current = self.preset.currentData()
        self.preset.blockSignals(True)
        self.preset.clear()
        for provider in self.catalogue.values():
            self.preset.addItem(provider.label, provider.id)
        self.preset.setCurrentIndex(max(0, self.preset.findData(current)))
        self.preset.blockSignals(False)

    def provider(self) -> providers.Provider:
        return self.catalogue.require(self.preset.currentData())

    def _import_providers(self) -> None:
        prefs = self.window_.prefs
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a mail providers file"), prefs.folder(RULES),
            self.tr("Mail providers files (*.json);;All files (*)"))
        if path:
            prefs.remember_file(RULES, path)
            self.import_providers(path)

    def import_providers(self, path: str) -> None:
        self.services.write(settings.import_providers_file, self.services.store, path,
                            done=self._providers_imported, failed=self._providers_refused)

    def _providers_imported(self, catalogue) -> None:
        self.services.providers = self.catalogue = catalogue
        self.providers_problems.hide()
        self._fill_presets()
        self._preset_changed()
        self.window_.show_toast(self.tr("The mail providers file is in use."))

    def _providers_refused(self, exc: UserError) -> None:
        self.providers_problems.show_text(exc.message)

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        store = self.services.store

        def read():
            return (settings.get(store, settings.ACCOUNT), settings.get(store,
                    settings.PRACTICE_CHOSEN), settings.providers_in_force(store),
                    settings.get(store, settings.PRACTICE_OFF_ASKED))

        def in_keychain(values):
            from app.mail import secrets  # seam: keyring

            account, practice, catalogue, asked = values
            if account is None:
                stored = False
            elif account.oauth:
                stored = secrets.get_refresh_token(account) is not None
            else:
                stored = bool(secrets.get_password(account))
            return account, stored, practice, catalogue, asked

        # The settings through the writer (after a save asked before), then the keychain on
        # the worker pool (it may be slow: never on the database thread); only the newest
        # load lands, and none asked before a save.
        deliver = self._loads.newest(self._loaded)
        self.services.write(read, owner=self, done=lambda values: self.services.background(
            in_keychain, values, done=deliver, owner=self))

    def _loaded(self, values) -> None:
        account, stored, practice, catalogue, asked = values
        self.services.providers = self.catalogue = catalogue
        self._fill_presets()
        self._account = account
        self._practice_chosen = practice
        self._practice_asked = asked
        self._show_practice(account is None)
        if account is not None:
            self.preset.setCurrentIndex(max(0, self.preset.findData(account.preset)))
            set_line(self.address, account.from_addr)
            set_line(self.name, account.display_name)
            set_line(self.host, account.host)
            self.port.setValue(account.port)
            self.security.setCurrentIndex(max(0, self.security.findData(account.security)))
        self._signed_in = bool(account and account.oauth and stored)
        self.password.setPlaceholderText(
            keychain_words(self.tr("kept safely in the Windows Credential Manager"),
                           self.tr("kept safely in this computer's keychain"))
            if stored and account is not None and not account.oauth else "")
        self._preset_changed()

    def _show_practice(self, no_account: bool) -> None:
        """The box says what "Send" does now: practice when chosen, or while no account."""
        self.practice.blockSignals(True)
        self.practice.setChecked(self._practice_chosen or no_account)
        self.practice.blockSignals(False)

    def explain(self, text: str) -> None:
        """Why the user was brought here (a practice item to send for real)."""
        self.notice.show_text(text)
        self.address.setFocus()

    def _preset_changed(self, *_args) -> None:
        provider = self.provider()
        self.help.setText(provider.help)
        self.custom.setVisible(provider.id == accounts.CUSTOM)
        self.sign_in_button.setVisible(provider.offers_oauth)
        self.sign_in_button.setText(self.tr("Sign in with {provider}").format(
            provider=provider.brand))
        self.f_password.setVisible(provider.takes_password)
        account = self._account
        signed = self._signed_in and account is not None and account.preset == provider.id
        self.signed_label.setText(self.tr("Signed in as {address}: no password is needed.")
                                  .format(address=account.username) if signed else "")
        usable = provider.takes_password or provider.offers_oauth
        for w in (self.address, self.name, self.password, self.save_button):
            w.setEnabled(usable)
        # (a provider recognised later, say by an MX answer, never re-arms a running test)
        self.test_button.setEnabled(usable and self._test is None)

    def _address_edited(self, text: str) -> None:
        guess = self.catalogue.for_address(text)
        if guess is not None and self.preset.currentData() != guess.id:
            self.preset.setCurrentIndex(self.preset.findData(guess.id))

    def _address_finished(self) -> None:
        """An address of an unknown domain: ask the resolver (off the GUI thread) whether
        Google Workspace or Microsoft 365 hosts it."""
        address = self.address.text().strip()
        domain = providers.domain_of(address)
        if (not domain or domain == self._looked_up or self.catalogue.for_address(address)
                or self.preset.currentData() != accounts.CUSTOM):
            return
        self._looked_up = domain
        catalogue, lookup = self.catalogue, self.mx_lookup

        def found(provider) -> None:
            if provider is not None and self.address.text().strip() == address and \
                    self.preset.currentData() == accounts.CUSTOM:
                self.preset.setCurrentIndex(self.preset.findData(provider.id))

        self.services.background(providers.detect, address, catalogue, lookup, done=found,
                                 owner=self)

    def _practice_toggled(self, on: bool) -> None:
        self._practice_chosen = on
        self.services.write(settings.put, self.services.store, settings.PRACTICE_CHOSEN, on)

    def _offer_real_sending(self) -> None:
        """A working account was saved while practice mode is on: ask, once, whether
        "Send" goes to the board from now on (instead of leaving it until the user finds
        the box)."""
        if not self.practice.isChecked():
            return
        if self._practice_asked:
            self._show_practice(False)  # the stored choice stands
            return
        self._practice_asked = True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Practice mode"))
        box.setText(self.tr("The account is saved. Practice mode is still on: “Send” only "
                            "saves emails in the practice mailbox on this computer.\n\n"
                            "Send items to the board for real from now on?"))
        real = box.addButton(self.tr("&Send for real from now on"),
                             QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Keep practising"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(real)
        self.practice_question = box
        box.exec()
        self.practice_question = None
        off = box.clickedButton() is real
        self._practice_chosen = not off
        self._show_practice(False)
        store = self.services.store

        def write():
            # The answer first, then that it was asked: whoever reads "asked" finds the
            # answer stored (and a crash between the two leaves a question asked again).
            settings.put(store, settings.PRACTICE_CHOSEN, not off)
            settings.put(store, settings.PRACTICE_OFF_ASKED, True)

        self.services.write(write)
        if off:
            self.window_.show_toast(self.tr("Practice mode is off: “Send” now delivers items to "
                                            "the board."))

    # -- building, saving, testing ------------------------------------------------------
    def account(self, auth: str | None = None) -> accounts.Account:
        preset_id = self.preset.currentData()
        address = self.address.text().strip()
        if auth is None:
            previous = self._account
            auth = previous.auth if previous is not None and previous.preset == preset_id \
                and not self.password.text() else None
        account = accounts.account_from_preset(preset_id, address, address,
                                               self.name.text().strip(),
                                               catalogue=self.catalogue, auth=auth)
        if preset_id == accounts.CUSTOM:
            account.host = self.host.text().strip()
            account.port = self.port.value()
            account.security = self.security.currentData()
        if self._account is not None and self._account.host == account.host:
            account.cafile = self._account.cafile
            account.pinned_sha256 = self._account.pinned_sha256
        pinned = self._trusted_here
        if pinned is not None and pinned[0] == (account.host, account.port):
            account.pinned_sha256 = pinned[1]  # trusted a moment ago, kept once it is saved
        return account

    def _problems_text(self, account) -> str:
        words = {
            "host": self.tr("the server name"), "port": self.tr("the port"),
            "security": self.tr("the security choice"), "username": self.tr("the address"),
            "from_addr": self.tr("the email address"),
            "pinned_sha256": self.tr("the trusted certificate"),
        }
        problems = account.problems()
        if not problems:
            return ""
        return self.tr("Check {fields}.").format(fields=", ".join(words.get(p, p)
                                                                  for p in problems))

    def sign_in(self) -> None:
        """The one sign-in button: the browser, or plain words on what is missing."""
        provider = self.provider()
        if not provider.oauth_ready:
            err = SignInError(SIGN_IN_NOT_REGISTERED, provider=provider.brand)
            labels = [self.tr("Use an &app password instead")] if provider.takes_password \
                else []
            self._show("warning", err.text, actions=labels)
            if labels:
                self.result.buttons[0].clicked.connect(self._use_password)
            return
        account = self.account(auth=accounts.OAUTH_AUTH)
        text = self._problems_text(account)
        if text:
            self._show("error", text)
            return
        self.sign_in_button.setEnabled(False)
        self._show("info", self.tr("Sign in in the browser window that opened, then come back "
                                   "here."))
        self.signin.start(account, provider, done=lambda kept: self._signed(account, kept),
                          failed=self._sign_in_failed)

    def _use_password(self) -> None:
        self.f_password.show()
        self.password.setFocus()
        self._show("info", self.tr("Type the app password below, then save the account."))

    def _signed(self, account, kept: bool) -> None:
        self._account = account
        self._signed_in = True
        self.sign_in_button.setEnabled(True)
        self._preset_changed()
        if kept:
            self._show("ok", self.tr("Signed in. TinBài can send from {address} without a "
                                     "password.").format(address=account.username))
        else:
            self._show("warning", self.tr(
                "Signed in. This computer has no safe place for the sign-in, so it is kept "
                "only until TinBài closes."))
        if self.window_.sender is not None:
            self.window_.sender.send_now(interactive=False)
        self._offer_real_sending()

    def _sign_in_failed(self, exc: UserError) -> None:
        self.sign_in_button.setEnabled(True)
        self._show("error", exc.text)

    def save(self, then=None) -> None:
        """Keep the account and its password (the keychain); the password field empties
        only now, once it is kept."""
        account = self.account()
        text = self._problems_text(account)
        if text:
            self._show("error", text)
            return
        password = self.password.text()
        store = self.services.store
        self._loads.drop()  # a load asked before this save would bring the old account back

        def write():
            from app.mail import secrets  # seam: keyring

            settings.put(store, settings.ACCOUNT, account)
            return secrets.store_password(account, password) if password else None

        def done(in_keychain):
            self._account = account
            self.notice.hide()
            if self.password.text() == password:
                self.password.clear()
            if in_keychain is False:
                self._show("warning", self.tr(
                    "Saved. This computer has no safe place for passwords, so the password is "
                    "kept only until TinBài closes; it will be asked again next time."))
            else:
                self._show("ok", self.tr("The account is saved."))
            if then:
                then()
            self._offer_real_sending()

        self.services.write(write, done=done)

    # -- the connection test ---------------------------------------------------------------
    def test(self) -> None:
        """Connect and log in with what is typed (saved or not; nothing is saved, nothing
        sent), showing where it is; "Stop the test" and a time limit of its own end it."""
        account = self.account()
        text = self._problems_text(account)
        if text:
            self._show("error", text)
            return
        typed = self.password.text()
        saved = self._account
        same = saved is not None and saved.keychain_key == account.keychain_key
        attempt = self._test = _TestAttempt(account.host)
        self._tested_account = account
        store, to_gui = self.services.store, self.services.to_gui
        self._testing(True)
        self.result.hide()
        self.test_status.setText(self.tr("Connecting to {host}…").format(host=account.host))
        self._test_timer.start(self.test_limit_ms)

        def work():
            from app.mail import secrets, transport  # seams: keyring, smtplib and ssl
            from app.sending.send import credential_for

            watch = transport.Watch(on_phase=lambda phase: to_gui(
                self._test_phase, (attempt, phase)))
            to_gui(self._test_watch, (attempt, watch))
            if account.oauth:
                credential = credential_for(store, account, None)
            else:
                credential = typed or (secrets.get_password(account) if same else None) or None
            try:
                return transport.check_login(account, credential, timeout=TEST_STEP_TIMEOUT,
                                             watch=watch)
            except transport.Cancelled:
                return None
            except SendError as err:
                return err  # what it taught about the server is kept first

        self.services.background(work, done=lambda result: self._test_done(attempt, result),
                                 failed=lambda exc: self._test_done(attempt, exc), owner=self)

    def _testing(self, on: bool) -> None:
        self.testing.setVisible(on)
        self.test_button.setEnabled(not on)
        if on:
            self.cancel_test_button.setFocus()

    def _test_watch(self, values) -> None:
        attempt, watch = values
        attempt.watch = watch
        if attempt.cancelled:
            watch.cancel()

    def _test_phase(self, values) -> None:
        attempt, phase = values
        if attempt is not self._test:
            return
        words = {
            PHASE_CONNECT: self.tr("Connecting to {host}…"),
            PHASE_EHLO: self.tr("The server {host} answers…"),
            PHASE_STARTTLS: self.tr("Securing the connection…"),
            PHASE_AUTH: self.tr("Logging in…"),
            PHASE_QUIT: self.tr("Logged in; closing the connection…"),
        }.get(phase)
        if words:
            self.test_status.setText(words.format(host=attempt.host))

    def _end_test(self) -> _TestAttempt | None:
        attempt, self._test = self._test, None
        self._test_timer.stop()
        self._testing(False)
        self.test_button.setFocus()
        return attempt

    def cancel_test(self) -> None:
        attempt = self._end_test()
        if attempt is not None:
            attempt.cancel()
            self._show("info", self.tr("The test was stopped. Nothing was saved or sent."))

    def _test_too_long(self) -> None:
        attempt = self._end_test()
        if attempt is not None:
            attempt.cancel()
            self._show("error", self.tr(
                "The mail server {host} did not finish answering within {seconds} seconds, so "
                "the test stopped. Check the Internet connection, the server name and the "
                "port, then test again.").format(host=attempt.host,
                                                 seconds=self.test_limit_ms // 1000))

    def _test_done(self, attempt: _TestAttempt, result) -> None:
        if attempt is not self._test:
            return  # stopped, or a newer test runs
        self._end_test()
        store, account = self.services.store, self._tested_account
        if result is None:
            return
        if isinstance(result, SendError):
            self.services.write(settings.learn_from_failure, store, account, result, 0)
        if isinstance(result, UserError):
            self._test_failed(result)
            return
        self.services.write(settings.remember_size_limit, store, account, result.size_limit)
        self._tested(result)

    def _tested(self, info) -> None:
        unsaved = self._account is None or self.password.text() or \
            self._account.to_dict() != self._tested_account.to_dict()
        after = " " + self.tr("Press “Save the account” to keep it.") if unsaved else ""
        if info.logged_in:
            self._show("ok", self.tr("Connected and logged in: TinBài can send from this "
                                     "account.") + after)
        else:
            self._show("warning", self.tr("The server answers and its identity is checked, "
                                          "but no password was given to log in.") + after)

    def _test_failed(self, exc: UserError) -> None:
        cert = isinstance(exc, SendError) and exc.kind == TLS_FAILURE and exc.reason == R_CERT
        self._show("error", connection_test_text(exc), cert=cert)
        if isinstance(exc, SendError) and exc.kind == AUTH and self.f_password.isVisible():
            # A wrong password: back where it is typed, ready to type it again.
            self.password.setFocus()
            self.password.selectAll()

    def _show(self, kind: str, text: str, cert: bool = False, actions=()) -> None:
        self.result.set_kind(kind)
        labels = [self.tr("&Check the server's certificate…")] if cert else list(actions)
        buttons = self.result.set_actions(*labels)
        if buttons and cert:
            buttons[0].clicked.connect(self._check_certificate)
        self.result.show_text(text)

    # -- trusting a private certificate -------------------------------------------------
    def _check_certificate(self) -> None:
        account = getattr(self, "_tested_account", None) or self.account()

        def work():
            from app.mail import transport  # seam: smtplib and ssl

            return transport.fetch_certificate(account)

        self.services.background(work, done=lambda cert: self._certificate(account, cert),
                                 failed=self._test_failed, owner=self)

    def _certificate(self, account, cert) -> None:
        dialog = CertificateDialog(cert, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            # Trusted for what is typed; nothing is saved (and practice mode stays as it is)
            # until "Save the account".
            self._trusted_here = ((account.host, account.port), cert.sha256)
            self.test()


class CertificateDialog(QDialog):
    """Show a server certificate's fingerprint before the user decides to trust it."""

    def __init__(self, cert, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("The server's certificate"))
        layout = QVBoxLayout(self)
        intro = QLabel(keychain_words(
            self.tr("Windows does not know who issued this server's certificate. Trust it only "
                    "if the people who run the server confirm that its fingerprint is exactly:"),
            self.tr("This computer does not know who issued this server's certificate. Trust "
                    "it only if the people who run the server confirm that its fingerprint is "
                    "exactly:")))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        fingerprint = QLabel(cert.sha256_display)
        fingerprint.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        fingerprint.setWordWrap(True)
        fingerprint.setStyleSheet("font-family: monospace; font-weight: 600;")
        layout.addWidget(fingerprint)
        details = QLabel(self.tr("Issued to: {subject}\nIssued by: {issuer}").format(
            subject=cert.subject or "?", issuer=cert.issuer or "?"))
        details.setWordWrap(True)
        layout.addWidget(details)
        buttons = QDialogButtonBox()
        trust = buttons.addButton(self.tr("&Trust this certificate for this account"),
                                  QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Do not trust it"), QDialogButtonBox.ButtonRole.RejectRole)
        trust.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class PasswordDialog(QDialog):
    """Asked at send time when no password is stored (kept in memory only if not saved)."""

    def __init__(self, account, keychain: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password for {address}").format(address=account.from_addr))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("Type the password of {address} to send.").format(
            address=account.from_addr))
        text.setWordWrap(True)
        layout.addWidget(text)
        preset = accounts.provider_of(account)
        if preset.app_password:
            hint = QLabel(self.tr("For {provider} this is the app password (16 letters), not "
                                  "your usual password.").format(provider=preset.label))
            hint.setWordWrap(True)
            hint.setObjectName("hint")
            layout.addWidget(hint)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        layout.addWidget(self.password)
        self.remember = QCheckBox(keychain_words(
            self.tr("&Remember it in the Windows Credential Manager"),
            self.tr("&Remember it in this computer's keychain")))
        self.remember.setChecked(keychain)
        self.remember.setEnabled(keychain)
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        ok.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
