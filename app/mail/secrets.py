"""The account password: in the OS keychain (Windows Credential Manager) and nowhere else.

Where no real keychain exists (keyring's fail/null backends, a chainer with nothing behind
it, or a file-based store such as keyrings.alt), the password is kept for this session only,
in process memory, and asked again next time. It is never written to disk by this program.
"""

from __future__ import annotations

import logging
import os
import sys
import threading

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from app.mail.accounts import Account

SERVICE = "TinBai"

log = logging.getLogger(__name__)

_lock = threading.Lock()
_session: dict[str, str] = {}


# keyring's own override (a backend's dotted name): an explicit choice wins over ours.
KEYRING_OVERRIDE = "PYTHON_KEYRING_BACKEND"

_configured = False


def configure_keyring() -> str | None:
    """Choose the keyring backend for this platform; returns the chosen class name, or None
    when keyring's own choice was left alone.

    A frozen (PyInstaller) build may not find keyring's backends through package metadata
    and would then fall back to "no keychain". On Windows the keychain is the Credential
    Manager, so it is chosen explicitly; elsewhere keyring's own choice stands."""
    if sys.platform != "win32" or os.environ.get(KEYRING_OVERRIDE):
        return None
    try:
        from keyring.backends.Windows import WinVaultKeyring

        WinVaultKeyring.priority  # noqa: B018 (raises when win32ctypes/pywin32 is missing)
        keyring.set_keyring(WinVaultKeyring())
    except Exception as exc:  # keep keyring's choice; the password is then asked at send time
        log.warning("Windows Credential Manager is not usable: %s", exc)
        return None
    return "WinVaultKeyring"


def _configure() -> None:
    """Choose the platform's keychain explicitly once."""
    global _configured
    if not _configured:
        _configured = True
        configure_keyring()


def keychain_key(account: Account) -> str:
    return account.keychain_key


def _usable(backend) -> bool:
    from keyring.backends import chainer, fail, null

    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return False
    if type(backend).__module__.startswith("keyrings.alt"):
        return False  # plaintext or file-based: not a keychain
    if isinstance(backend, chainer.ChainerBackend):
        chained = list(backend.backends)
        # The chainer writes to its first (highest-priority) backend.
        return bool(chained) and _usable(chained[0])
    return True


def keychain_available() -> bool:
    """True when passwords can go to a real OS keychain."""
    _configure()
    try:
        return _usable(keyring.get_keyring())
    except Exception:  # a broken keyring configuration is no keychain
        return False


def remember_for_session(account: Account, password: str) -> None:
    """Keep the password in memory until the program ends (or `forget_session`)."""
    with _lock:
        _session[keychain_key(account)] = password


def forget_session(account: Account | None = None) -> None:
    with _lock:
        if account is None:
            _session.clear()
        else:
            _session.pop(keychain_key(account), None)


def store_password(account: Account, password: str) -> bool:
    """Save the password: True if it went to the keychain, False if kept for this session."""
    if not password:
        raise ValueError("empty password")
    key = keychain_key(account)
    if keychain_available():
        try:
            keyring.set_password(SERVICE, key, password)
        except (KeyringError, OSError, RuntimeError) as exc:
            log.warning("the keychain refused to store the password for %s (%s); keeping it "
                        "for this session only", key, type(exc).__name__)
        else:
            forget_session(account)
            return True
    remember_for_session(account, password)
    return False


def get_password(account: Account) -> str | None:
    """The password for the account, or None if it must be asked."""
    key = keychain_key(account)
    with _lock:
        cached = _session.get(key)
    if cached is not None:
        return cached
    if not keychain_available():
        return None
    try:
        return keyring.get_password(SERVICE, key)
    except (KeyringError, OSError, RuntimeError) as exc:
        log.warning("the keychain could not be read for %s (%s)", key, type(exc).__name__)
        return None


def delete_password(account: Account) -> None:
    """Forget the password everywhere (keychain and session)."""
    forget_session(account)
    if not keychain_available():
        return
    key = keychain_key(account)
    try:
        keyring.delete_password(SERVICE, key)
    except PasswordDeleteError:
        pass  # there was none
    except (KeyringError, OSError, RuntimeError) as exc:
        log.warning("the keychain could not delete the password for %s (%s)", key,
                    type(exc).__name__)
