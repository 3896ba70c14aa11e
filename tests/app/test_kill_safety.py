"""A process killed at any moment loses at most the last second of typing, never the database."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from app.storage.database import Store
from tests.conftest import REPO

KILLS = 24


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_at_random_moments(tmp_path):
    data = tmp_path / "data"
    draft_id = "kill-test-draft"
    rng = random.Random(20261128)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    checked = 0
    for round_ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(REPO / "tests" / "app" / "kill_child.py"), str(data), draft_id],
            stdout=subprocess.PIPE, text=True, env=env, cwd=REPO)
        if round_ % 6 == 0:
            time.sleep(rng.uniform(0.0, 0.15))  # early: while the store is being opened
        else:
            assert child.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.3, 2.5))  # choosing the moment of the kill, not waiting
        child.send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
        lines = child.stdout.read().split("\n")
        child.stdout.close()
        child.wait()
        typed = []
        for line in lines:
            parts = line.split()
            if len(parts) == 2:
                typed.append((int(parts[0]), float(parts[1])))

        if not (data / "tinbai.db").exists():
            assert not typed  # killed before the store existed: nothing was typed either
            continue
        conn = sqlite3.connect(data / "tinbai.db")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        sub = Store(data).load_draft(draft_id)
        saved = int(sub.title) if sub and sub.title else 0
        old_enough = [seq for seq, t in typed if t <= killed_at - 1.0]
        if old_enough:
            checked += 1
            assert saved >= max(old_enough), (round_, saved, max(old_enough))
        if typed:
            assert saved <= typed[-1][0] + 1
            if sub:
                assert sub.body.startswith(f"Lần sửa {saved}. ")
    assert checked >= KILLS // 3  # enough kills came after a full second of typing
