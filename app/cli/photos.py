"""`tinbai check-photos [--json] PATH...`: the originality check from the command line.

Files are checked whatever their extension; folders are searched recursively for picture
files. The table is for people (Vietnamese by default); `--json` gives an array of
{"file", "verdict", "reasons", "facts"}. The exit status is 0 whatever the verdicts; 2 for
usage errors (no path, a path that does not exist).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass

from app.base.i18n import translate
from app.cli.common import EXIT_OK, UsageError

# Picture files looked for inside folders (lower case). Files named explicitly are always
# checked.
PICTURE_EXTENSIONS = frozenset({
    ".jpg", ".jpeg", ".jpe", ".jfif", ".heic", ".heif", ".hif", ".avif", ".png", ".webp",
    ".gif", ".bmp", ".tif", ".tiff", ".dng", ".cr2", ".cr3", ".nef", ".arw", ".orf", ".rw2",
    ".raf",
})


def register(sub, add_common) -> None:
    parser = sub.add_parser(
        "check-photos",
        help=translate("Cli", "check that photos are originals (not compressed, not edited)"),
        description=translate(
            "Cli", "Check that photos are the files the phone or camera made. The photos "
                   "are only read, never changed."),
    )
    add_common(parser)
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help=translate("Cli", "photo files or folders (searched recursively)"))
    parser.add_argument("--json", action="store_true",
                        help=translate("Cli", "print the results as JSON"))
    parser.add_argument("--workers", type=int, default=None, metavar="N",
                        help=translate("Cli", "number of processes checking files at the same "
                                              "time (default: one per processor core)"))
    parser.set_defaults(run=run)


def collect(paths: list[str]) -> tuple[list[str], list[str]]:
    """(files to check, folders that could not be listed), in a stable order."""
    files: list[str] = []
    unreadable: list[str] = []
    for given in paths:
        if not os.path.lexists(given):
            raise UsageError(
                translate("Cli", "No such file or folder: {path}").format(path=given))
        if not os.path.isdir(given):
            files.append(given)
            continue
        def listing_failed(error: OSError, folder: str = given) -> None:
            unreadable.append(error.filename or folder)

        for root, dirs, names in os.walk(given, onerror=listing_failed):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                if name.startswith("."):
                    continue  # .DS_Store, ._IMG_0001.JPG (macOS resource forks)
                if os.path.splitext(name)[1].lower() in PICTURE_EXTENSIONS:
                    files.append(os.path.join(root, name))
    return files, unreadable


@dataclass(frozen=True)
class StoredTrustList:
    """The trust list for content credentials imported in Settings (None: the one shipped),
    read only when a photo carries credentials (most carry none: the store is then never
    opened), once per process, and only where the store exists (checking creates nothing).
    Picklable: the helper processes call it too."""

    data_dir: str | None

    def __call__(self) -> str | None:
        from app import settings
        from app.base import paths
        from app.storage.database import DB_NAME, Store

        folder = paths.data_dir(self.data_dir)
        if not (folder / DB_NAME).is_file():
            return None
        store = Store(folder)
        try:
            return settings.trust_list_in_force(store)
        finally:
            store.close()


def run(args: argparse.Namespace) -> int:
    from app.photocheck import PhotoReport, iter_check_in_processes
    from app.photocheck.messages import make_reason

    if not args.paths:
        raise UsageError(translate("Cli", "Give at least one photo file or folder."))
    if args.workers is not None and args.workers < 1:
        raise UsageError(translate("Cli", "The number of workers must be at least 1."))
    files, unreadable = collect(args.paths)
    trust = StoredTrustList(getattr(args, "data_dir", None))
    reports = list(iter_check_in_processes(files, workers=args.workers, trust_pem=trust))
    for folder in unreadable:
        report = PhotoReport(folder, facts={"file_name": os.path.basename(folder)})
        report.reasons.append(make_reason("unreadable"))
        reports.append(report)
    _utf8_stdout()
    if args.json:
        rows = [{"file": r.path, **r.to_dict()} for r in reports]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        _print_table(reports)
    return EXIT_OK


def _utf8_stdout() -> None:
    """Vietnamese and JSON go out as UTF-8 even where the console or pipe says otherwise."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8" and hasattr(sys.stdout, "reconfigure"):
        try:
            sys.stdout.reconfigure(encoding="utf-8")
        except (ValueError, OSError):
            pass


def _width(text: str) -> int:
    """Columns the text takes in a terminal (combining marks take none)."""
    return sum(0 if unicodedata.combining(ch) else
               2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
               for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _print_table(reports) -> None:
    from app.photocheck import verdict_label

    if not reports:
        print(translate("Cli", "No photo files found."), file=sys.stderr)
        return
    header = (translate("Cli", "File"), translate("Cli", "Verdict"),
              translate("Cli", "Main reason"))
    rows = []
    for r in reports:
        reason = r.main_reason
        rows.append((unicodedata.normalize("NFC", r.path), verdict_label(r.verdict),
                     reason.message if reason else ""))
    widths = [max(_width(row[i]) for row in [header, *rows]) for i in range(2)]
    lines = [f"{_pad(header[0], widths[0])}  {_pad(header[1], widths[1])}  {header[2]}",
             f"{'-' * widths[0]}  {'-' * widths[1]}  {'-' * max(_width(header[2]), 10)}"]
    for path, verdict, message in rows:
        lines.append(f"{_pad(path, widths[0])}  {_pad(verdict, widths[1])}  {message}".rstrip())
    counts = Counter(r.verdict for r in reports)
    lines.append("")
    lines.append(translate(
        "Cli", "{total} photos: {ok} original, {review} need a look, {reject} not original, "
               "{error} could not be checked.").format(
        total=len(reports), ok=counts["ok"], review=counts["review"],
        reject=counts["reject"], error=counts["error"]))
    print("\n".join(lines))
