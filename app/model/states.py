"""The vocabularies: every state and verdict the program stores, as string enums.

The values are what the database, the JSON files and the CLI's output have always held, so
`DraftState("queued")` reads an old row and `json.dumps` writes the plain string.
"""

from __future__ import annotations

from enum import StrEnum


class DraftState(StrEnum):
    """A submission's place in its life; kept only in the `drafts.state` column."""

    DRAFT = "draft"  # being written; the editor may change it
    QUEUED = "queued"  # its emails are in the outbox (waiting, sending, or a problem)
    SENT = "sent"  # every email of it was accepted by the mail server (a practice send
    # leaves it a draft: it can still be sent for real)


class OutboxState(StrEnum):
    """One email in the outbox (see app/outbox/states.py for what each means)."""

    QUEUED = "queued"
    SENDING = "sending"
    UPLOADED = "uploaded"
    SENT = "sent"
    RETRYING = "retrying"
    ATTENTION = "attention"
    UNKNOWN = "unknown"
    CANCELLED = "cancelled"


class Verdict(StrEnum):
    """The photo check's judgement; also the severity of each of its reasons."""

    OK = "ok"
    REVIEW = "review"
    REJECT = "reject"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _VERDICT_RANK[self]


_VERDICT_RANK = {Verdict.OK: 0, Verdict.REVIEW: 1, Verdict.REJECT: 2, Verdict.ERROR: 3}


class Severity(StrEnum):
    """How much a validation problem weighs: an error blocks, a warning informs."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
