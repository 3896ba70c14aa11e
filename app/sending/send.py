"""Send what is due: real emails with the account and password given, practice ones to the
practice mailbox."""

from __future__ import annotations

from collections.abc import Callable

from app import settings
from app.base.i18n import translate
from app.outbox import practice
from app.outbox.box import Outbox, SendReport
from app.outbox.errors import OutboxError
from app.outbox.items import OutboxItem
from app.storage.database import Store

Progress = Callable[[OutboxItem, int, int], None]


def send_due(store: Store, password: str | None, *, progress: Progress | None = None,
             stop: Callable[[], bool] | None = None, chunk_timeout: float = 60.0,
             final_timeout: float = 600.0) -> list[SendReport]:
    """Send every due message. Practice items need no account or password.

    `chunk_timeout` bounds each piece of the upload; `final_timeout` the wait for the
    server's answer once the whole message is up (RFC 5321: ten minutes). Runs on the
    calling thread (the GUI's send thread), which writes the outbox's state changes itself.
    """
    from app.mail import transport  # seam: smtplib and ssl load when a send happens

    account = settings.get(store, settings.ACCOUNT)
    outbox = Outbox(store)

    def send_fn(item: OutboxItem, data: bytes, on_uploaded: Callable[[], None]) -> None:
        if account is None:
            raise OutboxError("no-account", translate(
                "Sending", "No email account is set up: set one up in Settings, or use "
                "practice mode."))
        result = transport.send(
            account, password, item.sender, [item.recipient], data,
            progress=(lambda done, total: progress(item, done, total)) if progress else None,
            on_uploaded=on_uploaded, chunk_timeout=chunk_timeout, final_timeout=final_timeout)
        settings.remember_size_limit(store, account, result.size_limit)

    def practice_fn(item: OutboxItem, data: bytes) -> None:
        practice.deliver(store.data_dir, item.id, item.part, data, outbox.clock())
        if progress:
            progress(item, len(data), len(data))

    return outbox.send_due(send_fn, practice_fn=practice_fn, stop=stop)


def needs_password(store: Store) -> bool:
    """True when due messages will go to a real server (practice ones need none)."""
    return any(not i.practice for i in Outbox(store).due())
