"""Sending accounts: where and how one officer sends.

An `Account` says where and how to send; it never holds a password or a token (those live
in the OS keychain, see `app.mail.secrets`). The providers it is made from (their servers,
limits, ways to sign in and help texts) are data: `app.mail.providers`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from app.mail import providers
from app.mail.certs import normalise_fingerprint
from app.mail.providers import CUSTOM, SECURITY_MODES, STARTTLS, TLS, Catalogue, Provider

__all__ = ["CUSTOM", "GMAIL", "M365", "OUTLOOK", "YAHOO", "STARTTLS", "TLS", "SECURITY_MODES",
           "PASSWORD_AUTH", "OAUTH_AUTH", "Account", "account_from_preset", "clean_password",
           "provider_of"]

GMAIL = "gmail"
YAHOO = "yahoo"
M365 = "m365"
OUTLOOK = "outlook"

# How the account logs in to its server.
PASSWORD_AUTH = "basic"  # a password or app password (what Microsoft calls basic auth)
OAUTH_AUTH = "oauth"  # signed in with the provider in the browser (XOAUTH2)
AUTH_KINDS = (PASSWORD_AUTH, OAUTH_AUTH)


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
    size_limit: int | None = None  # the provider's real limit (below what it may advertise)
    auth: str = PASSWORD_AUTH  # PASSWORD_AUTH or OAUTH_AUTH

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
        if values.get("auth") not in AUTH_KINDS:
            values["auth"] = PASSWORD_AUTH
        return cls(**values)

    @property
    def keychain_key(self) -> str:
        """The name the password (or the sign-in) is kept under in the OS keychain."""
        return f"{self.username}@{self.host}"

    @property
    def oauth(self) -> bool:
        return self.auth == OAUTH_AUTH

    @property
    def provider(self) -> str:
        """The provider's id (from the shipped providers and $TINBAI_PROVIDERS)."""
        return provider_of(self).id

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
        if self.auth not in AUTH_KINDS:
            out.append("auth")
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


def account_from_preset(name: str, user: str, from_addr: str | None = None,
                        display_name: str = "", *, catalogue: Catalogue | None = None,
                        auth: str | None = None) -> Account:
    """A new account for `user` with provider `name` (from_addr defaults to the user name).

    Works for every provider, including ones that cannot be used yet (the GUI shows the
    help; the transport refuses what the provider refuses). `auth` defaults to the browser
    sign-in where the provider takes no password, else the password.
    """
    provider = (catalogue or providers.in_force()).require(name)
    user = (user or "").strip()
    if auth is None:
        auth = OAUTH_AUTH if not provider.takes_password and provider.offers_oauth \
            else PASSWORD_AUTH
    return Account(preset=provider.id, host=provider.host, port=provider.port,
                   security=provider.security, username=user,
                   from_addr=(from_addr or user).strip(), display_name=display_name.strip(),
                   size_limit=provider.size_limit, auth=auth)


def provider_of(account: Account, catalogue: Catalogue | None = None) -> Provider:
    """The account's provider: its preset, else the one its host belongs to, else custom."""
    return (catalogue or providers.in_force()).provider_of(account.preset, account.host)


def clean_password(account: Account, password: str, catalogue: Catalogue | None = None) -> str:
    """Drop the spaces people copy along with an app password ("abcd efgh ijkl mnop").

    Only for providers whose app passwords are 16 letters; anything else is untouched.
    """
    if not provider_of(account, catalogue).app_password:
        return password
    squeezed = "".join(password.split())
    if len(squeezed) == 16 and squeezed.isascii() and squeezed.isalpha():
        return squeezed
    return password
