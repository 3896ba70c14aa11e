"""Entry point of the frozen build (PyInstaller runs this file as a script, not a package)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
