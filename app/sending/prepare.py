"""Prepare a submission for the outbox: pure work on a snapshot, no database write.

The caller gives its own copy of the draft (`prepare` changes it: the photos' verdicts, the
bundle path); what is prepared is committed by app/sending/queue.py (a commit that fails
removes the emails it was given).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app import model, settings
from app.base.errors import UserError
from app.document import bundle
from app.document.messages import build_messages
from app.model import validation
from app.outbox.box import Outbox, Staged
from app.storage.database import Store

PRACTICE_SENDER = "thuc-hanh@tinbai.local"


class SubmissionError(UserError):
    """The item is not complete: `problems` lists what blocks it (validation's words)."""

    def __init__(self, problems: list[dict]):
        super().__init__("invalid", "\n".join(p["message"] for p in problems))
        self.problems = problems


@dataclass
class Prepared:
    submission: model.Submission  # the snapshot, with its verdicts and bundle path
    bundle: bundle.Bundle
    staged: list[Staged]
    sender: str
    recipient: str
    practice: bool
    allow_again: bool


def check_unchecked(store: Store, sub: model.Submission) -> None:
    """Give every photo that has no originality verdict yet its verdict (stored copy)."""
    todo = [p for p in sub.photos if not p.check]
    if not todo:
        return
    from app.photocheck import check_photos  # seam: the checker loads on first use

    reports = check_photos([store.photo_path(p) for p in todo],
                           original_names=[p.original_name for p in todo],
                           trust_pem=settings.trust_list_in_force(store))
    for photo, report in zip(todo, reports):
        photo.check = report.to_check(photo.sha256)


def check_ready(store: Store, sub: model.Submission) -> None:
    """Normalise, give every photo its verdict, and refuse an incomplete item."""
    validation.normalise(sub)
    check_unchecked(store, sub)  # no photo leaves without its verdict
    errors = validation.errors(validation.validate(sub))
    if errors:
        raise SubmissionError([p.to_dict() for p in errors])


def prepare(store: Store, sub: model.Submission, *, allow_again: bool = False,
            base: Path | None = None) -> Prepared:
    """Validate, bundle and build the emails of `sub` (a snapshot the caller gives away).

    Raises SubmissionError, BundleError, MessageError or OutboxError (all UserError)."""
    check_ready(store, sub)
    outbox = Outbox(store)
    account = settings.get(store, settings.ACCOUNT)
    practice = settings.practice_mode(store)
    if not allow_again:  # fail early; the commit checks again, in its transaction
        outbox.ensure_new(sub.id, practice=practice)
    built = bundle.build(store, sub, base or settings.get(store, settings.BUNDLE_BASE))
    sub.bundle_path = str(built.path)
    sender_name = (account.display_name if account else "") or sub.author
    sender_addr = account.from_addr if account else PRACTICE_SENDER
    recipient = settings.editorial_address(store)
    messages = build_messages(sub, built.path, built.manifest, sender_name=sender_name,
                              sender_addr=sender_addr, to_addr=recipient,
                              size_limit=settings.size_limit(store, account))
    staged = outbox.stage(messages)
    return Prepared(sub, built, staged, sender_addr, recipient, practice, allow_again)
