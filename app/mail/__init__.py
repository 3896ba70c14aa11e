"""Sending mail: accounts and presets, the SMTP transport, its errors, and the password store.

Modules: `providers` (the mail providers as data), `accounts` (Account), `transport` (send,
check_login, fetch_certificate; password and XOAUTH2 logins), `errors` (SendError,
SignInError), `oauth` (signing in with the provider in the browser), `secrets` (the
keychain), `certs` (fingerprints). The convenience names
below load their module on first use, so importing `app.mail.accounts` at start-up does not
pull in smtplib, ssl or keyring. Nothing here imports Qt.
"""

from __future__ import annotations

import importlib

_LAZY = {
    "Account": "accounts",
    "account_from_preset": "accounts",
    "SendError": "errors",
    "SendResult": "transport",
    "ServerInfo": "transport",
    "check_login": "transport",
    "fetch_certificate": "transport",
    "send": "transport",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'app.mail' has no attribute {name!r}")
    return getattr(importlib.import_module(f"app.mail.{module}"), name)
