"""A damaged database gives back every row that can still be read, whatever page is hit."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3

import pytest

from app import model, settings
from app.storage.database import Store
from tests.helpers import complete_submission

PAGE = 4096


def filled_store(folder):
    """Drafts big enough to spread over many pages, authors, settings, a history row."""
    store = Store(folder)
    rng = random.Random(3)
    ids = []
    for i in range(12):
        sub = complete_submission()
        sub.title = f"Tin số {i}"
        sub.body = " ".join(rng.choice(["công", "đoàn", "phường", "hội", "nghị"])
                            for _ in range(300 + 400 * (i % 4)))
        store.save_draft(sub)
        ids.append(sub.id)
    for i in range(5):
        store.save_author(model.AuthorProfile(f"Tác giả {i}", "0983123456"))
    settings.put(store, settings.UNIT, model.Unit("Công đoàn cơ sở Phòng A", "co-so"))
    store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return ids


def readable_by_lookup(db, table):
    """The oracle: the rows a point lookup by rowid still reads in the damaged file."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    found = set()
    for rowid in range(1, 200):
        try:
            row = conn.execute(f"SELECT id, doc FROM {table} WHERE rowid=?",
                               (rowid,)).fetchone()
            if row:
                json.loads(row[1])  # the whole row, its document whole
        except (sqlite3.Error, ValueError):
            continue
        if row:
            found.add(row[0])
    conn.close()
    return found


def test_every_readable_row_is_rescued_whatever_page_is_damaged(tmp_path):
    clean = tmp_path / "clean"
    ids = filled_store(clean)
    pages = (clean / "tinbai.db").stat().st_size // PAGE
    assert pages > 10
    tried = rescued_all = 0
    for page in range(2, pages + 1):  # page 1 holds the header and the schema
        folder = tmp_path / f"p{page}"
        shutil.copytree(clean, folder)
        db = folder / "tinbai.db"
        data = bytearray(db.read_bytes())
        data[(page - 1) * PAGE:page * PAGE] = random.Random(page).randbytes(PAGE)
        db.write_bytes(bytes(data))
        expected = readable_by_lookup(db, "drafts") & set(ids)
        store = Store(folder)  # never raises
        got = {d.id for d in store.list_drafts()}
        store.close()
        tried += 1
        assert expected <= got, (page, len(expected), len(got))
        rescued_all += got == set(ids)
    assert tried >= 10


def test_a_damaged_schema_is_rescued_not_a_traceback(tmp_path):
    ids = filled_store(tmp_path)
    db = tmp_path / "tinbai.db"
    data = bytearray(db.read_bytes())
    start = data.find(b"CREATE TABLE drafts")
    assert start > 0
    data[start + 7:start + 12] = b"\xff\xfe\xff\xfe\xff"  # the schema's text is no longer UTF-8
    db.write_bytes(bytes(data))
    store = Store(tmp_path)
    assert store.recovery_notice  # said, and the file set aside
    assert list(tmp_path.glob("tinbai.db.hong-*"))
    store.list_drafts()  # a working store
    store.close()
    assert ids


def test_a_database_of_zero_bytes_is_reported_not_silently_replaced(tmp_path):
    (tmp_path / "tinbai.db").write_bytes(b"")
    store = Store(tmp_path)
    assert store.recovery_notice and "0" in store.recovery_notice
    (aside,) = tmp_path.glob("tinbai.db.hong-*")
    assert aside.stat().st_size == 0
    assert store.list_drafts() == []
    store.close()


@pytest.mark.parametrize("seed", range(8))
def test_random_damage_anywhere_never_raises(tmp_path, seed):
    filled_store(tmp_path)
    db = tmp_path / "tinbai.db"
    data = bytearray(db.read_bytes())
    rng = random.Random(seed)
    for _ in range(rng.randint(1, 40)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    db.write_bytes(bytes(data))
    Store(tmp_path).close()
