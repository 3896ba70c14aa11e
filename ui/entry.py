"""Where both executables start (`tinbai` and, frozen, `tinbai.exe`/`tinbai-cli.exe`).

The global options are read once (app/cli/argv.py). A subcommand, `--version` or `--help` goes
to the core's command line before Qt is ever imported; `--self-test` runs the build check;
anything else starts the window.
"""

from __future__ import annotations

import sys

from app.cli.argv import scan

SELF_TEST = "--self-test"


def main(argv: list[str] | None = None) -> int:
    inv = scan(list(sys.argv[1:] if argv is None else argv))
    if inv.rest[:1] == [SELF_TEST]:
        from ui import selftest

        return selftest.run(inv)
    if inv.rest or inv.version or inv.help or inv.error:
        from app.cli.main import run  # seam: argparse and the subcommand modules

        return run(inv)
    from ui import launch  # seam: Qt

    return launch.run(inv)


if __name__ == "__main__":
    sys.exit(main())
