import threading

from app import model
from app.storage.database import Store
from app.storage.writer import Writer


def test_typing_is_saved_within_the_delay_even_while_typing_continues(tmp_path):
    store = Store(tmp_path)
    saved = threading.Event()
    writer = Writer(store, autosave_delay=0.2, on_saved=lambda *_: saved.set())
    sub = model.Submission(title="C")
    for ch in "ông đoàn":
        sub.title += ch
        writer.save_draft_soon(sub)
    assert saved.wait(2)
    assert store.load_draft(sub.id).title.startswith("C")
    writer.close()
    assert store.load_draft(sub.id).title == "Công đoàn"


def test_jobs_run_in_order_after_pending_drafts(tmp_path):
    store = Store(tmp_path)
    writer = Writer(store, autosave_delay=60)  # would wait a minute unless a job comes
    sub = model.Submission(title="Bản nháp")
    writer.save_draft_soon(sub)
    fut = writer.submit(store.delete_draft, sub.id)
    fut.result(5)
    assert store.load_draft(sub.id).title == "Bản nháp"  # saved before the delete ran
    assert store.list_drafts() == []
    writer.close()


def test_failed_save_is_retried_not_lost(tmp_path):
    store = Store(tmp_path)
    errors = []
    calls = {"n": 0}
    real = store.save_draft

    def flaky(sub, **kw):
        calls["n"] += 1
        if calls["n"] == 1:
            raise OSError(28, "No space left on device")
        return real(sub, **kw)

    store.save_draft = flaky
    writer = Writer(store, autosave_delay=0.05, on_error=errors.append)
    sub = model.Submission(title="Không được mất")
    writer.save_draft_soon(sub)
    writer.flush()  # first attempt fails
    assert errors and store.load_draft(sub.id) is None
    writer.flush()  # the kept state is written on the next attempt
    assert store.load_draft(sub.id).title == "Không được mất"
    writer.close()


def test_job_errors_reach_the_caller(tmp_path):
    writer = Writer(Store(tmp_path))

    def boom():
        raise ValueError("x")

    fut = writer.submit(boom)
    assert isinstance(fut.exception(5), ValueError)
    writer.close()


def test_the_deadline_counts_from_the_first_unsaved_change():
    from app.storage.writer import AutosavePlan

    plan = AutosavePlan(delay=0.5)
    plan.note({"id": "a", "title": "C"}, now=100.0)
    for t, title in ((100.2, "Cô"), (100.4, "Côn"), (100.49, "Công")):
        plan.note({"id": "a", "title": title}, now=t)  # typing on does not postpone it
        assert plan.due(t) == []
    assert plan.next_deadline() == 100.5
    assert plan.due(100.5) == [{"id": "a", "title": "Công"}]  # the latest state, on time
    assert not plan and plan.next_deadline() is None


def test_a_failed_save_is_retried_later_unless_newer_text_came():
    from app.storage.writer import AutosavePlan

    plan = AutosavePlan(delay=0.5)
    plan.retry_later({"id": "a", "title": "cũ"}, now=10.0, delay=5.0)
    assert plan.due(14.9) == [] and plan.due(15.0) == [{"id": "a", "title": "cũ"}]
    plan.note({"id": "b", "title": "mới"}, now=20.0)
    plan.retry_later({"id": "b", "title": "cũ hơn"}, now=20.1, delay=5.0)
    assert plan.due(20.5) == [{"id": "b", "title": "mới"}]


def test_the_writer_uses_its_clock(tmp_path):
    """With a clock that does not move, a pending draft waits until flushed."""
    store = Store(tmp_path)
    writer = Writer(store, clock=lambda: 0.0)
    sub = model.Submission(title="Đồng hồ đứng")
    writer.save_draft_soon(sub)
    writer.submit(lambda: None).result(5)  # a job: pending drafts are written first
    assert store.load_draft(sub.id).title == "Đồng hồ đứng"
    writer.close()
