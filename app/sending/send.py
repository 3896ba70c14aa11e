"""Send what is due: real emails with the account's password or its sign-in with the
provider, practice ones to the practice mailbox; items that turn out too large for the
server are divided again and sent (app/sending/replan.py)."""

from __future__ import annotations

from collections.abc import Callable

from app import settings
from app.base.i18n import translate
from app.mail.accounts import Account
from app.mail.errors import SendError
from app.outbox import practice
from app.outbox.box import Outbox, SendReport
from app.outbox.errors import OutboxError
from app.outbox.items import OutboxItem
from app.sending import replan
from app.storage.database import Store

Progress = Callable[[OutboxItem, int, int], None]


def credential_for(store: Store, account: Account, password: str | None):
    """What the account logs in with: its sign-in with the provider (a renewing bearer
    token) when it signed in that way, else the password given."""
    if not account.oauth:
        return password
    from app.mail import oauth  # seam: oauthlib loads when a signed-in account sends

    provider = settings.providers_in_force(store).provider_of(account.preset, account.host)
    return oauth.OAuthLogin(account, provider)


def send_due(store: Store, password: str | None, *, progress: Progress | None = None,
             stop: Callable[[], bool] | None = None, chunk_timeout: float = 60.0,
             final_timeout: float = 600.0) -> list[SendReport]:
    """Send every due message. Practice items need no account or password; a signed-in
    account needs no password either.

    `chunk_timeout` bounds each piece of the upload; `final_timeout` the wait for the
    server's answer once the whole message is up (RFC 5321: ten minutes). Runs on the
    calling thread (the GUI's send thread), which writes the outbox's state changes itself.
    """
    from app.mail import transport  # seam: smtplib and ssl load when a send happens

    account = settings.get(store, settings.ACCOUNT)
    outbox = Outbox(store)
    credential = credential_for(store, account, password) if account is not None else None

    def send_fn(item: OutboxItem, data: bytes, on_uploaded: Callable[[], None]) -> None:
        if account is None:
            raise OutboxError("no-account", translate(
                "Sending", "No email account is set up: set one up in Settings, or use "
                "practice mode."))
        try:
            result = transport.send(
                account, credential, item.sender, [item.recipient], data,
                progress=(lambda done, total: progress(item, done, total)) if progress else None,
                on_uploaded=on_uploaded, chunk_timeout=chunk_timeout,
                final_timeout=final_timeout)
        except SendError as err:
            settings.learn_from_failure(store, account, err, len(data))  # what it said
            raise
        settings.remember_size_limit(store, account, result.size_limit)

    def practice_fn(item: OutboxItem, data: bytes) -> None:
        practice.deliver(store.data_dir, item.id, item.part, data, outbox.clock())
        if progress:
            progress(item, len(data), len(data))

    def replan_fn(item: OutboxItem) -> bool:
        if account is None:
            return False
        limit = settings.size_limit(store, account)
        if not replan.needs_rebuild(item, limit):
            return False
        replan.replan(store, item, limit)
        return True

    return outbox.send_due(send_fn, practice_fn=practice_fn, stop=stop, replan_fn=replan_fn)


def needs_password(store: Store) -> bool:
    """True when due messages will go to a real server that logs in with a password
    (practice ones need none, nor does an account signed in with its provider)."""
    account = settings.get(store, settings.ACCOUNT)
    if account is not None and account.oauth:
        return False
    return any(not i.practice for i in Outbox(store).due())
