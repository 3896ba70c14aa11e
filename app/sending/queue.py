"""Commit a prepared submission to the outbox, and the whole queuing for the command line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app import model
from app.document import bundle
from app.model.states import DraftState
from app.outbox.box import Outbox
from app.outbox.items import OutboxItem
from app.sending.prepare import Prepared, prepare
from app.storage.database import Store


@dataclass
class Queued:
    bundle: bundle.Bundle
    items: list[OutboxItem]
    practice: bool
    state: DraftState  # the draft's state now, as the database has it


def commit(store: Store, prepared: Prepared) -> Queued:
    """The short part: the emails' rows, the history and the draft's state in one
    transaction. In the GUI this runs on the ordered database thread."""
    items = Outbox(store).commit(prepared.submission, prepared.staged,
                                 sender=prepared.sender, recipient=prepared.recipient,
                                 practice=prepared.practice, allow_again=prepared.allow_again)
    state = store.draft_state(prepared.submission.id) or DraftState.QUEUED
    return Queued(prepared.bundle, items, prepared.practice, state)


def queue_submission(store: Store, sub: model.Submission, *, allow_again: bool = False,
                     base: Path | None = None) -> Queued:
    """Prepare and commit in one go (the command line; tests). Raises UserError."""
    return commit(store, prepare(store, sub, allow_again=allow_again, base=base))
