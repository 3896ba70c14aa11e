"""A marker that TinBài is running, for the installer (Windows only).

The GUI holds a named mutex for the life of the process; the installer and the uninstaller
open it by name (kernel32 OpenMutexW) to tell the user to close TinBài before files are
replaced. The name lives in the session's namespace, so another user's TinBài does not count.
Keep MUTEX_NAME in step with installer/tinbai.nsi. No Qt needed.
"""

from __future__ import annotations

import sys

MUTEX_NAME = "TinBaiRunning"

_handle: int | None = None  # kept until the process ends; Windows closes it then


def hold_running_marker() -> bool:
    """Create (or join) the named mutex and keep it; True if held. A no-op off Windows."""
    global _handle
    if sys.platform != "win32":
        return False
    if _handle:
        return True
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    create = kernel32.CreateMutexW
    create.argtypes = [wintypes.LPVOID, wintypes.BOOL, wintypes.LPCWSTR]
    create.restype = wintypes.HANDLE
    # Not owned (bInitialOwner False): existence is the signal, nobody waits on it. A second
    # TinBài gets a handle to the same mutex (ERROR_ALREADY_EXISTS), which is fine.
    handle = create(None, False, MUTEX_NAME)
    if not handle:
        return False
    _handle = handle
    return True

