"""An email of the outbox as read from the database, and its state in plain words."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from app.base.i18n import translate
from app.mail.errors import SendError
from app.model.states import OutboxState
from app.model.states import OutboxState as S


@dataclass
class OutboxItem:
    id: str
    submission_id: str
    part: int
    parts: int
    message_id: str
    subject: str
    sender: str
    recipient: str
    file: str
    size: int
    sha256: str
    state: OutboxState
    practice: bool
    attempts: int
    next_attempt_at: float | None
    error: dict | None
    created_at: str
    sent_at: str | None
    updated_at: str
    round: int = 1  # the how-manieth time this submission was queued

    @classmethod
    def from_row(cls, row) -> OutboxItem:
        (id_, sid, part, parts, mid, subject, sender, recipient, file, size, sha, state,
         practice, attempts, next_at, error, created, sent, updated, round_) = row
        return cls(id_, sid, part, parts, mid, subject, sender, recipient, file, size, sha,
                   OutboxState(state), bool(practice), attempts, next_at,
                   json.loads(error) if error else None, created, sent, updated, round_)

    def to_dict(self) -> dict:
        out = {k: getattr(self, k) for k in (
            "id", "submission_id", "part", "parts", "message_id", "subject", "recipient",
            "size", "state", "practice", "attempts", "next_attempt_at", "created_at",
            "sent_at")}
        out["state_text"] = state_text(self)
        if self.error:
            out["error"] = {k: self.error.get(k) for k in ("kind", "smtp_code")}
            out["error"]["message"] = error_text(self)
        return out


def state_text(item: OutboxItem, now: float | None = None) -> str:
    """The state in plain words."""
    s = item.state
    if s == S.QUEUED:
        return translate("Outbox", "Waiting to be sent")
    if s in (S.SENDING, S.UPLOADED):
        return translate("Outbox", "Sending…")
    if s == S.SENT:
        if item.practice:
            return translate("Outbox", "Delivered to the practice mailbox")
        return translate("Outbox", "Sent")
    if s == S.RETRYING:
        if item.next_attempt_at is None:
            return translate("Outbox", "Will be tried again")
        wait = max(0, int(item.next_attempt_at - (now or time.time())))
        if wait < 60:
            return translate("Outbox", "Will be tried again in a moment")
        return translate("Outbox", "Will be tried again in {minutes} min").format(
            minutes=(wait + 59) // 60)
    if s == S.ATTENTION:
        return translate("Outbox", "Needs your attention")
    if s == S.UNKNOWN:
        return translate("Outbox", "Not sure it arrived: check your Sent folder")
    if s == S.CANCELLED:
        return translate("Outbox", "Cancelled")
    return s


def error_text(item: OutboxItem) -> str:
    """The stored failure in the current language (message and advice)."""
    if not item.error:
        return ""
    if item.error.get("kind") == "local":
        return str(item.error.get("message") or "")
    try:
        return SendError.from_dict(item.error).text
    except (KeyError, TypeError, ValueError):  # stored by an older version: its own words
        return str(item.error.get("message") or "")
