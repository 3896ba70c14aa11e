"""Child process for the kill-mid-send tests: sends what is due, then waits to be killed."""

import sys

from app.sending.send import send_due
from app.storage.database import Store


def main(data_dir: str) -> None:
    password = sys.stdin.readline().rstrip("\n")
    send_due(Store(data_dir), password, chunk_timeout=120, final_timeout=120)


if __name__ == "__main__":
    main(sys.argv[1])
