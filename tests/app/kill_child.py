"""Child process for the kill test: types into a draft continuously through the autosaver.

Prints `<seq> <monotonic time>` after each keystroke is handed to the autosaver; the parent
kills it with SIGKILL at a random moment and checks what reached the database.
"""

import sys
import time

from app import model
from app.storage.database import Store
from app.storage.writer import Writer

FILLER = "Công đoàn cơ sở tổ chức hội nghị người lao động năm 2026. " * 20


def main(data_dir: str, draft_id: str) -> None:
    store = Store(data_dir)
    writer = Writer(store)
    sub = store.load_draft(draft_id) or model.Submission(id=draft_id)
    seq = int(sub.title or 0)
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    while True:
        seq += 1
        sub.title = str(seq)
        sub.body = f"Lần sửa {seq}. {FILLER}"
        writer.save_draft_soon(sub)
        out.write(f"{seq} {time.monotonic():.6f}\n")
        out.flush()
        time.sleep(0.002)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
