"""A full or read-only disk, a vanished file: every command that writes answers in plain
Vietnamese and leaves the previous state as it was (a real tmpfs, where root may mount one)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import uuid

import pytest

from app import settings
from app.storage.database import Store
from app.storage.photos import import_photo
from tests.conftest import REPO
from tests.helpers import complete_submission
from tests.photos import original_jpeg


@pytest.fixture
def small_disk(tmp_path):
    """A 24 MB tmpfs at tmp_path/disk; skipped where it cannot be mounted (not root)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root on Linux")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"tmpfs cannot be mounted here: {done.stderr.decode(errors='replace')}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk, leave: int = 0):
    """Fill the disk, leaving `leave` bytes."""
    filler = disk / f"filler-{uuid.uuid4().hex}"
    with filler.open("wb") as fh:
        block = b"\0" * 65536
        try:
            while True:
                fh.write(block)
                fh.flush()
        except OSError:
            pass
    if leave:
        with filler.open("r+b") as fh:
            fh.truncate(max(0, filler.stat().st_size - leave))
    return filler


def cli(*args, data):
    proc = subprocess.run([sys.executable, "-m", "app", *args, "--data-dir", str(data)],
                          capture_output=True, text=True, encoding="utf-8", cwd=REPO,
                          timeout=120, env=dict(os.environ, PYTHONPATH=str(REPO)))
    return proc


def vietnamese(text: str) -> bool:
    return any(ch in text for ch in "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉĩọỏốồổỗộớờởỡợụủứừửữựỳỷỹỵ")


@pytest.fixture
def ready(small_disk, tmp_path):
    """A data folder on the small disk with one complete draft, its bundle folder there too."""
    data = small_disk / "data"
    store = Store(data)
    settings.put(store, settings.BUNDLE_BASE, small_disk / "out")
    photo = import_photo(store, original_jpeg(tmp_path / "DSC_0001.JPG"), "Toàn cảnh hội nghị")
    sub = complete_submission([photo])
    store.save_draft(sub)
    store.close()
    return data, sub


def test_settings_on_a_full_disk(ready, small_disk):
    data, _sub = ready
    filler = fill(small_disk)
    proc = cli("settings", "set", "editorial-address", "bbt@congdoan.vn", data=data)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert vietnamese(proc.stderr) and "đầy" in proc.stderr  # "the disk is full"
    filler.unlink()
    store = Store(data)
    assert settings.editorial_address(store) == "congdoanbk@gmail.com"  # unchanged
    store.close()


@pytest.mark.parametrize("leave", [0, 4096, 300_000])
def test_queue_on_a_full_disk_leaves_the_draft_as_it_was(ready, small_disk, leave):
    data, sub = ready
    filler = fill(small_disk, leave)
    proc = cli("queue", sub.id, data=data)
    assert "Traceback" not in proc.stderr + proc.stdout
    assert proc.returncode != 0
    said = json.loads(proc.stdout)[0]["message"] if proc.stdout.strip() else proc.stderr
    assert vietnamese(said) and "đầy" in said, said  # "the disk is full"
    filler.unlink()  # room again: nothing half-done is left
    store = Store(data)
    assert store.draft_state(sub.id) == "draft"
    assert store.integrity_ok()
    assert store.execute("SELECT COUNT(*) FROM outbox")[0][0] == 0
    store.close()
    assert not list((data / "outbox").glob("*.eml")) if (data / "outbox").exists() else True
    assert cli("queue", sub.id, data=data).returncode == 0  # and it goes through now


def test_a_read_only_disk(ready, small_disk):
    data, _sub = ready
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    for args in (("settings", "set", "practice-mode", "on"), ("draft", "list", "--json")):
        proc = cli(*args, data=data)
        assert "Traceback" not in proc.stderr, (args, proc.stderr)
        if proc.returncode != 0:
            assert vietnamese(proc.stderr), (args, proc.stderr)


def test_a_deleted_email_file_is_said_plainly(tmp_path):
    data = tmp_path / "data"
    store = Store(data)
    settings.put(store, settings.BUNDLE_BASE, tmp_path / "out")
    sub = complete_submission([import_photo(store, original_jpeg(tmp_path / "a.jpg"),
                                            "Toàn cảnh hội nghị")])
    store.save_draft(sub)
    store.close()
    assert cli("queue", sub.id, data=data).returncode == 0
    for eml in (data / "outbox").glob("*.eml"):
        eml.unlink()
    proc = cli("outbox", "send", data=data)  # practice mode: no account
    out = json.loads(proc.stdout)
    (failed,) = out["failed"]
    assert failed["state"] == "attention"
    assert "Errno" not in failed["error"]["message"] and vietnamese(failed["error"]["message"])
    item_id = failed["id"]
    (data / "outbox" / "x").parent.mkdir(exist_ok=True)
    proc = cli("outbox", "cancel", item_id, data=data)
    assert proc.returncode == 0
    conn = sqlite3.connect(data / "tinbai.db")
    assert conn.execute("SELECT state FROM drafts").fetchone()[0] == "draft"
    conn.close()
