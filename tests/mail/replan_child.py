"""Child process for the kill-mid-rebuild test: rebuilds an item and stops at a given moment
(prints it, then waits to be killed): just before the rows are swapped, or just after."""

import sys

from app import settings
from app.outbox import box
from app.sending import replan
from app.storage.database import Store


def hold(moment: str) -> None:
    print(moment, flush=True)
    sys.stdin.readline()  # the parent kills this process meanwhile
    raise SystemExit(3)


def main(data_dir: str, item_id: str, moment: str) -> None:
    store = Store(data_dir)
    outbox = box.Outbox(store)
    if moment == "before-commit":
        real = outbox.store.transaction

        def transaction():
            hold(moment)
            return real()

        outbox.store.transaction = transaction
    else:
        outbox._remove_file = lambda _name: hold(moment)
    box.Outbox = lambda _store, *a, **k: outbox  # the rebuild uses this very outbox
    replan.Outbox = box.Outbox
    account = settings.get(store, settings.ACCOUNT)
    replan.replan(store, outbox.get(item_id), settings.size_limit(store, account))


if __name__ == "__main__":
    main(*sys.argv[1:4])
