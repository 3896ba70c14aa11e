"""Per-platform set-up that must happen before the first use of the keychain.

A frozen (PyInstaller) build may not find keyring's backends through package metadata and
would then fall back to "no keychain". On Windows the keychain is the Credential Manager, so it
is chosen explicitly; elsewhere keyring's own choice stands. Cheap to import: keyring loads
inside the function. No Qt here (this is the core).
"""

from __future__ import annotations

import logging
import os
import sys

log = logging.getLogger(__name__)

# keyring's own override (a backend's dotted name): an explicit choice wins over ours.
KEYRING_OVERRIDE = "PYTHON_KEYRING_BACKEND"


def configure_keyring() -> str | None:
    """Choose the keyring backend for this platform; returns the chosen class name, or None
    when keyring's own choice was left alone."""
    if sys.platform != "win32" or os.environ.get(KEYRING_OVERRIDE):
        return None
    try:
        import keyring
        from keyring.backends.Windows import WinVaultKeyring

        WinVaultKeyring.priority  # noqa: B018 (raises when win32ctypes/pywin32 is missing)
        keyring.set_keyring(WinVaultKeyring())
    except Exception as exc:  # keep keyring's choice; secrets.py then asks at send time
        log.warning("Windows Credential Manager is not usable: %s", exc)
        return None
    return "WinVaultKeyring"
