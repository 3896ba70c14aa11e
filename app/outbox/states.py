"""What an email's state means, and what a submission's state follows from its emails'.

States of one email (DESIGN.md §5):
- `queued`: waiting to be sent;
- `sending`: an attempt is uploading it; a process killed now leaves it `sending`, which
  recovery turns back into `queued` (the upload had not finished, the server has nothing);
- `uploaded`: the whole message went out and the final reply has not come; a process killed
  now leaves it `uploaded`, which recovery turns into `unknown`;
- `sent`: the server accepted it;
- `retrying`: a temporary failure (offline, 4xx, timeout before the end of the upload); tried
  again at `next_attempt_at`, with backoff;
- `attention`: a failure only the user can solve (password, certificate, refusal);
- `unknown`: the connection broke after the upload: the server may have it, so it is never
  retried automatically; the user checks the Sent folder and chooses "it arrived" or "send
  again";
- `cancelled`.

`combine` is the only place that decides what a submission is from its emails: the drafts
table, the history and the screens all use it. Pure: no database, no files.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.model.states import DraftState
from app.model.states import OutboxState as S

OPEN_STATES = (S.QUEUED, S.SENDING, S.UPLOADED, S.RETRYING, S.ATTENTION, S.UNKNOWN)
DUE_STATES = (S.QUEUED, S.RETRYING)
# The order in which a part's state speaks for the whole submission (the worst first).
_WORST_FIRST = (S.UNKNOWN, S.ATTENTION, S.SENDING, S.UPLOADED, S.RETRYING, S.QUEUED)
BACKOFF = (30, 120, 600, 1800, 3600)  # seconds after the 1st, 2nd, ... failure; then hourly


@dataclass(frozen=True)
class SubmissionStatus:
    draft: DraftState  # what the submission's row in `drafts` is
    shown: S  # the one state that speaks for it on screen (history, CLI)
    sent_at: str | None  # when its last email was accepted, if every one was
    in_history: bool  # False once every email of it was cancelled


def combine(parts: Iterable[tuple[S | str, str | None]]) -> SubmissionStatus:
    """A submission's status from its emails' (state, sent_at), every round of sending."""
    parts = [(S(state), sent_at) for state, sent_at in parts]
    live = [(state, sent_at) for state, sent_at in parts if state != S.CANCELLED]
    if not live:
        # Every email of it was cancelled: back to the drafts, out of the history.
        return SubmissionStatus(DraftState.DRAFT, S.CANCELLED, None, False)
    if all(state == S.SENT for state, _ in live):
        if len(live) < len(parts):
            # Part of it went, the rest was cancelled: the board does not have the whole
            # item, so it does not count as sent; it is a draft again, to send again.
            return SubmissionStatus(DraftState.DRAFT, S.CANCELLED, None, True)
        last = max((t for _, t in live if t), default=None)
        return SubmissionStatus(DraftState.SENT, S.SENT, last, True)
    states = {state for state, _ in live}
    shown = next(s for s in _WORST_FIRST if s in states)
    return SubmissionStatus(DraftState.QUEUED, shown, None, True)


def backoff(attempts: int) -> int:
    """Seconds to wait before the next try after `attempts` failed ones."""
    return BACKOFF[min(attempts, len(BACKOFF)) - 1] if attempts > 0 else 0
