"""The `tinbai` command: starts the GUI, or runs a headless subcommand on the same core.

Each subcommand lives in its own module in this package with `register(subparsers)`; the
module list below is the only place that names them. Exit status: 0 done, 1 failed, 2 bad
input or usage.
"""

from __future__ import annotations

import importlib
import sys
from types import SimpleNamespace

from app import __version__
from app.base.i18n import translate

# Top-level command name -> the module that registers it (several names may share one).
COMMANDS = {
    "draft": "app.cli.drafts",
    "bundle": "app.cli.drafts",
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

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """Bad arguments or input: exit status 2 with the message."""


def _add_common(parser, *, top: bool = False) -> None:
    import argparse

    # On subcommands the option must not overwrite a value given before the subcommand.
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=None if top else argparse.SUPPRESS,
        help=translate("Cli", "user data folder (default: $TINBAI_HOME or the system's folder)"),
    )


def build_parser():
    import argparse

    parser = argparse.ArgumentParser(
        prog="tinbai",
        description=translate("Cli", "TinBài: write, check and send news to the editorial board."),
    )
    parser.add_argument("--version", action="version", version=f"TinBài {__version__}")
    parser.add_argument("--lang", choices=("vi", "en"), help=translate("Cli", "language"))
    _add_common(parser, top=True)
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in dict.fromkeys(COMMANDS.values()):
        importlib.import_module(name).register(sub, _add_common)
    return parser


def _gui_args(argv: list[str]) -> SimpleNamespace | None:
    """The GUI's few options, read without argparse (start-up time); None if anything else
    is there, so that argparse can explain it."""
    args = SimpleNamespace(command=None, data_dir=None, lang=None, self_test=False)
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        name, eq, value = arg.partition("=")
        if name in ("--data-dir", "--lang") and not eq:
            if not rest:
                return None
            value = rest.pop(0)
        if name == "--data-dir":
            args.data_dir = value
        elif name == "--lang" and value in ("vi", "en"):
            args.lang = value
        elif arg == "--self-test":
            args.self_test = True
        else:
            return None
    return args


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _apply_language(argv)
    if argv in (["--version"], ["-V"]):
        print(f"TinBài {__version__}")
        return EXIT_OK
    gui = _gui_args(argv)
    if gui is not None:
        return _run_gui(gui)  # start fast: no argparse, no subcommand modules
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _run_gui(args)
    try:
        return int(args.run(args) or EXIT_OK)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _apply_language(argv: list[str]) -> None:
    from app.base import i18n

    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            i18n.set_language(argv[i + 1])
        elif arg.startswith("--lang="):
            i18n.set_language(arg.split("=", 1)[1])


def _run_gui(args) -> int:
    # The GUI is another face of this core: found by name at run time so that the core never
    # depends on it (the import-linter contract forbids a static import of `ui` here).
    try:
        gui = importlib.import_module("ui.selftest" if args.self_test else "ui.launch")
    except ImportError as exc:  # a headless install without the GUI
        print(translate("Cli", "The window cannot start: {error}").format(error=exc),
              file=sys.stderr)
        return EXIT_FAILED
    return int(gui.run(args) or EXIT_OK)
