"""The outbox against real SMTP servers: delivery, splitting, failures, kills, exactly once."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from email import message_from_bytes, policy

import pytest

from app import settings
from app.document import messages as message
from app.outbox import history, practice
from app.outbox.box import Outbox
from app.outbox.errors import OutboxError
from app.outbox.items import error_text
from app.sending.queue import queue_submission
from app.sending.send import send_due
from app.storage.database import Store
from app.storage.photos import import_photo
from tests.conftest import REPO
from tests.helpers import complete_submission, make_jpeg
from tests.mail import smtpserver as S
from tests.photos import phone_folder

BIGGER_THAN_BUFFERS = 24_000_000  # loopback buffers can grow to several MB each way
CAPTIONS = ["Đồng chí Nông Văn B trao quà cho đoàn viên Phạm Thị X",
            "Các đoàn viên chụp ảnh lưu niệm tại hội trường",
            "Toàn cảnh buổi trao quà tại Phòng A"]


def wait_for(condition, timeout=15.0):
    """Poll a condition until it holds (what qtbot.waitUntil does, without Qt)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "data")
    settings.put(s, settings.BUNDLE_BASE, str(tmp_path / "out"))
    return s


def use_server(store, server, heard=True, **overrides):
    account = server.account(**overrides)
    settings.put(store, settings.ACCOUNT, account)
    if heard:  # as after a connection test: the server said it advertises no SIZE
        settings.remember_size_limit(store, account, server.size_limit)


def draft(store, tmp_path, photos=None, title=None):
    if photos is None:
        photos = [make_jpeg(tmp_path / f"p{i}-{time.monotonic_ns()}.jpg",
                            color=(i * 60, 20, 90)) for i in range(2)]
    records = [import_photo(store, p, CAPTIONS[i % 3]) for i, p in enumerate(photos)]
    for r in records:  # made by Pillow, not a camera: the checker says so, the officer explains
        r.explanation = "Ảnh dựng cho kiểm thử, không phải ảnh chụp."
    sub = complete_submission(records)
    if title:
        sub.title = title
    store.save_draft(sub)
    return sub


def states(store):
    return [i.state for i in Outbox(store).items()]


def test_three_real_photos_arrive_byte_identical_with_every_field(store, tmp_path,
                                                                  make_server):
    srcs = phone_folder(tmp_path / "phone")
    server = make_server("starttls")
    use_server(store, server)
    sub = draft(store, tmp_path, srcs)
    queued = queue_submission(store, sub)
    assert not queued.practice and len(queued.items) == 1
    reports = send_due(store, server.password)
    assert [r.ok for r in reports] == [True]
    assert states(store) == ["sent"]
    (got,) = server.messages
    assert got.tls and got.rcpt_tos == ("congdoanbk@gmail.com",)
    summary = message.parse_summary(got.data)
    assert summary["subject"] == f"Tin bài: {sub.title} — {sub.unit}"
    assert summary["from"] == f"Nguyễn Thị Hoa <{server.user}>"
    for text in (sub.title, sub.author, sub.unit, "0983 123 456", "0123456789", "NONG VAN K",
                 *CAPTIONS, "Nông Văn B"):
        assert text in summary["text"], text
    photos = [a for a in summary["attachments"] if a["type"].startswith("image/")]
    assert [a["sha256"] for a in photos] == [hashlib.sha256(p.read_bytes()).hexdigest()
                                             for p in srcs]
    manifest = message.manifest_from(got.data)
    assert manifest["submission_id"] == sub.id
    entries = history.entries(store)
    assert entries[0]["state"] == "sent" and entries[0]["sent_at"]
    assert store.draft_state(sub.id) == "sent"


def test_splitting_under_a_small_server_size(store, tmp_path, make_server):
    server = make_server("tls", size_limit=300_000)
    use_server(store, server)
    settings.remember_size_limit(store, server.account(), 300_000)  # learnt by "test"
    photos = []
    for i in range(4):
        p = make_jpeg(tmp_path / f"big{i}.jpg", size=(600, 400), color=(i * 50, 0, 0))
        p.write_bytes(p.read_bytes() + os.urandom(110_000))
        photos.append(p)
    sub = draft(store, tmp_path, photos)
    queued = queue_submission(store, sub)
    n = len(queued.items)
    assert n >= 2 and all(i.size <= 300_000 for i in queued.items)
    assert all(r.ok for r in send_due(store, server.password))
    got = sorted(server.messages, key=lambda m: message.parse_summary(m.data)["part"])
    assert len(got) == n
    sent = [a["sha256"] for m in got for a in message.parse_summary(m.data)["attachments"]
            if a["type"].startswith("image/")]
    assert sent == [hashlib.sha256(p.read_bytes()).hexdigest() for p in photos]
    assert {message.parse_summary(m.data)["subject"].rsplit(" (", 1)[1] for m in got} == \
        {f"phần {k}/{n})" for k in range(1, n + 1)}


@pytest.mark.parametrize("case", ["wrong-password", "unknown-ca", "no-starttls", "552"])
def test_problems_only_the_user_can_solve_wait_with_a_plain_explanation(
        store, tmp_path, make_server, case):
    server = make_server("plain" if case == "no-starttls" else "starttls",
                         faults=[S.DATA_552] if case == "552" else ())
    use_server(store, server, **({"cafile": str(server.pki.other_cafile)}
                                 if case == "unknown-ca" else {}))
    queue_submission(store, draft(store, tmp_path))
    password = "sai mật khẩu" if case == "wrong-password" else server.password
    (report,) = send_due(store, password)
    assert not report.ok and report.item.state == "attention"
    text = error_text(report.item)
    assert text and "SMTP" not in text.split(".")[0]  # plain words first
    assert server.messages == []
    if case in ("unknown-ca", "no-starttls"):
        assert server.auth_lines == 0  # the password never left
    assert send_due(store, server.password) == []  # not retried by itself


@pytest.mark.parametrize("fault", [S.CONNECT_421, S.DATA_451, S.DROP_BEFORE_DATA])
def test_temporary_failures_retry_with_backoff_then_deliver(store, tmp_path, make_server,
                                                            fault):
    server = make_server("starttls", faults=[(fault, 1)])
    use_server(store, server)
    queue_submission(store, draft(store, tmp_path))
    (report,) = send_due(store, server.password)
    assert not report.ok and report.item.state == "retrying"
    assert report.item.next_attempt_at > time.time() + 10
    assert send_due(store, server.password) == []  # not due yet
    box = Outbox(store, clock=lambda: time.time() + 3600)
    assert [i.id for i in box.due()] == [report.item.id]
    Outbox(store).retry_now(report.item.id)
    assert [r.ok for r in send_due(store, server.password)] == [True]
    assert len(server.messages) == 1


def test_connection_lost_after_upload_is_unknown_and_never_retried_alone(store, tmp_path,
                                                                         make_server):
    server = make_server("starttls", faults=[(S.DROP_AFTER_UPLOAD, 1)])
    use_server(store, server)
    queue_submission(store, draft(store, tmp_path))
    (report,) = send_due(store, server.password)
    assert report.item.state == "unknown"
    assert len(server.dropped_after_upload) == 1  # the server did get the bytes
    assert send_due(store, server.password) == []
    assert Outbox(store, clock=lambda: time.time() + 86400).due() == []
    # The user looks in the Sent folder and decides.
    assert Outbox(store).mark_arrived(report.item.id)
    assert states(store) == ["sent"]


def test_send_again_after_unknown_sends_the_same_bytes(store, tmp_path, make_server):
    server = make_server("starttls", faults=[(S.DROP_AFTER_UPLOAD, 1)],
                         deliver_before_drop=False)
    use_server(store, server)
    queue_submission(store, draft(store, tmp_path))
    (first,) = send_due(store, server.password)
    assert first.item.state == "unknown"
    assert Outbox(store).send_again(first.item.id)
    (second,) = send_due(store, server.password)
    assert second.ok
    (got,) = server.messages
    stored = Outbox(store).message_bytes(second.item)
    assert got.data == stored  # the very bytes built when it was queued (same Message-ID)


def test_a_server_slower_than_the_chunk_timeout(store, tmp_path, make_server):
    server = make_server("starttls", faults=[(S.STALL_UPLOAD, 1)], stall_seconds=30)
    use_server(store, server, size_limit=64_000_000)
    photo = make_jpeg(tmp_path / "big.jpg")
    # more than the kernel's socket buffers on both sides can swallow
    photo.write_bytes(photo.read_bytes() + os.urandom(BIGGER_THAN_BUFFERS))
    queue_submission(store, draft(store, tmp_path, [photo]))
    (report,) = send_due(store, server.password, chunk_timeout=0.5, final_timeout=5)
    server.release()
    assert not report.ok and report.item.state == "retrying"
    assert report.error.kind == "timeout"


def test_the_same_item_is_not_queued_twice_without_asking(store, tmp_path, make_server):
    server = make_server("starttls")
    use_server(store, server)
    sub = draft(store, tmp_path)
    queue_submission(store, sub)
    with pytest.raises(OutboxError) as err:
        queue_submission(store, store.load_draft(sub.id))
    assert err.value.code == "already"
    again = queue_submission(store, store.load_draft(sub.id), allow_again=True)
    assert len(again.items) == 1


def test_practice_mode_delivers_the_same_bytes_locally(store, tmp_path):
    sub = draft(store, tmp_path)
    queued = queue_submission(store, sub)  # no account: practice
    assert queued.practice
    (report,) = send_due(store, None)
    assert report.ok
    box = Outbox(store)
    (path,) = practice.messages(store.data_dir)
    assert path.read_bytes() == box.message_bytes(report.item)
    assert practice.index(store.data_dir)[0]["subject"].startswith("Tin bài: ")
    from app import obligations

    assert obligations.sent_items(store)[0].practice  # never counts toward a quota


def run_child(store, server):
    child = subprocess.Popen(
        [sys.executable, str(REPO / "tests" / "mail" / "send_child.py"), str(store.data_dir)],
        stdin=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=str(REPO)), cwd=REPO)
    child.stdin.write(server.password + "\n")
    child.stdin.flush()
    return child


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_during_the_upload_goes_back_to_queued(store, tmp_path, make_server):
    server = make_server("starttls", faults=[(S.STALL_UPLOAD, 1)], stall_seconds=60)
    use_server(store, server, size_limit=64_000_000)
    photo = make_jpeg(tmp_path / "big.jpg")
    photo.write_bytes(photo.read_bytes() + os.urandom(BIGGER_THAN_BUFFERS))
    queue_submission(store, draft(store, tmp_path, [photo]))
    child = run_child(store, server)
    assert wait_for(lambda: "DATA" in server.verbs())
    assert states(store) == ["sending"]
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdin.close()
    server.release()
    assert Store(store.data_dir).integrity_ok()
    (report,) = send_due(store, server.password)  # recovers, then sends
    assert report.ok and states(store) == ["sent"]
    assert len(server.messages) == 1


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_after_the_upload_is_unknown(store, tmp_path, make_server):
    server = make_server("starttls", faults=[(S.DELAY_FINAL, 1)], delay_seconds=60)
    use_server(store, server)
    queue_submission(store, draft(store, tmp_path))
    child = run_child(store, server)
    assert wait_for(lambda: states(store) == ["uploaded"])
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdin.close()
    server.release()
    assert send_due(store, server.password) == []  # recovered: not sent again
    assert states(store) == ["unknown"]


def test_twenty_items_through_a_flaky_server_arrive_exactly_once(store, tmp_path, make_server):
    server = make_server("starttls", random_rate=0.45, seed=20261128)
    use_server(store, server)
    subs = [draft(store, tmp_path, title=f"Tin số {i}: hội nghị người lao động")
            for i in range(20)]
    for sub in subs:
        queue_submission(store, sub)
    box = Outbox(store)
    for _round in range(60):
        for item in box.items(states=("unknown",)):
            # The officer looks in the Sent folder: here, the server's own record.
            if any(m.data == box.message_bytes(item) for m in server.messages):
                box.mark_arrived(item.id)
            else:
                box.send_again(item.id)
        for item in box.items(states=("retrying",)):
            box.retry_now(item.id)  # the clock moves on
        send_due(store, server.password)
        if set(states(store)) == {"sent"}:
            break
    assert set(states(store)) == {"sent"}
    assert server.plan.fired  # faults did happen
    ids = [message_from_bytes(m.data, policy=policy.default)["X-TinBai-Submission"]
           for m in server.messages]
    assert sorted(ids) == sorted(s.id for s in subs)  # each once, none lost, none twice


def test_the_password_is_nowhere_on_disk_or_in_logs(store, tmp_path, make_server, caplog,
                                                    memory_keyring):
    import logging

    caplog.set_level(logging.DEBUG)
    server = make_server("starttls", faults=[(S.ECHO_AUTH, 1)])
    account = server.account()
    use_server(store, server)
    from app.mail import secrets

    secrets.store_password(account, server.password)
    queue_submission(store, draft(store, tmp_path))
    send_due(store, "wrong " + server.password)  # fails; the server echoes it back
    send_due(store, secrets.get_password(account))
    box = Outbox(store)
    for item in box.items(states=("attention",)):
        box.retry_now(item.id)
    send_due(store, secrets.get_password(account))
    assert states(store) == ["sent"]
    needles = [server.password.encode(), server.password.encode("utf-16-le")]
    import base64

    needles.append(base64.b64encode(f"\0{server.user}\0{server.password}".encode()))
    for path in store.data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not any(n in data for n in needles), path
    ours = "\n".join(r.getMessage() for r in caplog.records
                     if not r.name.startswith("mail.log"))  # not the test server's own log
    assert "535" in ours and server.password not in ours
    assert server.password not in json.dumps([i.to_dict() for i in box.items()],
                                             ensure_ascii=False)


def test_cancelling_every_email_returns_the_item_to_the_drafts(store, tmp_path):
    sub = draft(store, tmp_path)
    (item,) = queue_submission(store, sub).items
    assert store.list_drafts() == []  # queued: not a draft any more
    box = Outbox(store)
    assert box.cancel(item.id)
    assert [d.id for d in store.list_drafts()] == [sub.id]
    assert store.draft_state(sub.id) == "draft"
    assert history.entries(store) == []
    again = queue_submission(store, store.load_draft(sub.id))  # no "already" refusal
    assert len(again.items) == 1


def test_an_item_only_partly_sent_does_not_count(store, tmp_path, make_server):
    server = make_server("tls")
    use_server(store, server, size_limit=300_000)
    photos = []
    for i in range(3):
        p = make_jpeg(tmp_path / f"part{i}.jpg", color=(i * 70, 10, 10))
        p.write_bytes(p.read_bytes() + os.urandom(150_000))
        photos.append(p)
    sub = draft(store, tmp_path, photos)
    items = queue_submission(store, sub).items
    assert len(items) >= 2
    box = Outbox(store)
    box.cancel(items[-1].id)  # the officer cancels the last part
    send_due(store, server.password)
    (entry,) = history.entries(store)
    assert entry["sent_at"] is None and entry["state"] == "cancelled"
    from app import obligations

    assert obligations.sent_items(store) == []  # not counted toward the quota
    assert [d.id for d in store.list_drafts()] == [sub.id]  # back among the drafts


def cli_send(store, password, *more):
    return subprocess.Popen(
        [sys.executable, "-m", "app", "outbox", "send", "--password-stdin", *more,
         "--data-dir", str(store.data_dir)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=str(REPO)),
        cwd=REPO)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("between", [None, "outbox list"])
def test_after_a_killed_cli_send_the_next_one_recovers_then_logs_in(store, tmp_path,
                                                                  make_server, between):
    """The next `outbox send --password-stdin` makes the state true first, then reads the
    password and logs in (it used to skip AUTH and blame a wrong password)."""
    server = make_server("starttls", faults=[(S.STALL_UPLOAD, 1)], stall_seconds=60)
    use_server(store, server, size_limit=64_000_000)
    photo = make_jpeg(tmp_path / "big.jpg")
    photo.write_bytes(photo.read_bytes() + os.urandom(BIGGER_THAN_BUFFERS))
    queue_submission(store, draft(store, tmp_path, [photo]))
    child = cli_send(store, server.password)
    child.stdin.write(server.password + "\n")
    child.stdin.flush()
    assert wait_for(lambda: "DATA" in server.verbs())
    child.send_signal(signal.SIGKILL)
    child.wait()
    for pipe in (child.stdin, child.stdout, child.stderr):
        pipe.close()
    server.release()
    assert states(store) == ["sending"]  # what the dead process left
    if between:
        listing = subprocess.run(
            [sys.executable, "-m", "app", *between.split(), "--json", "--data-dir",
             str(store.data_dir)], capture_output=True, text=True, cwd=REPO,
            env=dict(os.environ, PYTHONPATH=str(REPO)))
        assert [i["state"] for i in json.loads(listing.stdout)] == ["queued"]  # made true
    logins = server.auth_lines
    again = cli_send(store, server.password)
    out, err = again.communicate(server.password + "\n", timeout=120)
    assert again.returncode == 0, err
    assert json.loads(out)["left"] == [] and states(store) == ["sent"]
    assert server.auth_lines > logins  # it logged in with the password it was given
    assert len(server.messages) == 1
