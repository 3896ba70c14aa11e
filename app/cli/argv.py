"""The global options of the command line, read once, before anything heavy is imported.

Both faces start here: the GUI's entry point (ui/entry.py) reads the options to know whether
a subcommand was asked for, and hands the result to the CLI (app/cli/main.py) when one was;
the CLI then parses only the subcommand's own words with argparse.
"""

from __future__ import annotations

VALUE_OPTIONS = ("--data-dir", "--lang")


class Invocation:
    """What the global options said (a plain class: `dataclasses` would cost the window's
    start-up a few milliseconds)."""

    def __init__(self) -> None:
        self.data_dir: str | None = None
        self.lang: str | None = None
        self.version = False
        self.help = False
        self.rest: list[str] = []  # from the first word that is not ours
        self.error = ""  # a value option given without its value


def scan(argv: list[str]) -> Invocation:
    """Read the leading global options (`--data-dir DIR`, `--lang vi|en`, `--version`,
    `--help`); stop at the first other word (a subcommand, or an option of the GUI's)."""
    inv = Invocation()
    i = 0
    while i < len(argv):
        arg = argv[i]
        name, eq, value = arg.partition("=")
        if name in VALUE_OPTIONS:
            if not eq:
                if i + 1 >= len(argv):
                    inv.error = name
                    return inv
                value = argv[i + 1]
                i += 1
            if name == "--data-dir":
                inv.data_dir = value
            else:
                inv.lang = value
        elif arg in ("--version", "-V"):
            inv.version = True
        elif arg in ("--help", "-h"):
            inv.help = True
        else:
            break
        i += 1
    inv.rest = list(argv[i:])
    return inv
