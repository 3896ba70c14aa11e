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
    practice: bool = False  # only practice emails speak for it (it never counts)


Part = tuple[S | str, str | None] | tuple[S | str, str | None, bool]


def combine(parts: Iterable[Part]) -> SubmissionStatus:
    """A submission's status from its emails' (state, sent_at[, practice]), every round.

    A practice send is a rehearsal: it leaves the item a draft (it can be sent for real,
    and it never counts), and once the item is sent for real only the real emails speak
    for it. While every real email is cancelled (or there is none), the practice ones do.
    """
    real: list[tuple[S, str | None]] = []
    rehearsal: list[tuple[S, str | None]] = []
    for part in parts:
        state, sent_at = S(part[0]), part[1]
        (rehearsal if len(part) > 2 and part[2] else real).append((state, sent_at))
    if any(state != S.CANCELLED for state, _ in real) or not rehearsal:
        return _combine_round(real, practice=False)
    return _combine_round(rehearsal, practice=True)


def _combine_round(parts: list[tuple[S, str | None]], *, practice: bool) -> SubmissionStatus:
    live = [(state, sent_at) for state, sent_at in parts if state != S.CANCELLED]
    if not live:
        # Every email of it was cancelled: back to the drafts, out of the history.
        return SubmissionStatus(DraftState.DRAFT, S.CANCELLED, None, False, practice)
    if all(state == S.SENT for state, _ in live):
        if len(live) < len(parts):
            # Part of it went, the rest was cancelled: the board does not have the whole
            # item, so it does not count as sent; it is a draft again, to send again.
            return SubmissionStatus(DraftState.DRAFT, S.CANCELLED, None, True, practice)
        last = max((t for _, t in live if t), default=None)
        # Delivered to the practice mailbox: still a draft, to be sent for real.
        return SubmissionStatus(DraftState.DRAFT if practice else DraftState.SENT, S.SENT,
                                last, True, practice)
    states = {state for state, _ in live}
    shown = next(s for s in _WORST_FIRST if s in states)
    return SubmissionStatus(DraftState.QUEUED, shown, None, True, practice)


def backoff(attempts: int) -> int:
    """Seconds to wait before the next try after `attempts` failed ones."""
    return BACKOFF[min(attempts, len(BACKOFF)) - 1] if attempts > 0 else 0
