"""What can go wrong in the outbox itself (the mail server's failures are app/mail/errors.py)."""

from __future__ import annotations

from app.base.errors import UserError


class OutboxError(UserError):
    """The outbox refused or could not do what was asked."""


class SendCancelled(Exception):  # noqa: N818 (not an error: a request to stop)
    """Raised from a progress callback to stop an upload (TinBài is closing)."""
