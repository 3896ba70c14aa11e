"""Two TinBài processes on one data folder: one item is queued once, whatever the timing."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from app import model, settings
from app.outbox.box import Outbox
from app.storage.database import Store
from app.storage.photos import import_photo
from tests.conftest import REPO
from tests.helpers import complete_submission
from tests.photos import original_jpeg

TRIES = 10


def draft(store, tmp_path, i):
    photo = import_photo(store, original_jpeg(tmp_path / f"DSC_{i}.JPG", seed=i),
                         "Toàn cảnh hội nghị người lao động")
    sub = complete_submission([photo])
    store.save_draft(sub)
    return sub


def test_the_same_draft_queued_by_two_processes_at_once_is_queued_once(tmp_path):
    store = Store(tmp_path / "data")
    settings.put(store, settings.BUNDLE_BASE, tmp_path / "out")
    settings.put(store, settings.UNIT, model.Unit("Công đoàn cơ sở Phòng A", "co-so"))
    env = dict(os.environ, PYTHONPATH=str(REPO))
    for i in range(TRIES):
        sub = draft(store, tmp_path, i)
        go = tmp_path / f"go-{i}"
        children = [subprocess.Popen(
            [sys.executable, str(REPO / "tests" / "mail" / "queue_child.py"),
             str(store.data_dir), sub.id, str(go)], stdout=subprocess.PIPE, text=True,
            env=env, cwd=REPO) for _ in range(2)]
        for child in children:
            assert child.stdout.readline().strip() == "ready"
        go.touch()
        results = []
        for child in children:
            results.append(json.loads(child.stdout.readline()))
            child.stdout.close()
            child.wait()
        queued = [r for r in results if "queued" in r]
        assert len(queued) == 1, results
        assert [r.get("code") for r in results if "queued" not in r] == ["already"]
        rows = Outbox(store).items(submission_id=sub.id)
        assert [r.id for r in rows] == queued[0]["queued"]
        assert store.draft_state(sub.id) == "queued"
    store.close()


def test_the_schema_itself_refuses_one_part_twice_in_a_round(tmp_path):
    from app.sending.queue import queue_submission

    store = Store(tmp_path / "data")
    settings.put(store, settings.BUNDLE_BASE, tmp_path / "out")
    (item,) = queue_submission(store, draft(store, tmp_path, 1)).items
    with pytest.raises(sqlite3.IntegrityError), store.transaction() as conn:
        conn.execute("INSERT INTO outbox SELECT 'copy', submission_id, part, parts, message_id, "
                     "subject, sender, recipient, file, size, sha256, state, practice, attempts, "
                     "next_attempt_at, error, created_at, sent_at, updated_at, round FROM outbox "
                     "WHERE id=?", (item.id,))
    again = queue_submission(store, store.load_draft(item.submission_id), allow_again=True)
    assert [i.round for i in again.items] == [2]  # asked for again: a new round
    store.close()


def test_an_old_outbox_gets_its_rounds(tmp_path):
    """A database of the previous version: resent items had two rows for one part."""
    db = tmp_path / "tinbai.db"
    conn = sqlite3.connect(db)
    from app.storage import schema

    for ddl in schema.TABLES:
        conn.execute(ddl)
    conn.execute("INSERT INTO schema_versions VALUES ('outbox', 1), ('core', 1)")
    for n, state in enumerate(("sent", "queued")):
        conn.execute("INSERT INTO outbox VALUES (?, 's1', 1, 1, 'm', 'Tin', 'a@b.vn', 'c@d.vn', "
                     "'f.eml', 10, 'x', ?, 0, 0, NULL, NULL, ?, NULL, ?)",
                     (f"e{n}", state, f"2026-0{n + 1}-01", f"2026-0{n + 1}-01"))
    conn.commit()
    conn.close()
    store = Store(tmp_path)
    assert [(i.id, i.round) for i in Outbox(store).items()] == [("e0", 1), ("e1", 2)]
    store.close()
