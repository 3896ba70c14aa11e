import sqlite3

import pytest

from app import model, settings
from app.storage.database import Store, StoreError
from tests.helpers import complete_submission


def test_draft_round_trip_keeps_vietnamese_and_photos(tmp_path):
    store = Store(tmp_path)
    p = model.Photo(sha256="cd" * 32, size=5, original_name="Ảnh hội nghị.jpg", ext=".jpg",
                    caption="Đồng chí Nông Văn B phát biểu")
    sub = complete_submission([p])
    store.save_draft(sub)
    store.close()
    again = Store(tmp_path).load_draft(sub.id)
    assert again == sub


def test_database_is_wal(tmp_path):
    Store(tmp_path)
    conn = sqlite3.connect(tmp_path / "tinbai.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_list_orders_by_last_change_and_reports_completeness(tmp_path):
    store = Store(tmp_path)
    a = model.Submission(title="Bản nháp A", created_at="2026-01-01T08:00:00+07:00")
    b = complete_submission()
    store.save_draft(a)
    store.save_draft(b)
    a.updated_at = "2099-01-01T00:00:00+07:00"
    store.save_draft(a, touch=False)
    listed = store.list_drafts()
    assert [d.id for d in listed] == [a.id, b.id]
    assert (listed[0].filled, listed[0].total) == (1, 8)


def test_delete_and_undo(tmp_path):
    store = Store(tmp_path)
    sub = complete_submission()
    store.save_draft(sub)
    store.delete_draft(sub.id)
    assert store.list_drafts() == []
    store.restore_draft(sub.id)
    assert [d.id for d in store.list_drafts()] == [sub.id]


def test_the_bin_is_emptied_of_old_deletions_only(tmp_path):
    store = Store(tmp_path)
    old, recent = complete_submission(), complete_submission()
    for sub in (old, recent):
        store.save_draft(sub)
        store.delete_draft(sub.id)
    store.execute("UPDATE drafts SET deleted_at='2026-01-01T00:00:00+07:00' WHERE id=?",
                  (old.id,))
    assert store.purge_deleted("2026-06-01T00:00:00+07:00") == 1
    assert store.load_draft(old.id) is None
    store.restore_draft(recent.id)
    assert [d.id for d in store.list_drafts()] == [recent.id]


def test_authors_and_unit(tmp_path):
    store = Store(tmp_path)
    settings.put(store, settings.UNIT, model.Unit("Công đoàn cơ sở Trường THCS Bắc Kạn", "co-so"))
    a = model.AuthorProfile("Nông Văn K", "0983123456", "970436", "0123456789", "Nông Văn K")
    store.save_author(a)
    store.save_author(model.AuthorProfile("Hoàng Thị Lan"))
    assert {x.name for x in store.list_authors()} == {"Nông Văn K", "Hoàng Thị Lan"}
    store.delete_author(a.id)
    assert [x.name for x in store.list_authors()] == ["Hoàng Thị Lan"]
    assert settings.get(store, settings.UNIT).level == "co-so"
    sub = model.Submission()
    a.apply_to(sub, settings.get(store, settings.UNIT))
    assert (sub.author, sub.unit, sub.unit_level, sub.profile_id) == (
        "Nông Văn K", "Công đoàn cơ sở Trường THCS Bắc Kạn", "co-so", a.id)


def test_corrupt_database_is_set_aside_not_lost(tmp_path):
    store = Store(tmp_path)
    sub = complete_submission()
    store.save_draft(sub)
    store.close()
    for extra in ("tinbai.db-wal", "tinbai.db-shm"):
        (tmp_path / extra).unlink(missing_ok=True)
    (tmp_path / "tinbai.db").write_bytes(b"this is not a database at all" * 100)
    store = Store(tmp_path)
    assert store.recovery_notice and "tinbai.db.hong-" in store.recovery_notice
    assert list(tmp_path.glob("tinbai.db.hong-*"))
    assert store.list_drafts() == []  # nothing to rescue from garbage, but the app runs
    store.save_draft(complete_submission())
    assert len(store.list_drafts()) == 1


def test_damaged_page_keeps_the_readable_drafts(tmp_path):
    store = Store(tmp_path)
    subs = [complete_submission() for _ in range(3)]
    for s in subs:
        store.save_draft(s)
    store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    db = tmp_path / "tinbai.db"
    data = bytearray(db.read_bytes())
    page = 4096
    # damage the last page (an index or free page), leaving the table rows readable
    data[-page + 100:-page + 400] = b"\xff" * 300
    db.write_bytes(bytes(data))
    store = Store(tmp_path)
    if store.recovery_notice:  # the damage was noticed: the rows were rescued
        assert list(tmp_path.glob("tinbai.db.hong-*"))
    assert {d.id for d in store.list_drafts()} <= {s.id for s in subs}
    assert store.integrity_ok()


def test_unwritable_data_folder_says_so(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError) as err:
        Store(blocker / "data")
    assert str(blocker / "data") in str(err.value)


def test_a_late_autosave_cannot_take_an_item_back_from_the_outbox(tmp_path):
    store = Store(tmp_path)
    sub = complete_submission()
    store.save_draft(sub)
    store.execute("UPDATE drafts SET state='queued' WHERE id=?", (sub.id,))
    sub.title = "sửa muộn"
    assert store.save_draft(sub) is False  # the editor was still open: nothing changes
    again = store.load_draft(sub.id)
    assert again.title != "sửa muộn" and store.list_drafts() == []


def test_rescue_keeps_the_outbox_and_history_too(tmp_path):
    from app.outbox import history

    store = Store(tmp_path)
    sub = complete_submission()
    store.save_draft(sub)
    with store.transaction() as conn:
        conn.execute("INSERT INTO history (submission_id, title, author, unit, photos, parts, "
                     "queued_at, doc) VALUES (?, 'Tin', 'A', 'B', 1, 1, '2026-01-01', '{}')",
                     (sub.id,))
    assert history.entries(store)
    root = store.execute("SELECT rootpage FROM sqlite_master WHERE name='drafts_updated'")[0][0]
    store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    db = tmp_path / "tinbai.db"
    data = bytearray(db.read_bytes())
    page = 4096
    data[(root - 1) * page:root * page] = b"\xa5" * page  # an index page turns to garbage
    db.write_bytes(bytes(data))
    store = Store(tmp_path)
    assert store.recovery_notice
    assert [h["submission_id"] for h in history.entries(store)] == [sub.id]


def test_a_file_that_cannot_be_opened_is_not_mistaken_for_damage(tmp_path):
    (tmp_path / "tinbai.db").mkdir()  # something else is in the way
    with pytest.raises(StoreError):
        Store(tmp_path)
    assert not list(tmp_path.glob("tinbai.db.hong-*"))
