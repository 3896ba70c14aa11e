"""TinBài core: everything that is not the GUI (no Qt here)."""

__version__ = "0.1.0"
APP_NAME = "TinBai"
