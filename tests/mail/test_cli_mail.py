"""The headless face of sending, quotas and history: the commands an automation would run."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from app.cli.main import main
from tests.conftest import REPO
from tests.helpers import BODY, make_jpeg


def cli(capsys, *args, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    rc = main(list(args))
    out = capsys.readouterr().out
    return rc, (json.loads(out) if out.strip().startswith(("{", "[")) else out)


@pytest.fixture
def data(tmp_path):
    return str(tmp_path / "data")


def new_draft(tmp_path, capsys, data, title="Công đoàn cơ sở phòng A tặng quà đoàn viên"):
    photo = make_jpeg(tmp_path / f"{abs(hash(title))}.jpg")
    spec = {"title": title, "body": BODY, "author": "Nông Văn K",
            "unit": "Công đoàn cơ sở Phòng A", "phone": "0983 123 456", "bank": "VCB",
            "account": "0123456789", "holder": "Nông Văn K",
            "approval": {"name": "Nông Văn B", "position": "Chủ tịch"},
            "photos": [{"path": str(photo), "caption": "Đồng chí Nông Văn B trao quà",
                        "explanation": "Ảnh dựng cho kiểm thử, không phải ảnh chụp."}]}
    path = tmp_path / f"{abs(hash(title))}.json"
    path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    rc, out = cli(capsys, "--data-dir", data, "draft", "new", "--json", str(path))
    assert rc == 0, out
    return out["id"]


def test_account_queue_send_history_quota_export(tmp_path, capsys, monkeypatch, data,
                                                 make_server, memory_keyring):
    server = make_server("starttls")
    rc, out = cli(capsys, "account", "set", "--host", server.host, "--port", str(server.port),
                  "--security", "starttls", "--user", server.user, "--cafile",
                  str(server.cafile), "--password-stdin", "--data-dir", data,
                  stdin=server.password + "\n", monkeypatch=monkeypatch)
    assert rc == 0 and out["password_stored"] is True
    assert "password" not in json.dumps(out["account"])
    rc, out = cli(capsys, "account", "test", "--data-dir", data)
    assert rc == 0 and out["ok"] is True
    for args in (("settings", "set", "unit-level", "co-so"),
                 ("settings", "set", "unit-name", "Công đoàn cơ sở Phòng A"),
                 ("settings", "set", "editorial-address", "bbt@example.org")):
        assert cli(capsys, *args, "--data-dir", data)[0] == 0
    draft_id = new_draft(tmp_path, capsys, data)
    rc, out = cli(capsys, "queue", draft_id, "--data-dir", data)
    assert rc == 0 and out["submission"] == draft_id and not out["practice"]
    assert out["messages"][0]["subject"].startswith("Tin bài: Công đoàn cơ sở phòng A")
    rc, out = cli(capsys, "outbox", "list", "--json", "--data-dir", data)
    assert [m["state"] for m in out] == ["queued"]
    rc, out = cli(capsys, "outbox", "send", "--data-dir", data)
    assert rc == 0 and len(out["sent"]) == 1 and out["left"] == []
    assert server.messages[0].rcpt_tos == ("bbt@example.org",)
    rc, out = cli(capsys, "history", "--json", "--data-dir", data)
    assert out[0]["state"] == "sent" and out[0]["title"].startswith("Công đoàn")
    sent_on = out[0]["sent_at"][:10]
    rc, out = cli(capsys, "quota", "--json", "--date", sent_on, "--data-dir", data)
    assert rc == 0 and out["sent"] == 1 and out["due"] == 0 and out["level"] == "co-so"
    year, month = int(sent_on[:4]), int(sent_on[5:7])
    period = f"{year}-H{1 if month <= 6 else 2}"
    target = tmp_path / "list.csv"
    rc, out = cli(capsys, "export", "--period", period, "--format", "csv", "--out",
                  str(target), "--data-dir", data)
    assert rc == 0 and out["rows"] == 1
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert rows[1][1] == "Công đoàn cơ sở Phòng A" and rows[1][2] == "Nông Văn K"


def test_wrong_password_exits_1_and_explains(tmp_path, capsys, monkeypatch, data, make_server):
    server = make_server("starttls")
    cli(capsys, "account", "set", "--host", server.host, "--port", str(server.port),
        "--security", "starttls", "--user", server.user, "--cafile", str(server.cafile),
        "--data-dir", data)
    rc, out = cli(capsys, "account", "test", "--password-stdin", "--data-dir", data,
                  stdin="sai\n", monkeypatch=monkeypatch)
    assert rc == 1 and out["kind"] == "auth" and out["message"]
    draft_id = new_draft(tmp_path, capsys, data)
    assert cli(capsys, "queue", draft_id, "--data-dir", data)[0] == 0
    rc, out = cli(capsys, "outbox", "send", "--password-stdin", "--data-dir", data,
                  stdin="sai\n", monkeypatch=monkeypatch)
    assert rc == 1 and out["left"][0]["state"] == "attention"
    assert out["left"][0]["error"]["message"]


def test_practice_mode_without_an_account(tmp_path, capsys, data):
    draft_id = new_draft(tmp_path, capsys, data)
    rc, out = cli(capsys, "queue", draft_id, "--data-dir", data)
    assert rc == 0 and out["practice"] is True
    assert cli(capsys, "outbox", "send", "--data-dir", data)[0] == 0
    rc, out = cli(capsys, "practice", "list", "--json", "--data-dir", data)
    assert len(out) == 1 and out[0]["subject"].startswith("Tin bài:")
    assert {a["name"] for a in out[0]["attachments"]} >= {"manifest.json"}
    rc, again = cli(capsys, "queue", draft_id, "--data-dir", data)
    assert rc == 2 and again[0]["code"] == "already"
    capsys.readouterr()
    rc = main(["history", "--data-dir", data])
    assert rc == 0 and "sent (practice)" in capsys.readouterr().out  # never plain "sent"


def test_queue_refuses_an_incomplete_draft(tmp_path, capsys, data):
    spec = tmp_path / "x.json"
    spec.write_text(json.dumps({"title": "Tin", "body": BODY, "author": "A", "unit": "B",
                                "photos": [{"path": str(make_jpeg(tmp_path / "a.jpg")),
                                            "caption": "Ảnh một hai ba"}]}), encoding="utf-8")
    rc, out = cli(capsys, "draft", "new", "--json", str(spec), "--data-dir", data)
    assert rc == 2 and {p["code"] for p in out} >= {"approval-name"}


def test_settings_and_levels(capsys, data):
    rc, levels = cli(capsys, "settings", "get", "unit-levels", "--json", "--data-dir", data)
    assert rc == 0 and {lv["id"] for lv in levels} >= {"co-so"}
    assert all(lv["name"] for lv in levels)
    assert main(["settings", "set", "unit-level", "khong-co", "--data-dir", data]) == 2
    assert main(["settings", "set", "editorial-address", "not an address", "--data-dir",
                 data]) == 2
    capsys.readouterr()
    rc, out = cli(capsys, "settings", "get", "editorial-address", "--json", "--data-dir", data)
    assert out["value"] == "congdoanbk@gmail.com"  # the previous value stays


def test_quota_without_a_level_is_a_usage_error(capsys, data):
    assert main(["quota", "--json", "--data-dir", data]) == 2
    assert main(["settings", "set", "unit-level", "co-so", "--data-dir", data]) == 0
    capsys.readouterr()
    rc, out = cli(capsys, "quota", "--json", "--date", "2026-12-20", "--data-dir", data)
    assert out == {"level": "co-so", "period": {"start": "2026-07-01", "end": "2026-12-31"},
                   "required": 1, "sent": 0, "due": 1, "days_left": 11}


def test_data_dir_before_or_after_the_command(tmp_path):
    data = tmp_path / "here"
    for args in (["--data-dir", str(data), "settings", "set", "unit-name", "Đơn vị A"],
                 ["settings", "set", "unit-name", "Đơn vị A", "--data-dir", str(data)]):
        proc = subprocess.run([sys.executable, "-m", "app", *args], capture_output=True,
                              text=True, cwd=REPO, timeout=60)
        assert proc.returncode == 0, proc.stderr
    assert (data / "tinbai.db").exists()
    assert not (tmp_path / "elsewhere").exists()


def test_an_unexplained_photo_that_is_not_an_original_is_refused(tmp_path, capsys, data):
    photo = make_jpeg(tmp_path / "resaved.jpg")  # written by Pillow: no camera information
    spec = tmp_path / "d.json"
    spec.write_text(json.dumps({
        "title": "Tin", "body": BODY, "author": "Nông Văn K", "unit": "CĐCS Phòng A",
        "approval": {"name": "Nông Văn B", "position": "Chủ tịch"},
        "photos": [{"path": str(photo), "caption": "Đồng chí Nông Văn B trao quà"}]},
        ensure_ascii=False), encoding="utf-8")
    rc, out = cli(capsys, "draft", "new", "--json", str(spec), "--data-dir", data)
    assert rc == 2 and "photo-reject-unexplained" in {p["code"] for p in out}


class _Lines:
    """A stdout that hands each line to the test as soon as it is written."""

    def __init__(self):
        import queue

        self.lines = queue.Queue()
        self._buffer = ""

    def write(self, text):
        self._buffer += text
        while "\n" in self._buffer:
            line, self._buffer = self._buffer.split("\n", 1)
            self.lines.put(line)
        return len(text)

    def flush(self):
        pass

    def isatty(self):
        return False


def test_headless_sign_in_then_send_with_no_password(tmp_path, monkeypatch, data, make_server,
                                                     oauth_server, browser, memory_keyring,
                                                     fresh_tokens, capsys):
    import threading

    smtp = make_server("starttls", oauth=oauth_server, password_login=False)
    providers_file = oauth_server.providers_file(tmp_path, "gmail", smtp=smtp)
    monkeypatch.setenv("TINBAI_PROVIDERS", str(providers_file))
    out = _Lines()
    monkeypatch.setattr(sys, "stdout", out)
    result = {}
    worker = threading.Thread(target=lambda: result.setdefault("rc", main([
        "account", "set", "--preset", "gmail", "--user", smtp.user, "--oauth", "--no-browser",
        "--cafile", str(smtp.cafile), "--data-dir", data])))
    worker.start()
    first = json.loads(out.lines.get(timeout=20))  # one JSON line, at once
    assert list(first) == ["authorize_url"]
    browser(first["authorize_url"])  # the user signs in on another machine's browser
    assert json.loads(out.lines.get(timeout=20)) == {"ok": True}
    worker.join(20)
    assert result["rc"] == 0
    monkeypatch.undo()
    monkeypatch.setenv("TINBAI_PROVIDERS", str(providers_file))
    capsys.readouterr()
    rc, shown = cli(capsys, "account", "show", "--data-dir", data)
    assert shown["account"]["auth"] == "oauth" and shown["signed_in"] is True
    rc, tested = cli(capsys, "account", "test", "--data-dir", data)
    assert rc == 0 and tested["ok"] is True
    draft_id = new_draft(tmp_path, capsys, data)
    assert cli(capsys, "queue", draft_id, "--data-dir", data)[0] == 0
    rc, sent = cli(capsys, "outbox", "send", "--data-dir", data)  # no password anywhere
    assert rc == 0 and len(sent["sent"]) == 1
    assert smtp.messages[0].user == smtp.user
    assert {a.mechanism for a in smtp.auth_attempts} == {"XOAUTH2"}


def test_headless_sign_in_without_a_registered_client(capsys, data, monkeypatch):
    rc, out = cli(capsys, "account", "set", "--preset", "outlook", "--user", "a@hotmail.com",
                  "--oauth", "--no-browser", "--data-dir", data)
    assert rc == 2 and out["ok"] is False and out["code"] == "sign-in-not-registered"
    assert out["advice"]  # the federation's file, or an app password
    rc, shown = cli(capsys, "account", "show", "--data-dir", data)
    assert shown["account"] is None  # nothing half-configured was kept
    rc = main(["account", "set", "--preset", "outlook", "--user", "a@hotmail.com",
               "--password-stdin", "--data-dir", data])
    assert rc == 2  # Outlook.com takes no password: --oauth is the way


def test_a_providers_file_is_refused_whole_with_every_problem(tmp_path, capsys, data):
    bad = tmp_path / "providers.json"
    bad.write_text(json.dumps({"providers": [
        {"id": "gmail", "oauth": {"token_url": "http://oauth.example.org/token"}},
        {"id": "lien-doan", "smtp": {"host": "mail.ldld.vn", "port": 25, "security": "none"}},
    ]}), encoding="utf-8")
    rc, out = cli(capsys, "settings", "set", "providers-file", str(bad), "--data-dir", data)
    assert rc == 2 and {p["code"] for p in out} == {"insecure-url", "missing-key",
                                                    "bad-security"}
    rc, listed = cli(capsys, "settings", "get", "providers", "--json", "--data-dir", data)
    assert [p["id"] for p in listed] == ["gmail", "m365", "outlook", "yahoo", "custom"]
    good = tmp_path / "federation.json"
    good.write_text(json.dumps({"providers": [
        {"id": "gmail", "oauth": {"client_id": "123.apps.example", "client_secret": "x"}},
        {"id": "lien-doan", "name": "Liên đoàn Lao động tỉnh",
         "smtp": {"host": "mail.ldld.vn", "port": 465, "security": "tls"}}]},
        ensure_ascii=False), encoding="utf-8")
    assert cli(capsys, "settings", "set", "providers-file", str(good), "--data-dir", data)[0] == 0
    rc, listed = cli(capsys, "settings", "get", "providers", "--json", "--data-dir", data)
    assert [p["id"] for p in listed][-1] == "lien-doan"
    assert next(p for p in listed if p["id"] == "gmail")["oauth"] is True
