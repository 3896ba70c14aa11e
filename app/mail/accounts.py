"""Sending accounts and the provider presets the settings page offers.

An `Account` says where and how to send; it never holds a password (that lives in the OS
keychain, see `app.mail.secrets`). Presets fill in the server for the common providers and
carry the help text the GUI shows beside them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from app.base.i18n import QT_TRANSLATE_NOOP, translate
from app.mail.certs import normalise_fingerprint

STARTTLS = "starttls"
TLS = "tls"
SECURITY_MODES = (STARTTLS, TLS)

GMAIL = "gmail"
YAHOO = "yahoo"
M365 = "m365"
OUTLOOK = "outlook"
CUSTOM = "custom"

GMAIL_SIZE_LIMIT = 35_882_577  # what smtp.gmail.com advertises in EHLO SIZE


@dataclass(frozen=True)
class Preset:
    id: str
    label_source: str  # English, marked for translation; use `label`
    help_source: str  # English, marked for translation; use `help`
    host: str = ""
    port: int = 587
    security: str = STARTTLS
    alternatives: tuple[tuple[int, str], ...] = ()  # other (port, security) that also work
    usable: bool = True
    app_password: bool = False  # the provider wants an app password, not the usual one
    size_limit: int | None = None  # known limit, used when the server does not say
    domains: tuple[str, ...] = ()  # email domains that belong to this provider
    hosts: tuple[str, ...] = ()  # SMTP host names that belong to this provider
    help_url: str = ""

    @property
    def label(self) -> str:
        return translate("Mail", self.label_source)

    @property
    def help(self) -> str:
        return translate("Mail", self.help_source)


PRESETS: dict[str, Preset] = {
    GMAIL: Preset(
        GMAIL,
        QT_TRANSLATE_NOOP("Mail", "Gmail"),
        QT_TRANSLATE_NOOP(
            "Mail",
            "Gmail does not accept your usual password here: it needs an app password. "
            "To make one: turn on 2-Step Verification (Google Account → Security → 2-Step "
            "Verification), then open Google Account → Security → 2-Step Verification → App "
            "passwords, create a password named TinBai and type its 16 letters here. The "
            "server is filled in for you (smtp.gmail.com, port 587 with STARTTLS; port 465 "
            "with TLS also works)."),
        host="smtp.gmail.com", port=587, security=STARTTLS, alternatives=((465, TLS),),
        app_password=True, size_limit=GMAIL_SIZE_LIMIT,
        domains=("gmail.com", "googlemail.com"), hosts=("smtp.gmail.com",),
        help_url="https://myaccount.google.com/apppasswords",
    ),
    YAHOO: Preset(
        YAHOO,
        QT_TRANSLATE_NOOP("Mail", "Yahoo Mail"),
        QT_TRANSLATE_NOOP(
            "Mail",
            "Yahoo Mail needs an app password, not your usual password. To make one: sign in "
            "to Yahoo, open Account security, choose Generate app password, name it TinBai "
            "and type the password it shows here. The server is filled in for you "
            "(smtp.mail.yahoo.com, port 465 with TLS; port 587 with STARTTLS also works)."),
        host="smtp.mail.yahoo.com", port=465, security=TLS, alternatives=((587, STARTTLS),),
        app_password=True, size_limit=25 * 1024 * 1024,  # Yahoo's documented message limit
        domains=("yahoo.com", "yahoo.com.vn", "ymail.com", "rocketmail.com"),
        hosts=("smtp.mail.yahoo.com",),
        help_url="https://login.yahoo.com/account/security",
    ),
    M365: Preset(
        M365,
        QT_TRANSLATE_NOOP("Mail", "Microsoft 365 (work or school account)"),
        QT_TRANSLATE_NOOP(
            "Mail",
            "For a work or school mailbox on Microsoft 365. Sign in with your full work email "
            "address and its password. Many organisations switch off sending from programs: "
            "if the connection test fails with a password you know is right, ask your IT "
            "administrator to turn on \"Authenticated SMTP\" (SMTP AUTH) for your mailbox. "
            "The server is filled in for you (smtp.office365.com, port 587 with STARTTLS)."),
        host="smtp.office365.com", port=587, security=STARTTLS,
        size_limit=35 * 1024 * 1024,  # Exchange Online's default per-message send limit
        hosts=("smtp.office365.com",),
    ),
    OUTLOOK: Preset(
        OUTLOOK,
        QT_TRANSLATE_NOOP("Mail", "Outlook.com / Hotmail (personal account)"),
        QT_TRANSLATE_NOOP(
            "Mail",
            "Personal Outlook.com, Hotmail and Live accounts cannot be used: since 16 "
            "September 2024 Microsoft no longer lets programs like this one sign in with a "
            "password. Use a Gmail account to send, or use practice mode for training."),
        host="smtp-mail.outlook.com", port=587, security=STARTTLS, usable=False,
        domains=("outlook.com", "hotmail.com", "live.com", "msn.com", "outlook.com.vn",
                 "hotmail.com.vn"),
        hosts=("smtp-mail.outlook.com", "smtp.live.com"),
    ),
    CUSTOM: Preset(
        CUSTOM,
        QT_TRANSLATE_NOOP("Mail", "Another mail server"),
        QT_TRANSLATE_NOOP(
            "Mail",
            "For any other mail provider or your organisation's own server. Ask the people who "
            "run it for the outgoing mail server name, the port and the security choice "
            "(usually port 587 with STARTTLS, or port 465 with TLS). If the server uses its "
            "own certificate, the program shows its fingerprint so you can check it with them "
            "before trusting it."),
        host="", port=587, security=STARTTLS,
    ),
}


@dataclass
class Account:
    """Where and how one officer sends. No password field, ever."""

    preset: str
    host: str
    port: int
    security: str  # "starttls" | "tls"
    username: str
    from_addr: str
    display_name: str = ""  # the officer's name for the From header
    cafile: str | None = None  # a private CA trusted for this account only
    pinned_sha256: str | None = None  # server certificate trusted explicitly (hex SHA-256)
    size_limit: int | None = None  # the preset's limit, used when the server does not say

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Account:
        """Build from stored JSON; unknown keys (and any stray "password") are dropped."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["port"] = int(values.get("port") or 0)
        if values.get("size_limit") is not None:
            values["size_limit"] = int(values["size_limit"])
        for key in ("cafile", "pinned_sha256"):
            values[key] = values.get(key) or None
        values.setdefault("display_name", "")
        return cls(**values)

    @property
    def keychain_key(self) -> str:
        """The name the password is stored under in the OS keychain: username@host."""
        return f"{self.username}@{self.host}"

    @property
    def provider(self) -> str:
        return provider_of(self)

    def problems(self) -> list[str]:
        """Codes of what is missing or wrong in the settings (empty list: fine)."""
        out = []
        host = (self.host or "").strip()
        if not host or any(ch.isspace() for ch in host) or "/" in host:
            out.append("host")
        if not isinstance(self.port, int) or not 0 < self.port < 65536:
            out.append("port")
        if self.security not in SECURITY_MODES:
            out.append("security")
        if not (self.username or "").strip():
            out.append("username")
        if "@" not in (self.from_addr or "") or any(c in self.from_addr for c in "\r\n<>"):
            out.append("from_addr")
        if self.pinned_sha256:
            try:
                normalise_fingerprint(self.pinned_sha256)
            except ValueError:
                out.append("pinned_sha256")
        return out


def get_preset(name: str) -> Preset:
    try:
        return PRESETS[name]
    except KeyError:
        raise ValueError(f"unknown preset: {name!r}") from None


def account_from_preset(name: str, user: str, from_addr: str | None = None,
                        display_name: str = "") -> Account:
    """A new account for `user` on preset `name` (from_addr defaults to the user name).

    Works for every preset, including unusable ones (the GUI shows the preset's help; the
    transport refuses to send from an unusable preset).
    """
    preset = get_preset(name)
    user = (user or "").strip()
    return Account(preset=preset.id, host=preset.host, port=preset.port,
                   security=preset.security, username=user,
                   from_addr=(from_addr or user).strip(), display_name=display_name.strip(),
                   size_limit=preset.size_limit)


def preset_for_address(address: str) -> Preset | None:
    """The preset an email address most likely belongs to, from its domain."""
    domain = (address or "").rpartition("@")[2].strip().lower()
    for preset in PRESETS.values():
        if domain and domain in preset.domains:
            return preset
    return None


def provider_of(account: Account) -> str:
    """The preset id of the account's provider, from its preset or else its host name."""
    if account.preset in PRESETS and account.preset != CUSTOM:
        return account.preset
    host = (account.host or "").strip().lower().rstrip(".")
    for preset in PRESETS.values():
        if host in preset.hosts:
            return preset.id
    return CUSTOM


def clean_password(account: Account, password: str) -> str:
    """Drop the spaces people copy along with an app password ("abcd efgh ijkl mnop").

    Only for providers whose app passwords are 16 letters; anything else is untouched.
    """
    preset = PRESETS.get(provider_of(account))
    if preset is None or not preset.app_password:
        return password
    squeezed = "".join(password.split())
    if len(squeezed) == 16 and squeezed.isascii() and squeezed.isalpha():
        return squeezed
    return password
