"""The headless face: `tinbai-cli COMMAND ...` (and `tinbai COMMAND ...`, which the GUI's entry
point hands over before it imports Qt).

Each subcommand lives in its own module in this package with `register(subparsers, common)`;
COMMANDS is the only place that names them, and only the module of the command asked for is
imported. Exit status: 0 done, 1 failed, 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from app import __version__
from app.base import i18n
from app.base.errors import UserError
from app.base.i18n import translate
from app.cli.argv import Invocation, scan
from app.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError

# Top-level command name -> the module that registers it (several names may share one).
COMMANDS = {
    "draft": "app.cli.drafts",
    "bundle": "app.cli.drafts",
    "import-text": "app.cli.drafts",
    "check-photos": "app.cli.photos",
    "account": "app.cli.mail",
    "queue": "app.cli.mail",
    "outbox": "app.cli.mail",
    "practice": "app.cli.mail",
    "settings": "app.cli.settings",
    "quota": "app.cli.obligations",
    "history": "app.cli.obligations",
    "export": "app.cli.obligations",
}


def add_common(parser: argparse.ArgumentParser) -> None:
    """Options every subcommand takes after its name too (`tinbai draft list --data-dir D`)."""
    parser.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS,
        help=translate("Cli", "user data folder (default: $TINBAI_HOME or the system's folder)"))


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of one command (or of all of them, for --help)."""
    parser = argparse.ArgumentParser(
        prog="tinbai",
        description=translate("Cli", "TinBài: write, check and send news to the editorial board."),
    )
    parser.add_argument("--version", action="version", version=f"TinBài {__version__}")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=translate("Cli", "language"))
    parser.add_argument(
        "--data-dir", metavar="DIR",
        help=translate("Cli", "user data folder (default: $TINBAI_HOME or the system's folder)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = [COMMANDS[command]] if command in COMMANDS else list(COMMANDS.values())
    for name in dict.fromkeys(wanted):
        importlib.import_module(name).register(sub, add_common)
    return parser


def run(inv: Invocation) -> int:
    """Run the command of an invocation whose global options were already read."""
    if inv.lang:
        i18n.set_language(inv.lang)
    if inv.error:
        print(translate("Cli", "{option} needs a value.").format(option=inv.error),
              file=sys.stderr)
        return EXIT_USAGE
    if inv.version:
        print(f"TinBài {__version__}")
        return EXIT_OK
    parser = build_parser(inv.rest[0] if inv.rest else None)
    if inv.help or not inv.rest:
        parser.print_help(sys.stdout if inv.help else sys.stderr)
        return EXIT_OK if inv.help else EXIT_USAGE
    args = parser.parse_args(inv.rest)
    if getattr(args, "data_dir", None) is None:
        args.data_dir = inv.data_dir
    try:
        return int(args.run(args) or EXIT_OK)
    except UsageError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_USAGE
    except UserError as exc:
        print(exc.text, file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130


def main(argv: list[str] | None = None) -> int:
    """`tinbai-cli` and `python -m app`."""
    return run(scan(list(sys.argv[1:] if argv is None else argv)))
