"""Signing in with the mail provider from the window: the browser step on its own thread.

The sign-in waits up to five minutes for the browser, so it runs on a daemon thread of its
own (not the worker pool, which stays free); the result comes back to the GUI thread through
the services' relay, and keeping the account goes through the ordered writer.
`open_browser` is the system browser (the webbrowser module); tests replace it with one that
follows the authorize URL with urllib.
"""

from __future__ import annotations

import threading
import webbrowser

from PySide6.QtCore import QObject

from app import settings

open_browser = webbrowser.open  # the test hook


class SignInRunner(QObject):
    """One sign-in at a time for a screen; `cancel()` stops waiting for the browser."""

    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        self._attempt = None
        self.busy = False

    def start(self, account, provider, *, done, failed) -> None:
        """Sign `account` in with `provider`; on success keep the account (writer thread),
        then `done(kept_in_keychain)`; a SignInError goes to `failed`."""
        if self.busy:
            return
        self.busy = True
        store = self.services.store
        services = self.services

        def remember(attempt) -> None:
            self._attempt = attempt

        def run() -> None:
            from app.mail import oauth  # seam: oauthlib loads with the first sign-in

            try:
                kept = oauth.sign_in(account, provider, open_browser=lambda url: open_browser(
                    url), attempt=remember)
            except BaseException as exc:  # reported to the GUI, never lost
                services.to_gui(lambda e: self._finish(e, None, failed), exc)
                return
            services.to_gui(lambda _v: services.write(
                settings.put, store, settings.ACCOUNT, account,
                done=lambda _r: self._finish(None, kept, done),
                failed=lambda e: self._finish(e, None, failed)))

        threading.Thread(target=run, name="tinbai-signin", daemon=True).start()

    def _finish(self, exc, kept, callback) -> None:
        self.busy = False
        self._attempt = None
        if exc is not None:
            self.services.deliver_failure(exc, callback)
        else:
            callback(kept)

    def cancel(self) -> None:
        attempt = self._attempt
        if attempt is not None:
            attempt.cancel()
