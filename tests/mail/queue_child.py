"""A second TinBài queuing the same draft (tests/mail/test_concurrency.py)."""

import json
import sys
import time
from pathlib import Path

from app.base.errors import UserError
from app.sending.queue import queue_submission
from app.storage.database import Store


def main(data_dir: str, draft_id: str, go: str) -> None:
    store = Store(data_dir)
    sub = store.load_draft(draft_id)
    print("ready", flush=True)
    while not Path(go).exists():  # both start queuing at the same moment
        time.sleep(0.001)
    try:
        queued = queue_submission(store, sub)
    except UserError as exc:
        print(json.dumps({"code": exc.code}), flush=True)
    else:
        print(json.dumps({"queued": [i.id for i in queued.items]}), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
