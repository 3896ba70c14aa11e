"""Practice first, then for real: nothing is wasted, nothing counts twice (core and CLI)."""

from __future__ import annotations

from datetime import date

from app import model, obligations, settings
from app.cli.main import main
from app.model.states import DraftState
from app.outbox import history
from app.outbox.box import Outbox
from app.sending.queue import queue_submission
from app.sending.send import send_due
from tests.mail.test_cli_mail import cli, new_draft
from tests.mail.test_outbox import draft, store, use_server  # noqa: F401 (fixture)


def test_practice_then_real_counts_once(store, tmp_path, make_server):  # noqa: F811
    settings.put(store, settings.UNIT, model.Unit("Công đoàn cơ sở Phòng A", "co-so"))
    sub = draft(store, tmp_path)
    assert queue_submission(store, store.load_draft(sub.id)).practice  # no account yet
    (report,) = send_due(store, None)
    assert report.ok
    assert store.draft_state(sub.id) == DraftState.DRAFT  # still the officer's draft
    assert Outbox(store).practised().keys() == {sub.id}
    today = date.today()
    assert obligations.status(store, today).sent == 0  # practice never counts

    server = make_server("starttls")
    use_server(store, server)
    queued = queue_submission(store, store.load_draft(sub.id))  # no "already sent"
    assert not queued.practice
    assert all(r.ok for r in send_due(store, server.password))
    assert len(server.messages) == 1
    assert store.draft_state(sub.id) == DraftState.SENT
    (entry,) = history.entries(store)
    assert entry["state"] == "sent" and not entry["practice"]
    assert [i.submission_id for i in obligations.sent_items(store)] == [sub.id]
    assert obligations.status(store, today).sent == 1
    assert Outbox(store).practised() == {}


def test_cancelling_the_real_send_brings_back_the_practice_state(store, tmp_path,  # noqa: F811
                                                                  make_server):
    sub = draft(store, tmp_path)
    queue_submission(store, store.load_draft(sub.id))
    send_due(store, None)
    server = make_server("starttls")
    use_server(store, server)
    queued = queue_submission(store, store.load_draft(sub.id))
    box = Outbox(store)
    assert all(box.cancel(i.id) for i in queued.items)
    (entry,) = history.entries(store)
    assert entry["practice"] and entry["state"] == "sent"
    assert obligations.sent_items(store)[0].practice  # it does not count
    assert store.draft_state(sub.id) == DraftState.DRAFT


def test_cli_queue_accepts_a_draft_sent_only_in_practice(tmp_path, capsys, make_server,
                                                         memory_keyring, monkeypatch):
    data = str(tmp_path / "data")
    draft_id = new_draft(tmp_path, capsys, data)
    rc, out = cli(capsys, "queue", draft_id, "--data-dir", data)
    assert rc == 0 and out["practice"] is True
    assert main(["outbox", "send", "--data-dir", data]) == 0
    capsys.readouterr()
    server = make_server("starttls")
    rc, out = cli(capsys, "account", "set", "--host", server.host, "--port", str(server.port),
                  "--security", "starttls", "--user", server.user, "--cafile",
                  str(server.cafile), "--password-stdin", "--data-dir", data,
                  stdin=server.password + "\n", monkeypatch=monkeypatch)
    assert rc == 0
    rc, out = cli(capsys, "queue", draft_id, "--data-dir", data)
    assert rc == 0 and out["practice"] is False, out
    rc, out = cli(capsys, "queue", draft_id, "--data-dir", data)  # twice for real: asked
    assert rc == 2 and out[0]["code"] == "already"
