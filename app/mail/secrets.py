"""The account password and the provider sign-in: in the OS keychain (Windows Credential
Manager) and nowhere else.

Where no real keychain exists (keyring's fail/null backends, a chainer with nothing behind
it, or a file-based store such as keyrings.alt), the password is kept for this session only,
in process memory, and asked again next time. It is never written to disk by this program.
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets as random_source
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
            _session_tokens.clear()
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


# -- the sign-in with the provider (OAuth): the refresh token ------------------------------
#
# Only the refresh token is kept, and only here; the access token lives in memory (an hour).
# keyring's Windows backend writes one credential whose blob is UTF-16: Windows caps it at
# 2560 bytes (1280 characters) and Microsoft's refresh tokens can be longer, so the token is
# kept in parts of at most PART_CHARS characters, each under its own service name, plus a
# manifest written last (the commit point):
#   "TinBai OAuth", <key>                   -> "v1 <generation> <parts> <sha256, 16 hex>"
#   "TinBai OAuth <generation>.<i>", <key>  -> part i
# A write that fails half-way leaves the previous token readable; parts that are missing or
# do not hash to the manifest's digest read as "no sign-in" (sign in again), never as a
# wrong token.

OAUTH_SERVICE = "TinBai OAuth"
PART_CHARS = 1000  # 2000 bytes of UTF-16: under Windows' 2560 with room to spare
MAX_PARTS = 16

_session_tokens: dict[str, str] = {}


def _part_service(generation: str, index: int) -> str:
    return f"{OAUTH_SERVICE} {generation}.{index}"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()[:16]


def _manifest(key: str) -> tuple[str, int, str] | None:
    raw = keyring.get_password(OAUTH_SERVICE, key)
    fields = (raw or "").split()
    if len(fields) != 4 or fields[0] != "v1" or not fields[2].isdigit():
        return None
    return fields[1], int(fields[2]), fields[3]


def _delete_parts(key: str, generation: str, count: int) -> None:
    for index in range(min(count, MAX_PARTS)):
        try:
            keyring.delete_password(_part_service(generation, index), key)
        except (PasswordDeleteError, KeyringError, OSError, RuntimeError):
            pass


def store_refresh_token(account: Account, token: str) -> bool:
    """Keep the sign-in: True if it went to the keychain, False if kept for this session."""
    if not token or not token.isascii() or any(ch.isspace() for ch in token):
        raise ValueError("a refresh token is printable ASCII")
    parts = [token[i:i + PART_CHARS] for i in range(0, len(token), PART_CHARS)]
    if len(parts) > MAX_PARTS:
        raise ValueError("refresh token too long")
    key = keychain_key(account)
    if keychain_available():
        generation = random_source.token_hex(4)
        try:
            old = _manifest(key)
            for index, part in enumerate(parts):
                keyring.set_password(_part_service(generation, index), key, part)
            keyring.set_password(OAUTH_SERVICE, key,
                                 f"v1 {generation} {len(parts)} {_digest(token)}")
        except (KeyringError, OSError, RuntimeError) as exc:
            _delete_parts(key, generation, len(parts))
            log.warning("the keychain refused to keep the sign-in for %s (%s); keeping it "
                        "for this session only", key, type(exc).__name__)
        else:
            if old is not None and old[0] != generation:
                _delete_parts(key, old[0], old[1])
            with _lock:
                _session_tokens.pop(key, None)
            return True
    with _lock:
        _session_tokens[key] = token
    return False


def get_refresh_token(account: Account) -> str | None:
    """The kept sign-in, or None (never signed in, signed out, or unreadable)."""
    key = keychain_key(account)
    with _lock:
        cached = _session_tokens.get(key)
    if cached is not None:
        return cached
    if not keychain_available():
        return None
    try:
        manifest = _manifest(key)
        if manifest is None:
            return None
        generation, count, digest = manifest
        parts = []
        for index in range(min(count, MAX_PARTS)):
            part = keyring.get_password(_part_service(generation, index), key)
            if part is None:
                return None
            parts.append(part)
    except (KeyringError, OSError, RuntimeError) as exc:
        log.warning("the keychain could not be read for %s (%s)", key, type(exc).__name__)
        return None
    token = "".join(parts)
    return token if _digest(token) == digest else None


def delete_refresh_token(account: Account) -> None:
    """Sign out: forget the sign-in everywhere (keychain and session)."""
    key = keychain_key(account)
    with _lock:
        _session_tokens.pop(key, None)
    if not keychain_available():
        return
    try:
        manifest = _manifest(key)
        if manifest is not None:
            _delete_parts(key, manifest[0], manifest[1])
        keyring.delete_password(OAUTH_SERVICE, key)
    except PasswordDeleteError:
        pass
    except (KeyringError, OSError, RuntimeError) as exc:
        log.warning("the keychain could not forget the sign-in for %s (%s)", key,
                    type(exc).__name__)
