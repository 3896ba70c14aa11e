"""The data folder holds personal data (phone and bank account numbers): on Linux and macOS it
is the user's alone, 0700, and its files 0600."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from app import settings
from app.sending.queue import queue_submission
from app.sending.send import send_due
from app.storage.database import Store
from app.storage.photos import import_photo
from tests.helpers import complete_submission
from tests.photos import original_jpeg


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_every_folder_is_0700_and_every_file_0600(tmp_path):
    old = os.umask(0o022)  # an ordinary desktop's umask: would give 0755 and 0644
    try:
        data = tmp_path / "data"
        store = Store(data)
        settings.put(store, settings.BUNDLE_BASE, tmp_path / "out")
        photo = import_photo(store, original_jpeg(tmp_path / "a.jpg"), "Toàn cảnh hội nghị")
        sub = complete_submission([photo])
        store.save_draft(sub)
        queue_submission(store, sub)
        send_due(store, None)  # practice mode: the practice mailbox too
        store.close()
    finally:
        os.umask(old)
    seen = 0
    for path in [data, *data.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, (path, oct(mode))
        seen += 1
    assert seen > 8
    names = {p.name for p in data.rglob("*")}
    assert {"tinbai.db", "outbox", "hop-thu-tap", "photos"} <= names
