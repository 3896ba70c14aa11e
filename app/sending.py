"""From a finished draft to the outbox, and from the outbox to the server (both faces use it).

`queue_submission` validates, builds the bundle, builds the messages under the right size
limit and queues them; `send_due` sends what is due with the account and password given.
Practice mode (no account yet, or chosen in Settings) delivers to the local mailbox instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app import model, settings
from app.base.i18n import translate
from app.document import bundle
from app.mail.accounts import Account
from app.model import validation
from app.outbox import Outbox, OutboxError, OutboxItem, SendReport
from app.storage.database import Store

ACCOUNT = "account"
PRACTICE_MODE = "practice_mode"
SERVER_SIZE = "server_size_limits"  # {"host:port": SIZE the server advertised}


class SubmissionError(Exception):
    def __init__(self, problems: list[dict], message: str = ""):
        super().__init__(message or "; ".join(p["message"] for p in problems))
        self.problems = problems


@dataclass
class Queued:
    bundle: bundle.Bundle
    items: list[OutboxItem]
    practice: bool


def get_account(store: Store) -> Account | None:
    data = store.get_setting(ACCOUNT)
    return Account.from_dict(data) if data else None


def set_account(store: Store, account: Account) -> None:
    store.set_setting(ACCOUNT, account.to_dict())


def practice_mode(store: Store) -> bool:
    """Practice when chosen, or while no account exists (training days need none)."""
    return bool(store.get_setting(PRACTICE_MODE, False)) or get_account(store) is None


def size_limit(store: Store, account: Account | None) -> int | None:
    if account is None:
        return None
    learned = (store.get_setting(SERVER_SIZE) or {}).get(f"{account.host}:{account.port}")
    return learned or account.size_limit


def remember_size_limit(store: Store, account: Account, advertised: int | None) -> None:
    if not advertised:
        return
    known = store.get_setting(SERVER_SIZE) or {}
    key = f"{account.host}:{account.port}"
    if known.get(key) != advertised:
        known[key] = advertised
        store.set_setting(SERVER_SIZE, known)


def check_unchecked(store: Store, sub: model.Submission) -> None:
    """Give every photo that has no originality verdict yet its verdict (stored copy)."""
    todo = [p for p in sub.photos if not p.check]
    if not todo:
        return
    from app.photocheck import check_photos

    reports = check_photos([store.photo_path(p) for p in todo],
                           original_names=[p.original_name for p in todo])
    for photo, report in zip(todo, reports):
        photo.check = {**report.to_record(), "sha256": photo.sha256}


def queue_submission(store: Store, sub: model.Submission, *, allow_again: bool = False,
                     base: Path | None = None) -> Queued:
    """Validate, bundle, build the messages, queue them. Raises SubmissionError,
    bundle.BundleError, MessageError or OutboxError with a message for the user."""
    from app.document.messages import build_messages

    validation.normalise(sub)
    check_unchecked(store, sub)  # no photo leaves without its verdict
    errors = validation.errors(validation.validate(sub))
    if errors:
        raise SubmissionError([p.to_dict() for p in errors])
    outbox = Outbox(store)
    if not allow_again:
        outbox.ensure_new(sub.id)
    account = get_account(store)
    practice = practice_mode(store)
    built = bundle.build(store, sub, base or settings.bundle_base(store))
    sub.bundle_path = str(built.path)
    store.save_draft(sub, touch=False)
    sender_name = (account.display_name if account else "") or sub.author
    sender_addr = account.from_addr if account else "thuc-hanh@tinbai.local"
    recipient = settings.editorial_address(store)
    messages = build_messages(sub, built.path, built.manifest, sender_name=sender_name,
                              sender_addr=sender_addr, to_addr=recipient,
                              size_limit=size_limit(store, account))
    items = outbox.queue(sub, messages, sender=sender_addr, recipient=recipient,
                         practice=practice, allow_again=allow_again)
    return Queued(built, items, practice)


Progress = Callable[[OutboxItem, int, int], None]


def send_due(store: Store, password: str | None, *, progress: Progress | None = None,
             stop: Callable[[], bool] | None = None, chunk_timeout: float = 60.0,
             final_timeout: float = 600.0) -> list[SendReport]:
    """Send every due message. Practice items need no account or password.

    `chunk_timeout` bounds each piece of the upload; `final_timeout` the wait for the
    server's answer once the whole message is up (RFC 5321: ten minutes)."""
    from app.mail import transport

    account = get_account(store)
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
        remember_size_limit(store, account, result.size_limit)

    def practice_fn(item: OutboxItem, data: bytes) -> None:
        outbox.deliver_to_practice(item, data)
        if progress:
            progress(item, len(data), len(data))

    return outbox.send_due(send_fn, practice_fn=practice_fn, stop=stop)


def needs_password(store: Store) -> bool:
    """True when due messages will go to a real server (practice ones need none)."""
    return any(not i.practice for i in Outbox(store).due())
