"""`python -m app` is the headless face, the same as `tinbai-cli`."""

import sys

from app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
