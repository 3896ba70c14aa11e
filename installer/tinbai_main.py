"""Entry point of the frozen build (PyInstaller runs this file as a script, not a package):
both executables start the GUI's entry, which hands subcommands to the core's CLI."""

import multiprocessing
import sys

from ui.entry import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the photo-check processes start this same program
    sys.exit(main())
