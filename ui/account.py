"""Settings → the email account: provider, address, password (keychain), test, practice."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
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
from app.mail import accounts
from app.mail.errors import R_CERT, SendError
from app.mail.errors import TLS as TLS_FAILURE
from ui.widgets import Banner, Field


class AccountSection(QGroupBox):
    def __init__(self, window):
        super().__init__(self.tr("Sending by email"))
        self.window_ = window
        self.services = window.services
        layout = QVBoxLayout(self)
        self.practice = QCheckBox(self.tr(
            "&Practice mode: “send” only saves the email in the practice mailbox on this "
            "computer"))
        layout.addWidget(self.practice)
        self.practice.toggled.connect(self._practice_toggled)

        self.preset = QComboBox()
        for preset in accounts.PRESETS.values():
            self.preset.addItem(preset.label, preset.id)
        layout.addWidget(Field(self.tr("Email &provider"), self.preset))
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setObjectName("hint")
        self.help.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.help)
        self.address = QLineEdit()
        self.address.setPlaceholderText("ten.cua.ban@gmail.com")
        layout.addWidget(Field(self.tr("Your email &address"), self.address))
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
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.result = Banner("info")
        self.trust_button = None
        layout.addWidget(self.result)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.address.textEdited.connect(self._address_edited)
        self._account = None
        self._preset_changed()

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        store = self.services.store

        def read():
            from app.mail import secrets  # seam: keyring

            account = settings.get(store, settings.ACCOUNT)
            stored = bool(account and secrets.get_password(account))
            return account, stored, settings.get(store, settings.PRACTICE_CHOSEN)

        self.services.background(read, done=self._loaded)

    def _loaded(self, values) -> None:
        account, has_password, practice = values
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
        self.password.setPlaceholderText(
            self.tr("kept safely in the Windows Credential Manager") if has_password else "")

    def _preset_changed(self, *_args) -> None:
        preset = accounts.get_preset(self.preset.currentData())
        self.help.setText(preset.help)
        self.custom.setVisible(preset.id == accounts.CUSTOM)
        usable = preset.usable
        for w in (self.address, self.name, self.password, self.save_button, self.test_button):
            w.setEnabled(usable)

    def _address_edited(self, text: str) -> None:
        guess = accounts.preset_for_address(text)
        if guess is not None and self.preset.currentData() == accounts.CUSTOM:
            self.preset.setCurrentIndex(self.preset.findData(guess.id))

    def _practice_toggled(self, on: bool) -> None:
        self.services.write(settings.put, self.services.store, settings.PRACTICE_CHOSEN, on)

    # -- building, saving, testing ------------------------------------------------------
    def account(self) -> accounts.Account:
        preset_id = self.preset.currentData()
        address = self.address.text().strip()
        account = accounts.account_from_preset(preset_id, address, address,
                                               self.name.text().strip())
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

        def after_save():
            account = self._account

            def work():
                from app.mail import secrets, transport  # seams: keyring, smtplib and ssl

                password = typed or secrets.get_password(account)
                return transport.check_login(account, password or None)

            def tested(info):
                self.services.write(settings.remember_size_limit, self.services.store,
                                    account, info.size_limit)
                self._tested(info)

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

    def _show(self, kind: str, text: str, cert: bool = False) -> None:
        self.result.set_kind(kind)
        labels = [self.tr("&Check the server's certificate…")] if cert else []
        buttons = self.result.set_actions(*labels)
        if buttons:
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
        preset = accounts.PRESETS.get(account.provider)
        if preset is not None and preset.app_password:
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
