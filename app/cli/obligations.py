"""`tinbai quota`, `tinbai history`, `tinbai export`."""

from __future__ import annotations

from datetime import date

from app import obligations
from app.base.i18n import translate
from app.cli.common import UsageError, open_store, print_json
from app.outbox import history
from app.quota import export, periods


def register(sub, add_common) -> None:
    quota = sub.add_parser("quota", help=translate("Cli", "the unit's quota for the period"))
    quota.add_argument("--json", action="store_true")
    quota.add_argument("--date", metavar="YYYY-MM-DD", help=translate(
        "Cli", "the day to look from (default: today)"))
    add_common(quota)
    quota.set_defaults(run=run_quota)

    hist = sub.add_parser("history", help=translate("Cli", "every item sent"))
    hist.add_argument("--json", action="store_true")
    add_common(hist)
    hist.set_defaults(run=run_history)

    export = sub.add_parser("export", help=translate(
        "Cli", "the unit's list for a period, in the shape of the board's quarterly list"))
    export.add_argument("--period", required=True, metavar="2026-Q3|2026-H2|2026")
    export.add_argument("--format", choices=("csv", "xlsx"), default="xlsx")
    export.add_argument("--out", required=True, metavar="FILE")
    add_common(export)
    export.set_defaults(run=run_export)


def _day(text: str | None) -> date:
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(translate("Cli", "“{text}” is not a date: write YYYY-MM-DD.").format(
            text=text)) from exc


def run_quota(args) -> int:
    store = open_store(args)
    try:
        st = obligations.status(store, _day(args.date))
    except obligations.ObligationError as err:
        hint = translate("Cli", "Set it with `tinbai settings set unit-level LEVEL`.") \
            if err.code == "no-level" else ""
        raise UsageError(f"{err.message} {hint}".strip()) from err
    if args.json:
        print_json(st.to_dict())
    else:
        print(st.summary())
    return 0


def run_history(args) -> int:
    entries = history.entries(open_store(args))
    if args.json:
        print_json(entries)
    else:
        for h in entries:
            # (a practice send reached no one: said so, never plain "sent")
            state = f"{h['state']} (practice)" if h["practice"] else h["state"]
            print(f"{(h['sent_at'] or '')[:10]:10}  {state:9}  {h['title']}")
    return 0


def run_export(args) -> int:
    try:
        period = periods.parse_period(args.period)
    except periods.PeriodError as err:
        raise UsageError(str(err)) from err
    store = open_store(args)
    items = obligations.sent_items(store)
    writer = export.write_csv if args.format == "csv" else export.write_xlsx
    try:
        path = writer(args.out, items, period)
    except export.ExportError as err:
        raise UsageError(str(err)) from err
    rows = export.export_rows(items, period)
    print_json({"path": str(path), "rows": len(rows), "period": period.key})
    return 0
