"""`python -m ui` is the same as the `tinbai` command (the window, or a subcommand)."""

import sys

from ui.entry import main

if __name__ == "__main__":
    sys.exit(main())
