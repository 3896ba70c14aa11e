"""Settings → the email account: the address first (TinBài picks the provider and the way to
sign in: its domain, else an MX lookup off the GUI thread), then one button "Sign in with
Google/Microsoft" or the (app) password, the connection test for both ways, practice mode,
and a federation's mail providers file."""

from __future__ import annotations

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
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import settings
from app.base.errors import UserError
from app.mail import accounts, providers
from app.mail.errors import R_CERT, SIGN_IN_NOT_REGISTERED, SendError, SignInError
from app.mail.errors import TLS as TLS_FAILURE
from ui.signin import SignInRunner
from ui.widgets import Banner, Field


class AccountSection(QGroupBox):
    def __init__(self, window):
        super().__init__(self.tr("Sending by email"))
        self.window_ = window
        self.services = window.services
        self.mx_lookup = providers.lookup_mx  # the resolver; tests give their own
        self.catalogue = self.services.providers or providers.shipped()
        self.signin = SignInRunner(self.services, self)
        layout = QVBoxLayout(self)
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
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(self.tr("&Test the connection"))
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
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a mail providers file"), "",
            self.tr("Mail providers files (*.json);;All files (*)"))
        if path:
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
            from app.mail import secrets  # seam: keyring

            account = settings.get(store, settings.ACCOUNT)
            catalogue = settings.providers_in_force(store)
            if account is None:
                stored = False
            elif account.oauth:
                stored = secrets.get_refresh_token(account) is not None
            else:
                stored = bool(secrets.get_password(account))
            return account, stored, settings.get(store, settings.PRACTICE_CHOSEN), catalogue

        self.services.background(read, done=self._loaded)

    def _loaded(self, values) -> None:
        account, stored, practice, catalogue = values
        self.services.providers = self.catalogue = catalogue
        self._fill_presets()
        self._account = account
        self.practice.blockSignals(True)
        self.practice.setChecked(practice or account is None)
        self.practice.blockSignals(False)
        if account is not None:
            self.preset.setCurrentIndex(max(0, self.preset.findData(account.preset)))
            self.address.setText(account.from_addr)
            self.name.setText(account.display_name)
            self.host.setText(account.host)
            self.port.setValue(account.port)
            self.security.setCurrentIndex(max(0, self.security.findData(account.security)))
        self._signed_in = bool(account and account.oauth and stored)
        self.password.setPlaceholderText(
            self.tr("kept safely in the Windows Credential Manager")
            if stored and account is not None and not account.oauth else "")
        self._preset_changed()

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
        for w in (self.address, self.name, self.password, self.save_button, self.test_button):
            w.setEnabled(usable)

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
        self.services.write(settings.put, self.services.store, settings.PRACTICE_CHOSEN, on)

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

    def _sign_in_failed(self, exc: UserError) -> None:
        self.sign_in_button.setEnabled(True)
        self._show("error", exc.text)

    def save(self, then=None) -> None:
        account = self.account()
        text = self._problems_text(account)
        if text:
            self._show("error", text)
            return
        password = self.password.text()
        store = self.services.store

        def write():
            from app.mail import secrets  # seam: keyring

            settings.put(store, settings.ACCOUNT, account)
            return secrets.store_password(account, password) if password else None

        def done(in_keychain):
            self._account = account
            self.password.clear()
            if in_keychain is False:
                self._show("warning", self.tr(
                    "Saved. This computer has no safe place for passwords, so the password is "
                    "kept only until TinBài closes; it will be asked again next time."))
            else:
                self._show("ok", self.tr("The account is saved."))
            if then:
                then()

        self.services.write(write, done=done)

    def test(self) -> None:
        self.test_button.setEnabled(False)
        self._show("info", self.tr("Connecting to the mail server…"))
        typed = self.password.text()
        store = self.services.store

        def after_save():
            account = self._account

            def work():
                from app.mail import secrets, transport  # seams: keyring, smtplib and ssl
                from app.sending.send import credential_for

                if account.oauth:
                    credential = credential_for(store, account, None)
                else:
                    credential = typed or secrets.get_password(account) or None
                try:
                    return transport.check_login(account, credential)
                except SendError as err:
                    return err  # what it taught about the server is kept first

            def tested(result):
                if isinstance(result, SendError):
                    self.services.write(settings.learn_from_failure, store, account, result, 0)
                    self._test_failed(result)
                    return
                self.services.write(settings.remember_size_limit, store, account,
                                    result.size_limit)
                self._tested(result)

            self.services.background(work, done=tested, failed=self._test_failed, owner=self)

        self.save(then=after_save)

    def _tested(self, info) -> None:
        self.test_button.setEnabled(True)
        if info.logged_in:
            self._show("ok", self.tr("Connected and logged in: TinBài can send from this "
                                     "account."))
        else:
            self._show("warning", self.tr("The server answers and its identity is checked, "
                                          "but no password was given to log in."))

    def _test_failed(self, exc: UserError) -> None:
        self.test_button.setEnabled(True)
        cert = isinstance(exc, SendError) and exc.kind == TLS_FAILURE and exc.reason == R_CERT
        self._show("error", exc.text, cert=cert)

    def _show(self, kind: str, text: str, cert: bool = False, actions=()) -> None:
        self.result.set_kind(kind)
        labels = [self.tr("&Check the server's certificate…")] if cert else list(actions)
        buttons = self.result.set_actions(*labels)
        if buttons and cert:
            buttons[0].clicked.connect(self._check_certificate)
        self.result.show_text(text)

    # -- trusting a private certificate -------------------------------------------------
    def _check_certificate(self) -> None:
        account = self._account

        def work():
            from app.mail import transport  # seam: smtplib and ssl

            return transport.fetch_certificate(account)

        self.services.background(work, done=self._certificate, failed=self._test_failed)

    def _certificate(self, cert) -> None:
        dialog = CertificateDialog(cert, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._account.pinned_sha256 = cert.sha256
            account = self._account

            self.services.write(settings.put, self.services.store, settings.ACCOUNT, account,
                                done=lambda _: self.test())


class CertificateDialog(QDialog):
    """Show a server certificate's fingerprint before the user decides to trust it."""

    def __init__(self, cert, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("The server's certificate"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Windows does not know who issued this server's certificate. Trust it only if the "
            "people who run the server confirm that its fingerprint is exactly:"))
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
        self.remember = QCheckBox(self.tr("&Remember it in the Windows Credential Manager"))
        self.remember.setChecked(keychain)
        self.remember.setEnabled(keychain)
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        ok.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
