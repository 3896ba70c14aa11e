"""A submission's state from its emails' (app/outbox/states.combine), practice ones too."""

from __future__ import annotations

from app.model.states import DraftState
from app.model.states import OutboxState as S
from app.outbox.states import combine

T1, T2 = "2026-11-03T10:00:00+07:00", "2026-11-04T09:00:00+07:00"


def test_a_real_send_is_sent_and_counts():
    status = combine([(S.SENT, T1), (S.SENT, T2)])
    assert (status.draft, status.shown, status.sent_at, status.practice) == (
        DraftState.SENT, S.SENT, T2, False)


def test_a_practice_send_leaves_a_draft_that_can_go_for_real():
    status = combine([(S.SENT, T1, True)])
    assert (status.draft, status.shown, status.sent_at, status.in_history, status.practice) \
        == (DraftState.DRAFT, S.SENT, T1, True, True)
    assert combine([(S.QUEUED, None, True)]).draft == DraftState.QUEUED  # being delivered


def test_once_sent_for_real_only_the_real_emails_speak():
    practised = [(S.SENT, T1, True)]
    assert combine(practised + [(S.QUEUED, None, False)]) == combine([(S.QUEUED, None)])
    status = combine(practised + [(S.SENT, T2, False)])
    assert (status.draft, status.sent_at, status.practice) == (DraftState.SENT, T2, False)
    # the real send cancelled: the practice one speaks again (a draft, never counted)
    status = combine(practised + [(S.CANCELLED, None, False)])
    assert (status.draft, status.practice, status.in_history) == (DraftState.DRAFT, True, True)


def test_everything_cancelled_is_a_draft_out_of_the_history():
    status = combine([(S.CANCELLED, None, True), (S.CANCELLED, None)])
    assert (status.draft, status.in_history) == (DraftState.DRAFT, False)
